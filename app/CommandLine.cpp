#include "app/CommandLine.h"

#include "models/ValidationIssue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

/** This file's texts, in the translation context "CommandLine" (a class lupdate can read). */
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

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

QString issueLine(const ValidationIssue &issue)
{
    if (issue.isError())
        return issue.pointer + QLatin1String(": ") + issue.message;
    return issue.pointer + QLatin1String(": ")
        + CommandLineText::tr("warning: %1").arg(issue.message);
}

void printFileWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        standardError() << CommandLineText::tr("deskwiz: warning: %1").arg(warning) << '\n';
}

void ContextOverrides::applyTo(ValidationContext &context) const
{
    if (osType)
        context.osType = *osType;
    if (domainType)
        context.domainType = *domainType;
}

void addContextOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("os"),
                      CommandLineText::tr("The desktops' OS: Windows or Linux (user names and "
                                          "groups depend on it)."),
                      QStringLiteral("Windows|Linux")});
    parser.addOption({QStringLiteral("domain-type"),
                      CommandLineText::tr("The Workspace domain type: LITE_AD (also LITE_AS) or "
                                          "LOCAL_AD (user names depend on it)."),
                      QStringLiteral("LITE_AD|LOCAL_AD")});
}

std::optional<ContextOverrides> readContextOptions(const QCommandLineParser &parser)
{
    ContextOverrides overrides;
    const QString os = parser.value(QStringLiteral("os"));
    if (parser.isSet(QStringLiteral("os"))) {
        overrides.osType = ValidationContext::parseOsType(os);
        if (!overrides.osType) {
            standardError()
                << CommandLineText::tr("--os must be Windows or Linux; \"%1\" is not.").arg(os)
                << '\n';
            return std::nullopt;
        }
    }
    const QString domain = parser.value(QStringLiteral("domain-type"));
    if (parser.isSet(QStringLiteral("domain-type"))) {
        overrides.domainType = ValidationContext::parseDomainType(domain);
        if (!overrides.domainType) {
            standardError() << CommandLineText::tr("--domain-type must be LITE_AD (also spelt "
                                                   "LITE_AS) or LOCAL_AD; \"%1\" is not.")
                                   .arg(domain)
                            << '\n';
            return std::nullopt;
        }
    }
    return overrides;
}
