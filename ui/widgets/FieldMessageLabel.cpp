#include "ui/widgets/FieldMessageLabel.h"

#include <QPalette>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
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
    m_showsError = anyError && !lines.isEmpty();
    const QString text = lines.join(QLatin1Char('\n'));
    if (text != this->text())
        setText(text);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, anyError ? errorColor(colours) : warningColor(colours));
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
