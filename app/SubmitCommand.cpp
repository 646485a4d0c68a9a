#include "app/CommandConnection.h"
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "app/SubmitSession.h"

#include "api/KeychainSecretStore.h"
#include "models/ApiLimits.h"
#include "models/BatchPlanner.h"
#include "models/RequestCodec.h"
#include "models/RequestFile.h"
#include "models/Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

// `deskwiz submit` and `deskwiz jobs`: send a request file and follow its jobs, or follow jobs.

namespace {

/** This file's texts, in the translation context "SubmitCommand" (a class lupdate can read). */
struct SubmitCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
};

/**
 * The commands say every failure once themselves, so the API layer's log lines (each failed call,
 * retries) stay off; QT_LOGGING_RULES="deskwiz.api.info=true" brings them back.
 */
void quietApiLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("deskwiz.api.info=false"));
}

/** Parses the common part; false with `exitCode` set when the command should end now. */
bool parseCommon(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    parser.addHelpOption();
    addConnectionOptions(parser);
    // "deskwiz submit ...": the command word stands in for the program name.
    if (!parser.parse(arguments.mid(1))) {
        standardError() << parser.errorText() << '\n';
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        standardOutput() << commandHelpText(parser);
        exitCode = ExitDone;
        return false;
    }
    quietApiLog();
    return true;
}

/** What a session needs before the event loop starts: where to connect and how long to wait. */
struct SessionSetup
{
    ConnectionPlan plan;
    SubmitSession::Options options;
};

/**
 * Reads the connection (what the options and a profile do not say from `fileSettings`, the
 * connection of the template being sent) and the timings; nullopt after printing every problem.
 */
std::optional<SessionSetup> readSessionSetup(const QCommandLineParser &parser,
                                             const ConnectionSettings &fileSettings = {})
{
    QStringList problems;
    SessionSetup setup;
    setup.plan = connectionFromOptions(parser, problems, fileSettings);
    const std::optional<Timings> timings = readTimings(parser);
    if (!timings)
        return std::nullopt;
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            standardError() << SubmitCommandText::tr("deskwiz: %1").arg(problem) << '\n';
        return std::nullopt;
    }
    setup.options.timeoutMs = timings->timeoutMs;
    setup.options.pollMs = timings->pollMs;
    setup.options.http2Allowed = !parser.isSet(QStringLiteral("no-http2"));
    setup.options.wait = parser.isSet(QStringLiteral("wait"));
    setup.options.json = parser.isSet(QStringLiteral("json"));
    const ResumeWords resume = resumeWords(parser, setup.plan);
    setup.options.connectionArguments = resume.options;
    setup.options.connectionEnvironment = resume.environment;
    return setup;
}

/**
 * Reads the keychain secrets the setup still lacks inside the event loop, then hands a session to
 * `start`; returns the exit code the session ends the event loop with.
 */
int runSession(SessionSetup setup, const std::function<void(SubmitSession &)> &start)
{
    std::unique_ptr<SubmitSession> session;
    KeychainSecretStore keychain;
    KeychainSecretReader reader(
        std::move(setup.plan), &keychain, [&](const Connection &connection) {
            session = std::make_unique<SubmitSession>(connection, setup.options);
            start(*session);
        });
    QMetaObject::invokeMethod(
        &reader, [&reader] { reader.start(); }, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

/** Judges and batches `file` into the exact bodies to send; false with `exitCode` set. */
bool prepareBodies(const QCommandLineParser &parser, const RequestFile &file,
                   QList<QByteArray> &bodies, int &exitCode)
{
    const std::optional<ContextOverrides> overrides = readContextOptions(parser);
    if (!overrides) {
        exitCode = ExitUsage;
        return false;
    }
    printFileWarnings(file.warnings);
    switch (file.status) {
    case RequestFile::Status::Ok:
    case RequestFile::Status::Invalid: // judged below with the reader's errors
        break;
    case RequestFile::Status::Unreadable:
        standardError() << file.errorMessage << '\n';
        exitCode = ExitUsage;
        return false;
    case RequestFile::Status::Malformed:
        standardError() << file.errorMessage << '\n';
        exitCode = ExitInvalidInput;
        return false;
    }
    ValidationContext context = file.context.value_or(ValidationContext());
    overrides->applyTo(context);
    const Validator validator(ApiLimits::builtIn());
    context.maxDesktopsPerRequest = validator.limits().defaultMaxDesktopsPerRequest;
    const QList<CreateDesktopRequest> batches =
        BatchPlanner::split(file.request, context.maxDesktopsPerRequest);
    // Each batch is judged as the service will judge it, with the reader's errors that concern
    // it; every issue is said once, at its pointer into the file.
    ValidationIssues issues;
    for (int i = 0; i < batches.size(); ++i) {
        ValidationIssues readErrors;
        for (ValidationIssue error : file.errors) {
            const std::optional<QString> pointer = BatchPlanner::pointerInBatch(
                error.pointer, file.request, context.maxDesktopsPerRequest, i);
            if (pointer) {
                error.pointer = *pointer;
                readErrors.append(error);
            }
        }
        for (ValidationIssue issue : validator.validate(batches.at(i), context, readErrors)) {
            issue.pointer = BatchPlanner::pointerInRequest(issue.pointer, file.request,
                                                           context.maxDesktopsPerRequest, i);
            const bool seen =
                std::any_of(issues.cbegin(), issues.cend(), [&](const ValidationIssue &earlier) {
                    return earlier.pointer == issue.pointer && earlier.message == issue.message;
                });
            if (!seen) // a member outside the desktops is the same in every batch
                issues.append(issue);
        }
    }
    for (const ValidationIssue &issue : issues)
        standardError() << issueLine(issue) << '\n';
    if (hasErrors(issues)) {
        exitCode = ExitInvalidInput;
        return false;
    }
    for (const CreateDesktopRequest &batch : batches)
        bodies.append(RequestCodec::toBytes(batch));
    return true;
}

} // namespace

int runSubmitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SubmitCommandText::tr(
        "Send the create-desktops request in FILE (a template, a bare API body or a test case) "
        "and print the job id; with --wait, follow it until every desktop is ready or has "
        "failed."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 SubmitCommandText::tr("The request to send."));
    addContextOptions(parser);
    int exitCode = ExitDone;
    if (!parseCommon(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        standardError() << SubmitCommandText::tr("Give exactly one FILE.") << '\n'
                        << commandHelpText(parser);
        return ExitUsage;
    }
    // A template's own connection is used like a profile's settings (options and --profile
    // override it); its secrets never: they come from the environment or the keychain.
    const RequestFile file = RequestFile::load(parser.positionalArguments().constFirst());
    std::optional<SessionSetup> setup = readSessionSetup(
        parser, file.fileTemplate ? file.fileTemplate->connection : ConnectionSettings());
    if (!setup)
        return ExitUsage;
    QList<QByteArray> bodies;
    if (!prepareBodies(parser, file, bodies, exitCode))
        return exitCode;
    standardError().flush();
    return runSession(std::move(*setup),
                      [&bodies](SubmitSession &session) { session.submit(bodies); });
}

int runJobsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SubmitCommandText::tr(
        "Show the desktops of the jobs JOB_ID...; with --wait, follow them until every "
        "desktop is ready or has failed."));
    parser.addPositionalArgument(QStringLiteral("JOB_ID"),
                                 SubmitCommandText::tr("The job ids to look at."),
                                 QStringLiteral("JOB_ID..."));
    int exitCode = ExitDone;
    if (!parseCommon(parser, arguments, exitCode))
        return exitCode;
    const QStringList jobIds = parser.positionalArguments();
    if (jobIds.isEmpty()) {
        standardError() << SubmitCommandText::tr("Give at least one JOB_ID.") << '\n'
                        << commandHelpText(parser);
        return ExitUsage;
    }
    std::optional<SessionSetup> setup = readSessionSetup(parser);
    if (!setup)
        return ExitUsage;
    return runSession(std::move(*setup),
                      [&jobIds](SubmitSession &session) { session.follow(jobIds); });
}
