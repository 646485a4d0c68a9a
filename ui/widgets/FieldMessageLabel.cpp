#include "ui/widgets/FieldMessageLabel.h"

#include <QFocusEvent>
#include <QPalette>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

/** True when focus left a widget because the user moved on (not for a popup or another window). */
bool userMovedOn(const QEvent *event)
{
    if (event->type() != QEvent::FocusOut)
        return false;
    switch (static_cast<const QFocusEvent *>(event)->reason()) {
    case Qt::TabFocusReason:
    case Qt::BacktabFocusReason:
    case Qt::MouseFocusReason:
    case Qt::ShortcutFocusReason:
        return true;
    default:
        return false;
    }
}

} // namespace

FieldMessageLabel::FieldMessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldMessageLabel::setIssues(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.message);
    setLines(lines, hasErrors(issues));
}

void FieldMessageLabel::setLines(QStringList lines, bool anyError)
{
    lines.removeDuplicates();
    m_lines = lines;
    m_anyError = anyError;
    showLines();
}

void FieldMessageLabel::followInput(QWidget *input, std::function<bool()> isEmpty)
{
    if (m_input)
        m_input->removeEventFilter(this);
    m_input = input;
    m_inputIsEmpty = std::move(isEmpty);
    if (m_input)
        m_input->installEventFilter(this);
    showLines();
}

void FieldMessageLabel::markTouched()
{
    if (m_touched)
        return;
    m_touched = true;
    showLines();
    Q_EMIT touched();
}

bool FieldMessageLabel::speaks() const
{
    return !m_input || m_touched || !m_inputIsEmpty || !m_inputIsEmpty();
}

bool FieldMessageLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && userMovedOn(event))
        markTouched();
    return QLabel::eventFilter(watched, event);
}

void FieldMessageLabel::showLines()
{
    const QStringList lines = speaks() ? m_lines : QStringList();
    m_showsError = m_anyError && !lines.isEmpty();
    const QString text = lines.join(QLatin1Char('\n'));
    if (text != this->text())
        setText(text);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     m_anyError ? errorColor(colours) : warningColor(colours));
    setPalette(colours);
    setVisible(!lines.isEmpty());
}

QColor FieldMessageLabel::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor FieldMessageLabel::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
}
