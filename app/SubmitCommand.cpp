#include "app/CommandLine.h"
#include "app/Commands.h"

#include "api/ApiError.h"
#include "api/Connection.h"
#include "api/JobWatcher.h"
#include "api/KeychainSecretStore.h"
#include "api/WorkspaceClient.h"
#include "models/ApiLimits.h"
#include "models/BatchPlanner.h"
#include "models/ConnectionProfileStore.h"
#include "models/RequestCodec.h"
#include "models/RequestFile.h"
#include "models/Validator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTextStream>

#include <functional>
#include <memory>

// `deskwiz submit` and `deskwiz jobs`: send a request file and follow its jobs, or follow jobs.

namespace {

enum ExitCode {
    ExitDone = 0,
    ExitInvalidInput = 1,
    ExitUsage = 2,
    ExitFailedDesktops = 3,
    ExitApiError = 4
};

/** This file's texts, in the translation context "SubmitCommand" (a class lupdate can read). */
struct SubmitCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/**
 * The options that say where and how to connect. Secrets come from the environment, or with
 * --profile from the system keychain; never from an option.
 */
void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"),
                      SubmitCommandText::tr(
                          "Connect as the saved connection profile NAME (saved from the wizard's "
                          "connection page); the options below override its settings. Its secret "
                          "comes from the environment variable of the login kind, else from the "
                          "system keychain."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("endpoint"),
                      SubmitCommandText::tr("The Workspace endpoint URL, e.g. "
                                            "https://workspace.cn-north-4.myhuaweicloud.com."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("project-id"),
         SubmitCommandText::tr("The project id (a password login can find it from the region)."),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("region"),
                      SubmitCommandText::tr(
                          "The region, e.g. cn-north-4: scopes a password login when no project id "
                          "is given (default: from the endpoint host)."),
                      QStringLiteral("REGION")});
    parser.addOption(
        {QStringLiteral("auth"),
         SubmitCommandText::tr(
             "How to log in: token (DESKWIZ_TOKEN), password (DESKWIZ_IAM_DOMAIN, "
             "DESKWIZ_IAM_USER, DESKWIZ_IAM_PASSWORD) or aksk (DESKWIZ_AK, DESKWIZ_SK, "
             "optional DESKWIZ_SECURITY_TOKEN). Default: the profile's, else token."),
         QStringLiteral("token|password|aksk"), QStringLiteral("token")});
    parser.addOption(
        {QStringLiteral("iam-endpoint"),
         SubmitCommandText::tr("The IAM endpoint of a password login (default: derived from the "
                               "endpoint)."),
         QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("timeout"),
         SubmitCommandText::tr("Seconds each request may stay without an answer (default 30)."),
         QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("wait"),
         SubmitCommandText::tr("Follow the jobs until every desktop is ready or has failed.")});
    parser.addOption({QStringLiteral("json"), SubmitCommandText::tr("Print the results as JSON.")});
    QCommandLineOption pollInterval(
        QStringLiteral("poll-interval"),
        SubmitCommandText::tr("Milliseconds before the first job poll (default 2000); "
                              "later polls back off to 15000."),
        QStringLiteral("MS"), QStringLiteral("2000"));
    parser.addOption(pollInterval);
}

/** A secret the environment did not give, to be read from the keychain under the profile. */
struct KeychainSecret
{
    SecretKind kind;
    const char *variable; ///< the environment variable that would have given it
    bool optional; ///< not finding it is fine (the security token of permanent AK/SK)
};

/** What the command line describes: the connection and, with --profile, secrets still to read. */
struct ConnectionPlan
{
    Connection connection;
    QString profileName; ///< empty without --profile
    QList<KeychainSecret> keychainSecrets;
};

/** The value of `option` when given, else the profile's `saved` value, else empty. */
QString optionOrSaved(const QCommandLineParser &parser, const QString &option,
                      const std::optional<QString> &saved)
{
    return parser.isSet(option) ? parser.value(option) : saved.value_or(QString());
}

/**
 * The environment variable `name`, after checking that it holds no control character (a line
 * break in a header value would let it add headers of its own); a problem naming the variable,
 * never its value, is appended to `errors`.
 */
QByteArray environmentValue(const char *name, QStringList &errors)
{
    const QByteArray value = qgetenv(name);
    if (hasControlCharacter(value)) {
        errors.append(SubmitCommandText::tr(
                          "%1 contains a line break or another control character, which cannot "
                          "be sent; set it to the value alone (the value is not shown here).")
                          .arg(QString::fromLatin1(name)));
    }
    return value;
}

/** The environment variable `name` when set, else the profile's `saved` value, else empty. */
QString environmentOrSaved(const char *name, const std::optional<QString> &saved,
                           QStringList &errors)
{
    const QByteArray value = environmentValue(name, errors);
    return value.isEmpty() ? saved.value_or(QString()) : QString::fromUtf8(value);
}

/**
 * The Connection the options, the named profile and the environment describe; problems are
 * appended to `errors`. This is the one place a command line connection is built. Secrets come
 * from the environment first; with --profile, those missing there are listed in
 * `keychainSecrets` for KeychainSecretReader.
 */
ConnectionPlan connectionFromOptions(const QCommandLineParser &parser, QStringList &errors)
{
    ConnectionPlan plan;
    Connection &connection = plan.connection;
    ConnectionSettings profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        plan.profileName = parser.value(QStringLiteral("profile"));
        const ConnectionProfileStore store;
        const std::optional<ConnectionProfile> saved = store.profile(plan.profileName);
        if (!saved) {
            const QStringList names = store.names();
            errors.append(names.isEmpty()
                              ? SubmitCommandText::tr(
                                    "There is no connection profile \"%1\" (none is saved); save "
                                    "one from the wizard's connection page.")
                                    .arg(plan.profileName)
                              : SubmitCommandText::tr(
                                    "There is no connection profile \"%1\"; the saved ones are: "
                                    "%2.")
                                    .arg(plan.profileName, names.join(QLatin1String(", "))));
            return plan;
        }
        profile = saved->settings;
    }

    const QString endpoint = optionOrSaved(parser, QStringLiteral("endpoint"), profile.endpoint);
    if (endpoint.isEmpty()) {
        errors.append(
            plan.profileName.isEmpty()
                ? SubmitCommandText::tr("--endpoint is required.")
                : SubmitCommandText::tr("The profile \"%1\" has no endpoint; give --endpoint.")
                      .arg(plan.profileName));
    }
    connection.endpoint = QUrl(endpoint, QUrl::StrictMode);
    if (!endpoint.isEmpty()
        && (!connection.endpoint.isValid() || connection.endpoint.host().isEmpty()))
        errors.append(SubmitCommandText::tr("--endpoint \"%1\" is not a valid URL.").arg(endpoint));
    connection.projectId = optionOrSaved(parser, QStringLiteral("project-id"), profile.projectId);
    connection.region = optionOrSaved(parser, QStringLiteral("region"), profile.region);
    QString authText = parser.value(QStringLiteral("auth"));
    if (!parser.isSet(QStringLiteral("auth")) && profile.loginKind)
        authText = ConnectionSettings::loginKindName(*profile.loginKind);
    const auto kind = Connection::parseAuthKind(authText);
    if (!kind) {
        errors.append(SubmitCommandText::tr("--auth must be token, password or aksk, not \"%1\".")
                          .arg(authText));
        return plan;
    }
    connection.authKind = *kind;
    const QString iamEndpoint =
        optionOrSaved(parser, QStringLiteral("iam-endpoint"), profile.iamEndpoint);
    if (!iamEndpoint.isEmpty())
        connection.iamEndpoint = QUrl(iamEndpoint, QUrl::StrictMode);

    // A secret from the environment; else, with a profile, one to read from the keychain.
    const auto secret = [&plan, &errors](const char *variable, SecretKind secretKind,
                                         QByteArray &target) {
        target = environmentValue(variable, errors);
        if (!target.isEmpty())
            return true;
        if (plan.profileName.isEmpty())
            return false;
        plan.keychainSecrets.append({secretKind, variable, false});
        return true;
    };
    switch (connection.authKind) {
    case Connection::AuthKind::Token:
        if (!secret("DESKWIZ_TOKEN", SecretKind::Token, connection.secrets.token))
            errors.append(
                SubmitCommandText::tr("--auth token needs the token in the environment variable "
                                      "DESKWIZ_TOKEN."));
        break;
    case Connection::AuthKind::Password: {
        connection.iamDomain = environmentOrSaved("DESKWIZ_IAM_DOMAIN", profile.iamDomain, errors);
        connection.iamUser = environmentOrSaved("DESKWIZ_IAM_USER", profile.iamUser, errors);
        const bool havePassword =
            secret("DESKWIZ_IAM_PASSWORD", SecretKind::Password, connection.secrets.password);
        if (connection.iamDomain.isEmpty() || connection.iamUser.isEmpty() || !havePassword) {
            errors.append(plan.profileName.isEmpty()
                              ? SubmitCommandText::tr(
                                  "--auth password needs DESKWIZ_IAM_DOMAIN, DESKWIZ_IAM_USER and "
                                  "DESKWIZ_IAM_PASSWORD in the environment.")
                              : SubmitCommandText::tr(
                                    "The profile \"%1\" logs in with a password but has no IAM "
                                    "domain or user; set DESKWIZ_IAM_DOMAIN and DESKWIZ_IAM_USER.")
                                    .arg(plan.profileName));
        }
        break;
    }
    case Connection::AuthKind::AkSk: {
        connection.accessKey = environmentOrSaved("DESKWIZ_AK", profile.accessKey, errors);
        const bool haveSecretKey =
            secret("DESKWIZ_SK", SecretKind::SecretKey, connection.secrets.secretKey);
        connection.secrets.securityToken = environmentValue("DESKWIZ_SECURITY_TOKEN", errors);
        // Temporary credentials come as a pair: read the token where the SK is read from.
        if (connection.secrets.securityToken.isEmpty() && !plan.keychainSecrets.isEmpty())
            plan.keychainSecrets.append(
                {SecretKind::SecurityToken, "DESKWIZ_SECURITY_TOKEN", true});
        if (connection.accessKey.isEmpty() || !haveSecretKey) {
            errors.append(
                plan.profileName.isEmpty()
                    ? SubmitCommandText::tr("--auth aksk needs DESKWIZ_AK and DESKWIZ_SK in the "
                                            "environment.")
                    : SubmitCommandText::tr(
                          "The profile \"%1\" logs in with AK/SK but has no AK; set "
                          "DESKWIZ_AK.")
                          .arg(plan.profileName));
        }
        break;
    }
    }
    if (errors.isEmpty() && plan.keychainSecrets.isEmpty()) {
        for (const QString &problem : connection.problems()) {
            if (!errors.contains(problem))
                errors.append(problem);
        }
    }
    return plan;
}

/**
 * Completes a ConnectionPlan inside the command's event loop: reads the secrets the environment
 * did not give from the system keychain (asynchronously, one after the other), then hands the
 * connection to `ready`. When a secret is not there, or there is no keychain, prints why and which
 * environment variable to set, and ends the event loop with exit code 2.
 */
class KeychainSecretReader : public QObject
{
public:
    using Ready = std::function<void(const Connection &connection)>;

    KeychainSecretReader(ConnectionPlan plan, Ready ready)
        : m_plan(std::move(plan))
        , m_ready(std::move(ready))
    {
    }

    ~KeychainSecretReader() override { m_plan.connection.secrets.clear(); }

    void start() { readNext(); }

private:
    void readNext()
    {
        if (m_plan.keychainSecrets.isEmpty()) {
            finish();
            return;
        }
        const KeychainSecret wanted = m_plan.keychainSecrets.takeFirst();
        m_store.read(
            m_plan.profileName, wanted.kind, this, [this, wanted](const SecretResult &result) {
                if (result.ok() && hasControlCharacter(result.secret.toUtf8())) {
                    fail({SubmitCommandText::tr(
                              "The secret of the profile \"%1\" in the system keychain contains "
                              "a line break or another control character, which cannot be sent; "
                              "save it again from the wizard's connection page, or set %2.")
                              .arg(m_plan.profileName, QString::fromLatin1(wanted.variable))});
                } else if (result.ok()) {
                    secretOf(wanted.kind) = result.secret.toUtf8();
                    readNext();
                } else if (wanted.optional && result.status == SecretResult::Status::NotFound) {
                    readNext();
                } else {
                    fail({result.status == SecretResult::Status::NoBackend
                              ? SubmitCommandText::tr(
                                    "No keychain is available on this system, so the secret of "
                                    "the profile \"%1\" cannot be read from it.")
                                    .arg(m_plan.profileName)
                              : result.message,
                          SubmitCommandText::tr(
                              "Set %1 in the environment, or save the secret of the "
                              "profile \"%2\" in the system keychain from the wizard's "
                              "connection page.")
                              .arg(QString::fromLatin1(wanted.variable), m_plan.profileName)});
                }
            });
    }

    void finish()
    {
        const QStringList problems = m_plan.connection.problems();
        if (!problems.isEmpty()) {
            fail(problems);
            return;
        }
        m_ready(m_plan.connection);
        m_plan.connection.secrets.clear();
    }

    void fail(const QStringList &lines)
    {
        for (const QString &line : lines)
            err() << SubmitCommandText::tr("deskwiz: %1").arg(line) << '\n';
        err().flush();
        QCoreApplication::exit(ExitUsage);
    }

    QByteArray &secretOf(SecretKind kind)
    {
        switch (kind) {
        case SecretKind::Token:
            return m_plan.connection.secrets.token;
        case SecretKind::Password:
            return m_plan.connection.secrets.password;
        case SecretKind::SecretKey:
            return m_plan.connection.secrets.secretKey;
        case SecretKind::SecurityToken:
            break;
        }
        return m_plan.connection.secrets.securityToken;
    }

    ConnectionPlan m_plan;
    Ready m_ready;
    KeychainSecretStore m_store;
};

/** The bounds of --timeout, in seconds: a tenth of a second (tests) up to an hour. */
constexpr double kMinTimeoutSeconds = 0.1;
constexpr double kMaxTimeoutSeconds = 3600;

/** Reads --timeout (seconds, fractions allowed) and --poll-interval. */
bool readTimings(const QCommandLineParser &parser, int &timeoutMs, int &pollMs)
{
    const std::optional<double> seconds = numberInRange(parser.value(QStringLiteral("timeout")),
                                                        kMinTimeoutSeconds, kMaxTimeoutSeconds);
    if (!seconds) {
        err() << SubmitCommandText::tr(
                     "--timeout must be a number of seconds from %1 to %2; \"%3\" is not.")
                     .arg(kMinTimeoutSeconds)
                     .arg(kMaxTimeoutSeconds)
                     .arg(parser.value(QStringLiteral("timeout")))
              << '\n';
        return false;
    }
    timeoutMs = int(*seconds * 1000);
    bool ok = false;
    pollMs = parser.value(QStringLiteral("poll-interval")).toInt(&ok);
    if (!ok || pollMs < 1) {
        err() << SubmitCommandText::tr(
                     "--poll-interval must be a whole number of milliseconds, not \"%1\".")
                     .arg(parser.value(QStringLiteral("poll-interval")))
              << '\n';
        return false;
    }
    return true;
}

QString statusWord(const SubJob &subJob)
{
    return subJob.statusText.isEmpty() ? SubmitCommandText::tr("UNKNOWN") : subJob.statusText;
}

QString desktopLine(const SubJob &subJob)
{
    const QString who = !subJob.userName.isEmpty() ? subJob.userName
        : !subJob.desktopName.isEmpty()            ? subJob.desktopName
                                                   : subJob.id;
    QString line = subJob.jobId + QLatin1Char(' ') + who + QLatin1Char(' ') + statusWord(subJob)
        + QLatin1Char(' ') + QString::number(subJob.process) + QLatin1Char('%');
    if (!subJob.desktopId.isEmpty())
        line += QLatin1Char(' ') + SubmitCommandText::tr("desktop %1").arg(subJob.desktopId);
    if (subJob.status == SubJob::Status::Failed) {
        line += QLatin1String(" ")
            + SubmitCommandText::tr("failed: %1")
                  .arg(subJob.errorCode.isEmpty()
                           ? subJob.failReason
                           : subJob.errorCode + QLatin1String(" ") + subJob.failReason);
    }
    return line;
}

QJsonObject subJobJson(const SubJob &subJob)
{
    QJsonObject json {{QStringLiteral("sub_job_id"), subJob.id},
                      {QStringLiteral("job_id"), subJob.jobId},
                      {QStringLiteral("status"), subJob.statusText},
                      {QStringLiteral("process"), subJob.process},
                      {QStringLiteral("user_name"), subJob.userName},
                      {QStringLiteral("desktop_name"), subJob.desktopName},
                      {QStringLiteral("desktop_id"), subJob.desktopId}};
    if (!subJob.errorCode.isEmpty())
        json.insert(QStringLiteral("error_code"), subJob.errorCode);
    if (!subJob.failReason.isEmpty())
        json.insert(QStringLiteral("fail_reason"), subJob.failReason);
    return json;
}

QJsonObject errorJson(const ApiError &error)
{
    QJsonObject json {{QStringLiteral("message"), error.toString()}};
    if (error.httpStatus() > 0)
        json.insert(QStringLiteral("http_status"), error.httpStatus());
    if (!error.code().isEmpty())
        json.insert(QStringLiteral("error_code"), error.code());
    if (!error.serviceMessage().isEmpty())
        json.insert(QStringLiteral("error_msg"), error.serviceMessage());
    if (!error.detail().isEmpty())
        json.insert(QStringLiteral("error_detail"), error.detail());
    if (!error.requestId().isEmpty())
        json.insert(QStringLiteral("request_id"), error.requestId());
    if (error.mayHaveCreatedDesktops())
        json.insert(QStringLiteral("may_have_created"), true);
    return json;
}

/**
 * Sends the batches one after the other (never retrying a create), then optionally follows the
 * jobs; ends the event loop with the exit code.
 */
class SubmitSession : public QObject
{
public:
    /** `connectionArguments`: the options that reach the same service again (no secret). */
    SubmitSession(const Connection &connection, int timeoutMs, int pollMs, bool wait, bool json,
                  QStringList connectionArguments)
        : m_client(connection)
        , m_watcher(&m_client)
        , m_wait(wait)
        , m_json(json)
        , m_connectionArguments(std::move(connectionArguments))
    {
        m_client.setTimeoutMs(timeoutMs);
        JobWatcher::Timing timing;
        timing.initialIntervalMs = pollMs;
        timing.maxIntervalMs = qMax(pollMs, 15000);
        m_watcher.setTiming(timing);
        connect(&m_watcher, &JobWatcher::desktopChanged, this, [this](const SubJob &subJob) {
            if (!m_json)
                out() << desktopLine(subJob) << Qt::endl;
        });
        connect(&m_watcher, &JobWatcher::pollFailed, this,
                [this](const ApiError &error, int consecutive) {
                    if (!m_json) {
                        err() << SubmitCommandText::tr(
                                     "Polling failed (%1 in a row), trying again: %2")
                                     .arg(consecutive)
                                     .arg(error.summary())
                              << Qt::endl;
                    }
                });
        connect(&m_watcher, &JobWatcher::finished, this,
                [this](JobWatcher::Outcome outcome, const ApiError &error) {
                    switch (outcome) {
                    case JobWatcher::Outcome::AllSucceeded:
                        end(ExitDone);
                        break;
                    case JobWatcher::Outcome::SomeFailed:
                        end(ExitFailedDesktops);
                        break;
                    case JobWatcher::Outcome::GaveUp:
                        if (!m_watcher.jobsNotFound().isEmpty())
                            endNotFound(m_watcher.jobsNotFound());
                        else
                            endWithError(error, resumeAdvice());
                        break;
                    }
                });
    }

    void submit(const QList<QByteArray> &bodies)
    {
        m_bodies = bodies;
        sendNext();
    }

    void follow(const QStringList &jobIds)
    {
        m_jobIds = jobIds;
        if (m_wait) {
            m_watcher.watch(jobIds);
            return;
        }
        // One look at each job's sub-jobs.
        m_pending = int(jobIds.size());
        for (const QString &jobId : jobIds) {
            SubJobFilter filter;
            filter.jobId = jobId;
            m_client.listSubJobs(filter, Paging {0, 100}, this,
                                 [this, jobId](const ApiResult<Page<SubJob>> &result) {
                                     onSnapshot(jobId, result);
                                 });
        }
    }

    int exitCode() const { return m_exitCode; }

private:
    void sendNext()
    {
        if (m_next >= m_bodies.size()) {
            if (m_wait)
                m_watcher.watch(m_jobIds);
            else
                end(ExitDone);
            return;
        }
        const QByteArray body = m_bodies.at(m_next++);
        m_client.createDesktops(body, this, [this](const ApiResult<QString> &result) {
            if (!result.ok()) {
                ApiError error = result.error;
                if (m_next < m_bodies.size() && !m_json) {
                    err() << SubmitCommandText::tr("%n further request(s) were not sent.", nullptr,
                                                   int(m_bodies.size() - m_next))
                          << Qt::endl;
                }
                endWithError(error);
                return;
            }
            m_jobIds.append(result.value);
            if (!m_json)
                out() << result.value << Qt::endl;
            sendNext();
        });
    }

    void onSnapshot(const QString &jobId, const ApiResult<Page<SubJob>> &result)
    {
        if (!result.ok()) {
            m_snapshotError = result.error;
        } else {
            for (SubJob subJob : result.value.items) {
                if (subJob.jobId.isEmpty())
                    subJob.jobId = jobId;
                m_snapshot.append(subJob);
                if (!m_json)
                    out() << desktopLine(subJob) << Qt::endl;
            }
        }
        if (--m_pending > 0)
            return;
        if (m_snapshotError.isError()) {
            endWithError(m_snapshotError);
            return;
        }
        QStringList notFound;
        for (const QString &id : std::as_const(m_jobIds)) {
            if (std::none_of(m_snapshot.begin(), m_snapshot.end(),
                             [&id](const SubJob &s) { return s.jobId == id; }))
                notFound.append(id);
        }
        if (!notFound.isEmpty()) {
            endNotFound(notFound);
            return;
        }
        const bool anyFailed =
            std::any_of(m_snapshot.begin(), m_snapshot.end(),
                        [](const SubJob &s) { return s.status == SubJob::Status::Failed; });
        end(anyFailed ? ExitFailedDesktops : ExitDone);
    }

    /**
     * What to run to follow the jobs again after following them stopped, e.g. because the
     * connection was lost; empty before a job id is known.
     */
    QString resumeAdvice() const
    {
        if (m_jobIds.isEmpty())
            return {};
        const QStringList command = QStringList {QStringLiteral("deskwiz"), QStringLiteral("jobs")}
            + m_jobIds + QStringList {QStringLiteral("--wait")} + m_connectionArguments;
        return SubmitCommandText::tr("The job(s) %1 may still be running. Follow them again "
                                     "with the same DESKWIZ_ environment variables:",
                                     nullptr, int(m_jobIds.size()))
                   .arg(m_jobIds.join(QLatin1String(", ")))
            + QLatin1String("\n  ") + command.join(QLatin1Char(' '));
    }

    /** Ends with exit code 4 after an API or network error and, if given, advice. */
    void endWithError(const ApiError &error, const QString &advice = {})
    {
        QJsonObject json = errorJson(error);
        if (!advice.isEmpty())
            json.insert(QStringLiteral("advice"), advice);
        QString text = SubmitCommandText::tr("deskwiz: %1").arg(error.toString());
        if (!advice.isEmpty())
            text += QLatin1Char('\n') + advice;
        end(ExitApiError, text, json);
    }

    /** Ends with exit code 4: the service lists no desktop of these jobs. */
    void endNotFound(const QStringList &jobIds)
    {
        QStringList lines;
        QStringList printed;
        for (const QString &jobId : jobIds) {
            lines.append(SubmitCommandText::tr(
                             "job %1 not found: the service lists no desktop of it. Check the job "
                             "id, and that --endpoint and --project-id (or --region, --profile) "
                             "are those it was submitted with.")
                             .arg(jobId));
            printed.append(SubmitCommandText::tr("deskwiz: %1").arg(lines.constLast()));
        }
        end(ExitApiError, printed.join(QLatin1Char('\n')),
            QJsonObject {{QStringLiteral("message"), lines.join(QLatin1Char('\n'))},
                         {QStringLiteral("jobs_not_found"), QJsonArray::fromStringList(jobIds)}});
    }

    /**
     * Ends the event loop with `exitCode`; `message` (the problem, said once) goes to stderr and
     * `errorObject` into the JSON document.
     */
    void end(int exitCode, const QString &message = {}, const QJsonObject &errorObject = {})
    {
        m_exitCode = exitCode;
        if (m_json) {
            QJsonArray jobs;
            const QList<SubJob> desktops = m_wait ? m_watcher.desktops() : m_snapshot;
            for (const QString &jobId : std::as_const(m_jobIds)) {
                QJsonArray list;
                for (const SubJob &subJob : desktops) {
                    if (subJob.jobId == jobId)
                        list.append(subJobJson(subJob));
                }
                jobs.append(QJsonObject {{QStringLiteral("job_id"), jobId},
                                         {QStringLiteral("desktops"), list}});
            }
            QJsonObject document {{QStringLiteral("jobs"), jobs},
                                  {QStringLiteral("exit_code"), exitCode}};
            if (!errorObject.isEmpty())
                document.insert(QStringLiteral("error"), errorObject);
            out() << QJsonDocument(document).toJson(QJsonDocument::Indented) << Qt::flush;
        }
        if (!message.isEmpty())
            err() << message << Qt::endl;
        m_watcher.stop();
        QCoreApplication::exit(exitCode);
    }

    WorkspaceClient m_client;
    JobWatcher m_watcher;
    bool m_wait;
    bool m_json;
    QStringList m_connectionArguments;
    QList<QByteArray> m_bodies;
    qsizetype m_next = 0;
    QStringList m_jobIds;
    QList<SubJob> m_snapshot;
    ApiError m_snapshotError;
    int m_pending = 0;
    int m_exitCode = ExitApiError;
};

/** `text` as one word of a POSIX shell command line: as it is when safe, else single-quoted. */
QString shellWord(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/** The options given that say where and how to connect, to repeat in a later command. */
QStringList connectionArguments(const QCommandLineParser &parser)
{
    QStringList words;
    for (const char *name :
         {"profile", "endpoint", "project-id", "region", "auth", "iam-endpoint", "timeout"}) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option))
            words << QLatin1String("--") + option << shellWord(parser.value(option));
    }
    return words;
}

/**
 * The commands say every failure once themselves, so the API layer's log lines (each failed call,
 * retries) stay off; QT_LOGGING_RULES="deskwiz.api.info=true" brings them back.
 */
void quietApiLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("deskwiz.api.info=false"));
}

QString issueLine(const ValidationIssue &issue)
{
    if (issue.isError())
        return issue.pointer + QLatin1String(": ") + issue.message;
    return issue.pointer + QLatin1String(": ")
        + SubmitCommandText::tr("warning: %1").arg(issue.message);
}

/** Parses the common part; false with `exitCode` set when the command should end now. */
bool parseCommon(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    parser.addHelpOption();
    addConnectionOptions(parser);
    // "deskwiz submit ...": the command word stands in for the program name.
    if (!parser.parse(arguments.mid(1))) {
        err() << parser.errorText() << '\n';
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << commandHelpText(parser);
        exitCode = ExitDone;
        return false;
    }
    return true;
}

/** Loads, judges and batches FILE into the exact bodies to send; false with `exitCode` set. */
bool prepareBodies(const QCommandLineParser &parser, QList<QByteArray> &bodies, int &exitCode)
{
    const RequestFile file = RequestFile::load(parser.positionalArguments().constFirst());
    for (const QString &warning : file.warnings)
        err() << SubmitCommandText::tr("deskwiz: warning: %1").arg(warning) << '\n';
    switch (file.status) {
    case RequestFile::Status::Ok:
        break;
    case RequestFile::Status::Unreadable:
        err() << file.errorMessage << '\n';
        exitCode = ExitUsage;
        return false;
    case RequestFile::Status::Malformed:
        err() << file.errorMessage << '\n';
        exitCode = ExitInvalidInput;
        return false;
    case RequestFile::Status::Invalid:
        for (const ValidationIssue &issue : file.errors)
            err() << issueLine(issue) << '\n';
        exitCode = ExitInvalidInput;
        return false;
    }
    ValidationContext context = file.context.value_or(ValidationContext());
    if (parser.isSet(QStringLiteral("os"))) {
        const auto os = ValidationContext::parseOsType(parser.value(QStringLiteral("os")));
        if (!os) {
            err() << SubmitCommandText::tr("--os must be Windows or Linux.") << '\n';
            exitCode = ExitUsage;
            return false;
        }
        context.osType = *os;
    }
    if (parser.isSet(QStringLiteral("domain-type"))) {
        const auto domain =
            ValidationContext::parseDomainType(parser.value(QStringLiteral("domain-type")));
        if (!domain) {
            err() << SubmitCommandText::tr("--domain-type must be LITE_AD or LOCAL_AD.") << '\n';
            exitCode = ExitUsage;
            return false;
        }
        context.domainType = *domain;
    }
    const Validator validator(ApiLimits::builtIn());
    context.maxDesktopsPerRequest = validator.limits().defaultMaxDesktopsPerRequest;
    const QList<CreateDesktopRequest> batches =
        BatchPlanner::split(file.request, context.maxDesktopsPerRequest);
    bool invalid = false;
    for (const CreateDesktopRequest &batch : batches) {
        for (const ValidationIssue &issue : validator.validate(batch, context)) {
            err() << issueLine(issue) << '\n';
            invalid = invalid || issue.isError();
        }
    }
    if (invalid) {
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
        "Send the create-desktops request in FILE (a template or a bare API body) and print "
        "the job id; with --wait, follow it until every desktop is ready or has failed."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 SubmitCommandText::tr("The request to send."));
    parser.addOption({QStringLiteral("os"),
                      SubmitCommandText::tr("Judge the request for Windows or Linux."),
                      QStringLiteral("Windows|Linux")});
    parser.addOption({QStringLiteral("domain-type"),
                      SubmitCommandText::tr("Judge the request for LITE_AD or LOCAL_AD."),
                      QStringLiteral("LITE_AD|LOCAL_AD")});
    int exitCode = ExitDone;
    if (!parseCommon(parser, arguments, exitCode))
        return exitCode;
    quietApiLog();
    if (parser.positionalArguments().size() != 1) {
        err() << SubmitCommandText::tr("Give exactly one FILE.") << '\n' << commandHelpText(parser);
        return ExitUsage;
    }
    QStringList problems;
    ConnectionPlan plan = connectionFromOptions(parser, problems);
    int timeoutMs = 0;
    int pollMs = 0;
    if (!readTimings(parser, timeoutMs, pollMs))
        return ExitUsage;
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            err() << SubmitCommandText::tr("deskwiz: %1").arg(problem) << '\n';
        return ExitUsage;
    }
    QList<QByteArray> bodies;
    if (!prepareBodies(parser, bodies, exitCode))
        return exitCode;
    err().flush();

    const bool wait = parser.isSet(QStringLiteral("wait"));
    const bool json = parser.isSet(QStringLiteral("json"));
    std::unique_ptr<SubmitSession> session;
    KeychainSecretReader reader(std::move(plan), [&](const Connection &connection) {
        session = std::make_unique<SubmitSession>(connection, timeoutMs, pollMs, wait, json,
                                                  connectionArguments(parser));
        session->submit(bodies);
    });
    QMetaObject::invokeMethod(
        &reader, [&reader] { reader.start(); }, Qt::QueuedConnection);
    return QCoreApplication::exec();
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
    quietApiLog();
    const QStringList jobIds = parser.positionalArguments();
    if (jobIds.isEmpty()) {
        err() << SubmitCommandText::tr("Give at least one JOB_ID.") << '\n'
              << commandHelpText(parser);
        return ExitUsage;
    }
    QStringList problems;
    ConnectionPlan plan = connectionFromOptions(parser, problems);
    int timeoutMs = 0;
    int pollMs = 0;
    if (!readTimings(parser, timeoutMs, pollMs))
        return ExitUsage;
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            err() << SubmitCommandText::tr("deskwiz: %1").arg(problem) << '\n';
        return ExitUsage;
    }
    const bool wait = parser.isSet(QStringLiteral("wait"));
    const bool json = parser.isSet(QStringLiteral("json"));
    std::unique_ptr<SubmitSession> session;
    KeychainSecretReader reader(std::move(plan), [&](const Connection &connection) {
        session = std::make_unique<SubmitSession>(connection, timeoutMs, pollMs, wait, json,
                                                  connectionArguments(parser));
        session->follow(jobIds);
    });
    QMetaObject::invokeMethod(
        &reader, [&reader] { reader.start(); }, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
