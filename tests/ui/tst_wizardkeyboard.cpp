// The whole wizard works from the keyboard: every Alt+letter reaches one input or button of the
// page shown (none takes a letter of the wizard's own buttons), Tab follows the screen, and Escape
// does not throw input away unasked.

#include "models/RequestDraft.h"
#include "tests/support/WizardInput.h"
#include "ui/ConnectionDraft.h"
#include "ui/ProvisionWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace WizardInput;

namespace {

/** Who answers Alt+letter on the wizard as it is shown: the visible, labelled widgets. */
QMultiHash<QKeySequence, QString> mnemonicsShown(const QWizard *wizard)
{
    QMultiHash<QKeySequence, QString> owners;
    const QList<QWidget *> widgets = wizard->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            text = group->title();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners.insert(key, QString(text).remove(QLatin1Char('&')));
    }
    return owners;
}

/** The wizard's own buttons (the ones it shows on some page), by their Alt+letter. */
QHash<QKeySequence, QString> wizardButtons(const QWizard *wizard)
{
    QHash<QKeySequence, QString> buttons;
    for (QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        const QString text = wizard->button(which)->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            buttons.insert(key, QString(text).remove(QLatin1Char('&')));
    }
    return buttons;
}

} // namespace

class TestWizardKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mnemonicsAreUniqueOnEveryPage();
    void altNGoesNextFromTheNetworkPage();
    void tableKeysAddAndRemoveRows();
    void connectionPageTabFollowsTheScreen();
    void escapeClosesAnUntouchedWizard();
    void escapeAsksBeforeDiscardingInput_data();
    void escapeAsksBeforeDiscardingInput();

private:
    template<typename T>
    T *find(const char *name) const
    {
        return WizardInput::find<T>(m_wizard.get(), name);
    }
    /** Records every clash of the page as shown now into m_clashes. */
    void checkMnemonics(const QString &state);

    std::unique_ptr<RequestDraft> m_draft;
    std::unique_ptr<ConnectionDraft> m_connection;
    std::unique_ptr<ProvisionWizard> m_wizard;
    QStringList m_clashes;
};

void TestWizardKeyboard::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestWizardKeyboard::init()
{
    m_draft = std::make_unique<RequestDraft>();
    m_draft->setRequest(ProvisionWizard::startingRequest(m_draft->limits()));
    m_connection = std::make_unique<ConnectionDraft>();
    m_wizard = std::make_unique<ProvisionWizard>(m_draft.get(), m_connection.get());
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    m_clashes.clear();
}

void TestWizardKeyboard::cleanup()
{
    m_wizard.reset();
    m_connection.reset();
    m_draft.reset();
}

void TestWizardKeyboard::checkMnemonics(const QString &state)
{
    const QMultiHash<QKeySequence, QString> owners = mnemonicsShown(m_wizard.get());
    // A letter of a wizard button is taken on every page, shown there or not.
    const QHash<QKeySequence, QString> reserved = wizardButtons(m_wizard.get());
    const QList<QKeySequence> keys = owners.uniqueKeys();
    for (const QKeySequence &key : keys) {
        QStringList names = owners.values(key);
        names.sort();
        const bool takesWizardLetter =
            reserved.contains(key) && names != QStringList {reserved.value(key)};
        if (names.size() > 1 || takesWizardLetter) {
            m_clashes.append(QStringLiteral("%1: %2 takes %3: %4")
                                 .arg(m_wizard->currentPage()->objectName(), state,
                                      key.toString(QKeySequence::PortableText),
                                      names.join(QStringLiteral(" | "))));
        }
    }
}

void TestWizardKeyboard::mnemonicsAreUniqueOnEveryPage()
{
    // The wizard's own buttons, as Qt 6 ModernStyle names them on Linux and Windows.
    QCOMPARE(QKeySequence::mnemonic(m_wizard->button(QWizard::NextButton)->text()),
             QKeySequence(Qt::ALT | Qt::Key_N));
    QCOMPARE(QKeySequence::mnemonic(m_wizard->button(QWizard::BackButton)->text()),
             QKeySequence(Qt::ALT | Qt::Key_B));
    QCOMPARE(QKeySequence::mnemonic(m_wizard->button(QWizard::FinishButton)->text()),
             QKeySequence(Qt::ALT | Qt::Key_C));

    const QList<int> ids = m_wizard->pageIds();
    for (int id : ids) {
        m_wizard->setCurrentId(id);
        QCOMPARE(m_wizard->currentId(), id);
        switch (id) {
        case ProvisionWizard::ConnectionPageId: {
            auto *kind = find<QComboBox>("loginKindCombo");
            for (int i = 0; i < kind->count(); ++i) {
                chooseData(kind, kind->itemData(i));
                checkMnemonics(kind->currentText());
            }
            break;
        }
        case ProvisionWizard::NetworkPageId:
            for (const char *radio : {"eipNoneRadio", "eipExistingRadio", "eipNewRadio"}) {
                find<QRadioButton>(radio)->click();
                checkMnemonics(QString::fromLatin1(radio));
            }
            find<QGroupBox>("sharedVpcGroup")->setChecked(true);
            checkMnemonics(QStringLiteral("shared VPC"));
            break;
        default:
            checkMnemonics(QStringLiteral("as entered"));
            break;
        }
    }
    QVERIFY2(m_clashes.isEmpty(), qPrintable(m_clashes.join(QLatin1Char('\n'))));
}

void TestWizardKeyboard::altNGoesNextFromTheNetworkPage()
{
    // "No elastic IP" and the tables' buttons used to take Alt+N, which then only moved focus.
    m_wizard->setCurrentId(ProvisionWizard::NetworkPageId);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(ProvisionWizard::UsersPageId));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(ProvisionWizard::NetworkPageId));
}

void TestWizardKeyboard::tableKeysAddAndRemoveRows()
{
    m_wizard->setCurrentId(ProvisionWizard::NetworkPageId);
    auto *table = find<QTableView>("nicsTable");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Insert);
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(m_draft->request().nics.value_or(QList<Nic>()).size(), 2);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(m_draft->request().nics.value_or(QList<Nic>()).size(), 1);
}

void TestWizardKeyboard::connectionPageTabFollowsTheScreen()
{
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::ConnectionPageId));
    auto *first = find<QWidget>("startFromTemplateButton");
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    QStringList visited {first->objectName()};
    for (int i = 0; i < 30 && visited.last() != QLatin1String("testConnectionButton"); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    // Top to bottom as on the screen (Delete is disabled until a profile is chosen).
    const QStringList expected {QStringLiteral("startFromTemplateButton"),
                                QStringLiteral("profileCombo"),
                                QStringLiteral("profileNameEdit"),
                                QStringLiteral("saveProfileButton"),
                                QStringLiteral("rememberSecretCheck"),
                                QStringLiteral("regionCombo"),
                                QStringLiteral("endpointEdit"),
                                QStringLiteral("projectIdEdit"),
                                QStringLiteral("loginKindCombo"),
                                QStringLiteral("tokenEdit"),
                                QStringLiteral("testConnectionButton")};
    QCOMPARE(visited, expected);
    // Shift+Tab walks back the same way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("tokenEdit"));
}

void TestWizardKeyboard::escapeClosesAnUntouchedWizard()
{
    m_wizard->setCurrentId(ProvisionWizard::DesktopPageId);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->isVisible());
    QVERIFY(!m_wizard->findChild<QMessageBox *>());
}

void TestWizardKeyboard::escapeAsksBeforeDiscardingInput_data()
{
    QTest::addColumn<int>("pageId");
    QTest::addColumn<QString>("input");
    QTest::newRow("a product") << int(ProvisionWizard::DesktopPageId)
                               << QStringLiteral("productCombo");
    QTest::newRow("a token") << int(ProvisionWizard::ConnectionPageId)
                             << QStringLiteral("tokenEdit");
}

void TestWizardKeyboard::escapeAsksBeforeDiscardingInput()
{
    QFETCH(int, pageId);
    QFETCH(QString, input);
    m_wizard->setCurrentId(pageId);
    auto *field = m_wizard->findChild<QWidget *>(input);
    QVERIFY(field);
    replaceText(field, QStringLiteral("workspace.c2.large.windows.2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_wizard->findChild<QMessageBox *>(
                     QStringLiteral("closeWithInputConfirmation"))));
    QTRY_VERIFY(question->isVisible());
    // Escape again answers the question with Cancel: nothing is lost.
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->findChild<QMessageBox *>(QStringLiteral("closeWithInputConfirmation")));
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), pageId);
    const QString kept = qobject_cast<QComboBox *>(field)
        ? qobject_cast<QComboBox *>(field)->currentText()
        : qobject_cast<QLineEdit *>(field)->text();
    QCOMPARE(kept, QStringLiteral("workspace.c2.large.windows.2"));
    // Asked again, "Close" closes.
    m_wizard->reject();
    QTRY_VERIFY((question = m_wizard->findChild<QMessageBox *>(
                     QStringLiteral("closeWithInputConfirmation"))));
    QTest::mouseClick(question->button(QMessageBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isVisible());
}

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizardkeyboard.moc"
