// After a session with every login kind, no file deskwiz wrote holds a secret.
//
// Everything the application may write goes below one temporary home: in this process through
// QStandardPaths' test mode (HOME points at the folder), in the deskwiz child processes through
// HOME and the XDG_* variables. The session: `deskwiz submit` and `deskwiz jobs` with --profile
// and the secrets in the environment (token, IAM password, AK/SK with a security token) against
// an in-process sandbox with debug logging on (its output kept as log files), the wizard's
// connection page filled with each login and "Save as template" used while a secret is typed (its
// debug log kept too), and templates saved (and a template with a secret refused). Then every
// file below the home is searched for the bytes of each secret, the tokens the sandbox issued to
// password logins included.

#include "models/ConnectionProfileStore.h"
#include "models/RequestCodec.h"
#include "models/RequestDraft.h"
#include "models/Template.h"
#include "models/TemplateStore.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/TestData.h"
#include "ui/ConnectionDraft.h"
#include "ui/ProvisionWizard.h"
#include "ui/dialogs/SaveTemplateDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kDeskwiz = QStringLiteral(DESKWIZ_EXECUTABLE);
/** The X-Security-Token of "temporary" AK/SK credentials (the sandbox takes any). */
const QString kSecurityToken = QStringLiteral("temporary-security-token-5b0d7a1e9c");

/** The log of this process's wizard, and the handler that was there before. */
QFile *g_wizardLog = nullptr;
QtMessageHandler g_previousHandler = nullptr;

/**
 * Writes every message of this process but the in-process sandbox's (it plays the service) to
 * the wizard's log; warnings and worse also go on to the test's own handler.
 */
void logToFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray();
    if (g_wizardLog && category != "deskwiz.sandbox")
        g_wizardLog->write(category + ": " + message.toUtf8() + '\n');
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

/** Debug on for deskwiz's categories, whatever QT_LOGGING_RULES says. */
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void enableDeskwizDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "deskwiz.", 8) == 0)
        category->setEnabled(QtDebugMsg, true);
}

} // namespace

class TestSecretsStayOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void submitWithEveryLoginThroughAProfile();
    void profileWithoutASecretSaysWhichVariableToSet();
    void templateSaveRefusesASecret();
    void wizardConnectionPageWithEveryLogin();
    void noFileHoldsASecret();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QString &logName, const QStringList &arguments,
            const QProcessEnvironment &environment);
    QProcessEnvironment childEnvironment() const;
    QString childSettingsFile() const;
    QList<QByteArray> secrets() const;

    QTemporaryDir m_home;
    QFile m_wizardLog;
    std::unique_ptr<SandboxServer> m_server;
    QString m_templatePath;
    QString m_logFolder;
    int m_runCount = 0;
};

void TestSecretsStayOut::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFileInfo::exists(kDeskwiz));
    // This process: QStandardPaths' test mode puts every location below HOME/.qttest.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(name);
    // No keychain for this process: a test never writes into the operator's real keychain.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QCoreApplication::setOrganizationName(QStringLiteral("deskwiz"));
    QCoreApplication::setApplicationName(QStringLiteral("deskwiz"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                .startsWith(m_home.path()));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                .startsWith(m_home.path()));
    m_logFolder = m_home.filePath(QStringLiteral("logs"));
    QVERIFY(QDir().mkpath(m_logFolder));
    // The wizard in this process logs (debug on) into a file below the home.
    m_wizardLog.setFileName(QDir(m_logFolder).filePath(QStringLiteral("wizard-in-process.log")));
    QVERIFY(m_wizardLog.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    g_wizardLog = &m_wizardLog;
    g_previousHandler = qInstallMessageHandler(logToFile);
    g_previousFilter = QLoggingCategory::installFilter(enableDeskwizDebug);

    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->setJobDurationMs(100);
    for (const QByteArray &secret : secrets())
        QVERIFY2(secret.size() >= 8, "the sandbox's secrets are too short to search for");

    // The request travels as a template that deskwiz's own TemplateStore wrote, in the child's
    // application data folder.
    const QJsonObject request = TestData::validUserRequest();
    QVERIFY2(!request.isEmpty(), "no valid Windows/LITE_AD request with desktops in testdata");
    Template value;
    value.name = QStringLiteral("secrets stay out");
    value.request = RequestCodec::fromJson(request).request;
    value.context.osType = ValidationContext::OsType::Windows;
    value.context.domainType = ValidationContext::DomainType::LiteAd;
    value.connection.endpoint = m_server->url().toString();
    value.connection.projectId = m_server->credentials().projectId;
    value.connection.loginKind = ConnectionSettings::LoginKind::Token;
    TemplateStore store(m_home.filePath(QStringLiteral("data/deskwiz/deskwiz/templates")));
    const TemplateStore::Result saved = store.save(value);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    m_templatePath = saved.path;
}

void TestSecretsStayOut::cleanupTestCase()
{
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);
    g_wizardLog = nullptr;
}

QString TestSecretsStayOut::childSettingsFile() const
{
    // QSettings' native format on Linux: $XDG_CONFIG_HOME/ORGANIZATION/APPLICATION.conf (INI).
    return m_home.filePath(QStringLiteral("config/deskwiz/deskwiz.conf"));
}

QList<QByteArray> TestSecretsStayOut::secrets() const
{
    const SandboxServer::Credentials credentials = m_server->credentials();
    QList<QByteArray> all = {credentials.iamPassword.toUtf8(), credentials.secretKey.toUtf8(),
                             kSecurityToken.toUtf8()};
    // credentials.token and every token a password login was given (X-Subject-Token).
    for (const QString &token : m_server->issuedTokens())
        all.append(token.toUtf8());
    return all;
}

QProcessEnvironment TestSecretsStayOut::childEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("DESKWIZ_")) || name.startsWith(QLatin1String("XDG_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
    // Every debug line of deskwiz, kept below as a log file.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("deskwiz.*=true"));
    return environment;
}

TestSecretsStayOut::Run TestSecretsStayOut::run(const QString &logName,
                                                const QStringList &arguments,
                                                const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(kDeskwiz, arguments);
    // The sandbox lives in this process: keep the event loop turning while the child runs.
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    result.out = QString::fromUtf8(out);
    result.err = QString::fromUtf8(err);
    QFile log(QDir(m_logFolder)
                  .filePath(QStringLiteral("%1-%2.log")
                                .arg(++m_runCount, 2, 10, QLatin1Char('0'))
                                .arg(logName)));
    if (log.open(QIODevice::WriteOnly))
        log.write(out + err);
    return result;
}

void TestSecretsStayOut::submitWithEveryLoginThroughAProfile()
{
    const SandboxServer::Credentials credentials = m_server->credentials();
    ConnectionProfileStore profiles(childSettingsFile());
    ConnectionProfile token;
    token.name = QStringLiteral("sandbox token");
    token.settings.endpoint = m_server->url().toString();
    token.settings.projectId = credentials.projectId;
    token.settings.loginKind = ConnectionSettings::LoginKind::Token;
    QVERIFY(profiles.save(token));
    ConnectionProfile password;
    password.name = QStringLiteral("sandbox password");
    password.settings.endpoint = m_server->url().toString();
    password.settings.iamEndpoint = m_server->url().toString();
    password.settings.projectId = credentials.projectId;
    password.settings.loginKind = ConnectionSettings::LoginKind::Password;
    password.settings.iamDomain = credentials.iamDomain;
    password.settings.iamUser = credentials.iamUser;
    QVERIFY(profiles.save(password));
    ConnectionProfile aksk;
    aksk.name = QStringLiteral("sandbox aksk");
    aksk.settings.endpoint = m_server->url().toString();
    aksk.settings.projectId = credentials.projectId;
    aksk.settings.loginKind = ConnectionSettings::LoginKind::AkSk;
    aksk.settings.accessKey = credentials.accessKey;
    QVERIFY(profiles.save(aksk));

    struct Login
    {
        QString profile;
        QString variable;
        QString secret;
    };
    const QList<Login> logins = {
        {token.name, QStringLiteral("DESKWIZ_TOKEN"), credentials.token},
        {password.name, QStringLiteral("DESKWIZ_IAM_PASSWORD"), credentials.iamPassword},
        {aksk.name, QStringLiteral("DESKWIZ_SK"), credentials.secretKey},
    };
    const int tokensBefore = m_server->issuedTokens().size();
    int creates = m_server->createCallCount();
    QStringList jobIds;
    for (const Login &login : logins) {
        QProcessEnvironment environment = childEnvironment();
        // Only the secret: everything else (endpoint, project, login kind, user, AK) is the
        // profile's. The AK/SK are temporary credentials, with a security token.
        environment.insert(login.variable, login.secret);
        if (login.variable == QLatin1String("DESKWIZ_SK"))
            environment.insert(QStringLiteral("DESKWIZ_SECURITY_TOKEN"), kSecurityToken);
        const Run submitted = run(
            QStringLiteral("submit"),
            {QStringLiteral("submit"), m_templatePath, QStringLiteral("--profile"), login.profile,
             QStringLiteral("--wait"), QStringLiteral("--poll-interval"), QStringLiteral("50")},
            environment);
        QVERIFY2(submitted.exitCode == 0,
                 qPrintable(login.profile + QLatin1String(": ") + submitted.out + submitted.err));
        QCOMPARE(m_server->createCallCount(), ++creates);
        jobIds.append(submitted.out.section(QLatin1Char('\n'), 0, 0).trimmed());

        const Run jobs = run(QStringLiteral("jobs"),
                             {QStringLiteral("jobs"), jobIds.constLast(),
                              QStringLiteral("--profile"), login.profile},
                             environment);
        QVERIFY2(jobs.exitCode == 0, qPrintable(jobs.out + jobs.err));
        QVERIFY2(jobs.out.contains(jobIds.constLast()), qPrintable(jobs.out));
    }
    QCOMPARE(jobIds.size(), logins.size());
    // The password logins were given tokens of their own, searched for at the end.
    QVERIFY(m_server->issuedTokens().size() > tokensBefore);

    // An option overrides the profile: another project id reaches the sandbox and is refused.
    QProcessEnvironment environment = childEnvironment();
    environment.insert(QStringLiteral("DESKWIZ_TOKEN"), credentials.token);
    const Run overridden =
        run(QStringLiteral("override"),
            {QStringLiteral("submit"), m_templatePath, QStringLiteral("--profile"), token.name,
             QStringLiteral("--project-id"), QStringLiteral("not-the-project")},
            environment);
    QVERIFY2(overridden.exitCode == 4, qPrintable(overridden.out + overridden.err));
}

void TestSecretsStayOut::profileWithoutASecretSaysWhichVariableToSet()
{
    // No secret in the environment and no keychain (no D-Bus session bus): exit 2, naming the
    // environment variable that would give the secret; nothing is sent.
    QProcessEnvironment environment = childEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    const int creates = m_server->createCallCount();
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("sandbox token"), QStringLiteral("DESKWIZ_TOKEN")},
        {QStringLiteral("sandbox password"), QStringLiteral("DESKWIZ_IAM_PASSWORD")},
        {QStringLiteral("sandbox aksk"), QStringLiteral("DESKWIZ_SK")},
    };
    for (const auto &[profile, variable] : cases) {
        const Run result =
            run(QStringLiteral("no-secret"),
                {QStringLiteral("submit"), m_templatePath, QStringLiteral("--profile"), profile},
                environment);
        QVERIFY2(result.exitCode == 2, qPrintable(result.out + result.err));
        QVERIFY2(result.err.contains(variable), qPrintable(result.err));
    }
    const Run jobs = run(QStringLiteral("no-secret"),
                         {QStringLiteral("jobs"), QStringLiteral("some-job"),
                          QStringLiteral("--profile"), QStringLiteral("sandbox token")},
                         environment);
    QVERIFY2(jobs.exitCode == 2, qPrintable(jobs.out + jobs.err));
    QVERIFY2(jobs.err.contains(QLatin1String("DESKWIZ_TOKEN")), qPrintable(jobs.err));

    const Run unknown = run(QStringLiteral("unknown-profile"),
                            {QStringLiteral("submit"), m_templatePath, QStringLiteral("--profile"),
                             QStringLiteral("no such profile")},
                            environment);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("sandbox token")), qPrintable(unknown.err));
    QCOMPARE(m_server->createCallCount(), creates);
}

void TestSecretsStayOut::templateSaveRefusesASecret()
{
    TemplateStore store; // the default folder, below HOME in test mode
    QVERIFY(store.folder().startsWith(m_home.path()));
    Template value;
    value.name = QStringLiteral("with connection");
    value.request = RequestCodec::fromJson(TestData::validUserRequest()).request;
    value.connection.endpoint = m_server->url().toString();
    value.connection.loginKind = ConnectionSettings::LoginKind::AkSk;
    value.connection.accessKey = m_server->credentials().accessKey;
    QVERIFY(store.save(value).ok);

    // A secret anywhere in a template is refused, and the file on disk is left as it was.
    const QList<QByteArray> all = secrets();
    const QStringList keys = {QStringLiteral("token"), QStringLiteral("password"),
                              QStringLiteral("sk")};
    for (int i = 0; i < keys.size(); ++i) {
        Template withSecret = value;
        withSecret.connection.unknown.insert(keys.at(i), QString::fromUtf8(all.at(i)));
        const TemplateStore::Result replaced =
            store.save(withSecret, TemplateStore::SaveMode::Replace);
        QVERIFY2(!replaced.ok, qPrintable(keys.at(i)));
        QVERIFY(!replaced.error.isEmpty());
        QVERIFY2(!replaced.error.contains(QString::fromUtf8(all.at(i))),
                 qPrintable(replaced.error));

        Template inRequest = value;
        inRequest.name = QStringLiteral("secret in the request");
        inRequest.request.unknown.insert(keys.at(i), QString::fromUtf8(all.at(i)));
        QVERIFY(!store.save(inRequest).ok);
    }
    const std::optional<TemplateEntry> entry = store.findByName(value.name);
    QVERIFY(entry);
    QCOMPARE(*store.load(entry->path).value, value);
    QVERIFY(!store.findByName(QStringLiteral("secret in the request")));
}

void TestSecretsStayOut::wizardConnectionPageWithEveryLogin()
{
    const SandboxServer::Credentials credentials = m_server->credentials();
    RequestDraft draft;
    draft.setRequest(ProvisionWizard::startingRequest(draft.limits()));
    ConnectionDraft connection;
    {
        ProvisionWizard wizard(&draft, &connection);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const auto type = [&wizard](const char *name, const QString &text) {
            auto *edit = wizard.findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY2(edit, name);
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(edit, Qt::Key_Delete);
            QTest::keyClicks(edit, text);
        };
        // Saves the connection as a profile, asking to remember the secret: without a keychain
        // it is kept for the session only, and never written to a file.
        const auto saveProfile = [&wizard](const QString &name) {
            auto *remember = wizard.findChild<QCheckBox *>(QStringLiteral("rememberSecretCheck"));
            auto *nameEdit = wizard.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
            auto *status = wizard.findChild<QLabel *>(QStringLiteral("profileStatus"));
            QVERIFY(remember && nameEdit && status);
            remember->setChecked(true);
            nameEdit->setText(name);
            QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("saveProfileButton")),
                              Qt::LeftButton);
            QTRY_VERIFY2(status->text().contains(QLatin1String("keychain."))
                             || status->text().contains(QLatin1String("session only")),
                         qPrintable(status->text()));
        };
        auto *loginKind = wizard.findChild<QComboBox *>(QStringLiteral("loginKindCombo"));
        QVERIFY(loginKind);
        type("endpointEdit", m_server->url().toString());
        type("projectIdEdit", credentials.projectId);

        loginKind->setCurrentIndex(loginKind->findData(int(Connection::AuthKind::Token)));
        type("tokenEdit", credentials.token);
        QCOMPARE(connection.connection().secrets.token, credentials.token.toUtf8());
        saveProfile(QStringLiteral("wizard token"));

        loginKind->setCurrentIndex(loginKind->findData(int(Connection::AuthKind::Password)));
        type("iamDomainEdit", credentials.iamDomain);
        type("iamUserEdit", credentials.iamUser);
        type("passwordEdit", credentials.iamPassword);
        QCOMPARE(connection.connection().secrets.password, credentials.iamPassword.toUtf8());
        saveProfile(QStringLiteral("wizard password"));

        loginKind->setCurrentIndex(loginKind->findData(int(Connection::AuthKind::AkSk)));
        type("accessKeyEdit", credentials.accessKey);
        type("secretKeyEdit", credentials.secretKey);
        QCOMPARE(connection.connection().secrets.secretKey, credentials.secretKey.toUtf8());
        type("securityTokenEdit", kSecurityToken);
        QCOMPARE(connection.connection().secrets.securityToken, kSecurityToken.toUtf8());
        saveProfile(QStringLiteral("wizard aksk"));

        // "Save as template" on the review page while the SK is typed.
        wizard.setCurrentId(ProvisionWizard::ReviewPageId);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("saveAsTemplateButton")),
                          Qt::LeftButton);
        SaveTemplateDialog *saveDialog = nullptr;
        QTRY_VERIFY((saveDialog = wizard.findChild<SaveTemplateDialog *>())
                    && saveDialog->isVisible());
        QTest::keyClicks(saveDialog->findChild<QLineEdit *>(QStringLiteral("templateNameEdit")),
                         QStringLiteral("saved while the SK is typed"));
        QTest::mouseClick(
            saveDialog->findChild<QPushButton *>(QStringLiteral("saveTemplateButton")),
            Qt::LeftButton);
        QTRY_VERIFY(!saveDialog || !saveDialog->isVisible());
        const std::optional<TemplateEntry> saved =
            TemplateStore().findByName(QStringLiteral("saved while the SK is typed"));
        QVERIFY(saved);
        QCOMPARE(TemplateStore().load(saved->path).value->connection.accessKey,
                 credentials.accessKey);
        wizard.setCurrentId(ProvisionWizard::ConnectionPageId);
        QCOMPARE(connection.connection().secrets.secretKey, credentials.secretKey.toUtf8());
        QCOMPARE(ConnectionProfileStore().names().size(), 3);
        // Choosing a saved profile brings its secret back from the session store.
        auto *profiles = wizard.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        QVERIFY(profiles);
        QCOMPARE(profiles->currentText(), QStringLiteral("wizard aksk"));
        profiles->setFocus();
        QTest::keyClick(profiles, Qt::Key_Down);
        QCOMPARE(profiles->currentText(), QStringLiteral("wizard password"));
        QCOMPARE(connection.connection().authKind, Connection::AuthKind::Password);
        QTRY_COMPARE(connection.connection().secrets.password, credentials.iamPassword.toUtf8());
        QCOMPARE(connection.connection().iamUser, credentials.iamUser);
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        // The AK/SK profile brings back its SK and the security token that went with it.
        QTest::keyClick(profiles, Qt::Key_Up);
        QCOMPARE(profiles->currentText(), QStringLiteral("wizard aksk"));
        QTRY_COMPARE(connection.connection().secrets.secretKey, credentials.secretKey.toUtf8());
        QTRY_COMPARE(connection.connection().secrets.securityToken, kSecurityToken.toUtf8());
        wizard.next();
        QVERIFY(wizard.currentId() != wizard.startId());
        wizard.close();
    }
    // Whatever the wizard keeps in its settings is on disk now.
    QSettings().sync();
}

void TestSecretsStayOut::noFileHoldsASecret()
{
    const QList<QByteArray> all = secrets();
    QStringList scanned;
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &secret : all) {
            QVERIFY2(!bytes.contains(secret), qPrintable(path + QLatin1String(" holds a secret")));
            QVERIFY2(!bytes.contains(secret.toBase64()),
                     qPrintable(path + QLatin1String(" holds a secret in base64")));
        }
        scanned.append(path);
    }
    // The search saw what the session wrote: the settings with the profiles, the templates (in
    // both processes' folders) and the logs, this process's wizard's debug log among them.
    QVERIFY2(scanned.contains(childSettingsFile()), qPrintable(scanned.join(QLatin1Char('\n'))));
    QVERIFY(scanned.contains(m_templatePath));
    QVERIFY(scanned.contains(QSettings().fileName()));
    QVERIFY(std::any_of(scanned.cbegin(), scanned.cend(), [](const QString &path) {
        return path.endsWith(TemplateStore::fileSuffix())
            && path.contains(QLatin1String(".qttest"));
    }));
    QVERIFY(std::count_if(scanned.cbegin(), scanned.cend(),
                          [](const QString &path) { return path.endsWith(QLatin1String(".log")); })
            >= 6);
    QVERIFY(scanned.contains(m_wizardLog.fileName()));
    m_wizardLog.flush();
    QFile wizardLog(m_wizardLog.fileName());
    QVERIFY(wizardLog.open(QIODevice::ReadOnly));
    const QByteArray wizardLines = wizardLog.readAll();
    QVERIFY2(wizardLines.contains("deskwiz.api: ") && wizardLines.contains("deskwiz.models: "),
             "the wizard's debug log is not being captured");
}

QTEST_MAIN(TestSecretsStayOut)
#include "tst_secretsstayout.moc"
