#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

QString commandHelpText(const QCommandLineParser &parser)
{
    // QCommandLineParser names the program by how the process was started, often a full path.
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (arguments.size() < 2 || lineEnd < 0)
        return text;
    const QString command = arguments.at(1);
    const QString program = arguments.constFirst();
    const qsizetype at = text.left(lineEnd).indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), QLatin1String("deskwiz ") + command);
    return text;
}

std::optional<double> numberInRange(const QString &text, double min, double max)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return std::nullopt;
    return value;
}

bool hasControlCharacter(const QByteArray &bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char byte) {
        const auto code = static_cast<unsigned char>(byte);
        return code < 0x20 || code == 0x7F;
    });
}
