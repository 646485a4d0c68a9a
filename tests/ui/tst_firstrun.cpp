// The first run of the real ProvisionWizard, offscreen: with no recorded connection it starts on
// the built-in sandbox (started after the first paint, never before) and "Test connection"
// succeeds against it; going Next with a catalogue region or a custom endpoint records it (never a
// secret) and the next wizard starts there without starting the sandbox; the sandbox entry can be
// chosen from the keyboard, and choosing another region or editing the endpoint leaves it unused.
//
// The settings are a temporary INI file (and QStandardPaths' test mode below a temporary HOME for
// the stores of the templates issue), so the real settings are never touched. The "cloud" region
// of the test catalogue is a second sandbox on loopback, so that the look-ups after Next stay on
// this computer.
#include "models/RequestDraft.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/WizardInput.h"
#include "ui/BuiltInSandbox.h"
#include "ui/ConnectionDraft.h"
#include "ui/LiveConnection.h"
#include "ui/ProvisionWizard.h"
#include "ui/RecentConnection.h"
#include "ui/RegionCatalogue.h"
#include "ui/pages/ConnectionPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace WizardInput;

namespace {

/** Counts the paint events a widget receives. */
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunStartsOnTheSandbox();
    void nextRecordsTheConnection_data();
    void nextRecordsTheConnection();
    void sandboxChosenFromTheKeyboard();

private:
    /** A wizard over the temporary settings, started as `deskwiz` starts it, and shown. */
    void openWizard();
    /** Shows the wizard and waits for the connection page's first paint and what follows it. */
    void showAndWaitForFirstPaint();
    void closeWizard();
    template<typename T>
    T *find(const char *name) const
    {
        return WizardInput::find<T>(m_wizard.get(), name);
    }
    QComboBox *regionCombo() const { return find<QComboBox>("regionCombo"); }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }

    QTemporaryDir m_home;
    QString m_settingsFile;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<SandboxServer> m_cloud; ///< plays a cloud region of the test catalogue
    RegionCatalogue m_catalogue;
    std::unique_ptr<RequestDraft> m_draft;
    std::unique_ptr<ConnectionDraft> m_connection;
    std::unique_ptr<ProvisionWizard> m_wizard;
};

void TestFirstRun::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qunsetenv(name);
    QStandardPaths::setTestModeEnabled(true);
}

void TestFirstRun::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    m_settingsFile = m_settingsDir->filePath(QStringLiteral("deskwiz.ini"));
    m_cloud = std::make_unique<SandboxServer>();
    QVERIFY(m_cloud->listen());
    QJsonArray regions;
    for (const char *id : {"lab-1", "lab-2"}) {
        regions.append(QJsonObject {
            {QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("name"), QStringLiteral("Lab %1").arg(QString::fromLatin1(id))},
            {QStringLiteral("workspace_endpoint"), m_cloud->url().toString()},
            {QStringLiteral("iam_endpoint"), m_cloud->url().toString()},
        });
    }
    m_catalogue = RegionCatalogue::fromJson(regions);
    QCOMPARE(m_catalogue.regions().size(), 2);
}

void TestFirstRun::cleanup()
{
    closeWizard();
    m_cloud.reset();
    m_settingsDir.reset();
}

void TestFirstRun::openWizard()
{
    closeWizard();
    m_draft = std::make_unique<RequestDraft>();
    m_draft->setRequest(ProvisionWizard::startingRequest(m_draft->limits()));
    m_connection = std::make_unique<ConnectionDraft>();
    m_wizard = std::make_unique<ProvisionWizard>(m_draft.get(), m_connection.get(), m_catalogue);
    m_wizard->rememberConnections(m_settingsFile);
    m_wizard->startOnRecentConnection();
}

void TestFirstRun::showAndWaitForFirstPaint()
{
    auto *counter = new PaintCounter(m_wizard->connectionPage());
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QTRY_VERIFY(counter->count() > 0);
    QCoreApplication::processEvents(); // what the first paint scheduled
}

void TestFirstRun::closeWizard()
{
    m_wizard.reset();
    m_connection.reset();
    m_draft.reset();
}

void TestFirstRun::firstRunStartsOnTheSandbox()
{
    QVERIFY(!RecentConnection(m_settingsFile).load());
    openWizard();
    ConnectionPage *page = m_wizard->connectionPage();
    BuiltInSandbox *sandbox = m_wizard->builtInSandbox();
    // Chosen at once, started only after the first paint.
    QVERIFY(page->isBuiltInSandboxChosen());
    QCOMPARE(regionCombo()->currentData(), QVariant());
    QVERIFY(regionCombo()->currentText().contains(QStringLiteral("sandbox")));
    QVERIFY(!sandbox->isRunning());

    showAndWaitForFirstPaint();
    QVERIFY(sandbox->isRunning());
    const Connection expected = sandbox->connection();
    QCOMPARE(expected.endpoint, sandbox->server()->url());
    QCOMPARE(m_connection->connection().endpoint, expected.endpoint);
    QCOMPARE(m_connection->connection().projectId, sandbox->server()->credentials().projectId);
    QCOMPARE(m_connection->connection().secrets.token,
             sandbox->server()->credentials().token.toUtf8());
    QCOMPARE(m_connection->regionId(), QString());
    QCOMPARE(find<QLineEdit>("endpointEdit")->text(), expected.endpoint.toString());
    auto *note = find<QLabel>("regionNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(expected.endpoint.toDisplayString()), qPrintable(note->text()));
    QVERIFY(nextButton()->isEnabled());

    // "Test connection" against it.
    QSignalSpy finished(m_wizard->liveConnection(), &LiveConnection::testFinished);
    const int requests = sandbox->server()->requestCount();
    QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(sandbox->server()->requestCount() > requests);

    // Going on with the sandbox records nothing: the next run is a first run again.
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::DesktopPageId));
    QVERIFY(!RecentConnection(m_settingsFile).load());
}

void TestFirstRun::nextRecordsTheConnection_data()
{
    QTest::addColumn<bool>("custom");
    QTest::newRow("catalogue region") << false;
    QTest::newRow("custom endpoint") << true;
}

void TestFirstRun::nextRecordsTheConnection()
{
    QFETCH(bool, custom);
    openWizard();
    showAndWaitForFirstPaint();
    QVERIFY(m_wizard->builtInSandbox()->isRunning());

    const Region region = m_catalogue.regions().last();
    // A custom endpoint: the cloud's URL with a path, so that it is no catalogue endpoint.
    const QString customEndpoint = m_cloud->url().toString() + QStringLiteral("/custom");
    if (custom) {
        regionCombo()->setCurrentIndex(0);
        replaceText(find<QLineEdit>("endpointEdit"), customEndpoint);
    } else {
        regionCombo()->setCurrentIndex(regionCombo()->findData(region.id));
        QCOMPARE(m_connection->regionId(), region.id);
    }
    QVERIFY(!m_wizard->connectionPage()->isBuiltInSandboxChosen());
    // The sandbox's project ID and token went with it.
    QCOMPARE(m_connection->connection().projectId, QString());
    QVERIFY(m_connection->connection().secrets.token.isEmpty());
    const QString token = m_cloud->credentials().token;
    replaceText(find<QLineEdit>("projectIdEdit"), m_cloud->credentials().projectId);
    replaceText(find<QLineEdit>("tokenEdit"), token);
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::DesktopPageId));

    const std::optional<RecentConnection::Record> record = RecentConnection(m_settingsFile).load();
    QVERIFY(record);
    QCOMPARE(record->region, custom ? RecentConnection::customRegion() : region.id);
    QCOMPARE(record->endpoint, custom ? QUrl(customEndpoint) : QUrl());
    QFile settings(m_settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(!written.contains(token.toUtf8()));
    QVERIFY(!written.contains(m_cloud->credentials().projectId.toUtf8()));

    // The next run starts there; the sandbox is not started.
    openWizard();
    QVERIFY(!m_wizard->connectionPage()->isBuiltInSandboxChosen());
    showAndWaitForFirstPaint();
    QVERIFY(!m_wizard->builtInSandbox()->isRunning());
    if (custom) {
        QCOMPARE(regionCombo()->currentIndex(), 0);
        QCOMPARE(m_connection->regionId(), QString());
        QCOMPARE(m_connection->connection().endpoint, QUrl(customEndpoint));
    } else {
        QCOMPARE(regionCombo()->currentData().toString(), region.id);
        QCOMPARE(m_connection->regionId(), region.id);
        QCOMPARE(m_connection->connection().endpoint, QUrl(region.workspaceEndpoint));
        QCOMPARE(m_connection->connection().iamEndpoint, QUrl(region.iamEndpoint));
    }
    QCOMPARE(find<QLineEdit>("endpointEdit")->text(),
             m_connection->connection().endpoint.toString());
}

void TestFirstRun::sandboxChosenFromTheKeyboard()
{
    RecentConnection(m_settingsFile).record(m_catalogue.regions().first().id, QUrl());
    openWizard();
    showAndWaitForFirstPaint();
    BuiltInSandbox *sandbox = m_wizard->builtInSandbox();
    QVERIFY(!sandbox->isRunning());
    QCOMPARE(m_connection->regionId(), m_catalogue.regions().first().id);

    // Alt+R (the region label's buddy), then Home: "Custom endpoint", Down: the sandbox.
    QComboBox *combo = regionCombo();
    QTest::keyClick(m_wizard.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), combo);
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(!sandbox->isRunning());
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(m_wizard->connectionPage()->isBuiltInSandboxChosen());
    QVERIFY(sandbox->isRunning());
    QCOMPARE(m_connection->connection().endpoint, sandbox->server()->url());
    QCOMPARE(m_connection->connection().secrets.token,
             sandbox->server()->credentials().token.toUtf8());
    QCOMPARE(m_connection->connection().authKind, Connection::AuthKind::Token);
    QCOMPARE(find<QLineEdit>("projectIdEdit")->text(), sandbox->server()->credentials().projectId);
    QVERIFY(find<QLabel>("regionNote")->isVisible());
    QVERIFY(nextButton()->isEnabled());

    // Down again: a catalogue region; the sandbox keeps running, unused.
    QTest::keyClick(combo, Qt::Key_Down);
    const Region &region = m_catalogue.regions().first();
    QCOMPARE(combo->currentData().toString(), region.id);
    QVERIFY(!m_wizard->connectionPage()->isBuiltInSandboxChosen());
    QVERIFY(sandbox->isRunning());
    QCOMPARE(m_connection->connection().endpoint, QUrl(region.workspaceEndpoint));

    // Back up to the sandbox, then edit the endpoint: "Custom endpoint", the sandbox unused.
    QTest::keyClick(combo, Qt::Key_Up);
    QVERIFY(m_wizard->connectionPage()->isBuiltInSandboxChosen());
    QCOMPARE(m_connection->connection().endpoint, sandbox->server()->url());
    auto *endpoint = find<QLineEdit>("endpointEdit");
    endpoint->setFocus();
    QTest::keyClick(endpoint, Qt::Key_End);
    QTest::keyClicks(endpoint, QStringLiteral("/v2"));
    QVERIFY(!m_wizard->connectionPage()->isBuiltInSandboxChosen());
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(sandbox->isRunning());
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
