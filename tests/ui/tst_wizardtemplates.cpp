// Templates in the real ProvisionWizard, offscreen, against an in-process sandbox: start from a
// template saved in a temporary template folder (opened from the keyboard), change one field, go
// through to submit and compare the body the sandbox received; save the request as a template.
#include "models/RequestCodec.h"
#include "models/RequestDraft.h"
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

private:
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

QTEST_MAIN(TestWizardTemplates)
#include "tst_wizardtemplates.moc"
