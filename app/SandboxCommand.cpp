#include "app/CommandLine.h"
#include "app/Commands.h"

#include "models/ValidationContext.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// `deskwiz sandbox [--port N] [--job-seconds S] [--domain-type T]`: the local Workspace simulator
// in the foreground, with its URL, the sandbox-only credentials it accepts and example calls.

namespace {

/** The longest --job-seconds: a simulated job of an hour is already longer than any test. */
constexpr int kMaxJobSeconds = 3600;

/** This file's texts, in the translation context "SandboxCommand" (a class lupdate can read). */
struct SandboxCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
};

QString exampleCalls(const QUrl &url, const SandboxServer::Credentials &credentials)
{
    const QString base = url.toString();
    const QString project = base + QStringLiteral("/v2/") + credentials.projectId;
    const QString token =
        QStringLiteral("-H 'X-Auth-Token: ") + credentials.token + QStringLiteral("'");
    QString text;
    QTextStream stream(&text);
    stream << SandboxCommandText::tr("Example calls:") << '\n'
           << "  curl -si -X POST '" << base << "/v3/auth/tokens?nocatalog=true' "
           << "-H 'Content-Type: application/json' -d '{\"auth\":{\"identity\":{\"methods\":"
           << "[\"password\"],\"password\":{\"user\":{\"domain\":{\"name\":\""
           << credentials.iamDomain << "\"},\"name\":\"" << credentials.iamUser
           << "\",\"password\":\"" << credentials.iamPassword
           << "\"}}},\"scope\":{\"project\":{\"name\":\"" << credentials.projectName << "\"}}}}'\n"
           << "  curl -s '" << project << "/products?os_type=Windows' " << token << '\n'
           << "  curl -s -X POST '" << project << "/desktops' " << token
           << " -H 'Content-Type: application/json' -d @request.json\n"
           << "  curl -s '" << project << "/workspace-sub-jobs?job_id=JOB_ID' " << token << '\n'
           << "  curl -s -X POST '" << base
           << "/sandbox/faults' -H 'Content-Type: application/json' "
           << "-d '{\"kind\":\"throttle\",\"route\":\"createDesktops\",\"count\":1}'\n";
    return text;
}

} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SandboxCommandText::tr("Runs the local Workspace simulator on 127.0.0.1 until Ctrl-C."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        SandboxCommandText::tr("The port to listen on (default: a free one)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption jobSecondsOption(
        QStringLiteral("job-seconds"),
        SandboxCommandText::tr("How long a create job takes from WAITING to its end (default 6)."),
        QStringLiteral("S"), QStringLiteral("6"));
    const QCommandLineOption domainTypeOption(
        QStringLiteral("domain-type"),
        SandboxCommandText::tr("The service's domain type: LITE_AD (default; the API spells it "
                               "LITE_AS) or LOCAL_AD."),
        QStringLiteral("T"), QStringLiteral("LITE_AS"));
    parser.addOption(portOption);
    parser.addOption(jobSecondsOption);
    parser.addOption(domainTypeOption);
    // The command word is not a positional argument of ours.
    QStringList withoutCommandWord = arguments;
    if (withoutCommandWord.size() > 1)
        withoutCommandWord.removeAt(1);
    if (!parser.parse(withoutCommandWord)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelpText(parser);
        return ExitDone;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << SandboxCommandText::tr("deskwiz sandbox: unexpected argument '%1'; it takes only "
                                      "options (see deskwiz sandbox --help).")
                   .arg(parser.positionalArguments().constFirst())
            << '\n';
        return ExitUsage;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << SandboxCommandText::tr("--port must be a whole number from 0 to 65535 (0: a free "
                                      "one); \"%1\" is not.")
                   .arg(parser.value(portOption))
            << '\n';
        return ExitUsage;
    }
    const std::optional<double> jobSeconds =
        numberInRange(parser.value(jobSecondsOption), 0, kMaxJobSeconds);
    if (!jobSeconds) {
        err << SandboxCommandText::tr("--job-seconds must be a number of seconds from 0 to %1; "
                                      "\"%2\" is not.")
                   .arg(kMaxJobSeconds)
                   .arg(parser.value(jobSecondsOption))
            << '\n';
        return ExitUsage;
    }
    // The same spellings `deskwiz validate --domain-type` takes; the service is told the API's.
    const auto domainType = ValidationContext::parseDomainType(parser.value(domainTypeOption));
    if (!domainType) {
        err << SandboxCommandText::tr("--domain-type must be LITE_AD (also spelt LITE_AS) or "
                                      "LOCAL_AD; \"%1\" is not.")
                   .arg(parser.value(domainTypeOption))
            << '\n';
        return ExitUsage;
    }

    SandboxServer server;
    server.setJobDurationMs(int(*jobSeconds * 1000));
    server.setDomainType(*domainType == ValidationContext::DomainType::LocalAd
                             ? QStringLiteral("LOCAL_AD")
                             : QStringLiteral("LITE_AS"));
    if (!server.listen(QHostAddress::LocalHost, quint16(port))) {
        err << server.errorString() << '\n';
        return ExitApiError;
    }
    QObject::connect(
        &server, &SandboxServer::requestHandled, &server,
        [&err](const QString &method, const QString &path, int status) {
            if (status == 0)
                err << method << ' ' << path << SandboxCommandText::tr(" -> held, never answered")
                    << '\n';
            else if (status < 0)
                err << method << ' ' << path
                    << SandboxCommandText::tr(" -> answer delayed by %1 ms").arg(-status) << '\n';
            else
                err << method << ' ' << path << " -> " << status << '\n';
            err.flush();
        });

    const SandboxServer::Credentials credentials = server.credentials();
    out << SandboxCommandText::tr(
        "deskwiz sandbox: a local Workspace simulator (not the real service).")
        << '\n'
        << SandboxCommandText::tr("URL (Workspace and IAM endpoint): %1")
               .arg(server.url().toString())
        << '\n'
        << '\n'
        << SandboxCommandText::tr(
               "Sandbox-only credentials: they open nothing but this simulator, so printing them "
               "is fine.")
        << '\n'
        << SandboxCommandText::tr("  project id:    %1").arg(credentials.projectId) << '\n'
        << SandboxCommandText::tr("  project name:  %1").arg(credentials.projectName) << '\n'
        << SandboxCommandText::tr("  X-Auth-Token:  %1").arg(credentials.token) << '\n'
        << SandboxCommandText::tr("  AK / SK:       %1 / %2")
               .arg(credentials.accessKey, credentials.secretKey)
        << '\n'
        << SandboxCommandText::tr("  IAM domain:    %1").arg(credentials.iamDomain) << '\n'
        << SandboxCommandText::tr("  IAM user:      %1").arg(credentials.iamUser) << '\n'
        << SandboxCommandText::tr("  IAM password:  %1").arg(credentials.iamPassword) << '\n'
        << '\n'
        << exampleCalls(server.url(), credentials) << '\n'
        << SandboxCommandText::tr(
               "A desktop for a user whose name starts with \"fail\" ends FAILED. Ctrl-C stops.")
        << '\n';
    out.flush();
    return QCoreApplication::exec();
}
