// End to end through the real ProvisionWizard, offscreen, against an in-process sandbox over
// loopback HTTP: test the connection, let the look-ups fill the lists, type the seed example field
// by field (a wrong value rejected first), review, submit once, follow every desktop to SUCCESS or
// FAILED, resubmit the failed one, and compare the bodies the sandbox received exactly.
#include "api/WorkspaceClient.h"
#include "models/RequestCodec.h"
#include "models/RequestDraft.h"
#include "models/ValidationContext.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/TestData.h"
#include "tests/support/WizardInput.h"
#include "ui/ConnectionDraft.h"
#include "ui/DesktopProgressModel.h"
#include "ui/ProvisionWizard.h"
#include "ui/WizardLookups.h"
#include "ui/pages/ReviewPage.h"
#include "ui/pages/SubmitPage.h"
#include "ui/widgets/FieldMessageLabel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace WizardInput;

namespace {

const QStringList kDesktopColumns = {
    QStringLiteral("user_name"),          QStringLiteral("user_email"),
    QStringLiteral("user_phone"),         QStringLiteral("user_group"),
    QStringLiteral("computer_name"),      QStringLiteral("os_host_name"),
    QStringLiteral("desktop_name_prefix")};

int rowOfUser(const DesktopProgressModel *model, const QString &userName, int from = 0)
{
    for (int row = from; row < model->rowCount(); ++row) {
        if (model->userNameAt(row) == userName)
            return row;
    }
    return -1;
}

} // namespace

class TestWizardSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void seedExampleSubmittedAndFollowed();
    void lookupsFillListsAndContext();
    void failedLookupLeavesTypingOpen();
    void typedImageTypeFillsItsImages();
    void userPickerShowsWholeNames();
    void listsShowNamesAndSendIds();
    void temporaryCredentialsSendTheirSecurityToken();
    void systemDiskFitsTheChosenImage();
    void productFitsTheChosenImageOs();
    void lostAnswerLetsTheOperatorGoBackKnowingly();
    void reviewSummarySaysEverything();
    void closingWhileBusyAsks();

private:
    template<typename T>
    T *find(const char *name) const
    {
        return WizardInput::find<T>(m_wizard.get(), name);
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    void connectToSandbox();
    void fillSeedPages(const QJsonObject &request, const QJsonObject &context,
                       const QJsonArray &desktops);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RequestDraft> m_draft;
    std::unique_ptr<ConnectionDraft> m_connection;
    std::unique_ptr<ProvisionWizard> m_wizard;
};

void TestWizardSubmit::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWizardSubmit::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setJobDurationMs(400);
    QVERIFY(m_server->listen());
    m_draft = std::make_unique<RequestDraft>();
    m_draft->setRequest(ProvisionWizard::startingRequest(m_draft->limits()));
    m_connection = std::make_unique<ConnectionDraft>();
    m_wizard = std::make_unique<ProvisionWizard>(m_draft.get(), m_connection.get());
    m_wizard->workspaceClient()->setTimeoutMs(5000);
    JobWatcher::Timing timing;
    timing.initialIntervalMs = 40;
    timing.maxIntervalMs = 120;
    m_wizard->submitPage()->setWatchTiming(timing);
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void TestWizardSubmit::cleanup()
{
    m_wizard.reset();
    m_connection.reset();
    m_draft.reset();
    m_server.reset();
}

void TestWizardSubmit::connectToSandbox()
{
    const SandboxServer::Credentials credentials = m_server->credentials();
    replaceText(find<QLineEdit>("endpointEdit"), m_server->url().toString());
    replaceText(find<QLineEdit>("projectIdEdit"), credentials.projectId);
    replaceText(find<QLineEdit>("tokenEdit"), credentials.token);
    QVERIFY(nextButton()->isEnabled());

    auto *test = find<QPushButton>("testConnectionButton");
    QVERIFY(test->isVisible());
    m_server->setDomainType(QStringLiteral("LITE_AS"));
    const int requests = m_server->requestCount();
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled()); // in flight: no second test
    auto *result = find<QLabel>("connectionTestResult");
    QTRY_VERIFY(test->isEnabled());
    QVERIFY2(result->text().contains(QStringLiteral("Connected")), qPrintable(result->text()));
    QVERIFY(m_server->requestCount() > requests);
    // The service spells its domain type LITE_AS: the result names it as the Desktop page's list.
    const QString liteAd = ValidationContext::domainTypeName(ValidationContext::DomainType::LiteAd);
    QVERIFY(find<QComboBox>("domainTypeCombo")->findData(liteAd) >= 0);
    QVERIFY2(result->text().contains(liteAd), qPrintable(result->text()));
    QVERIFY2(!result->text().contains(QStringLiteral("LITE_AS")), qPrintable(result->text()));
}

void TestWizardSubmit::fillSeedPages(const QJsonObject &request, const QJsonObject &context,
                                     const QJsonArray &desktops)
{
    // Desktop: the lists come from the look-ups; values are typed as an operator would.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::DesktopPageId));
    auto *products = find<QComboBox>("productCombo");
    QTRY_VERIFY(products->count() > 0);
    auto *desktopType = find<QComboBox>("desktopTypeCombo");
    desktopType->setCurrentIndex(desktopType->findData(request.value(u"desktop_type").toString()));
    replaceText(find<QComboBox>("availabilityZoneCombo"),
                request.value(u"availability_zone").toString());
    replaceText(products, request.value(u"product_id").toString());
    replaceText(find<QComboBox>("imageTypeCombo"), request.value(u"image_type").toString());
    QVERIFY(!nextButton()->isEnabled()); // the image is still missing
    replaceText(find<QComboBox>("imageIdCombo"), request.value(u"image_id").toString());
    auto *os = find<QComboBox>("osTypeCombo");
    QTRY_COMPARE(os->currentData().toString(), context.value(u"os_type").toString());
    auto *domain = find<QComboBox>("domainTypeCombo");
    domain->setCurrentIndex(domain->findData(context.value(u"domain_type").toString()));
    goNext(m_wizard.get());

    // Storage: a wrong size is rejected with its message and Next disabled, then fixed.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::StoragePageId));
    const QJsonObject root = request.value(u"root_volume").toObject();
    replaceText(find<QComboBox>("rootVolumeTypeCombo"), root.value(u"type").toString());
    replaceText(find<QSpinBox>("rootVolumeSizeSpin"), QStringLiteral("85"));
    auto *sizeMessage = find<FieldMessageLabel>("rootVolumeSizeSpinMessage");
    QTRY_VERIFY(sizeMessage->isVisible());
    QVERIFY(sizeMessage->showsError());
    QVERIFY(!sizeMessage->text().isEmpty());
    QVERIFY(!nextButton()->isEnabled());
    replaceText(find<QSpinBox>("rootVolumeSizeSpin"), QString::number(root.value(u"size").toInt()));
    QVERIFY(!sizeMessage->isVisible());
    goNext(m_wizard.get());

    // Network
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::NetworkPageId));
    const QJsonArray nics = request.value(u"nics").toArray();
    auto *nicTable = find<QTableView>("nicsTable");
    for (int i = 0; i < nics.size(); ++i) {
        QTest::mouseClick(find<QPushButton>("nicsAddButton"), Qt::LeftButton);
        typeIntoCell(nicTable, i, 0, nics.at(i).toObject().value(u"subnet_id").toString());
    }
    goNext(m_wizard.get());

    // Users
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::UsersPageId));
    auto *desktopTable = find<QTableView>("desktopsTable");
    for (int i = 0; i < desktops.size(); ++i) {
        QTest::mouseClick(find<QPushButton>("desktopsAddButton"), Qt::LeftButton);
        const QJsonObject desktop = desktops.at(i).toObject();
        for (int c = 0; c < kDesktopColumns.size(); ++c) {
            if (desktop.contains(kDesktopColumns.at(c)))
                typeIntoCell(desktopTable, i, c, desktop.value(kDesktopColumns.at(c)).toString());
        }
    }
    auto *notify = find<QCheckBox>("emailNotificationCheck");
    if (notify->isChecked() != request.value(u"email_notification").toBool()) {
        notify->setFocus();
        QTest::keyClick(notify, Qt::Key_Space);
    }
    goNext(m_wizard.get());

    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::TagsPageId));
    goNext(m_wizard.get());
}

void TestWizardSubmit::seedExampleSubmittedAndFollowed()
{
    const QJsonObject seed = TestData::requestCase(QStringLiteral("seed-example.json"));
    const QJsonObject context = seed.value(u"context").toObject();
    QJsonObject expected = seed.value(u"request").toObject();
    QJsonArray desktops = expected.value(u"desktops").toArray();
    const QJsonObject failing {
        {QStringLiteral("user_name"), QStringLiteral("fail-ops-003")},
        {QStringLiteral("user_email"), QStringLiteral("ops003@example.com")}};
    desktops.append(failing);
    expected.insert(QStringLiteral("desktops"), desktops);

    connectToSandbox();
    goNext(m_wizard.get());
    fillSeedPages(expected, context, desktops);

    // Review: the exact body.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::ReviewPageId));
    auto *review = qobject_cast<ReviewPage *>(m_wizard->currentPage());
    QCOMPARE(QJsonDocument::fromJson(review->bodyText().toUtf8()), QJsonDocument(expected));
    goNext(m_wizard.get());

    // Submit: a double click sends once.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::SubmitPageId));
    QCOMPARE(m_server->createCallCount(), 0);
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    auto *submit = find<QPushButton>("submitButton");
    QVERIFY(submit->isEnabled());
    QTest::mouseDClick(submit, Qt::LeftButton);
    QTest::mouseClick(submit, Qt::LeftButton);
    SubmitPage *page = m_wizard->submitPage();
    QTRY_COMPARE(page->submission()->jobIds().size(), 1);
    QCOMPARE(m_server->createCallCount(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_server->lastCreateBody()), QJsonDocument(expected));
    QCOMPARE(find<QLineEdit>("jobIdEdit")->text(), page->submission()->jobIds().first());

    // Every desktop reaches its final state; the fail… user FAILED with its code.
    DesktopProgressModel *model = page->progressModel();
    QCOMPARE(model->rowCount(), desktops.size());
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    for (const QJsonValue &value : std::as_const(desktops)) {
        const QString user = value.toObject().value(u"user_name").toString();
        const int row = rowOfUser(model, user);
        QVERIFY(row >= 0);
        if (user.startsWith(QLatin1String("fail"))) {
            QCOMPARE(model->statusAt(row), SubJob::Status::Failed);
            QCOMPARE(model->errorCodeAt(row), QStringLiteral("WKS.00010110"));
        } else {
            QCOMPARE(model->statusAt(row), SubJob::Status::Success);
        }
    }
    QCOMPARE(find<QProgressBar>("overallProgress")->value(), 100);
    QCOMPARE(m_server->createCallCount(), 1);

    // Resubmit the failed desktops: a new request with only that row.
    QTest::mouseClick(find<QPushButton>("resubmitFailedButton"), Qt::LeftButton);
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY(
        (confirmation = m_wizard->findChild<QMessageBox *>(QStringLiteral("resubmitConfirmation")))
        != nullptr);
    QTest::mouseClick(confirmation->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(page->submission()->jobIds().size(), 2);
    QCOMPARE(m_server->createCallCount(), 2);
    QJsonObject resubmitted = expected;
    resubmitted.insert(QStringLiteral("desktops"), QJsonArray {failing});
    QCOMPARE(QJsonDocument::fromJson(m_server->lastCreateBody()), QJsonDocument(resubmitted));
    QCOMPARE(model->rowCount(), desktops.size() + 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 15000);
    QCOMPARE(model->statusAt(model->rowCount() - 1), SubJob::Status::Failed);
    QCOMPARE(m_server->createCallCount(), 2);
}

void TestWizardSubmit::lookupsFillListsAndContext()
{
    connectToSandbox();
    goNext(m_wizard.get());
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::DesktopPageId));
    auto *zones = find<QComboBox>("availabilityZoneCombo");
    auto *products = find<QComboBox>("productCombo");
    auto *images = find<QComboBox>("imageIdCombo");
    QTRY_VERIFY(zones->count() > 0 && products->count() > 0 && images->count() > 0);
    bool defaultMarked = false;
    for (int i = 0; i < zones->count(); ++i)
        defaultMarked = defaultMarked || zones->itemText(i).contains(QStringLiteral("default"));
    QVERIFY(defaultMarked);
    // Choosing a Linux image makes the request judged as Linux, and the products follow.
    int linuxImage = -1;
    for (int i = 0; i < images->count() && linuxImage < 0; ++i) {
        if (images->itemText(i).contains(QStringLiteral("Linux")))
            linuxImage = i;
    }
    QVERIFY(linuxImage >= 0);
    images->setCurrentIndex(linuxImage);
    QTRY_COMPARE(m_draft->context().osType, ValidationContext::OsType::Linux);
    QTRY_VERIFY(products->count() > 0 && products->itemText(0).contains(QStringLiteral("Linux")));
    for (int i = 0; i < products->count(); ++i)
        QVERIFY2(!products->itemText(i).contains(QStringLiteral("Windows")),
                 qPrintable(products->itemText(i)));

    // Users page: a user picked from the look-up fills e-mail and phone.
    m_draft->update([](CreateDesktopRequest &r) {
        r.productId = QStringLiteral("workspace.c2.large.linux.2");
        r.imageType = QStringLiteral("gold");
    });
    goNext(m_wizard.get());
    goNext(m_wizard.get());
    goNext(m_wizard.get());
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::UsersPageId));
    const int requests = m_server->requestCount();
    QTRY_VERIFY(m_server->requestCount() > requests
                || m_wizard->wizardLookups()->noteOf(ProvisionWizard::UsersPageId)->isHidden());
    QTRY_VERIFY(m_wizard->wizardLookups()->noteOf(ProvisionWizard::UsersPageId)->isHidden());
    QTest::mouseClick(find<QPushButton>("desktopsAddButton"), Qt::LeftButton);
    typeIntoCell(find<QTableView>("desktopsTable"), 0, 0, QStringLiteral("anna_li"));
    const Desktop filled = m_draft->request().desktops->first();
    QCOMPARE(filled.userEmail.value_or(QString()), QStringLiteral("anna.li@example.com"));
    QVERIFY(!filled.userPhone.value_or(QString()).isEmpty());
}

void TestWizardSubmit::failedLookupLeavesTypingOpen()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.route = QStringLiteral("products");
    fault.httpStatus = 500;
    fault.count = 0; // every products call
    m_server->injectFault(fault);
    m_wizard->workspaceClient()->setRetryPolicy(RetryPolicy::none());
    connectToSandbox();
    goNext(m_wizard.get());
    QLabel *note = nullptr;
    QTRY_VERIFY((note = m_wizard->wizardLookups()->noteOf(ProvisionWizard::DesktopPageId)));
    QTRY_VERIFY2(note->isVisible() && note->text().contains(QStringLiteral("type the value")),
                 qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("products")));
    replaceText(find<QComboBox>("productCombo"), QStringLiteral("workspace.c2.large.windows.2"));
    QCOMPARE(m_draft->request().productId.value_or(QString()),
             QStringLiteral("workspace.c2.large.windows.2"));
}

void TestWizardSubmit::typedImageTypeFillsItsImages()
{
    // The look-up of every image when the page is entered answers late: after the operator has
    // typed "gold". Its answer must not replace the gold images.
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Slow;
    slow.route = QStringLiteral("images");
    slow.count = 1;
    slow.delayMs = 1500;
    m_server->injectFault(slow);
    connectToSandbox();
    goNext(m_wizard.get());
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::DesktopPageId));
    replaceText(find<QComboBox>("imageTypeCombo"), QStringLiteral("gold")); // key by key
    auto *images = find<QComboBox>("imageIdCombo");
    const auto holds = [images](const QString &name) {
        for (int i = 0; i < images->count(); ++i) {
            if (images->itemText(i).startsWith(name))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(holds(QStringLiteral("Windows 11 Enterprise")));
    QTRY_COMPARE(m_server->pendingFaultCount(), 0); // the slow answer was sent
    QTest::qWait(1700);
    QVERIFY(holds(QStringLiteral("Windows 11 Enterprise")));
    QVERIFY2(!holds(QStringLiteral("finance-win10-office2021")), "a private image is listed");
    QVERIFY(m_wizard->wizardLookups()->noteOf(ProvisionWizard::DesktopPageId)->isHidden());
}

void TestWizardSubmit::userPickerShowsWholeNames()
{
    connectToSandbox();
    goNext(m_wizard.get());
    m_wizard->setCurrentId(ProvisionWizard::UsersPageId);
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::UsersPageId));
    QTRY_VERIFY(m_wizard->wizardLookups()->noteOf(ProvisionWizard::UsersPageId)->isHidden());
    QTest::mouseClick(find<QPushButton>("desktopsAddButton"), Qt::LeftButton);
    auto *table = find<QTableView>("desktopsTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_F2);
    auto *picker = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(picker);
    QVERIFY(picker->count() > 0);
    // The empty User name column is narrow; the picker is as wide as its longest entry.
    int longest = 0;
    for (int i = 0; i < picker->count(); ++i)
        longest = qMax(longest, picker->fontMetrics().horizontalAdvance(picker->itemText(i)));
    QVERIFY2(picker->lineEdit()->width() >= longest,
             qPrintable(QStringLiteral("%1 < %2").arg(picker->lineEdit()->width()).arg(longest)));
    QVERIFY(picker->width() > table->columnWidth(0));
    QTest::keyClick(picker, Qt::Key_Escape);
}

void TestWizardSubmit::listsShowNamesAndSendIds()
{
    connectToSandbox();
    goNext(m_wizard.get());
    m_wizard->setCurrentId(ProvisionWizard::NetworkPageId);
    QTRY_VERIFY(m_wizard->wizardLookups()->noteOf(ProvisionWizard::NetworkPageId)->isHidden());

    // Picks the second entry of a table's first column with the keyboard; its label and value.
    const auto pickInTable = [this](const char *table, const char *addButton) {
        QTest::mouseClick(find<QPushButton>(addButton), Qt::LeftButton);
        auto *view = find<QTableView>(table);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        if (!combo || combo->count() < 2)
            return QPair<QString, QString>();
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        const QPair<QString, QString> picked {combo->currentText(),
                                              combo->currentData().toString()};
        QTest::keyClick(combo, Qt::Key_Return);
        return picked;
    };
    const auto subnet = pickInTable("nicsTable", "nicsAddButton");
    QVERIFY2(subnet.first.contains(QStringLiteral(" (172.16.")), qPrintable(subnet.first));
    QVERIFY(!subnet.second.isEmpty() && !subnet.first.contains(subnet.second));
    QTRY_COMPARE(m_draft->request().nics.value_or(QList<Nic>()).value(0).subnetId,
                 std::optional<QString>(subnet.second));
    // The cell shows the name, while it holds the id.
    const QModelIndex cell = find<QTableView>("nicsTable")->model()->index(0, 0);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), subnet.first);
    QCOMPARE(cell.data(Qt::EditRole).toString(), subnet.second);

    const auto group = pickInTable("securityGroupsTable", "securityGroupsAddButton");
    QVERIFY2(group.first.startsWith(QStringLiteral("Workspace"))
                 || group.first.startsWith(QStringLiteral("sg-")),
             qPrintable(group.first));
    QVERIFY(!group.second.isEmpty() && group.first != group.second);
    QTRY_COMPARE(m_draft->request().securityGroups.value_or(QList<SecurityGroup>()).value(0).id,
                 std::optional<QString>(group.second));

    m_wizard->setCurrentId(ProvisionWizard::UsersPageId);
    auto *policy = find<QComboBox>("namePolicyCombo");
    QTRY_VERIFY(policy->count() > 0);
    const int office = policy->findText(QStringLiteral("office"), Qt::MatchStartsWith);
    QVERIFY(office >= 0);
    chooseData(policy, policy->itemData(office));
    QCOMPARE(m_draft->request().desktopNamePolicyId,
             std::optional<QString>(policy->itemData(office).toString()));
    QVERIFY(policy->currentText() != policy->itemData(office).toString());
}

void TestWizardSubmit::temporaryCredentialsSendTheirSecurityToken()
{
    const SandboxServer::Credentials credentials = m_server->credentials();
    replaceText(find<QLineEdit>("endpointEdit"), m_server->url().toString());
    replaceText(find<QLineEdit>("projectIdEdit"), credentials.projectId);
    chooseData(find<QComboBox>("loginKindCombo"), int(Connection::AuthKind::AkSk));
    replaceText(find<QLineEdit>("accessKeyEdit"), credentials.accessKey);
    replaceText(find<QLineEdit>("secretKeyEdit"), credentials.secretKey);
    auto *securityToken = find<QLineEdit>("securityTokenEdit");
    QVERIFY(securityToken->isVisible());
    QCOMPARE(securityToken->echoMode(), QLineEdit::Password);
    QVERIFY(nextButton()->isEnabled()); // optional
    const QString temporary = QStringLiteral("temporary-security-token-123");
    replaceText(securityToken, temporary);
    QCOMPARE(m_connection->connection().secrets.securityToken, temporary.toUtf8());

    auto *test = find<QPushButton>("testConnectionButton");
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(test->isEnabled());
    QVERIFY2(find<QLabel>("connectionTestResult")->text().contains(QStringLiteral("Connected")),
             qPrintable(find<QLabel>("connectionTestResult")->text()));
    QByteArray sent;
    const QList<QPair<QByteArray, QByteArray>> headers = m_server->lastRequestHeaders();
    for (const auto &header : headers) {
        if (header.first.compare("X-Security-Token", Qt::CaseInsensitive) == 0)
            sent = header.second;
    }
    QCOMPARE(sent, temporary.toUtf8());
}

void TestWizardSubmit::systemDiskFitsTheChosenImage()
{
    connectToSandbox();
    goNext(m_wizard.get());
    auto *images = find<QComboBox>("imageIdCombo");
    QTRY_VERIFY(images->count() > 0);
    const int windows11 = images->findText(QStringLiteral("Windows 11"), Qt::MatchStartsWith);
    QVERIFY(windows11 >= 0);
    QVERIFY2(images->itemText(windows11).contains(QStringLiteral("min. disk 100 GB")),
             qPrintable(images->itemText(windows11)));
    chooseData(images, images->itemData(windows11));
    QTRY_COMPARE(m_draft->context().imageMinDiskGb, std::optional<int>(100));
    replaceText(find<QComboBox>("productCombo"), QStringLiteral("workspace.c2.large.windows.2"));
    replaceText(find<QComboBox>("imageTypeCombo"), QStringLiteral("gold"));
    goNext(m_wizard.get());

    // Storage: the smallest size in general (80 GB) is too small for this image.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::StoragePageId));
    QCOMPARE(find<QSpinBox>("rootVolumeSizeSpin")->value(), 80);
    auto *message = find<FieldMessageLabel>("rootVolumeSizeSpinMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->showsError());
    QVERIFY2(message->text().contains(QStringLiteral("100 GB")), qPrintable(message->text()));
    QVERIFY(!nextButton()->isEnabled());
    replaceText(find<QSpinBox>("rootVolumeSizeSpin"), QStringLiteral("100"));
    QVERIFY(!message->isVisible());
    QVERIFY(nextButton()->isEnabled());

    // A typed image the look-up does not know has no known minimum.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    replaceText(images, QStringLiteral("my-own-image-id"));
    QTRY_COMPARE(m_draft->context().imageMinDiskGb, std::optional<int>());
}

void TestWizardSubmit::productFitsTheChosenImageOs()
{
    connectToSandbox();
    goNext(m_wizard.get());
    replaceText(find<QComboBox>("imageTypeCombo"), QStringLiteral("gold"));
    // The user's steps: a Windows package first, then a Linux image.
    auto *products = find<QComboBox>("productCombo");
    // The placeholder reads as an example, not as a chosen product.
    QVERIFY2(products->lineEdit()->placeholderText().startsWith(QStringLiteral("e.g. ")),
             qPrintable(products->lineEdit()->placeholderText()));
    const QString windowsProduct = QStringLiteral("workspace.c2.xlarge.windows.2");
    QTRY_VERIFY(products->findData(windowsProduct) >= 0);
    chooseData(products, windowsProduct);
    QTRY_COMPARE(m_draft->context().productOsType,
                 std::optional<ValidationContext::OsType>(ValidationContext::OsType::Windows));
    auto *images = find<QComboBox>("imageIdCombo");
    QTRY_VERIFY(images->count() > 0);
    const int ubuntu =
        images->findText(QStringLiteral("Ubuntu 22.04 Desktop 64bit"), Qt::MatchStartsWith);
    QVERIFY(ubuntu >= 0);
    chooseData(images, images->itemData(ubuntu));
    QTRY_COMPARE(m_draft->context().osType, ValidationContext::OsType::Linux);
    QCOMPARE(m_draft->request().productId, std::optional<QString>(windowsProduct));

    // The Windows package does not fit the Linux image: said at the product, Next disabled.
    auto *message = find<FieldMessageLabel>("productComboMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->showsError());
    QVERIFY2(message->text().contains(QStringLiteral("is for Windows but the image is Linux")),
             qPrintable(message->text()));
    QVERIFY(!nextButton()->isEnabled());

    // A Linux package from the (now Linux) list fits.
    const QString linuxProduct = QStringLiteral("workspace.c2.large.linux.2");
    QTRY_VERIFY(products->findData(linuxProduct) >= 0);
    chooseData(products, linuxProduct);
    QTRY_VERIFY(!message->isVisible());
    QTRY_VERIFY(nextButton()->isEnabled());

    // Typing the Windows package again: the look-up knows it; then one it does not know has no
    // known OS, and no error.
    replaceText(products, windowsProduct);
    QTRY_VERIFY(!nextButton()->isEnabled());
    replaceText(products, QStringLiteral("my.own.package"));
    QTRY_COMPARE(m_draft->context().productOsType, std::optional<ValidationContext::OsType>());
    QTRY_VERIFY(nextButton()->isEnabled());
}

void TestWizardSubmit::lostAnswerLetsTheOperatorGoBackKnowingly()
{
    const QJsonObject seed = TestData::requestCase(QStringLiteral("seed-example.json"));
    connectToSandbox();
    m_draft->setRequest(RequestCodec::fromJson(seed.value(u"request").toObject()).request);
    while (m_wizard->currentId() != ProvisionWizard::SubmitPageId && nextButton()->isEnabled())
        goNext(m_wizard.get());
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::SubmitPageId));
    m_wizard->workspaceClient()->setTimeoutMs(300);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::NeverAnswer;
    fault.route = QStringLiteral("createDesktops");
    m_server->injectFault(fault);
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->submitPage()->submission()->state(),
                              DesktopSubmission::State::SendFailed, 10000);
    // Not stuck: Close works, and Send again asks before going back to the review.
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(find<QPushButton>("sendAgainButton"), Qt::LeftButton);
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY((confirmation =
                     m_wizard->findChild<QMessageBox *>(QStringLiteral("sendAgainConfirmation"))));
    QTest::mouseClick(confirmation->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(ProvisionWizard::ReviewPageId));
    goNext(m_wizard.get());
    QTRY_VERIFY(find<QPushButton>("submitButton")->isEnabled());
    QCOMPARE(m_server->createCallCount(), 1);
}

void TestWizardSubmit::reviewSummarySaysEverything()
{
    connectToSandbox();
    // The look-ups of the pages on the way know the names of the ids.
    for (int id : {int(ProvisionWizard::DesktopPageId), int(ProvisionWizard::NetworkPageId),
                   int(ProvisionWizard::UsersPageId)}) {
        m_wizard->setCurrentId(id);
        QTRY_VERIFY(m_wizard->wizardLookups()->noteOf(id)->isHidden());
    }
    // Ids of the sandbox's catalogue (resources/sandbox-catalog.json).
    const QString image = QStringLiteral("96a396c6-4554-5d9b-9059-6a91bd5503f9");
    m_draft->update([&](CreateDesktopRequest &r) {
        r.imageId = image;
        r.nics = QList<Nic> {Nic {QStringLiteral("5dee0216-2260-47c2-9368-98a27d910e55"), {}}};
        r.securityGroups = QList<SecurityGroup> {
            SecurityGroup {QStringLiteral("c261b768-6aaa-5f69-b3a8-0ac6ed53371e"), {}}};
        r.desktopIps = QStringList {QStringLiteral("172.16.0.21"), QStringLiteral("172.16.0.22")};
        SharedVpcParam sharedVpc;
        sharedVpc.address = QStringLiteral("192.168.7.1");
        sharedVpc.port = 8443;
        sharedVpc.availabilityZones = QStringList {QStringLiteral("cn-north-4a")};
        r.sharedVpc = sharedVpc;
        r.desktops.reset();
        r.size = 2;
        r.desktopName = QStringLiteral("POOLDESK");
        r.desktopNamePolicyId = QStringLiteral("aaa3faea-eb0e-5f20-88e3-cca22e5d95a3");
        r.hourPackageProductId = QStringLiteral("hour-product-1");
        r.hourPackageOfferingId = QStringLiteral("hour-offering-1");
    });
    m_wizard->setCurrentId(ProvisionWizard::ReviewPageId);
    const QString summary = find<QLabel>("reviewSummary")->text();
    for (const QString &expected :
         {QStringLiteral("Windows 11 Enterprise 64bit"),
          QStringLiteral("subnet-workspace-office (172.16.0.0/24)"),
          QStringLiteral("sg-office-desktops"), QStringLiteral("172.16.0.21"),
          QStringLiteral("172.16.0.22"), QStringLiteral("192.168.7.1, port 8443"),
          QStringLiteral("cn-north-4a"), QStringLiteral("POOLDESK"), QStringLiteral("office"),
          QStringLiteral("hour-product-1"), QStringLiteral("hour-offering-1")})
        QVERIFY2(summary.contains(expected),
                 qPrintable(expected + QLatin1String(" in ") + summary));
    QVERIFY2(!summary.contains(image), qPrintable(summary)); // its name instead
}

void TestWizardSubmit::closingWhileBusyAsks()
{
    const QJsonObject seed = TestData::requestCase(QStringLiteral("seed-example.json"));
    connectToSandbox();
    const RequestCodec::ReadResult read = RequestCodec::fromJson(seed.value(u"request").toObject());
    m_draft->setRequest(read.request);
    while (m_wizard->currentId() != ProvisionWizard::SubmitPageId && nextButton()->isEnabled())
        goNext(m_wizard.get());
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::SubmitPageId));
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
    QVERIFY(m_wizard->submitPage()->isBusy());
    m_wizard->reject();
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY((confirmation = m_wizard->findChild<QMessageBox *>(
                     QStringLiteral("closeWhileBusyConfirmation")))
                != nullptr);
    QTest::mouseClick(confirmation->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(m_wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->submitPage()->isBusy(), 15000);
    m_wizard->reject();
    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(m_server->createCallCount(), 1);
}

QTEST_MAIN(TestWizardSubmit)
#include "tst_wizardsubmit.moc"
