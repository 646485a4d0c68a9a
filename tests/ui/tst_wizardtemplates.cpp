// Templates in the real ProvisionWizard, offscreen, against an in-process sandbox: start from a
// template saved in a temporary template folder (opened from the keyboard), change one field, go
// through to submit and compare the body the sandbox received; save the request as a template.
#include "models/RequestCodec.h"
#include "models/RequestDraft.h"
#include "models/RequestFile.h"
#include "models/TemplateStore.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/TestData.h"
#include "tests/support/WizardInput.h"
#include "ui/ConnectionDraft.h"
#include "ui/ProvisionWizard.h"
#include "ui/WizardTemplates.h"
#include "ui/dialogs/SaveTemplateDialog.h"
#include "ui/dialogs/TemplateManagerDialog.h"
#include "ui/pages/ReviewPage.h"
#include "ui/pages/SubmitPage.h"
#include "ui/widgets/StatusLabel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace WizardInput;

class TestWizardTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startFromTemplateChangeOneFieldSubmit();
    void saveAsTemplateAsksBeforeReplacing();
    void templateFileShowsItsNotesAndWarnings();
    void warningsAreThoseOfTheFileOpened();

private:
    /** Writes `json` to `path`; false when it cannot. */
    static bool writeFile(const QString &path, const QByteArray &json);

    template<typename T>
    T *find(const char *name) const
    {
        return WizardInput::find<T>(m_wizard.get(), name);
    }

    QTemporaryDir m_home;
    QJsonObject m_request;
    Template m_template;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RequestDraft> m_draft;
    std::unique_ptr<ConnectionDraft> m_connection;
    std::unique_ptr<ProvisionWizard> m_wizard;
};

void TestWizardTemplates::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_home.isValid());
    // The template folder and the settings below a temporary home.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qunsetenv(name);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(TemplateStore::defaultFolder().startsWith(m_home.path()));
    m_request = TestData::validUserRequest();
    QVERIFY2(!m_request.isEmpty(), "no valid Windows/LITE_AD request with desktops in testdata");
}

void TestWizardTemplates::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setJobDurationMs(100);
    QVERIFY(m_server->listen());

    m_template = Template();
    m_template.name = QStringLiteral("lab desktops");
    m_template.description = QStringLiteral("for the GUI test");
    m_template.request = RequestCodec::fromJson(m_request).request;
    m_template.context.osType = ValidationContext::OsType::Windows;
    m_template.context.domainType = ValidationContext::DomainType::LiteAd;
    m_template.connection.endpoint = m_server->url().toString();
    m_template.connection.projectId = m_server->credentials().projectId;
    m_template.connection.loginKind = ConnectionSettings::LoginKind::Token;
    TemplateStore store;
    const TemplateStore::Result saved = store.save(m_template, TemplateStore::SaveMode::Replace);
    QVERIFY2(saved.ok, qPrintable(saved.error));

    m_draft = std::make_unique<RequestDraft>();
    m_draft->setRequest(ProvisionWizard::startingRequest(m_draft->limits()));
    m_connection = std::make_unique<ConnectionDraft>();
    m_wizard = std::make_unique<ProvisionWizard>(m_draft.get(), m_connection.get());
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void TestWizardTemplates::cleanup()
{
    m_wizard.reset();
    m_connection.reset();
    m_draft.reset();
    m_server.reset();
    QDir(TemplateStore::defaultFolder()).removeRecursively();
}

void TestWizardTemplates::startFromTemplateChangeOneFieldSubmit()
{
    // The template manager from the keyboard: Alt+F opens it, Home and Return open the template.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::ConnectionPageId));
    find<QLineEdit>("endpointEdit")->setFocus();
    QTest::keyClick(m_wizard.get(), Qt::Key_F, Qt::AltModifier);
    TemplateManagerDialog *manager = nullptr;
    QTRY_VERIFY((manager = m_wizard->findChild<TemplateManagerDialog *>()) && manager->isVisible());
    QVERIFY(manager->isModal());
    auto *list = manager->findChild<QListWidget *>(QStringLiteral("templateList"));
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 1);
    QTest::keyClick(manager, Qt::Key_Tab); // from the filter to the list
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!manager || !manager->isVisible());

    // The drafts hold the template: request, context, connection minus secrets.
    QCOMPARE(RequestCodec::toJson(m_draft->request()), m_request);
    QCOMPARE(m_connection->connection().endpoint, m_server->url());
    QCOMPARE(m_connection->connection().projectId, m_server->credentials().projectId);
    QVERIFY(m_connection->connection().secrets.token.isEmpty());
    auto *note = find<QLabel>("templateNote");
    QVERIFY2(note->text().contains(m_template.name), qPrintable(note->text()));
    QCOMPARE(find<QLineEdit>("endpointEdit")->text(), m_server->url().toString());

    // The secret is typed; then one field is changed: the system disk grows by 10 GB.
    replaceText(find<QLineEdit>("tokenEdit"), m_server->credentials().token);
    goNext(m_wizard.get());
    QJsonObject expected = m_request;
    QJsonObject rootVolume = expected.value(u"root_volume").toObject();
    const int size = rootVolume.value(u"size").toInt() + 10;
    rootVolume.insert(QStringLiteral("size"), size);
    expected.insert(QStringLiteral("root_volume"), rootVolume);
    while (m_wizard->currentId() != int(ProvisionWizard::StoragePageId))
        goNext(m_wizard.get());
    replaceText(find<QSpinBox>("rootVolumeSizeSpin"), QString::number(size));
    QTRY_COMPARE(m_draft->request().rootVolume->size, size);
    while (m_wizard->currentId() != int(ProvisionWizard::ReviewPageId))
        goNext(m_wizard.get());
    auto *review = qobject_cast<ReviewPage *>(m_wizard->currentPage());
    QCOMPARE(QJsonDocument::fromJson(review->bodyText().toUtf8()), QJsonDocument(expected));
    goNext(m_wizard.get());

    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::SubmitPageId));
    auto *submit = find<QPushButton>("submitButton");
    QTRY_VERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE(m_server->createCallCount(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_server->lastCreateBody()), QJsonDocument(expected));
}

void TestWizardTemplates::saveAsTemplateAsksBeforeReplacing()
{
    m_wizard->templates()->startFrom(m_template);
    m_wizard->setCurrentId(ProvisionWizard::ReviewPageId);
    auto *button = find<QPushButton>("saveAsTemplateButton");
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    SaveTemplateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_wizard->findChild<SaveTemplateDialog *>()) && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("templateNameEdit"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveTemplateButton"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("saveTemplateStatus"));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("leaveOutUsersCheck"))->isChecked());
    QTest::keyClicks(name, m_template.name);

    // The name is taken: the first Save asks, the second replaces.
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(status->text().contains(m_template.name), qPrintable(status->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    TemplateStore store;
    QCOMPARE(store.entries().size(), 1);
    const Template::ReadResult read = store.load(store.entries().first().path);
    QVERIFY(read.ok());
    QCOMPARE(read.value->request, Template::withoutPerRunData(m_template.request));
    QCOMPARE(read.value->connection.endpoint, m_template.connection.endpoint);
    QCOMPARE(read.value->context, m_template.context);
}

bool TestWizardTemplates::writeFile(const QString &path, const QByteArray &json)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
}

void TestWizardTemplates::templateFileShowsItsNotesAndWarnings()
{
    // What `deskwiz --template FILE` does: a template with a secret in it, a token login to the
    // sandbox. The secret is ignored and said so; the note says the token must still be typed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("with-secret.deskwiz.json"));
    QJsonObject connection {{QStringLiteral("endpoint"), m_server->url().toString()},
                            {QStringLiteral("project_id"), m_server->credentials().projectId},
                            {QStringLiteral("auth"), QStringLiteral("token")},
                            {QStringLiteral("authToken"), m_server->credentials().token}};
    const QJsonObject document {{QStringLiteral("deskwiz_template"), 1},
                                {QStringLiteral("name"), QStringLiteral("from the command line")},
                                {QStringLiteral("connection"), connection},
                                {QStringLiteral("request"), m_request}};
    QVERIFY(writeFile(path, QJsonDocument(document).toJson()));
    const RequestFile file = RequestFile::load(path);
    QVERIFY(file.ok());
    QCOMPARE(file.warnings.size(), 1);

    m_wizard->templates()->startFromFile(file);
    auto *note = find<StatusLabel>("templateNote");
    QVERIFY2(note->text().contains(QLatin1String("from the command line")),
             qPrintable(note->text()));
    QVERIFY2(note->text().contains(file.warnings.first()), qPrintable(note->text()));
    QVERIFY2(note->text().contains(path + QLatin1Char(':')), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QLatin1String("type the token")), qPrintable(note->text()));
    QVERIFY(!note->text().contains(m_server->credentials().token));
    QCOMPARE(note->severity(), StatusLabel::Severity::Warning);
    QCOMPARE(RequestCodec::toJson(m_draft->request()), m_request);
    QCOMPARE(m_connection->connection().endpoint, m_server->url());
    QVERIFY(m_connection->connection().secrets.token.isEmpty());
}

void TestWizardTemplates::warningsAreThoseOfTheFileOpened()
{
    // Two files hold templates of the same name; only the first (by file name) holds a secret.
    // Opening the other one shows no warning: warnings follow the file, not the name.
    const QString folder = TemplateStore::defaultFolder();
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    QJsonObject withSecret = QJsonDocument::fromJson(m_template.toJson().bytes).object();
    withSecret.insert(QStringLiteral("password"), QStringLiteral("not-a-real-password"));
    QVERIFY(
        writeFile(folder + QStringLiteral("/a.deskwiz.json"), QJsonDocument(withSecret).toJson()));
    const QString cleanPath = folder + QStringLiteral("/b.deskwiz.json");
    QVERIFY(writeFile(cleanPath, m_template.toJson().bytes));

    m_wizard->templates()->openTemplateManager();
    TemplateManagerDialog *manager = nullptr;
    QTRY_VERIFY((manager = m_wizard->findChild<TemplateManagerDialog *>()) && manager->isVisible());
    auto *list = manager->findChild<QListWidget *>(QStringLiteral("templateList"));
    QTRY_COMPARE(list->count(), 2);
    QListWidgetItem *clean = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->toolTip().contains(cleanPath))
            clean = list->item(row);
    }
    QVERIFY(clean);
    QVERIFY(!clean->toolTip().contains(QLatin1String("secret")));
    list->setCurrentItem(clean);
    QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("openButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!manager || !manager->isVisible());
    auto *note = find<StatusLabel>("templateNote");
    QVERIFY2(note->text().contains(m_template.name), qPrintable(note->text()));
    QVERIFY2(!note->text().contains(QLatin1String("/password")), qPrintable(note->text()));
    QCOMPARE(note->severity(), StatusLabel::Severity::Info);
}

QTEST_MAIN(TestWizardTemplates)
#include "tst_wizardtemplates.moc"
