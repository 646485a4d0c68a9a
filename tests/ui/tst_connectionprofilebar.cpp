// The connection profiles on the real connection page, offscreen, with a fake keychain behind the
// SecretStore interface (FakeKeychain): what "Remember the secret" writes where, what choosing a
// profile reads back (also in a later run, with a fresh session), what happens without a keychain,
// and that a secret never follows a profile to another endpoint. The profiles are in a temporary
// INI file.
#include "api/SessionSecretStore.h"
#include "models/ConnectionProfileStore.h"
#include "tests/support/FakeKeychain.h"
#include "tests/support/WizardInput.h"
#include "ui/BuiltInSandbox.h"
#include "ui/ConnectionDraft.h"
#include "ui/RegionCatalogue.h"
#include "ui/pages/ConnectionPage.h"
#include "ui/widgets/ConnectionProfileBar.h"
#include "ui/widgets/StatusLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace WizardInput;

namespace {

const QString kEndpoint = QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com");
const QString kProjectId = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("typed-token-0123456789");

/** One run of the wizard's first page: what lives only as long as deskwiz runs. */
struct Run
{
    Run(ConnectionProfileStore *profiles, SecretStore *keychain)
    {
        page = new ConnectionPage(&connection, RegionCatalogue::builtIn());
        page->offerBuiltInSandbox(&sandbox);
        page->addTools(new ConnectionProfileBar(&connection, profiles, keychain, &session));
        wizard.addPage(page);
        wizard.show();
    }

    SessionSecretStore session;
    ConnectionDraft connection;
    BuiltInSandbox sandbox;
    QWizard wizard;
    ConnectionPage *page = nullptr;
};

} // namespace

class TestConnectionProfileBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void profileForAnotherEndpointLeavesTheSandboxTokenBehind();
    void rememberedSecretGoesToTheKeychainAndComesBackInALaterRun();
    void withoutAKeychainTheSecretIsKeptForTheSessionOnly();
    void savingUntickedForgetsTheSecretSavedBefore();

private:
    /** Starts a run (a later one ends the earlier) over the same profiles and keychain. */
    void startRun(FakeKeychain::Backend backend = FakeKeychain::Backend::Available);
    template<typename T>
    T *find(const char *name) const
    {
        return WizardInput::find<T>(&m_run->wizard, name);
    }
    StatusLabel *status() const { return find<StatusLabel>("profileStatus"); }
    /** Fills the page with a token login to kEndpoint, the token typed. */
    void typeTokenLogin(const QString &token);
    /** Saves the connection as `name` with "Remember" ticked or not; waits for the outcome. */
    void saveAs(const QString &name, bool remember, const QString &outcome);
    /** Chooses `name` in the profile list from the keyboard and waits for its secret's fate. */
    void choose(const QString &name, const QString &outcome);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionProfileStore> m_profiles;
    std::unique_ptr<FakeKeychain> m_keychain;
    std::unique_ptr<Run> m_run;
};

void TestConnectionProfileBar::init()
{
    QLocale::setDefault(QLocale::c());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ConnectionProfileStore>(m_dir->filePath(QStringLiteral("p.ini")));
}

void TestConnectionProfileBar::cleanup()
{
    m_run.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_dir.reset();
}

void TestConnectionProfileBar::startRun(FakeKeychain::Backend backend)
{
    m_run.reset();
    if (!m_keychain)
        m_keychain = std::make_unique<FakeKeychain>(backend);
    m_run = std::make_unique<Run>(m_profiles.get(), m_keychain.get());
    QVERIFY(QTest::qWaitForWindowExposed(&m_run->wizard));
}

void TestConnectionProfileBar::typeTokenLogin(const QString &token)
{
    replaceText(find<QLineEdit>("endpointEdit"), kEndpoint);
    replaceText(find<QLineEdit>("projectIdEdit"), kProjectId);
    chooseData(find<QComboBox>("loginKindCombo"), int(Connection::AuthKind::Token));
    replaceText(find<QLineEdit>("tokenEdit"), token);
    QCOMPARE(m_run->connection.connection().secrets.token, token.toUtf8());
}

void TestConnectionProfileBar::saveAs(const QString &name, bool remember, const QString &outcome)
{
    find<QCheckBox>("rememberSecretCheck")->setChecked(remember);
    replaceText(find<QLineEdit>("profileNameEdit"), name);
    QTest::mouseClick(find<QPushButton>("saveProfileButton"), Qt::LeftButton);
    QTRY_VERIFY2(status()->text().contains(outcome), qPrintable(status()->text()));
}

void TestConnectionProfileBar::choose(const QString &name, const QString &outcome)
{
    chooseData(find<QComboBox>("profileCombo"), name);
    QTRY_VERIFY2(status()->text().contains(outcome), qPrintable(status()->text()));
}

void TestConnectionProfileBar::profileForAnotherEndpointLeavesTheSandboxTokenBehind()
{
    ConnectionProfile cloud;
    cloud.name = QStringLiteral("cloud");
    cloud.settings.endpoint = kEndpoint;
    cloud.settings.projectId = kProjectId;
    cloud.settings.loginKind = ConnectionSettings::LoginKind::Token;
    QVERIFY(m_profiles->save(cloud));
    startRun();

    // The built-in sandbox with its token typed in.
    QVERIFY(m_run->page->chooseBuiltInSandbox());
    const QString sandboxToken = QString::fromUtf8(m_run->sandbox.connection().secrets.token);
    QVERIFY(!sandboxToken.isEmpty());
    replaceText(find<QLineEdit>("tokenEdit"), sandboxToken);
    QCOMPARE(m_run->connection.connection().secrets.token, sandboxToken.toUtf8());

    // A profile for the cloud with no remembered secret: the sandbox's token must not go along.
    choose(cloud.name, QStringLiteral("No secret is remembered"));
    QCOMPARE(m_run->connection.connection().endpoint, QUrl(kEndpoint));
    QVERIFY(m_run->connection.connection().secrets.token.isEmpty());
    QVERIFY(find<QLineEdit>("tokenEdit")->text().isEmpty());
}

void TestConnectionProfileBar::rememberedSecretGoesToTheKeychainAndComesBackInALaterRun()
{
    startRun();
    typeTokenLogin(kToken);
    saveAs(QStringLiteral("prod"), true, QStringLiteral("in the system keychain"));
    QCOMPARE(m_keychain->secret(QStringLiteral("prod"), SecretKind::Token), kToken);
    QCOMPARE(status()->severity(), StatusLabel::Severity::Info);

    // A later run: a fresh session, the same keychain. Choosing the profile brings the token back.
    startRun();
    QVERIFY(find<QLineEdit>("tokenEdit")->text().isEmpty());
    choose(QStringLiteral("prod"), QStringLiteral("came from the system keychain"));
    QCOMPARE(m_run->connection.connection().secrets.token, kToken.toUtf8());
    QCOMPARE(find<QLineEdit>("tokenEdit")->text(), kToken);
    QCOMPARE(m_run->connection.connection().endpoint, QUrl(kEndpoint));
    QTRY_VERIFY(m_run->page->isComplete());
}

void TestConnectionProfileBar::withoutAKeychainTheSecretIsKeptForTheSessionOnly()
{
    startRun(FakeKeychain::Backend::Missing);
    typeTokenLogin(kToken);
    saveAs(QStringLiteral("newp"), true, QStringLiteral("session only"));
    // One sentence that says what is true: no keychain, so for this session only.
    const QString said = status()->text();
    QVERIFY2(said.contains(QLatin1String("no keychain")), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("not be remembered")), qPrintable(said));
    QCOMPARE(said.count(QLatin1Char('.')), 1);
    QCOMPARE(status()->severity(), StatusLabel::Severity::Info);
    QVERIFY(!m_keychain->secret(QStringLiteral("newp"), SecretKind::Token));

    // In this session, choosing the profile again brings the token back from memory.
    replaceText(find<QLineEdit>("tokenEdit"), QString());
    chooseData(find<QComboBox>("profileCombo"), QString()); // "(none)"
    choose(QStringLiteral("newp"), QStringLiteral("remembered for this session"));
    QCOMPARE(m_run->connection.connection().secrets.token, kToken.toUtf8());

    // In a later run it is gone, and the page says there is no keychain to keep it.
    startRun(FakeKeychain::Backend::Missing);
    choose(QStringLiteral("newp"), QStringLiteral("no keychain on this system"));
    QVERIFY(m_run->connection.connection().secrets.token.isEmpty());
}

void TestConnectionProfileBar::savingUntickedForgetsTheSecretSavedBefore()
{
    startRun();
    typeTokenLogin(kToken);
    saveAs(QStringLiteral("prod"), true, QStringLiteral("in the system keychain"));
    QVERIFY(m_keychain->secret(QStringLiteral("prod"), SecretKind::Token));
    // A copy in this session's memory too (as when the keychain was missing for a while).
    bool written = false;
    m_run->session.write(QStringLiteral("prod"), SecretKind::Token, kToken, this,
                         [&written](const SecretResult &) { written = true; });
    QTRY_VERIFY(written);

    saveAs(QStringLiteral("prod"), false, QStringLiteral("not remembered"));
    QTRY_VERIFY(!m_keychain->secret(QStringLiteral("prod"), SecretKind::Token));
    std::optional<SecretResult> inSession;
    m_run->session.read(QStringLiteral("prod"), SecretKind::Token, this,
                        [&inSession](const SecretResult &result) { inSession = result; });
    QTRY_VERIFY(inSession);
    QCOMPARE(inSession->status, SecretResult::Status::NotFound);

    // Choosing the profile finds nothing to fill in.
    replaceText(find<QLineEdit>("tokenEdit"), QString());
    chooseData(find<QComboBox>("profileCombo"), QString());
    choose(QStringLiteral("prod"), QStringLiteral("No secret is remembered"));
    QVERIFY(m_run->connection.connection().secrets.token.isEmpty());
}

QTEST_MAIN(TestConnectionProfileBar)
#include "tst_connectionprofilebar.moc"
