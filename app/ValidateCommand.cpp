#include "app/CommandLine.h"
#include "app/Commands.h"

#include "models/ApiLimits.h"
#include "models/BatchPlanner.h"
#include "models/RequestCodec.h"
#include "models/RequestFile.h"
#include "models/Validator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

// `deskwiz validate` and `deskwiz print`: read FILE (a bare body, a template or a test case), judge
// or print it.

namespace {

/** Parses `arguments`; on a usage error prints it and returns false with `exitCode` set. */
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("ValidateCommand",
                                    "A deskwiz template (*.deskwiz.json), a bare "
                                    "create-desktops API body, or a test case "
                                    "({\"request\": {...}, \"context\": {...}})."));
    if (!parser.parse(arguments)) {
        standardError() << parser.errorText() << '\n';
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        standardOutput() << commandHelpText(parser);
        exitCode = ExitDone;
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        standardError() << QCoreApplication::translate("ValidateCommand", "Give exactly one FILE.")
                        << '\n'
                        << commandHelpText(parser);
        exitCode = ExitUsage;
        return false;
    }
    return true;
}

QCommandLineOption maxPerRequestOption()
{
    return QCommandLineOption(
        QStringLiteral("max-per-request"),
        QCoreApplication::translate("ValidateCommand",
                                    "The most desktops one request may carry (default %1).")
            .arg(ApiLimits::builtIn().defaultMaxDesktopsPerRequest),
        QStringLiteral("N"));
}

/** The largest --max-per-request taken: far above any quota the service grants one request. */
constexpr int kMaxPerRequestLimit = 1000;

/**
 * Reads --max-per-request into `max`; false (after printing why) when it is not a whole number
 * from 1 to kMaxPerRequestLimit.
 */
bool readMaxPerRequest(const QCommandLineParser &parser, int &max)
{
    if (!parser.isSet(QStringLiteral("max-per-request")))
        return true;
    bool ok = false;
    const QString text = parser.value(QStringLiteral("max-per-request"));
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > kMaxPerRequestLimit) {
        standardError() << QCoreApplication::translate(
                               "ValidateCommand",
                               "--max-per-request must be a whole number from 1 "
                               "to %1; \"%2\" is not")
                               .arg(kMaxPerRequestLimit)
                               .arg(text)
                        << '\n';
        return false;
    }
    max = value;
    return true;
}

/**
 * Loads FILE; when it holds no request to look at (unreadable, malformed) prints why and returns
 * false with the exit code in `exitCode`. A file with members of the wrong type (Invalid) is
 * left to the caller.
 */
bool loadFile(const QString &path, RequestFile &file, int &exitCode)
{
    file = RequestFile::load(path);
    // A template's own warnings (e.g. a secret that was ignored) go to stderr, whatever follows.
    printFileWarnings(file.warnings);
    switch (file.status) {
    case RequestFile::Status::Ok:
    case RequestFile::Status::Invalid:
        return true;
    case RequestFile::Status::Unreadable:
        standardError() << file.errorMessage << '\n';
        exitCode = ExitUsage;
        return false;
    case RequestFile::Status::Malformed:
        standardOutput() << file.errorMessage << '\n';
        exitCode = ExitInvalidInput;
        return false;
    }
    return false;
}

} // namespace

int runValidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ValidateCommand",
        "Checks a create-desktops request against every rule of the API, without sending it.\n"
        "Prints one line per problem, \"POINTER: message\" (warnings as \"POINTER: warning: "
        "message\").\nExit code: 0 valid (warnings allowed), 1 invalid, 2 usage error or "
        "unreadable file.\nA template or a test case is judged in its own context unless "
        "options say otherwise; a bare body defaults to Windows and LITE_AD."));
    addContextOptions(parser);
    parser.addOption(maxPerRequestOption());
    int exitCode = ExitDone;
    if (!parseArguments(parser, arguments.mid(1), exitCode))
        return exitCode;

    ValidationContext context;
    context.maxDesktopsPerRequest = ApiLimits::builtIn().defaultMaxDesktopsPerRequest;
    const std::optional<ContextOverrides> overrides = readContextOptions(parser);
    if (!overrides)
        return ExitUsage;
    if (!readMaxPerRequest(parser, context.maxDesktopsPerRequest))
        return ExitUsage;

    RequestFile file;
    if (!loadFile(parser.positionalArguments().constFirst(), file, exitCode))
        return exitCode;
    if (file.context) {
        context.osType = file.context->osType;
        context.domainType = file.context->domainType;
    }
    overrides->applyTo(context);

    // The rules run even when the reader found members of the wrong type: those hide nothing.
    const ValidationIssues issues = Validator().validate(file.request, context, file.errors);
    for (const ValidationIssue &issue : issues)
        standardOutput() << issueLine(issue) << '\n';
    return hasErrors(issues) ? ExitInvalidInput : ExitDone;
}

int runPrintCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "ValidateCommand",
            "Prints the exact create-desktops body deskwiz submit would send for FILE, as indented "
            "JSON.\nA request with more desktops than one request may carry (--max-per-request, "
            "default %1) is split into batches as submit splits it, and a JSON array of bodies is "
            "printed.\nExit code: 0 printed, 1 the file does not parse (the problems are printed), "
            "2 usage error or unreadable file.")
            .arg(ApiLimits::builtIn().defaultMaxDesktopsPerRequest));
    parser.addOption(maxPerRequestOption());
    int exitCode = ExitDone;
    if (!parseArguments(parser, arguments.mid(1), exitCode))
        return exitCode;
    // The limit submit splits at, unless the option asks to see another.
    int maxPerRequest = ApiLimits::builtIn().defaultMaxDesktopsPerRequest;
    if (!readMaxPerRequest(parser, maxPerRequest))
        return ExitUsage;

    RequestFile file;
    if (!loadFile(parser.positionalArguments().constFirst(), file, exitCode))
        return exitCode;
    if (file.status == RequestFile::Status::Invalid) {
        // A member of the wrong type has no place in a body: say which, print nothing else.
        for (const ValidationIssue &issue : std::as_const(file.errors))
            standardOutput() << issueLine(issue) << '\n';
        return ExitInvalidInput;
    }

    const QList<CreateDesktopRequest> batches = BatchPlanner::split(file.request, maxPerRequest);
    if (batches.size() > 1) {
        QJsonArray bodies;
        for (const CreateDesktopRequest &batch : batches)
            bodies.append(RequestCodec::toJson(batch));
        standardOutput() << QString::fromUtf8(
            QJsonDocument(bodies).toJson(QJsonDocument::Indented));
        return ExitDone;
    }
    standardOutput() << QString::fromUtf8(
        RequestCodec::toBytes(batches.constFirst(), QJsonDocument::Indented));
    return ExitDone;
}
