#include "models/RequestCodec.h"
#include "models/TemplateStore.h"
#include "ui/dialogs/TemplateManagerDialog.h"
#include "ui/widgets/FieldMessageLabel.h"
#include "ui/widgets/StatusLabel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {

Template makeTemplate(const QString &name, const QString &description)
{
    Template value;
    value.name = name;
    value.description = description;
    value.context.osType = ValidationContext::OsType::Windows;
    value.request = RequestCodec::fromJson(
                        QJsonObject {{QStringLiteral("desktop_type"), QStringLiteral("DEDICATED")}})
                        .request;
    return value;
}

/** Waits for the dialog named `objectName` that `owner` opened, then hands it to `act`. */
template<typename T>
void whenDialogOpens(QWidget *owner, const char *objectName, const std::function<void(T *)> &act)
{
    T *dialog = nullptr;
    QTRY_VERIFY((dialog = owner->findChild<T *>(QLatin1String(objectName))) && dialog->isVisible());
    act(dialog);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTemplateManagerDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsTemplatesAndBrokenFiles();
    void brokenFileIsNeverOpened();
    void filterMatchesNameAndDescription();
    void openEmitsTheTemplate();
    void renameThroughTheDialog();
    void duplicate();
    void deleteAndUndo();
    void brokenEntrySaysWhyWhenSelected();
    void importFromAFile();
    void importSaysItLeftASecretOut();
    void exportToAFile();
    void exportNeverWritesOverABrokenFile();
    void labelsHaveBuddies();

private:
    QListWidgetItem *itemNamed(const QString &text) const;
    void select(const QString &text);
    QStringList visibleTexts() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TemplateStore> m_store;
    std::unique_ptr<TemplateManagerDialog> m_dialog;
    QListWidget *m_list = nullptr;
    QString m_brokenPath;
    QByteArray m_brokenBytes;
};

void TestTemplateManagerDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString folder = m_dir->path() + QStringLiteral("/templates");
    m_store = std::make_unique<TemplateStore>(folder);
    QVERIFY(m_store->save(makeTemplate(QStringLiteral("Alpha"), QStringLiteral("Linux desks"))).ok);
    QVERIFY(
        m_store->save(makeTemplate(QStringLiteral("Beta"), QStringLiteral("Windows finance"))).ok);
    m_brokenPath = folder + QStringLiteral("/gamma.deskwiz.json");
    m_brokenBytes = "{\n  \"deskwiz_template\": 1,\n  \"name\": \"Gamma\"\n  oops\n}\n";
    QFile broken(m_brokenPath);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(m_brokenBytes);
    broken.close();

    m_dialog = std::make_unique<TemplateManagerDialog>(m_store.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_list = m_dialog->findChild<QListWidget *>(QStringLiteral("templateList"));
    QVERIFY(m_list);
}

void TestTemplateManagerDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_dir.reset();
}

QListWidgetItem *TestTemplateManagerDialog::itemNamed(const QString &text) const
{
    const QList<QListWidgetItem *> items = m_list->findItems(text, Qt::MatchStartsWith);
    return items.isEmpty() ? nullptr : items.first();
}

void TestTemplateManagerDialog::select(const QString &text)
{
    QListWidgetItem *item = itemNamed(text);
    QVERIFY2(item, qPrintable(text));
    m_list->setCurrentItem(item);
}

QStringList TestTemplateManagerDialog::visibleTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden())
            texts.append(m_list->item(row)->text());
    }
    return texts;
}

void TestTemplateManagerDialog::listsTemplatesAndBrokenFiles()
{
    QCOMPARE(m_list->count(), 3);
    QVERIFY(itemNamed(QStringLiteral("Alpha")));
    QVERIFY(itemNamed(QStringLiteral("Beta")));
    QListWidgetItem *broken = itemNamed(QStringLiteral("gamma.deskwiz.json"));
    QVERIFY(broken);
    QVERIFY(broken->text().contains(QLatin1String("broken")));
    QVERIFY2(broken->toolTip().startsWith(m_brokenPath + QStringLiteral(":4:")),
             qPrintable(broken->toolTip()));
}

void TestTemplateManagerDialog::brokenFileIsNeverOpened()
{
    QSignalSpy chosen(m_dialog.get(), &TemplateManagerDialog::templateChosen);
    select(QStringLiteral("gamma"));
    auto *open = m_dialog->findChild<QPushButton *>(QStringLiteral("openButton"));
    QVERIFY(!open->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("renameButton"))->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
    Q_EMIT m_list->itemActivated(m_list->currentItem()); // a double click or Enter
    QTest::keyClick(m_list, Qt::Key_Return);
    QCOMPARE(chosen.size(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(readAll(m_brokenPath), m_brokenBytes);
}

void TestTemplateManagerDialog::filterMatchesNameAndDescription()
{
    auto *filter = m_dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("bet"));
    QCOMPARE(visibleTexts(), QStringList {QStringLiteral("Beta")});
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("LINUX"));
    QCOMPARE(visibleTexts(), QStringList {QStringLiteral("Alpha")});
    QCOMPARE(m_list->currentItem()->text(), QStringLiteral("Alpha"));
    filter->clear();
    QCOMPARE(visibleTexts().size(), 3);
}

void TestTemplateManagerDialog::openEmitsTheTemplate()
{
    QSignalSpy chosen(m_dialog.get(), &TemplateManagerDialog::templateChosen);
    select(QStringLiteral("Beta"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("openButton")),
                      Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const Template opened = chosen.first().first().value<Template>();
    QCOMPARE(opened.name, QStringLiteral("Beta"));
    QVERIFY(opened == *m_store->load(m_store->findByName(QStringLiteral("Beta"))->path).value);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->chosenTemplate().has_value());
    QCOMPARE(m_dialog->chosenTemplate()->name, QStringLiteral("Beta"));
}

void TestTemplateManagerDialog::renameThroughTheDialog()
{
    select(QStringLiteral("Alpha"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("renameButton")),
                      Qt::LeftButton);
    whenDialogOpens<QInputDialog>(m_dialog.get(), "renameInput", [](QInputDialog *input) {
        input->setTextValue(QStringLiteral("Alpha renamed"));
        input->accept();
    });
    QTRY_VERIFY(itemNamed(QStringLiteral("Alpha renamed")));
    QVERIFY(m_store->findByName(QStringLiteral("Alpha renamed")));
    QVERIFY(!m_store->findByName(QStringLiteral("Alpha")));
    QCOMPARE(m_list->count(), 3);

    // A taken name is refused with a message, and nothing changes.
    QTRY_VERIFY(!m_dialog->findChild<QInputDialog *>()); // the first one has closed
    select(QStringLiteral("Alpha renamed"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("renameButton")),
                      Qt::LeftButton);
    whenDialogOpens<QInputDialog>(m_dialog.get(), "renameInput", [](QInputDialog *input) {
        input->setTextValue(QStringLiteral("beta"));
        input->accept();
    });
    auto *status = m_dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY(status->text().contains(QLatin1String("already exists")));
    QVERIFY(m_store->findByName(QStringLiteral("Alpha renamed")));
}

void TestTemplateManagerDialog::duplicate()
{
    select(QStringLiteral("Alpha"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("duplicateButton")),
                      Qt::LeftButton);
    QCOMPARE(m_list->count(), 4);
    QCOMPARE(m_list->currentItem()->text(), QStringLiteral("Alpha (copy)"));
    Template expected = *m_store->load(m_store->findByName(QStringLiteral("Alpha"))->path).value;
    expected.name = QStringLiteral("Alpha (copy)");
    QVERIFY(*m_store->load(m_store->findByName(QStringLiteral("Alpha (copy)"))->path).value
            == expected);
}

void TestTemplateManagerDialog::deleteAndUndo()
{
    auto *remove = m_dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    auto *undo = m_dialog->findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY(!undo->isEnabled());
    const QString betaPath = m_store->findByName(QStringLiteral("Beta"))->path;
    const QByteArray betaBytes = readAll(betaPath);
    select(QStringLiteral("Beta"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!itemNamed(QStringLiteral("Beta")));
    QVERIFY(!QFileInfo::exists(betaPath));
    QVERIFY(undo->isEnabled());

    // The broken file can be deleted too, and comes back byte for byte.
    select(QStringLiteral("gamma"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_list->count(), 1);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(readAll(m_brokenPath), m_brokenBytes);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(readAll(betaPath), betaBytes);
    QCOMPARE(m_list->count(), 3);
    QVERIFY(!undo->isEnabled());
}

void TestTemplateManagerDialog::brokenEntrySaysWhyWhenSelected()
{
    // From the keyboard: the list sorted by name is Alpha, Beta, gamma (broken).
    auto *status = m_dialog->findChild<StatusLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    m_list->setFocus();
    QTest::keyClick(m_list, Qt::Key_Home);
    QCOMPARE(m_list->currentItem()->text(), QStringLiteral("Alpha"));
    QVERIFY(status->text().isEmpty());
    QTest::keyClick(m_list, Qt::Key_End);
    QVERIFY(m_list->currentItem()->text().startsWith(QLatin1String("gamma")));
    QVERIFY2(status->text().contains(m_brokenPath + QStringLiteral(":4:")),
             qPrintable(status->text()));
    QCOMPARE(status->accessibleDescription(), status->text());
    QCOMPARE(status->severity(), StatusLabel::Severity::Error);
    QCOMPARE(status->palette().color(QPalette::WindowText),
             FieldMessageLabel::errorColor(status->palette()));
    QVERIFY(status->palette().color(QPalette::WindowText)
            != m_dialog->palette().color(QPalette::WindowText));

    // Back on an ok template, the broken file's error goes.
    QTest::keyClick(m_list, Qt::Key_Up);
    QCOMPARE(m_list->currentItem()->text(), QStringLiteral("Beta"));
    QVERIFY(status->text().isEmpty());
    QCOMPARE(status->severity(), StatusLabel::Severity::Info);
}

void TestTemplateManagerDialog::importFromAFile()
{
    const QString source = m_dir->path() + QStringLiteral("/incoming.deskwiz.json");
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makeTemplate(QStringLiteral("Delta"), QStringLiteral("from a colleague"))
                       .toJson()
                       .bytes);
    }
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    whenDialogOpens<QFileDialog>(
        m_dialog.get(), "templateFileDialog", [source](QFileDialog *dialog) {
            dialog->selectFile(source);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        });
    QTRY_VERIFY(itemNamed(QStringLiteral("Delta")));
    QVERIFY(m_store->findByName(QStringLiteral("Delta"))->path.startsWith(m_store->folder()));

    // A broken file is refused, with its line in the message.
    QTRY_VERIFY(!m_dialog->findChild<QFileDialog *>()); // the first one has closed
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    whenDialogOpens<QFileDialog>(m_dialog.get(), "templateFileDialog", [this](QFileDialog *dialog) {
        dialog->selectFile(m_brokenPath);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
    auto *status = m_dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY(status->text().contains(m_brokenPath + QStringLiteral(":4:")));
    QCOMPARE(m_list->count(), 4);
}

void TestTemplateManagerDialog::importSaysItLeftASecretOut()
{
    const QString source = m_dir->path() + QStringLiteral("/with-token.deskwiz.json");
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"deskwiz_template\": 1, \"name\": \"Delta\",\n"
                   " \"connection\": {\"authToken\": \"TOKEN-IN-THE-FILE\"},\n"
                   " \"request\": {\"desktop_type\": \"DEDICATED\"}}");
    }
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    whenDialogOpens<QFileDialog>(
        m_dialog.get(), "templateFileDialog", [source](QFileDialog *dialog) {
            dialog->selectFile(source);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        });
    auto *status = m_dialog->findChild<StatusLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY(itemNamed(QStringLiteral("Delta")));
    QVERIFY2(status->text().contains(source + QStringLiteral(":2:")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("/connection/authToken")));
    QVERIFY(!status->text().contains(QLatin1String("TOKEN-IN-THE-FILE")));
    QCOMPARE(status->severity(), StatusLabel::Severity::Warning);
    QVERIFY(!readAll(m_store->findByName(QStringLiteral("Delta"))->path).contains("TOKEN"));
}

void TestTemplateManagerDialog::exportToAFile()
{
    const QString destination = m_dir->path() + QStringLiteral("/out/alpha-export.deskwiz.json");
    QVERIFY(QDir().mkpath(QFileInfo(destination).absolutePath()));
    select(QStringLiteral("Alpha"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    whenDialogOpens<QFileDialog>(m_dialog.get(), "templateFileDialog",
                                 [destination](QFileDialog *dialog) {
                                     dialog->selectFile(destination);
                                     static_cast<QDialog *>(dialog)->accept();
                                 });
    QTRY_VERIFY(QFileInfo::exists(destination));
    const Template::ReadResult read = Template::fromJson(readAll(destination));
    QVERIFY(read.ok());
    QCOMPARE(read.value->name, QStringLiteral("Alpha"));
    QCOMPARE(m_list->count(), 3); // exporting elsewhere adds nothing to the list
}

void TestTemplateManagerDialog::exportNeverWritesOverABrokenFile()
{
    select(QStringLiteral("Alpha"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    whenDialogOpens<QFileDialog>(m_dialog.get(), "templateFileDialog", [this](QFileDialog *dialog) {
        dialog->setOption(QFileDialog::DontConfirmOverwrite);
        dialog->selectFile(m_brokenPath);
        static_cast<QDialog *>(dialog)->accept();
    });
    auto *status = m_dialog->findChild<StatusLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY2(status->text().contains(QDir::toNativeSeparators(m_brokenPath)),
                 qPrintable(status->text()));
    QCOMPARE(status->severity(), StatusLabel::Severity::Error);
    QCOMPARE(readAll(m_brokenPath), m_brokenBytes);
}

void TestTemplateManagerDialog::labelsHaveBuddies()
{
    const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
    int buddied = 0;
    for (const QLabel *label : labels) {
        if (label->buddy()) {
            ++buddied;
            QVERIFY(!label->buddy()->accessibleName().isEmpty());
            QVERIFY(!label->buddy()->toolTip().isEmpty());
        }
    }
    QCOMPARE(buddied, 2);
}

QTEST_MAIN(TestTemplateManagerDialog)
#include "tst_templatemanagerdialog.moc"
