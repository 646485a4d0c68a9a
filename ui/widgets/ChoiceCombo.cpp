#include "ui/widgets/ChoiceCombo.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStringList>

void setComboChoices(QComboBox *combo, const QList<ComboChoice> &choices)
{
    const QSignalBlocker blocker(combo);
    const int currentIndex = combo->currentIndex();
    const QString currentValue = combo->isEditable() && combo->findText(combo->currentText()) < 0
        ? combo->currentText()
        : combo->itemData(currentIndex).toString();
    const bool hadBlank = combo->findData(QString()) >= 0 && !combo->isEditable();
    combo->clear();
    if (hadBlank)
        combo->addItem(QString(), QString());
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    for (const ComboChoice &choice : choices) {
        combo->addItem(choice.label.isEmpty() ? choice.value : choice.label, choice.value);
        const int index = combo->count() - 1;
        if (!choice.toolTip.isEmpty())
            combo->setItemData(index, choice.toolTip, Qt::ToolTipRole);
        if (!choice.available && model) {
            if (QStandardItem *item = model->item(index))
                item->setEnabled(false);
        }
    }
    const int restored = combo->findData(currentValue);
    if (restored >= 0) {
        combo->setCurrentIndex(restored);
    } else if (combo->isEditable()) {
        // No entry is chosen (Down goes to the first), and the typed value stays.
        combo->setCurrentIndex(-1);
        combo->setEditText(currentValue);
    }
}

void setComboValues(QComboBox *combo, const QStringList &values)
{
    QList<ComboChoice> choices;
    for (const QString &value : values)
        choices.append({value, value, true, QString()});
    setComboChoices(combo, choices);
}

QComboBox *createChoiceCombo(QWidget *parent, const QString &objectName, bool editable,
                             const QList<ComboChoice> &choices, bool withBlank)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(editable);
    if (editable) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    if (withBlank && !editable)
        combo->addItem(QComboBox::tr("(not set)"), QString());
    setComboChoices(combo, choices);
    return combo;
}
