#include "ui/FieldBinding.h"

#include "ui/widgets/FieldMessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

FieldBinding::FieldBinding(QWidget *input, FieldMessageLabel *message, const QString &pointer,
                           Reader read, Writer write, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_message(message)
    , m_pointer(pointer)
    , m_read(std::move(read))
    , m_write(std::move(write))
{
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textChanged, this, &FieldBinding::push);
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        if (combo->isEditable())
            connect(combo, &QComboBox::currentTextChanged, this, &FieldBinding::push);
        else
            connect(combo, &QComboBox::currentIndexChanged, this, &FieldBinding::push);
    } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
        connect(spin, &QSpinBox::valueChanged, this, &FieldBinding::push);
    } else if (auto *check = qobject_cast<QCheckBox *>(input)) {
        connect(check, &QCheckBox::toggled, this, &FieldBinding::push);
    }
    pull();
    if (m_message)
        m_message->followInput(input, [this] { return !inputValue().isValid(); });
}

void FieldBinding::focusInput()
{
    if (!m_input)
        return;
    if (m_message)
        m_message->markTouched();
    m_input->setFocus(Qt::OtherFocusReason);
}

void FieldBinding::pull()
{
    if (!m_input || m_pushing)
        return;
    const QVariant value = m_read();
    const QVariant shown = inputValue();
    if (value == shown)
        return;
    // The model may keep a value differently from how it was typed (e.g. a URL): while the input
    // still shows what it last wrote and the model still holds what that write made, keep it.
    if (m_hasPushed && shown == m_lastPushed && value == m_readAfterPush)
        return;
    m_pulling = true;
    setInputValue(value);
    m_pulling = false;
}

void FieldBinding::showIssues(const ValidationIssues &issues)
{
    if (m_message)
        m_message->setIssues(issues);
    if (m_input) {
        QStringList lines;
        for (const ValidationIssue &issue : issues)
            lines.append(issue.message);
        m_input->setAccessibleDescription(lines.join(QLatin1Char(' ')));
    }
}

void FieldBinding::push()
{
    if (m_pulling || !m_input)
        return;
    if (m_message)
        m_message->markTouched(); // before the write, whose new issues then show at once
    m_pushing = true;
    m_lastPushed = inputValue();
    m_write(m_lastPushed);
    m_readAfterPush = m_read();
    m_hasPushed = true;
    m_pushing = false;
}

QVariant FieldBinding::inputValue() const
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_input.data())) {
        const QString text = edit->text();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (auto *combo = qobject_cast<QComboBox *>(m_input.data())) {
        if (combo->isEditable()) {
            // A choice from a look-up may show more than its id: the id is the item data.
            const int index = combo->findText(combo->currentText());
            const QVariant data = index >= 0 ? combo->itemData(index) : QVariant();
            const QString text = data.isValid() ? data.toString() : combo->currentText();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        const QVariant data = combo->currentData();
        return data.toString().isEmpty() ? QVariant() : data;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(m_input.data())) {
        if (!spin->specialValueText().isEmpty() && spin->value() == spin->minimum())
            return {};
        return spin->value();
    }
    if (auto *check = qobject_cast<QCheckBox *>(m_input.data()))
        return check->isChecked();
    return {};
}

void FieldBinding::setInputValue(const QVariant &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_input.data())) {
        edit->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(m_input.data())) {
        const int index = value.isValid() ? combo->findData(value.toString()) : -1;
        if (combo->isEditable()) {
            if (index >= 0)
                combo->setCurrentIndex(index);
            else
                combo->setEditText(value.toString());
        } else {
            combo->setCurrentIndex(index >= 0 ? index : combo->findData(QString()));
        }
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_input.data())) {
        spin->setValue(value.isValid() ? value.toInt() : spin->minimum());
    } else if (auto *check = qobject_cast<QCheckBox *>(m_input.data())) {
        check->setChecked(value.toBool());
    }
}
