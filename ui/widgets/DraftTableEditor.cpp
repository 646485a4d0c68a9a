#include "ui/widgets/DraftTableEditor.h"

#include "ui/widgets/FieldMessageLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace {

/**
 * Turns the model's issue severity into the cell colours of the current palette, and shows a
 * choice's label for its value where `labelOf` knows one (what is edited stays the value).
 */
class IssueHighlightProxyModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    std::function<QString(int column, const QString &value)> labelOf;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && labelOf) {
            const QString label = labelOf(index.column(), index.data(Qt::EditRole).toString());
            if (!label.isEmpty())
                return label;
        }
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
            const int severity =
                QIdentityProxyModel::data(index, DraftTableModel::IssueSeverityRole).toInt();
            if (severity == DraftTableModel::NoIssue)
                return {};
            const QPalette palette;
            const QColor colour = severity == DraftTableModel::ErrorIssue
                ? FieldMessageLabel::errorColor(palette)
                : FieldMessageLabel::warningColor(palette);
            if (role == Qt::ForegroundRole)
                return colour;
            QColor tint = colour;
            tint.setAlpha(48);
            return tint;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

/** Per-column editors: an editable combo box with choices, or a spin box with a range. */
class DraftTableEditor::CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Range
    {
        int minimum = 0;
        int maximum = 0;
        int step = 1;
    };
    QHash<int, QList<ComboChoice>> choices;
    QSet<int> labelledColumns; ///< cells show the label of their value
    QHash<int, Range> ranges;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (choices.contains(index.column())) {
            auto *combo = new QComboBox(parent);
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            const QList<ComboChoice> offered = choices.value(index.column());
            for (const ComboChoice &choice : offered) {
                combo->addItem(choice.label.isEmpty() ? choice.value : choice.label, choice.value);
                if (!choice.toolTip.isEmpty())
                    combo->setItemData(combo->count() - 1, choice.toolTip, Qt::ToolTipRole);
            }
            return combo;
        }
        if (ranges.contains(index.column())) {
            const Range range = ranges.value(index.column());
            auto *spin = new QSpinBox(parent);
            spin->setRange(range.minimum, range.maximum);
            spin->setSingleStep(range.step);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QString value = index.data(Qt::EditRole).toString();
            const int chosen = value.isEmpty() ? -1 : combo->findData(value);
            if (chosen >= 0)
                combo->setCurrentIndex(chosen);
            else
                combo->setEditText(value);
            // Typing replaces the value, as in a plain cell (the view selects a line edit's text,
            // not a combo box's).
            combo->lineEdit()->selectAll();
            return;
        }
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setValue(index.data(Qt::EditRole).toInt());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    /** The label of `value` in a column that shows labels, or empty. */
    QString labelOf(int column, const QString &value) const
    {
        if (!labelledColumns.contains(column) || value.isEmpty())
            return {};
        const QList<ComboChoice> offered = choices.value(column);
        for (const ComboChoice &choice : offered) {
            if (choice.value == value)
                return choice.label;
        }
        return {};
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override
    {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        auto *combo = qobject_cast<QComboBox *>(editor);
        if (!combo || !editor->parentWidget())
            return;
        // A column sized to its (short or empty) cells would cut the choices ("bru…ith"): the
        // editor grows to its longest choice, as far as the table reaches.
        QRect rect = editor->geometry();
        const int room = editor->parentWidget()->width() - rect.left();
        rect.setWidth(qMax(rect.width(), qMin(combo->sizeHint().width(), room)));
        editor->setGeometry(rect);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            // A choice's label stands for its value; anything else is taken as typed.
            const QString text = combo->currentText();
            const int chosen = combo->findText(text);
            const QString value = chosen >= 0 ? combo->itemData(chosen).toString() : text;
            model->setData(index, value, Qt::EditRole);
            return;
        }
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->interpretText();
            model->setData(index, spin->value(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

DraftTableEditor::DraftTableEditor(DraftTableModel *model, const QString &name,
                                   const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    // No Alt+letter on these: a page holds several tables, and one letter must reach one button.
    // The table's own keys do the same (see the tooltips).
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_upButton(new QPushButton(tr("Move up"), this))
    , m_downButton(new QPushButton(tr("Move down"), this))
    , m_message(new FieldMessageLabel(this))
    , m_delegate(new CellDelegate(this))
{
    setObjectName(name);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_addButton->setObjectName(name + QStringLiteral("AddButton"));
    m_removeButton->setObjectName(name + QStringLiteral("RemoveButton"));
    m_upButton->setObjectName(name + QStringLiteral("UpButton"));
    m_downButton->setObjectName(name + QStringLiteral("DownButton"));
    m_message->setObjectName(name + QStringLiteral("Message"));

    auto *proxy = new IssueHighlightProxyModel(this);
    proxy->labelOf = [this](int column, const QString &value) {
        return m_delegate->labelOf(column, value);
    };
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table (arrow keys move between cells), so the page stays keyboard-navigable.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAccessibleName(accessibleName);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);

    const QKeySequence addKey(Qt::Key_Insert);
    const QKeySequence removeKey(Qt::CTRL | Qt::Key_Delete);
    const QKeySequence upKey(Qt::CTRL | Qt::SHIFT | Qt::Key_Up);
    const QKeySequence downKey(Qt::CTRL | Qt::SHIFT | Qt::Key_Down);
    m_addButton->setToolTip(tr("Add a row at the end (%1 in the table)")
                                .arg(addKey.toString(QKeySequence::NativeText)));
    m_removeButton->setToolTip(tr("Remove the selected row (%1 in the table)")
                                   .arg(removeKey.toString(QKeySequence::NativeText)));
    m_upButton->setToolTip(tr("Move the selected row up (%1 in the table)")
                               .arg(upKey.toString(QKeySequence::NativeText)));
    m_downButton->setToolTip(tr("Move the selected row down (%1 in the table)")
                                 .arg(downKey.toString(QKeySequence::NativeText)));
    const auto onTableKey = [this](const QKeySequence &key, QPushButton *button) {
        auto *shortcut = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isVisible() && button->isEnabled())
                button->click();
        });
    };
    onTableKey(addKey, m_addButton);
    onTableKey(removeKey, m_removeButton);
    onTableKey(upKey, m_upButton);
    onTableKey(downKey, m_downButton);
    m_addButton->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    m_removeButton->setAccessibleName(tr("Remove the selected row of %1").arg(accessibleName));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_upButton);
    setTabOrder(m_upButton, m_downButton);

    connect(m_addButton, &QPushButton::clicked, this, &DraftTableEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &DraftTableEditor::removeCurrentRow);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrentRow(+1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DraftTableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DraftTableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DraftTableEditor::updateButtons);
    connect(m_model->draft(), &RequestDraft::changed, this, &DraftTableEditor::showIssues);
    m_message->followInput(m_table, [this] { return m_model->rowCount() == 0; });
    connect(m_message, &FieldMessageLabel::touched, this, &DraftTableEditor::quietErrorsChanged);
    updateButtons();
    showIssues();
}

void DraftTableEditor::setColumnChoices(int column, const QList<ComboChoice> &choices)
{
    m_delegate->choices.insert(column, choices);
    m_table->viewport()->update();
}

void DraftTableEditor::showChoiceLabels(int column)
{
    m_delegate->labelledColumns.insert(column);
    m_table->viewport()->update();
}

void DraftTableEditor::setColumnChoices(int column, const QStringList &values)
{
    QList<ComboChoice> choices;
    for (const QString &value : values)
        choices.append({value, value, true, QString()});
    setColumnChoices(column, choices);
}

void DraftTableEditor::setColumnRange(int column, int minimum, int maximum, int step)
{
    m_delegate->ranges.insert(column, {minimum, maximum, step});
}

void DraftTableEditor::setReorderable(bool reorderable)
{
    m_upButton->setVisible(reorderable);
    m_downButton->setVisible(reorderable);
}

void DraftTableEditor::setVisibleRows(int rows)
{
    const int height = m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth();
    m_table->setMinimumHeight(height);
    m_table->setMaximumHeight(height);
}

bool DraftTableEditor::focusPointer(const QString &pointer)
{
    int row = -1;
    int column = -1;
    if (!m_model->locate(pointer, &row, &column))
        return false;
    m_message->markTouched();
    if (row < 0 || row >= m_model->rowCount()) {
        if (m_model->rowCount() == 0) {
            m_addButton->setFocus(Qt::OtherFocusReason);
            return true;
        }
        row = qBound(0, row, m_model->rowCount() - 1);
    }
    const QModelIndex index = m_table->model()->index(row, qMax(column, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void DraftTableEditor::addRow()
{
    const int row = m_model->appendRow();
    const QModelIndex index = m_table->model()->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void DraftTableEditor::removeCurrentRow()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    m_message->markTouched(); // an emptied list says what it needs
    m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(qMin(row, m_model->rowCount() - 1), 0));
    updateButtons();
}

void DraftTableEditor::moveCurrentRow(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (m_model->moveRowBy(current.row(), delta))
        m_table->setCurrentIndex(m_table->model()->index(current.row() + delta, current.column()));
    updateButtons();
}

void DraftTableEditor::updateButtons()
{
    const int row = m_table->currentIndex().row();
    const int rows = m_model->rowCount();
    m_removeButton->setEnabled(row >= 0 && row < rows);
    m_upButton->setEnabled(row > 0 && row < rows);
    m_downButton->setEnabled(row >= 0 && row + 1 < rows);
}

void DraftTableEditor::showIssues()
{
    QStringList lines;
    bool anyError = false;
    const QList<DraftTableModel::CellIssue> issues = m_model->cellIssues();
    for (const DraftTableModel::CellIssue &cell : issues) {
        anyError = anyError || cell.issue.isError();
        if (cell.row < 0) {
            lines.append(cell.issue.message);
        } else if (cell.column < 0) {
            lines.append(tr("Row %1: %2").arg(cell.row + 1).arg(cell.issue.message));
        } else {
            const QString header = m_model->headerData(cell.column, Qt::Horizontal).toString();
            lines.append(tr("Row %1, %2: %3").arg(cell.row + 1).arg(header, cell.issue.message));
        }
    }
    m_message->setLines(lines, anyError);
    Q_EMIT quietErrorsChanged();
    m_table->setAccessibleDescription(lines.join(QLatin1Char(' ')));
}

bool DraftTableEditor::keepsErrorQuiet() const
{
    return m_message->keepsErrorQuiet();
}
