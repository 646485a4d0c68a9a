#include "app/CommandConnection.h"

#include "app/CommandLine.h"
#include "app/Commands.h"
#include "models/ConnectionProfileStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace {

/** The texts of submit and jobs, in the translation context "SubmitCommand". */
struct SubmitCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
};

/** The value of `option` when given, else the `saved` value (profile or file), else empty. */
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

/** The environment variable `name` when set, else the `saved` value (profile or file), else empty.
 */
QString environmentOrSaved(const char *name, const std::optional<QString> &saved,
                           QStringList &errors)
{
    const QByteArray value = environmentValue(name, errors);
    return value.isEmpty() ? saved.value_or(QString()) : QString::fromUtf8(value);
}

/** The bounds of --timeout, in seconds: a tenth of a second (tests) up to an hour. */
constexpr double kMinTimeoutSeconds = 0.1;
constexpr double kMaxTimeoutSeconds = 3600;

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

} // namespace

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"),
                      SubmitCommandText::tr(
                          "Connect as the saved connection profile NAME (saved from the wizard's "
                          "connection page) instead of a template's own connection; the options "
                          "below override its settings. Its secret comes from the environment "
                          "variable of the login kind, else from the system keychain."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("endpoint"),
                      SubmitCommandText::tr("The Workspace endpoint URL, e.g. "
                                            "https://workspace.cn-north-4.myhuaweicloud.com "
                                            "(default: the profile's, else the template's)."),
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
             "optional DESKWIZ_SECURITY_TOKEN). Default: the profile's, else the "
             "template's, else token."),
         QStringLiteral("token|password|aksk"), QStringLiteral("token")});
    parser.addOption(
        {QStringLiteral("iam-endpoint"),
         SubmitCommandText::tr("The IAM endpoint of a password login (default: derived from the "
                               "endpoint)."),
         QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("timeout"),
         SubmitCommandText::tr("Seconds each request may take as a whole, its answer included "
                               "(default 30); one still running then ends as timed out."),
         QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("no-http2"),
         SubmitCommandText::tr("Speak HTTP/1.1 only, for a proxy or gateway that mishandles "
                               "HTTP/2 (the environment variable DESKWIZ_NO_HTTP2=1 does the "
                               "same, for the wizard too).")});
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

ConnectionPlan connectionFromOptions(const QCommandLineParser &parser, QStringList &errors,
                                     const ConnectionSettings &fileSettings)
{
    ConnectionPlan plan;
    Connection &connection = plan.connection;
    // What the options do not say: the profile's settings, else the file's (never a mix).
    ConnectionSettings settings = fileSettings;
    if (!parser.isSet(QStringLiteral("profile"))) {
        plan.fileSettings = fileSettings;
    } else {
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
        settings = saved->settings;
    }

    const QString endpoint = optionOrSaved(parser, QStringLiteral("endpoint"), settings.endpoint);
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
    connection.projectId = optionOrSaved(parser, QStringLiteral("project-id"), settings.projectId);
    connection.region = optionOrSaved(parser, QStringLiteral("region"), settings.region);
    QString authText = parser.value(QStringLiteral("auth"));
    if (!parser.isSet(QStringLiteral("auth")) && settings.loginKind)
        authText = ConnectionSettings::loginKindName(*settings.loginKind);
    const auto kind = Connection::parseAuthKind(authText);
    if (!kind) {
        errors.append(SubmitCommandText::tr("--auth must be token, password or aksk, not \"%1\".")
                          .arg(authText));
        return plan;
    }
    connection.authKind = *kind;
    const QString iamEndpoint =
        optionOrSaved(parser, QStringLiteral("iam-endpoint"), settings.iamEndpoint);
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
        connection.iamDomain = environmentOrSaved("DESKWIZ_IAM_DOMAIN", settings.iamDomain, errors);
        connection.iamUser = environmentOrSaved("DESKWIZ_IAM_USER", settings.iamUser, errors);
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
        connection.accessKey = environmentOrSaved("DESKWIZ_AK", settings.accessKey, errors);
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

ResumeWords resumeWords(const QCommandLineParser &parser, const ConnectionPlan &plan)
{
    const ConnectionSettings &file = plan.fileSettings;
    const std::optional<QString> fileAuth = file.loginKind
        ? std::optional<QString>(ConnectionSettings::loginKindName(*file.loginKind))
        : std::nullopt;
    const std::pair<const char *, std::optional<QString>> options[] = {
        {"profile", std::nullopt}, {"endpoint", file.endpoint}, {"project-id", file.projectId},
        {"region", file.region},   {"auth", fileAuth},          {"iam-endpoint", file.iamEndpoint},
        {"timeout", std::nullopt},
    };
    ResumeWords words;
    for (const auto &[name, fromFile] : options) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option))
            words.options << QLatin1String("--") + option << shellWord(parser.value(option));
        else if (fromFile && !fromFile->isEmpty())
            words.options << QLatin1String("--") + option << shellWord(*fromFile);
    }
    // What only the environment can say, when the file said it and the environment did not.
    const Connection &connection = plan.connection;
    const std::pair<const char *, std::optional<QString>> variables[] = {
        {"DESKWIZ_IAM_DOMAIN",
         connection.authKind == Connection::AuthKind::Password ? file.iamDomain : std::nullopt},
        {"DESKWIZ_IAM_USER",
         connection.authKind == Connection::AuthKind::Password ? file.iamUser : std::nullopt},
        {"DESKWIZ_AK",
         connection.authKind == Connection::AuthKind::AkSk ? file.accessKey : std::nullopt},
    };
    for (const auto &[name, fromFile] : variables) {
        if (fromFile && !fromFile->isEmpty() && qgetenv(name).isEmpty())
            words.environment << QString::fromLatin1(name) + QLatin1Char('=')
                    + shellWord(*fromFile);
    }
    if (parser.isSet(QStringLiteral("no-http2")))
        words.options << QStringLiteral("--no-http2");
    return words;
}

std::optional<Timings> readTimings(const QCommandLineParser &parser)
{
    const std::optional<double> seconds = numberInRange(parser.value(QStringLiteral("timeout")),
                                                        kMinTimeoutSeconds, kMaxTimeoutSeconds);
    if (!seconds) {
        standardError() << SubmitCommandText::tr(
                               "--timeout must be a number of seconds from %1 to %2; \"%3\" is "
                               "not.")
                               .arg(kMinTimeoutSeconds)
                               .arg(kMaxTimeoutSeconds)
                               .arg(parser.value(QStringLiteral("timeout")))
                        << '\n';
        return std::nullopt;
    }
    Timings timings;
    timings.timeoutMs = int(*seconds * 1000);
    bool ok = false;
    timings.pollMs = parser.value(QStringLiteral("poll-interval")).toInt(&ok);
    if (!ok || timings.pollMs < 1) {
        standardError() << SubmitCommandText::tr(
                               "--poll-interval must be a whole number of milliseconds, 1 or "
                               "more; \"%1\" is not.")
                               .arg(parser.value(QStringLiteral("poll-interval")))
                        << '\n';
        return std::nullopt;
    }
    return timings;
}

KeychainSecretReader::KeychainSecretReader(ConnectionPlan plan, SecretStore *keychain, Ready ready)
    : m_plan(std::move(plan))
    , m_keychain(keychain)
    , m_ready(std::move(ready))
{
}

KeychainSecretReader::~KeychainSecretReader()
{
    m_plan.connection.secrets.clear();
}

void KeychainSecretReader::start()
{
    readNext();
}

void KeychainSecretReader::readNext()
{
    if (m_plan.keychainSecrets.isEmpty()) {
        finish();
        return;
    }
    const KeychainSecret wanted = m_plan.keychainSecrets.takeFirst();
    m_keychain->read(
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

void KeychainSecretReader::finish()
{
    const QStringList problems = m_plan.connection.problems();
    if (!problems.isEmpty()) {
        fail(problems);
        return;
    }
    m_ready(m_plan.connection);
    m_plan.connection.secrets.clear();
}

void KeychainSecretReader::fail(const QStringList &lines)
{
    for (const QString &line : lines)
        standardError() << SubmitCommandText::tr("deskwiz: %1").arg(line) << '\n';
    standardError().flush();
    QCoreApplication::exit(ExitUsage);
}

QByteArray &KeychainSecretReader::secretOf(SecretKind kind)
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
