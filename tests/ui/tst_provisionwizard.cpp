// Drives the real ProvisionWizard offscreen, by objectName, as an operator would.

#include "models/RequestCodec.h"
#include "models/RequestDraft.h"
#include "tests/support/TestData.h"
#include "tests/support/WizardInput.h"
#include "ui/ConnectionDraft.h"
#include "ui/LabelText.h"
#include "ui/ProvisionWizard.h"
#include "ui/pages/DesktopPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/widgets/FieldMessageLabel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace WizardInput;

class TestProvisionWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void seedExampleTypedThroughWidgets();
    void backKeepsInput();
    void tableCellErrorsAreMarked();
    void storagePageByKeyboardOnly();
    void reviewIssueJumpsToField();
    void connectionPageValidatesEndpoint();
    void reviewListsAsTheLanguageDoes();
    void pageToolTipsSayTheLimitsOfTheData();
    void emailNotificationHasOneDefault();
    void disabledNextSaysWhatIsStillNeeded();
    void reviewNamesTheFieldOfEachIssue();
    void wheelChangesOnlyAFocusedInput();
    void typingIntoAListCellReplacesIt();
    void fieldNamesLoseMnemonicAndColon_data();
    void fieldNamesLoseMnemonicAndColon();

private:
    template<typename T>
    T *find(const char *name) const
    {
        return WizardInput::find<T>(m_wizard.get(), name);
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    void fillConnection();

    std::unique_ptr<RequestDraft> m_draft;
    std::unique_ptr<ConnectionDraft> m_connection;
    std::unique_ptr<ProvisionWizard> m_wizard;
};

void TestProvisionWizard::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestProvisionWizard::init()
{
    m_draft = std::make_unique<RequestDraft>();
    m_draft->setRequest(ProvisionWizard::startingRequest(m_draft->limits()));
    m_connection = std::make_unique<ConnectionDraft>();
    m_wizard = std::make_unique<ProvisionWizard>(m_draft.get(), m_connection.get());
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void TestProvisionWizard::cleanup()
{
    m_wizard.reset();
    m_connection.reset();
    m_draft.reset();
    QLocale::setDefault(QLocale::c());
}

void TestProvisionWizard::fillConnection()
{
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::ConnectionPageId));
    QVERIFY(!nextButton()->isEnabled());
    replaceText(find<QLineEdit>("endpointEdit"),
                QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com"));
    replaceText(find<QLineEdit>("projectIdEdit"), QStringLiteral("0a1b2c3d4e5f"));
    QVERIFY(!nextButton()->isEnabled());
    replaceText(find<QLineEdit>("tokenEdit"), QStringLiteral("a-token"));
    QVERIFY(nextButton()->isEnabled());
}

void TestProvisionWizard::seedExampleTypedThroughWidgets()
{
    const QJsonObject seed = TestData::requestCase(QStringLiteral("seed-example.json"));
    const QJsonObject expected = seed.value(u"request").toObject();
    const QJsonObject context = seed.value(u"context").toObject();
    QVERIFY(!expected.isEmpty());

    fillConnection();
    goNext(m_wizard.get());

    // Desktop
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::DesktopPageId));
    chooseData(find<QComboBox>("desktopTypeCombo"), expected.value(u"desktop_type").toString());
    replaceText(find<QComboBox>("availabilityZoneCombo"),
                expected.value(u"availability_zone").toString());
    replaceText(find<QComboBox>("productCombo"), expected.value(u"product_id").toString());
    replaceText(find<QComboBox>("imageTypeCombo"), expected.value(u"image_type").toString());
    QVERIFY(!nextButton()->isEnabled()); // the image is still missing
    // An empty field the operator has not had a go at yet says nothing; leaving it says why.
    auto *imageMessage = find<FieldMessageLabel>("imageIdComboMessage");
    QVERIFY(!imageMessage->isVisible());
    auto *imageCombo = find<QComboBox>("imageIdCombo");
    imageCombo->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(imageCombo->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(imageMessage->isVisible());
    QVERIFY(imageMessage->showsError());
    replaceText(find<QComboBox>("imageIdCombo"), expected.value(u"image_id").toString());
    chooseData(find<QComboBox>("osTypeCombo"), context.value(u"os_type").toString());
    chooseData(find<QComboBox>("domainTypeCombo"), context.value(u"domain_type").toString());
    QVERIFY(!find<FieldMessageLabel>("imageIdComboMessage")->isVisible());
    goNext(m_wizard.get());

    // Storage: a wrong size is rejected with its message and Next disabled, then fixed.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::StoragePageId));
    const QJsonObject root = expected.value(u"root_volume").toObject();
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

    // Network: the NICs of the seed.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::NetworkPageId));
    const QJsonArray nics = expected.value(u"nics").toArray();
    auto *nicTable = find<QTableView>("nicsTable");
    for (int i = 0; i < nics.size(); ++i) {
        QTest::mouseClick(find<QPushButton>("nicsAddButton"), Qt::LeftButton);
        typeIntoCell(nicTable, i, 0, nics.at(i).toObject().value(u"subnet_id").toString());
    }
    goNext(m_wizard.get());

    // Users: one row a desktop of the seed.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::UsersPageId));
    QVERIFY(find<QRadioButton>("assignedRadio")->isChecked());
    QVERIFY(!nextButton()->isEnabled()); // no desktop yet
    const QJsonArray desktops = expected.value(u"desktops").toArray();
    const QStringList columns = {
        QStringLiteral("user_name"),          QStringLiteral("user_email"),
        QStringLiteral("user_phone"),         QStringLiteral("user_group"),
        QStringLiteral("computer_name"),      QStringLiteral("os_host_name"),
        QStringLiteral("desktop_name_prefix")};
    auto *desktopTable = find<QTableView>("desktopsTable");
    for (int i = 0; i < desktops.size(); ++i) {
        QTest::mouseClick(find<QPushButton>("desktopsAddButton"), Qt::LeftButton);
        const QJsonObject desktop = desktops.at(i).toObject();
        for (int c = 0; c < columns.size(); ++c) {
            if (desktop.contains(columns.at(c)))
                typeIntoCell(desktopTable, i, c, desktop.value(columns.at(c)).toString());
        }
    }
    auto *notify = find<QCheckBox>("emailNotificationCheck");
    if (notify->isChecked() != expected.value(u"email_notification").toBool()) {
        notify->setFocus();
        QTest::keyClick(notify, Qt::Key_Space);
    }
    goNext(m_wizard.get());

    // Tags and project: nothing in the seed.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::TagsPageId));
    goNext(m_wizard.get());

    // Review: the exact body.
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::ReviewPageId));
    auto *review = qobject_cast<ReviewPage *>(m_wizard->currentPage());
    QVERIFY(review);
    QJsonParseError error;
    const QJsonDocument shown = QJsonDocument::fromJson(review->bodyText().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    if (shown.object() != expected)
        qWarning("shown: %s", review->bodyText().toUtf8().constData());
    QCOMPARE(shown, QJsonDocument(expected));
    QVERIFY(review->isComplete());
    QVERIFY(find<QPlainTextEdit>("reviewJson")->isReadOnly());

    // Save…: the file holds the same body.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("body.json"));
    QTest::mouseClick(find<QPushButton>("saveJsonButton"), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_wizard->findChild<QFileDialog *>(QStringLiteral("saveJsonDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(saved.readAll()), QJsonDocument(expected));
}

void TestProvisionWizard::backKeepsInput()
{
    fillConnection();
    goNext(m_wizard.get());
    replaceText(find<QComboBox>("productCombo"), QStringLiteral("workspace.c2.large.windows.2"));
    replaceText(find<QComboBox>("imageIdCombo"), QStringLiteral("an-image"));
    replaceText(find<QComboBox>("imageTypeCombo"), QStringLiteral("private"));
    goNext(m_wizard.get());
    replaceText(find<QSpinBox>("rootVolumeSizeSpin"), QStringLiteral("120"));
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::DesktopPageId));
    QCOMPARE(find<QComboBox>("productCombo")->currentText(),
             QStringLiteral("workspace.c2.large.windows.2"));
    QCOMPARE(find<QComboBox>("imageIdCombo")->currentText(), QStringLiteral("an-image"));
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>("tokenEdit")->text(), QStringLiteral("a-token"));
    goNext(m_wizard.get());
    goNext(m_wizard.get());
    QCOMPARE(find<QSpinBox>("rootVolumeSizeSpin")->value(), 120);
    QCOMPARE(m_draft->request().rootVolume->size, std::optional<int>(120));
}

void TestProvisionWizard::tableCellErrorsAreMarked()
{
    m_wizard->setCurrentId(ProvisionWizard::UsersPageId);
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::UsersPageId));
    auto *table = find<QTableView>("desktopsTable");
    QTest::mouseClick(find<QPushButton>("desktopsAddButton"), Qt::LeftButton);
    typeIntoCell(table, 0, 0, QStringLiteral("bad name!"));
    typeIntoCell(table, 0, 1, QStringLiteral("not-an-address"));

    const QModelIndex userName = table->model()->index(0, 0);
    const QModelIndex email = table->model()->index(0, 1);
    const QModelIndex phone = table->model()->index(0, 2);
    for (const QModelIndex &bad : {userName, email}) {
        QVERIFY(bad.data(Qt::BackgroundRole).isValid());
        QVERIFY(bad.data(Qt::ForegroundRole).isValid());
        const QString tip = bad.data(Qt::ToolTipRole).toString();
        bool fromValidator = false;
        for (const ValidationIssue &issue : m_draft->issues())
            fromValidator = fromValidator || tip.contains(issue.message);
        QVERIFY2(fromValidator, qPrintable(tip));
    }
    QVERIFY(!phone.data(Qt::BackgroundRole).isValid());
    auto *message = find<FieldMessageLabel>("desktopsMessage");
    QVERIFY(message->isVisible());
    QVERIFY(message->showsError());
    QVERIFY(message->text().contains(QStringLiteral("Row 1")));
    QVERIFY(!nextButton()->isEnabled());

    typeIntoCell(table, 0, 0, QStringLiteral("ops002"));
    typeIntoCell(table, 0, 1, QStringLiteral("ops002@example.com"));
    QVERIFY(!userName.data(Qt::BackgroundRole).isValid());
    QVERIFY(!email.data(Qt::BackgroundRole).isValid());
    QVERIFY(!message->showsError());
}

void TestProvisionWizard::storagePageByKeyboardOnly()
{
    m_wizard->setCurrentId(ProvisionWizard::StoragePageId);
    auto *type = find<QComboBox>("rootVolumeTypeCombo");
    auto *size = find<QSpinBox>("rootVolumeSizeSpin");
    type->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("SSD"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), size);
    QTest::keyClick(size, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(size, QStringLiteral("100"));
    QTest::keyClick(size, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QTableView>("dataVolumesTable"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QPushButton>("dataVolumesAddButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(m_draft->request().dataVolumes.value_or(QList<Volume>()).size(), 1);
    // The new row has focus: type a size into its second cell with the keyboard.
    auto *table = find<QTableView>("dataVolumesTable");
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Right);
    QTest::keyClick(table, Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_draft->request().dataVolumes->at(0).size, std::optional<int>(50));

    QCOMPARE(m_draft->request().rootVolume->type, std::optional<QString>(QStringLiteral("SSD")));
    QCOMPARE(m_draft->request().rootVolume->size, std::optional<int>(100));
    QCOMPARE(m_draft->request().dataVolumes->at(0).size, std::optional<int>(50));
    QVERIFY(nextButton()->isEnabled());
    // Alt+N is the Next button's mnemonic.
    QVERIFY2(nextButton()->text().contains(QStringLiteral("&N")), qPrintable(nextButton()->text()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    // A mnemonic "animates" the click: it lands a moment later.
    QTRY_COMPARE(m_wizard->currentId(), int(ProvisionWizard::NetworkPageId));
}

void TestProvisionWizard::reviewIssueJumpsToField()
{
    m_draft->update([](CreateDesktopRequest &r) { r.rootVolume->size = 85; });
    m_wizard->setCurrentId(ProvisionWizard::ReviewPageId);
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::ReviewPageId));
    QVERIFY(!m_wizard->currentPage()->isComplete());
    auto *list = find<QListWidget>("reviewIssues");
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->toolTip() == QStringLiteral("/root_volume/size"))
            row = i;
    }
    QVERIFY(row >= 0);
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::StoragePageId));
    QCOMPARE(QApplication::focusWidget(), find<QSpinBox>("rootVolumeSizeSpin"));

    // A table cell: the desktops list is empty, so its issue leads to the users page.
    m_wizard->setCurrentId(ProvisionWizard::ReviewPageId);
    QVERIFY(m_wizard->showPointer(QStringLiteral("/desktops")));
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::UsersPageId));
}

void TestProvisionWizard::connectionPageValidatesEndpoint()
{
    replaceText(find<QLineEdit>("endpointEdit"), QStringLiteral("http://workspace.example.com"));
    replaceText(find<QLineEdit>("projectIdEdit"), QStringLiteral("p1"));
    replaceText(find<QLineEdit>("tokenEdit"), QStringLiteral("t"));
    auto *message = find<FieldMessageLabel>("endpointEditMessage");
    QVERIFY(message->isVisible());
    QVERIFY(message->showsError());
    QVERIFY(!nextButton()->isEnabled());
    replaceText(find<QLineEdit>("endpointEdit"), QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(!message->isVisible());
    QVERIFY(nextButton()->isEnabled());
    // The login kind switches the inputs and their rules.
    chooseData(find<QComboBox>("loginKindCombo"), int(Connection::AuthKind::AkSk));
    QVERIFY(!nextButton()->isEnabled());
    replaceText(find<QLineEdit>("accessKeyEdit"), QStringLiteral("AK"));
    replaceText(find<QLineEdit>("secretKeyEdit"), QStringLiteral("SK"));
    QVERIFY(nextButton()->isEnabled());
}

void TestProvisionWizard::reviewListsAsTheLanguageDoes()
{
    const QStringList users {QStringLiteral("ops001"), QStringLiteral("ops002"),
                             QStringLiteral("ops003")};
    m_draft->update([&](CreateDesktopRequest &r) {
        QList<Desktop> desktops;
        for (const QString &user : users) {
            Desktop desktop;
            desktop.userName = user;
            desktops.append(desktop);
        }
        r.desktops = desktops;
    });
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_wizard->setCurrentId(ProvisionWizard::ReviewPageId);
    const QString summary = find<QLabel>("reviewSummary")->text();
    const QString chineseList = QLocale().createSeparatedList(users);
    QVERIFY(!chineseList.contains(QStringLiteral(", ")));
    QVERIFY2(summary.contains(chineseList), qPrintable(summary));
}

void TestProvisionWizard::pageToolTipsSayTheLimitsOfTheData()
{
    // A string limit unlike the shipped one: the zone's tool tip says it, not the shipped one.
    ApiLimits limits = ApiLimits::builtIn();
    const int shipped = limits.stringMaxLength;
    limits.stringMaxLength = shipped + 111;
    RequestDraft draft(limits);
    DesktopPage page(&draft);
    const QString toolTip = page.availabilityZoneCombo()->toolTip();
    QVERIFY2(toolTip.contains(QString::number(limits.stringMaxLength)), qPrintable(toolTip));
    QVERIFY2(!toolTip.contains(QString::number(shipped)), qPrintable(toolTip));
}

void TestProvisionWizard::emailNotificationHasOneDefault()
{
    // A request (a template, a file) that leaves email_notification out: the Users page and the
    // Review page both show what the service will do, the model's one default.
    const auto reviewSays = [this] {
        m_wizard->setCurrentId(ProvisionWizard::ReviewPageId);
        const QString summary = find<QLabel>("reviewSummary")->text();
        const QString name = QStringLiteral("<b>E-mail notification</b></td><td>");
        const qsizetype at = summary.indexOf(name);
        return at < 0 ? QString() : summary.mid(at + name.size()).section(QLatin1Char('<'), 0, 0);
    };
    for (const std::optional<bool> &given :
         {std::optional<bool>(), std::optional<bool>(true), std::optional<bool>(false)}) {
        m_draft->update([&](CreateDesktopRequest &r) { r.emailNotification = given; });
        const bool sends = given.value_or(CreateDesktopRequest::kEmailNotificationDefault);
        m_wizard->setCurrentId(ProvisionWizard::UsersPageId);
        QCOMPARE(find<QCheckBox>("emailNotificationCheck")->isChecked(), sends);
        QCOMPARE(reviewSays(), sends ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    // Left out, the box shows the default; ticking it off sends false explicitly.
    m_draft->update([](CreateDesktopRequest &r) { r.emailNotification.reset(); });
    m_wizard->setCurrentId(ProvisionWizard::UsersPageId);
    QCheckBox *check = find<QCheckBox>("emailNotificationCheck");
    QVERIFY(check->isChecked());
    check->click();
    QCOMPARE(m_draft->request().emailNotification, std::optional<bool>(false));
    QCOMPARE(reviewSays(), QStringLiteral("no"));
}

void TestProvisionWizard::disabledNextSaysWhatIsStillNeeded()
{
    const auto stillNeeded = [](const QStringList &fields) {
        return QStringLiteral("Still needed: %1").arg(QLocale().createSeparatedList(fields));
    };
    auto *connectionNote = find<QLabel>("stillNeededNote");
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(connectionNote->isVisible());
    QCOMPARE(connectionNote->text(),
             stillNeeded({QStringLiteral("Workspace endpoint"), QStringLiteral("Project ID"),
                          QStringLiteral("Token")}));
    fillConnection();
    QVERIFY(!connectionNote->isVisible());
    goNext(m_wizard.get());

    // The Desktop page on entry: the empty fields keep quiet, the note names them.
    QWidget *page = m_wizard->currentPage();
    auto *note = WizardInput::find<QLabel>(page, "stillNeededNote");
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             stillNeeded({QStringLiteral("Product (package)"), QStringLiteral("Image type"),
                          QStringLiteral("Image")}));
    for (const char *message :
         {"productComboMessage", "imageTypeComboMessage", "imageIdComboMessage"})
        QVERIFY2(!WizardInput::find<QLabel>(page, message)->isVisible(), message);
    // A field that speaks for itself leaves the note.
    auto *image = find<QComboBox>("imageIdCombo");
    image->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(image->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(find<FieldMessageLabel>("imageIdComboMessage")->isVisible());
    QCOMPARE(note->text(),
             stillNeeded({QStringLiteral("Product (package)"), QStringLiteral("Image type")}));
    replaceText(find<QComboBox>("productCombo"), QStringLiteral("workspace.c2.large.windows.2"));
    replaceText(find<QComboBox>("imageTypeCombo"), QStringLiteral("gold"));
    replaceText(find<QComboBox>("imageIdCombo"), QStringLiteral("an-image"));
    QVERIFY(!note->isVisible());
    QVERIFY(nextButton()->isEnabled());

    // Network: a new elastic IP needs three more fields.
    m_wizard->setCurrentId(ProvisionWizard::NetworkPageId);
    auto *networkNote = WizardInput::find<QLabel>(m_wizard->currentPage(), "stillNeededNote");
    QVERIFY(nextButton()->isEnabled());
    QVERIFY(!networkNote->isVisible());
    find<QRadioButton>("eipNewRadio")->click();
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(networkNote->isVisible());
    for (const QString &field : {QStringLiteral("EIP type"), QStringLiteral("Bandwidth")})
        QVERIFY2(networkNote->text().contains(field), qPrintable(networkNote->text()));
    QVERIFY(!find<FieldMessageLabel>("eipTypeComboMessage")->isVisible());
}

void TestProvisionWizard::reviewNamesTheFieldOfEachIssue()
{
    m_draft->update([](CreateDesktopRequest &r) {
        r.rootVolume->size = 85;
        Desktop first;
        first.userName = QStringLiteral("ops001");
        Desktop second;
        second.userName = QStringLiteral("ops002");
        second.userEmail = QStringLiteral("not-an-address");
        r.desktops = QList<Desktop> {first, second};
    });
    m_wizard->setCurrentId(ProvisionWizard::ReviewPageId);
    auto *list = find<QListWidget>("reviewIssues");
    const auto textAt = [list](const QString &pointer) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->toolTip() == pointer)
                return list->item(i)->text();
        }
        return QString();
    };
    const QString size = textAt(QStringLiteral("/root_volume/size"));
    QVERIFY2(size.contains(QStringLiteral("Storage › System disk size: ")), qPrintable(size));
    const QString email = textAt(QStringLiteral("/desktops/1/user_email"));
    QVERIFY2(email.contains(
                 QStringLiteral("Users and desktops › Users and their desktops, row 2, E-mail: ")),
             qPrintable(email));
    // No raw pointer in front of any message.
    for (int i = 0; i < list->count(); ++i) {
        const QString where = list->item(i)->text().section(QStringLiteral(": "), 0, 0);
        QVERIFY2(!where.contains(QLatin1Char('/')), qPrintable(list->item(i)->text()));
    }
}

void TestProvisionWizard::wheelChangesOnlyAFocusedInput()
{
    m_wizard->setCurrentId(ProvisionWizard::NetworkPageId);
    find<QRadioButton>("eipNewRadio")->click();
    auto *chargeMode = find<QComboBox>("eipChargeModeCombo");
    auto *bandwidth = find<QSpinBox>("eipBandwidthSpin");
    chargeMode->setCurrentIndex(1);
    bandwidth->setValue(10);
    const std::optional<QString> chosenMode = m_draft->request().eip->chargeMode;
    QVERIFY(chosenMode);
    find<QRadioButton>("eipNewRadio")->setFocus();
    QTRY_VERIFY(!chargeMode->hasFocus() && !bandwidth->hasFocus());
    const auto turnWheel = [](QWidget *widget) {
        const QPointF at = QRectF(widget->rect()).center();
        QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &wheel);
    };
    turnWheel(chargeMode);
    turnWheel(bandwidth);
    QCOMPARE(chargeMode->currentIndex(), 1);
    QCOMPARE(bandwidth->value(), 10);
    QCOMPARE(m_draft->request().eip->chargeMode, chosenMode);
    QCOMPARE(m_draft->request().eip->bandwidthSize, std::optional<int>(10));
    // Focused, the wheel changes them as usual.
    chargeMode->setFocus();
    QTRY_VERIFY(chargeMode->hasFocus());
    turnWheel(chargeMode);
    QCOMPARE(chargeMode->currentIndex(), 2);
    bandwidth->setFocus();
    QTRY_VERIFY(bandwidth->hasFocus());
    turnWheel(bandwidth);
    QVERIFY(bandwidth->value() != 10);
}

void TestProvisionWizard::typingIntoAListCellReplacesIt()
{
    m_wizard->setCurrentId(ProvisionWizard::UsersPageId);
    auto *table = find<QTableView>("desktopsTable");
    QTest::mouseClick(find<QPushButton>("desktopsAddButton"), Qt::LeftButton);
    const int group = 3; // user_group: a list (a combo box) to pick from or type into
    QCOMPARE(table->model()->headerData(group, Qt::Horizontal).toString(), QStringLiteral("Group"));
    typeIntoCell(table, 0, group, QStringLiteral("administrators"));
    // Select the cell and type, as the hint above the table says: the typing replaces the value.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, group));
    QTest::keyClicks(table, QStringLiteral("users"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(table->model()->index(0, group).data(Qt::EditRole).toString(),
                 QStringLiteral("users"));
    QCOMPARE(m_draft->request().desktops->first().userGroup,
             std::optional<QString>(QStringLiteral("users")));
}

void TestProvisionWizard::fieldNamesLoseMnemonicAndColon_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("English") << QStringLiteral("System disk &size:")
                             << QStringLiteral("System disk size");
    QTest::newRow("Chinese") << QStringLiteral("系统盘大小(&S)：") << QStringLiteral("系统盘大小");
    QTest::newRow("full-width brackets")
        << QStringLiteral("产品（套餐）（&P）：") << QStringLiteral("产品（套餐）");
    QTest::newRow("an ampersand") << QStringLiteral("Terms && &conditions:")
                                  << QStringLiteral("Terms & conditions");
}

void TestProvisionWizard::fieldNamesLoseMnemonicAndColon()
{
    QFETCH(QString, label);
    QFETCH(QString, name);
    QCOMPARE(LabelText::plain(label), name);
}

QTEST_MAIN(TestProvisionWizard)
#include "tst_provisionwizard.moc"
