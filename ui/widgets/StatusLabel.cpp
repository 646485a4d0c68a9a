#include "ui/widgets/StatusLabel.h"

#include "ui/widgets/FieldMessageLabel.h"

StatusLabel::StatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StatusLabel::showMessage(const QString &message, Severity severity)
{
    m_severity = message.isEmpty() ? Severity::Info : severity;
    if (m_severity == Severity::Info) {
        setPalette(QPalette()); // the inherited colours again
    } else {
        QPalette colours = palette();
        colours.setColor(QPalette::WindowText,
                         m_severity == Severity::Error ? FieldMessageLabel::errorColor(colours)
                                                       : FieldMessageLabel::warningColor(colours));
        setPalette(colours);
    }
    setText(message);
    setAccessibleDescription(message);
    if (m_hiddenWhileEmpty)
        setVisible(!message.isEmpty());
}

void StatusLabel::setHiddenWhileEmpty(bool hidden)
{
    m_hiddenWhileEmpty = hidden;
    if (hidden && text().isEmpty())
        hide();
}
