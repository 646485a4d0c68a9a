#include "ui/LabelText.h"

#include <QRegularExpression>

namespace LabelText {

QString plain(const QString &label)
{
    // A mnemonic in brackets, as CJK translations write it: "(&S)" or "（&S）".
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^)）][)）]"));
    QString text = label;
    text.remove(bracketed);
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text.trimmed();
}

} // namespace LabelText
