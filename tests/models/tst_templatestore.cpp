#include "models/RequestCodec.h"
#include "models/SmallFileReader.h"
#include "models/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Template makeTemplate(const QString &name)
{
    Template value;
    value.name = name;
    value.description = QStringLiteral("for ") + name;
    value.context.osType = ValidationContext::OsType::Windows;
    value.connection.region = QStringLiteral("cn-north-4");
    value.connection.loginKind = ConnectionSettings::LoginKind::AkSk;
    value.connection.accessKey = QStringLiteral("AK");
    QJsonObject body;
    body.insert(QStringLiteral("desktop_type"), QStringLiteral("DEDICATED"));
    body.insert(QStringLiteral("unknown_member"), 42);
    value.request = RequestCodec::fromJson(body).request;
    return value;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList namesOf(const QList<TemplateEntry> &entries)
{
    QStringList names;
    for (const TemplateEntry &entry : entries)
        names.append(entry.name);
    return names;
}

/** A store whose writes are interrupted after the new bytes were written to the temporary file. */
class InterruptedTemplateStore : public TemplateStore
{
public:
    using TemplateStore::TemplateStore;
    qint64 bytesWrittenBeforeInterruption = -1;

protected:
    bool commitFile(QSaveFile &file) override
    {
        bytesWrittenBeforeInterruption = file.size();
        file.cancelWriting(); // as if the process had died or the disk had filled up here
        return TemplateStore::commitFile(file);
    }
};

} // namespace

class TestTemplateStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void saveListLoad();
    void defaultFolderIsInAppData();
    void sameNameFailsUnlessReplaced();
    void brokenFilesAreListedAndNeverOverwritten_data();
    void brokenFilesAreListedAndNeverOverwritten();
    void renameKeepsEverythingElse();
    void renameRefusesATakenName();
    void duplicateMakesAFreeName();
    void removeAndUndo();
    void removingABrokenFileCanBeUndone();
    void trashIsEmptiedWithTheStore();
    void trashOfACrashedRunIsEmptiedByTheNextStore();
    void trashOfALiveStoreIsLeftAlone();
    void importAndExport();
    void importRefusesBrokenFiles();
    void importWarnsAboutTheSecretsItLeavesOut();
    void exportNeverWritesOverABrokenFile();
    void interruptedWriteKeepsTheOldFile();
    void secretIsNeverWritten();
    void changedIsEmitted();
    void oversizedFileIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString folder() const { return m_dir->path() + QStringLiteral("/templates"); }
};

void TestTemplateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTemplateStore::cleanup()
{
    m_dir.reset();
}

void TestTemplateStore::saveListLoad()
{
    TemplateStore store(folder());
    QVERIFY(store.entries().isEmpty()); // the folder does not exist yet
    const Template value = makeTemplate(QStringLiteral("Finance desks"));
    const TemplateStore::Result saved = store.save(value);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QVERIFY(saved.path.startsWith(folder()));
    QVERIFY(saved.path.endsWith(TemplateStore::fileSuffix()));

    const QList<TemplateEntry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().name, value.name);
    QCOMPARE(entries.first().description, value.description);
    QVERIFY(!entries.first().isBroken());
    QCOMPARE(QFileInfo(entries.first().path), QFileInfo(saved.path));

    const Template::ReadResult read = store.load(saved.path);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(*read.value == value);
    QVERIFY(store.findByName(QStringLiteral("finance DESKS")).has_value());
}

void TestTemplateStore::defaultFolderIsInAppData()
{
    QVERIFY(TemplateStore::defaultFolder().endsWith(QStringLiteral("/templates")));
    QVERIFY(!TemplateStore::defaultFolder().startsWith(QStringLiteral("/templates")));
}

void TestTemplateStore::sameNameFailsUnlessReplaced()
{
    TemplateStore store(folder());
    Template value = makeTemplate(QStringLiteral("Same"));
    const TemplateStore::Result first = store.save(value);
    QVERIFY(first.ok);
    value.description = QStringLiteral("changed");
    const TemplateStore::Result refused = store.save(value);
    QVERIFY(!refused.ok);
    QVERIFY(refused.error.contains(QLatin1String("Same")));
    QCOMPARE(store.load(first.path).value->description, QStringLiteral("for Same"));

    const TemplateStore::Result replaced = store.save(value, TemplateStore::SaveMode::Replace);
    QVERIFY2(replaced.ok, qPrintable(replaced.error));
    QCOMPARE(replaced.path, first.path);
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.load(first.path).value->description, QStringLiteral("changed"));
}

void TestTemplateStore::brokenFilesAreListedAndNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("corrupt") << QByteArray(
        "{\n  \"deskwiz_template\": 1,\n  \"name\": \"Broken\",,\n}")
                             << 3;
    QTest::newRow("newer version") << QByteArray(
        "{\n  \"name\": \"Broken\",\n  \"deskwiz_template\": 99,\n  \"request\": {}\n}")
                                   << 3;
    QTest::newRow("not a template") << QByteArray("{\"desktop_type\": \"DEDICATED\"}") << 1;
    QTest::newRow("not json") << QByteArray("desktop_type=DEDICATED\n") << 1;
}

void TestTemplateStore::brokenFilesAreListedAndNeverOverwritten()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QVERIFY(QDir().mkpath(folder()));
    const QString brokenPath = folder() + QStringLiteral("/broken.deskwiz.json");
    QVERIFY(writeAll(brokenPath, content));

    TemplateStore store(folder());
    QList<TemplateEntry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    const TemplateEntry broken = entries.first();
    QVERIFY(broken.isBroken());
    QCOMPARE(broken.name, QStringLiteral("broken.deskwiz.json"));
    QVERIFY2(broken.error.startsWith(brokenPath + QLatin1Char(':') + QString::number(line)
                                     + QLatin1Char(':')),
             qPrintable(broken.error));
    QVERIFY(!store.load(brokenPath).ok());

    // A template with the name that maps to the same file name goes to another file.
    const TemplateStore::Result saved = store.save(makeTemplate(QStringLiteral("Broken")));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QVERIFY(QFileInfo(saved.path) != QFileInfo(brokenPath));
    QCOMPARE(readAll(brokenPath), content);
    // Replace never picks a broken file either.
    const TemplateStore::Result replaced = store.save(
        makeTemplate(QStringLiteral("broken.deskwiz.json")), TemplateStore::SaveMode::Replace);
    QVERIFY(replaced.ok);
    QVERIFY(QFileInfo(replaced.path) != QFileInfo(brokenPath));
    QCOMPARE(readAll(brokenPath), content);

    // Broken files cannot be renamed, duplicated or exported.
    QVERIFY(!store.rename(brokenPath, QStringLiteral("x")).ok);
    QVERIFY(!store.duplicate(brokenPath).ok);
    QVERIFY(!store.exportTo(brokenPath, m_dir->path() + QStringLiteral("/out.json")).ok);
    QCOMPARE(readAll(brokenPath), content);
    entries = store.entries();
    QCOMPARE(entries.size(), 3);
}

void TestTemplateStore::renameKeepsEverythingElse()
{
    TemplateStore store(folder());
    const Template value = makeTemplate(QStringLiteral("Old"));
    const TemplateStore::Result saved = store.save(value);
    const TemplateStore::Result renamed = store.rename(saved.path, QStringLiteral("  New  "));
    QVERIFY2(renamed.ok, qPrintable(renamed.error));
    const Template::ReadResult read = store.load(renamed.path);
    QCOMPARE(read.value->name, QStringLiteral("New"));
    Template expected = value;
    expected.name = QStringLiteral("New");
    QVERIFY(*read.value == expected);
    QCOMPARE(namesOf(store.entries()), QStringList {QStringLiteral("New")});
    QVERIFY(!store.rename(renamed.path, QStringLiteral(" ")).ok);
}

void TestTemplateStore::renameRefusesATakenName()
{
    TemplateStore store(folder());
    const TemplateStore::Result a = store.save(makeTemplate(QStringLiteral("A")));
    QVERIFY(store.save(makeTemplate(QStringLiteral("B"))).ok);
    const TemplateStore::Result clash = store.rename(a.path, QStringLiteral("b"));
    QVERIFY(!clash.ok);
    QVERIFY(!clash.error.isEmpty());
    QCOMPARE(store.load(a.path).value->name, QStringLiteral("A"));
    // Renaming to its own name in another case is fine.
    QVERIFY(store.rename(a.path, QStringLiteral("a")).ok);
}

void TestTemplateStore::duplicateMakesAFreeName()
{
    TemplateStore store(folder());
    const TemplateStore::Result saved = store.save(makeTemplate(QStringLiteral("Base")));
    const TemplateStore::Result copy1 = store.duplicate(saved.path);
    const TemplateStore::Result copy2 = store.duplicate(saved.path);
    QVERIFY(copy1.ok && copy2.ok);
    QCOMPARE(namesOf(store.entries()),
             (QStringList {QStringLiteral("Base"), QStringLiteral("Base (copy 2)"),
                           QStringLiteral("Base (copy)")}));
    Template expected = *store.load(saved.path).value;
    expected.name = QStringLiteral("Base (copy)");
    QVERIFY(*store.load(copy1.path).value == expected);
}

void TestTemplateStore::removeAndUndo()
{
    TemplateStore store(folder());
    const TemplateStore::Result a = store.save(makeTemplate(QStringLiteral("A")));
    const TemplateStore::Result b = store.save(makeTemplate(QStringLiteral("B")));
    const QByteArray bytesA = readAll(a.path);
    QVERIFY(!store.canUndoRemove());
    QVERIFY(store.remove(a.path).ok);
    QVERIFY(store.remove(b.path).ok);
    QVERIFY(!QFileInfo::exists(a.path));
    QVERIFY(store.entries().isEmpty());
    QVERIFY(store.canUndoRemove());
    QCOMPARE(store.lastRemovedName(), QStringLiteral("B"));

    QVERIFY(store.undoRemove().ok);
    QCOMPARE(namesOf(store.entries()), QStringList {QStringLiteral("B")});
    const TemplateStore::Result restored = store.undoRemove();
    QVERIFY(restored.ok);
    QCOMPARE(restored.path, a.path);
    QCOMPARE(readAll(a.path), bytesA);
    QVERIFY(!store.canUndoRemove());
    QVERIFY(!store.undoRemove().ok);
    QVERIFY(!store.remove(folder() + QStringLiteral("/missing.deskwiz.json")).ok);
}

void TestTemplateStore::removingABrokenFileCanBeUndone()
{
    QVERIFY(QDir().mkpath(folder()));
    const QString brokenPath = folder() + QStringLiteral("/x.deskwiz.json");
    QVERIFY(writeAll(brokenPath, "{oops"));
    TemplateStore store(folder());
    QVERIFY(store.remove(brokenPath).ok);
    QCOMPARE(store.lastRemovedName(), QStringLiteral("x.deskwiz.json"));
    QVERIFY(store.undoRemove().ok);
    QCOMPARE(readAll(brokenPath), QByteArray("{oops"));
}

void TestTemplateStore::trashIsEmptiedWithTheStore()
{
    {
        TemplateStore store(folder());
        const TemplateStore::Result a = store.save(makeTemplate(QStringLiteral("A")));
        QVERIFY(store.remove(a.path).ok);
    }
    QDir dir(folder());
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestTemplateStore::trashOfACrashedRunIsEmptiedByTheNextStore()
{
    // What a crash leaves: a trash folder with a deleted template and the lock of a process
    // that is gone (this process's lock file with the id of a process that has ended).
    const QString trash = folder() + QStringLiteral("/.trash");
    const QString run = trash + QStringLiteral("/crashed-run");
    QVERIFY(QDir().mkpath(run));
    QVERIFY(writeAll(run + QStringLiteral("/deleted.deskwiz.json"), "{}"));
    QVERIFY(writeAll(trash + QStringLiteral("/old-layout.deskwiz.json"), "{}"));
    QByteArray lockBytes;
    {
        QLockFile lock(run + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        lockBytes = readAll(run + QStringLiteral(".lock"));
    }
    QProcess ended; // this test listing its functions, a process that is gone once finished
    ended.start(QCoreApplication::applicationFilePath(), {QStringLiteral("-functions")});
    QVERIFY(ended.waitForStarted());
    const qint64 endedPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    QList<QByteArray> lines = lockBytes.split('\n');
    QCOMPARE(lines.first(), QByteArray::number(QCoreApplication::applicationPid()));
    lines.first() = QByteArray::number(endedPid);
    QVERIFY(writeAll(run + QStringLiteral(".lock"), lines.join('\n')));

    TemplateStore store(folder());
    QVERIFY2(
        !QFileInfo::exists(trash),
        qPrintable(
            QDir(trash).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' '))));
}

void TestTemplateStore::trashOfALiveStoreIsLeftAlone()
{
    // Two deskwiz at once: the second one starting (and ending) leaves the first one's trash and
    // its undo alone.
    TemplateStore first(folder());
    const TemplateStore::Result saved = first.save(makeTemplate(QStringLiteral("A")));
    const QByteArray bytes = readAll(saved.path);
    QVERIFY(first.remove(saved.path).ok);
    {
        TemplateStore second(folder());
        const TemplateStore::Result other = second.save(makeTemplate(QStringLiteral("B")));
        QVERIFY(second.remove(other.path).ok);
    }
    TemplateStore third(folder());
    QVERIFY(first.canUndoRemove());
    const TemplateStore::Result restored = first.undoRemove();
    QVERIFY2(restored.ok, qPrintable(restored.error));
    QCOMPARE(readAll(saved.path), bytes);
    QCOMPARE(namesOf(third.entries()), QStringList {QStringLiteral("A")});
}

void TestTemplateStore::importAndExport()
{
    TemplateStore store(folder());
    const Template value = makeTemplate(QStringLiteral("Shared"));
    const TemplateStore::Result saved = store.save(value);
    const QString exported = m_dir->path() + QStringLiteral("/elsewhere/shared.json");
    QVERIFY(QDir().mkpath(QFileInfo(exported).absolutePath()));
    const TemplateStore::Result exportResult = store.exportTo(saved.path, exported);
    QVERIFY2(exportResult.ok, qPrintable(exportResult.error));
    QVERIFY(*Template::fromJson(readAll(exported)).value == value);

    const TemplateStore::Result imported = store.importFrom(exported);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QVERIFY(imported.path.startsWith(folder()));
    Template expected = value;
    expected.name = QStringLiteral("Shared (2)");
    QVERIFY(*store.load(imported.path).value == expected);
    QCOMPARE(store.entries().size(), 2);
    QVERIFY(QFileInfo::exists(exported)); // importing copies, it does not move
}

void TestTemplateStore::importRefusesBrokenFiles()
{
    TemplateStore store(folder());
    const QString source = m_dir->path() + QStringLiteral("/bad.json");
    QVERIFY(writeAll(source, "{\n\"deskwiz_template\": 2}"));
    const TemplateStore::Result result = store.importFrom(source);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(source + QStringLiteral(":2:")), qPrintable(result.error));
    QVERIFY(store.entries().isEmpty());
}

void TestTemplateStore::importWarnsAboutTheSecretsItLeavesOut()
{
    TemplateStore store(folder());
    const QString source = m_dir->path() + QStringLiteral("/with-secret.json");
    QVERIFY(writeAll(source,
                     "{\"deskwiz_template\": 1, \"name\": \"Shared\",\n"
                     " \"connection\": {\"endpoint\": \"https://example.com\",\n"
                     "                \"authToken\": \"SECRET-VALUE\"},\n"
                     " \"request\": {\"desktop_type\": \"DEDICATED\"}}"));
    const TemplateStore::Result imported = store.importFrom(source);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.warnings.size(), 1);
    QVERIFY2(imported.warnings.first().startsWith(source + QStringLiteral(":3:")),
             qPrintable(imported.warnings.first()));
    QVERIFY(imported.warnings.first().contains(QLatin1String("/connection/authToken")));
    QVERIFY(!imported.warnings.first().contains(QLatin1String("SECRET-VALUE")));
    QVERIFY(!readAll(imported.path).contains("SECRET-VALUE"));

    const TemplateStore::Result clean = store.importFrom(imported.path);
    QVERIFY(clean.ok);
    QVERIFY(clean.warnings.isEmpty());
}

void TestTemplateStore::exportNeverWritesOverABrokenFile()
{
    TemplateStore store(folder());
    const TemplateStore::Result saved = store.save(makeTemplate(QStringLiteral("Good")));
    const QString brokenPath = folder() + QStringLiteral("/broken.deskwiz.json");
    const QByteArray brokenBytes = "{\"deskwiz_template\": 1, oops";
    QVERIFY(writeAll(brokenPath, brokenBytes));

    const TemplateStore::Result result = store.exportTo(saved.path, brokenPath);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(brokenPath)), qPrintable(result.error));
    QCOMPARE(readAll(brokenPath), brokenBytes);
    QCOMPARE(store.entries().size(), 2);

    // Elsewhere (and over an ordinary file) exporting still works.
    const QString elsewhere = m_dir->path() + QStringLiteral("/broken.deskwiz.json");
    QVERIFY(writeAll(elsewhere, brokenBytes));
    QVERIFY(store.exportTo(saved.path, elsewhere).ok);
    QVERIFY(Template::fromJson(readAll(elsewhere)).ok());
}

void TestTemplateStore::interruptedWriteKeepsTheOldFile()
{
    TemplateStore store(folder());
    const TemplateStore::Result saved = store.save(makeTemplate(QStringLiteral("Keep")));
    const QByteArray before = readAll(saved.path);
    QVERIFY(!before.isEmpty());

    InterruptedTemplateStore interrupted(folder());
    Template changed = makeTemplate(QStringLiteral("Keep"));
    changed.description = QStringLiteral("a new description that must not appear half-written");
    const TemplateStore::Result result =
        interrupted.save(changed, TemplateStore::SaveMode::Replace);
    QVERIFY(interrupted.bytesWrittenBeforeInterruption > 0); // the new bytes were on their way
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(saved.path));
    QCOMPARE(readAll(saved.path), before);
    QCOMPARE(namesOf(store.entries()), QStringList {QStringLiteral("Keep")});
    QCOMPARE(QDir(folder()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left

    const TemplateStore::Result renamed = interrupted.rename(saved.path, QStringLiteral("Other"));
    QVERIFY(!renamed.ok);
    QCOMPARE(readAll(saved.path), before);
}

void TestTemplateStore::secretIsNeverWritten()
{
    TemplateStore store(folder());
    Template value = makeTemplate(QStringLiteral("Secretive"));
    value.connection.unknown.insert(QStringLiteral("sk"), QStringLiteral("TOP-SECRET"));
    const TemplateStore::Result result = store.save(value);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("/connection/sk")));
    QVERIFY(!result.error.contains(QLatin1String("TOP-SECRET")));
    QVERIFY(store.entries().isEmpty());
}

void TestTemplateStore::changedIsEmitted()
{
    TemplateStore store(folder());
    QSignalSpy spy(&store, &TemplateStore::changed);
    const TemplateStore::Result a = store.save(makeTemplate(QStringLiteral("A")));
    QCOMPARE(spy.size(), 1);
    QVERIFY(store.rename(a.path, QStringLiteral("B")).ok);
    QCOMPARE(spy.size(), 2);
    QVERIFY(store.duplicate(a.path).ok);
    QCOMPARE(spy.size(), 3);
    QVERIFY(store.remove(a.path).ok);
    QCOMPARE(spy.size(), 4);
    QVERIFY(store.undoRemove().ok);
    QCOMPARE(spy.size(), 5);
    QVERIFY(!store.save(makeTemplate(QStringLiteral("B"))).ok);
    QCOMPARE(spy.size(), 5); // a refused change changes nothing
}

void TestTemplateStore::oversizedFileIsRefused()
{
    // A template file as large as the limit allows, plus one byte, is not read into memory.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge") + TemplateStore::fileSuffix());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(SmallFileReader::kMaxBytes + 1));
    file.close();
    QStringList paths {path};
    if (QFile::exists(QStringLiteral("/dev/zero")))
        paths.append(QStringLiteral("/dev/zero"));
    const QString limit = QStringLiteral("%1 MiB").arg(SmallFileReader::kMaxBytes / (1024 * 1024));
    for (const QString &each : std::as_const(paths)) {
        const Template::ReadResult read = TemplateStore(dir.path()).load(each);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorString().startsWith(each), qPrintable(read.errorString()));
        QVERIFY2(read.errorString().contains(limit), qPrintable(read.errorString()));
    }
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
