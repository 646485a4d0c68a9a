// How `deskwiz submit` and `deskwiz jobs` connect, in process: --profile takes its secret from the
// keychain (a FakeKeychain behind the SecretStore interface) when the environment has none, and a
// missing keychain ends the command with exit code 2; a template's own connection fills what the
// options and a profile do not say, and the resume command says it again. The profiles are in this
// test's own settings (below the test's home).
#include "app/CommandConnection.h"
#include "app/Commands.h"
#include "models/ConnectionProfileStore.h"
#include "tests/support/FakeKeychain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTest>

#include <memory>
#include <optional>

namespace {

const QString kEndpoint = QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com");
const QString kProjectId = QStringLiteral("0123456789abcdef0123456789abcdef");

/** What a KeychainSecretReader ended with. */
struct Reading
{
    int exitCode = -1;
    std::optional<Connection> connection;
};

} // namespace

class TestCommandConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void profileSecretComesFromTheKeychain();
    void akskProfileReadsTheSkAndItsSecurityToken();
    void environmentGoesBeforeTheKeychain();
    void withoutAKeychainTheCommandEndsWithExitCode2();
    void templateConnectionFillsWhatOptionsDoNotSay();
    void profileStandsForTheWholeConnection();

private:
    /** Parses `arguments` (after "deskwiz submit") as the submit command does. */
    std::unique_ptr<QCommandLineParser> parse(const QStringList &arguments) const;
    /** Runs a KeychainSecretReader over `plan` and `keychain` in the event loop until it ends. */
    Reading read(const ConnectionPlan &plan, SecretStore *keychain) const;
    /** Writes `secret` into `keychain` and waits for it. */
    void store(FakeKeychain &keychain, const QString &profile, SecretKind kind,
               const QString &secret) const;

    std::unique_ptr<ConnectionProfileStore> m_profiles;
};

void TestCommandConnection::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("deskwiz-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_commandconnection"));
    m_profiles = std::make_unique<ConnectionProfileStore>();
    ConnectionProfile token;
    token.name = QStringLiteral("prod");
    token.settings.endpoint = kEndpoint;
    token.settings.projectId = kProjectId;
    token.settings.loginKind = ConnectionSettings::LoginKind::Token;
    QVERIFY(m_profiles->save(token));
    ConnectionProfile aksk;
    aksk.name = QStringLiteral("keys");
    aksk.settings.endpoint = kEndpoint;
    aksk.settings.projectId = kProjectId;
    aksk.settings.loginKind = ConnectionSettings::LoginKind::AkSk;
    aksk.settings.accessKey = QStringLiteral("AKPROFILE");
    QVERIFY(m_profiles->save(aksk));
}

void TestCommandConnection::init()
{
    for (const char *name :
         {"DESKWIZ_TOKEN", "DESKWIZ_IAM_DOMAIN", "DESKWIZ_IAM_USER", "DESKWIZ_IAM_PASSWORD",
          "DESKWIZ_AK", "DESKWIZ_SK", "DESKWIZ_SECURITY_TOKEN"})
        qunsetenv(name);
}

std::unique_ptr<QCommandLineParser> TestCommandConnection::parse(const QStringList &arguments) const
{
    auto parser = std::make_unique<QCommandLineParser>();
    addConnectionOptions(*parser);
    parser->addPositionalArgument(QStringLiteral("FILE"), QString());
    if (!parser->parse(QStringList {QStringLiteral("submit")} + arguments))
        qWarning("%s", qPrintable(parser->errorText()));
    return parser;
}

Reading TestCommandConnection::read(const ConnectionPlan &plan, SecretStore *keychain) const
{
    Reading reading;
    KeychainSecretReader reader(plan, keychain, [&reading](const Connection &connection) {
        reading.connection = connection;
        QCoreApplication::exit(ExitDone);
    });
    QMetaObject::invokeMethod(
        &reader, [&reader] { reader.start(); }, Qt::QueuedConnection);
    reading.exitCode = QCoreApplication::exec();
    return reading;
}

void TestCommandConnection::store(FakeKeychain &keychain, const QString &profile, SecretKind kind,
                                  const QString &secret) const
{
    bool written = false;
    keychain.write(profile, kind, secret, &keychain,
                   [&written](const SecretResult &result) { written = result.ok(); });
    QTRY_VERIFY(written);
}

void TestCommandConnection::profileSecretComesFromTheKeychain()
{
    FakeKeychain keychain;
    store(keychain, QStringLiteral("prod"), SecretKind::Token, QStringLiteral("token-in-keychain"));
    const auto parser =
        parse({QStringLiteral("f.json"), QStringLiteral("--profile"), QStringLiteral("prod")});
    QStringList errors;
    const ConnectionPlan plan = connectionFromOptions(*parser, errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.keychainSecrets.size(), 1);
    QVERIFY(plan.connection.secrets.token.isEmpty()); // not yet: read in the event loop

    const Reading reading = read(plan, &keychain);
    QCOMPARE(reading.exitCode, int(ExitDone));
    QVERIFY(reading.connection);
    QCOMPARE(reading.connection->secrets.token, QByteArray("token-in-keychain"));
    QCOMPARE(reading.connection->endpoint, QUrl(kEndpoint));
    QCOMPARE(reading.connection->projectId, kProjectId);
}

void TestCommandConnection::akskProfileReadsTheSkAndItsSecurityToken()
{
    FakeKeychain keychain;
    store(keychain, QStringLiteral("keys"), SecretKind::SecretKey,
          QStringLiteral("sk-in-keychain"));
    store(keychain, QStringLiteral("keys"), SecretKind::SecurityToken,
          QStringLiteral("security-token-in-keychain"));
    const auto parser =
        parse({QStringLiteral("f.json"), QStringLiteral("--profile"), QStringLiteral("keys")});
    QStringList errors;
    const ConnectionPlan plan = connectionFromOptions(*parser, errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    const Reading reading = read(plan, &keychain);
    QVERIFY(reading.connection);
    QCOMPARE(reading.connection->accessKey, QStringLiteral("AKPROFILE"));
    QCOMPARE(reading.connection->secrets.secretKey, QByteArray("sk-in-keychain"));
    QCOMPARE(reading.connection->secrets.securityToken, QByteArray("security-token-in-keychain"));
}

void TestCommandConnection::environmentGoesBeforeTheKeychain()
{
    FakeKeychain keychain;
    store(keychain, QStringLiteral("prod"), SecretKind::Token, QStringLiteral("token-in-keychain"));
    qputenv("DESKWIZ_TOKEN", "token-in-environment");
    const auto parser =
        parse({QStringLiteral("f.json"), QStringLiteral("--profile"), QStringLiteral("prod")});
    QStringList errors;
    const ConnectionPlan plan = connectionFromOptions(*parser, errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(plan.keychainSecrets.isEmpty());
    const Reading reading = read(plan, &keychain);
    QCOMPARE(reading.connection->secrets.token, QByteArray("token-in-environment"));
}

void TestCommandConnection::withoutAKeychainTheCommandEndsWithExitCode2()
{
    FakeKeychain keychain(FakeKeychain::Backend::Missing);
    const auto parser =
        parse({QStringLiteral("f.json"), QStringLiteral("--profile"), QStringLiteral("prod")});
    QStringList errors;
    const ConnectionPlan plan = connectionFromOptions(*parser, errors);
    QVERIFY(errors.isEmpty());
    const Reading reading = read(plan, &keychain);
    QCOMPARE(reading.exitCode, int(ExitUsage));
    QVERIFY(!reading.connection);
}

void TestCommandConnection::templateConnectionFillsWhatOptionsDoNotSay()
{
    ConnectionSettings file;
    file.endpoint = kEndpoint;
    file.projectId = kProjectId;
    file.loginKind = ConnectionSettings::LoginKind::AkSk;
    file.accessKey = QStringLiteral("AKTEMPLATE");
    qputenv("DESKWIZ_SK", "sk-in-environment");

    QStringList errors;
    const auto bare = parse({QStringLiteral("t.deskwiz.json")});
    const ConnectionPlan plan = connectionFromOptions(*bare, errors, file);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.connection.endpoint, QUrl(kEndpoint));
    QCOMPARE(plan.connection.projectId, kProjectId);
    QCOMPARE(plan.connection.authKind, Connection::AuthKind::AkSk);
    QCOMPARE(plan.connection.accessKey, QStringLiteral("AKTEMPLATE"));
    QCOMPARE(plan.connection.secrets.secretKey, QByteArray("sk-in-environment"));
    QVERIFY(plan.keychainSecrets.isEmpty()); // no profile: secrets from the environment only
    // The resume command says what the template said, the AK in the environment's words.
    const ResumeWords words = resumeWords(*bare, plan);
    QCOMPARE(words.options,
             (QStringList {QStringLiteral("--endpoint"), kEndpoint, QStringLiteral("--project-id"),
                           kProjectId, QStringLiteral("--auth"), QStringLiteral("aksk")}));
    QCOMPARE(words.environment, QStringList {QStringLiteral("DESKWIZ_AK=AKTEMPLATE")});

    // Options and the environment go first.
    qputenv("DESKWIZ_AK", "AKENVIRONMENT");
    const auto overridden = parse({QStringLiteral("t.deskwiz.json"), QStringLiteral("--endpoint"),
                                   QStringLiteral("https://workspace.ap-southeast-1.example.com"),
                                   QStringLiteral("--project-id"), QStringLiteral("other")});
    const ConnectionPlan other = connectionFromOptions(*overridden, errors, file);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(other.connection.endpoint.host(),
             QStringLiteral("workspace.ap-southeast-1.example.com"));
    QCOMPARE(other.connection.projectId, QStringLiteral("other"));
    QCOMPARE(other.connection.accessKey, QStringLiteral("AKENVIRONMENT"));
    QVERIFY(resumeWords(*overridden, other).environment.isEmpty());

    // Without the SK in the environment, the template is no help: secrets never come from it.
    qunsetenv("DESKWIZ_SK");
    errors.clear();
    connectionFromOptions(*bare, errors, file);
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("DESKWIZ_SK")),
             qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestCommandConnection::profileStandsForTheWholeConnection()
{
    // --profile overrides the template's connection as a whole: a token login to the profile's
    // endpoint, not the template's AK/SK login.
    ConnectionSettings file;
    file.endpoint = QStringLiteral("https://workspace.ap-southeast-1.example.com");
    file.loginKind = ConnectionSettings::LoginKind::AkSk;
    file.accessKey = QStringLiteral("AKTEMPLATE");
    qputenv("DESKWIZ_TOKEN", "token-in-environment");
    const auto parser = parse(
        {QStringLiteral("t.deskwiz.json"), QStringLiteral("--profile"), QStringLiteral("prod")});
    QStringList errors;
    const ConnectionPlan plan = connectionFromOptions(*parser, errors, file);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(plan.connection.endpoint, QUrl(kEndpoint));
    QCOMPARE(plan.connection.authKind, Connection::AuthKind::Token);
    QVERIFY(plan.connection.accessKey.isEmpty());
    const ResumeWords words = resumeWords(*parser, plan);
    QCOMPARE(words.options, (QStringList {QStringLiteral("--profile"), QStringLiteral("prod")}));
    QVERIFY(words.environment.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandConnection)
#include "tst_commandconnection.moc"
