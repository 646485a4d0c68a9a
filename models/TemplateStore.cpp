#include "models/TemplateStore.h"

#include "models/Logging.h"
#include "models/SmallFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

/** "Windows 11 – Finance" → "windows-11-finance"; "" when nothing ASCII is left. */
QString fileStemFor(const QString &name)
{
    QString stem;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            stem += c;
        } else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-'))) {
            stem += QLatin1Char('-');
        }
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.left(60);
}

TemplateStore::Result failure(const QString &path, const QString &error)
{
    TemplateStore::Result result;
    result.path = path;
    result.error = error;
    return result;
}

TemplateStore::Result success(const QString &path)
{
    TemplateStore::Result result;
    result.ok = true;
    result.path = path;
    return result;
}

} // namespace

TemplateStore::TemplateStore(QObject *parent)
    : TemplateStore(defaultFolder(), parent)
{
}

TemplateStore::TemplateStore(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
{
    emptyAbandonedTrash();
}

TemplateStore::~TemplateStore()
{
    emptyOwnTrash();
}

QString TemplateStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/templates");
}

QString TemplateStore::fileSuffix()
{
    return QStringLiteral(".deskwiz.json");
}

QList<TemplateEntry> TemplateStore::entries() const
{
    QList<TemplateEntry> list;
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        {QLatin1Char('*') + fileSuffix()}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : files) {
        TemplateEntry entry;
        entry.path = info.absoluteFilePath();
        const Template::ReadResult read = load(entry.path);
        if (read.ok()) {
            entry.name = read.value->name;
            entry.description = read.value->description;
            QStringList warnings;
            for (const Template::Problem &warning : read.warnings)
                warnings.append(warning.toString());
            entry.warnings = warnings.join(QLatin1Char('\n'));
        } else {
            entry.state = TemplateEntry::State::Broken;
            entry.name = info.fileName();
            entry.error = read.errorString();
        }
        list.append(entry);
    }
    std::stable_sort(list.begin(), list.end(), [](const TemplateEntry &a, const TemplateEntry &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

std::optional<TemplateEntry> TemplateStore::findByName(const QString &name) const
{
    const QList<TemplateEntry> all = entries();
    for (const TemplateEntry &entry : all) {
        if (!entry.isBroken() && entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

Template::ReadResult TemplateStore::load(const QString &path) const
{
    const SmallFileReader::Result read = SmallFileReader::read(path);
    if (!read.ok()) {
        Template::ReadResult result;
        Template::Problem problem;
        problem.path = path;
        problem.message = tr("The file cannot be read (%1).").arg(read.error);
        result.errors.append(problem);
        return result;
    }
    return Template::fromJson(read.bytes, path);
}

TemplateStore::Result TemplateStore::save(const Template &value, SaveMode mode)
{
    const std::optional<TemplateEntry> existing = findByName(value.name);
    if (existing && mode == SaveMode::FailIfExists) {
        return failure(existing->path,
                       tr("A template called \"%1\" already exists; choose another name or "
                          "replace it.")
                           .arg(existing->name));
    }
    const QString path = existing ? existing->path : freePathFor(value.name);
    return writeTemplate(path, value);
}

TemplateStore::Result TemplateStore::rename(const QString &path, const QString &newName)
{
    const Template::ReadResult read = load(path);
    if (!read.ok())
        return failure(path, tr("This template cannot be renamed: %1").arg(read.errorString()));
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        return failure(path, tr("A template needs a name; type one."));
    const std::optional<TemplateEntry> clash = findByName(trimmed);
    if (clash && QFileInfo(clash->path) != QFileInfo(path)) {
        return failure(
            path,
            tr("A template called \"%1\" already exists; choose another name.").arg(clash->name));
    }
    Template renamed = *read.value;
    renamed.name = trimmed;
    return writeTemplate(path, renamed);
}

TemplateStore::Result TemplateStore::duplicate(const QString &path)
{
    const Template::ReadResult read = load(path);
    if (!read.ok())
        return failure(path, tr("This template cannot be duplicated: %1").arg(read.errorString()));
    Template copy = *read.value;
    copy.name = tr("%1 (copy)").arg(read.value->name);
    for (int n = 2; findByName(copy.name); ++n)
        copy.name = tr("%1 (copy %2)").arg(read.value->name).arg(n);
    return writeTemplate(freePathFor(copy.name), copy);
}

TemplateStore::Result TemplateStore::remove(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return failure(path, tr("There is no template file at %1.").arg(path));
    const std::optional<TemplateEntry> entry = entryAt(path);
    const QString trash = ownTrash();
    if (trash.isEmpty())
        return failure(
            path,
            tr("The trash folder %1 cannot be created; nothing was deleted.").arg(trashRoot()));
    TrashedFile trashed;
    trashed.originalPath = info.absoluteFilePath();
    trashed.trashPath = trash + QLatin1Char('/')
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + fileSuffix();
    trashed.name = entry ? entry->name : info.fileName();
    if (!QFile::rename(trashed.originalPath, trashed.trashPath))
        return failure(path, tr("%1 cannot be moved to the trash; nothing was deleted.").arg(path));
    m_trash.append(trashed);
    qCDebug(lcModels) << "moved template" << trashed.originalPath << "to" << trashed.trashPath;
    Q_EMIT changed();
    return success(trashed.originalPath);
}

QString TemplateStore::lastRemovedName() const
{
    return m_trash.isEmpty() ? QString() : m_trash.constLast().name;
}

TemplateStore::Result TemplateStore::undoRemove()
{
    if (m_trash.isEmpty())
        return failure(QString(), tr("There is nothing to undo."));
    const TrashedFile trashed = m_trash.constLast();
    QString target = trashed.originalPath;
    if (QFileInfo::exists(target)) {
        const QString stem = QFileInfo(target).fileName().chopped(fileSuffix().size());
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = m_folder + QLatin1Char('/') + stem + QLatin1Char('-') + QString::number(n)
                + fileSuffix();
    }
    if (!QFile::rename(trashed.trashPath, target))
        return failure(target,
                       tr("%1 cannot be restored from the trash folder %2.")
                           .arg(trashed.name, QFileInfo(trashed.trashPath).absolutePath()));
    m_trash.removeLast();
    Q_EMIT changed();
    return success(target);
}

TemplateStore::Result TemplateStore::importFrom(const QString &sourcePath)
{
    const Template::ReadResult read = load(sourcePath);
    if (!read.ok())
        return failure(sourcePath, tr("This file cannot be imported: %1").arg(read.errorString()));
    Template imported = *read.value;
    imported.name = freeName(imported.name);
    Result result = writeTemplate(freePathFor(imported.name), imported);
    if (result.ok) {
        for (const Template::Problem &warning : read.warnings)
            result.warnings.append(warning.toString());
    }
    return result;
}

TemplateStore::Result TemplateStore::exportTo(const QString &path, const QString &destinationPath)
{
    const Template::ReadResult read = load(path);
    if (!read.ok())
        return failure(path, tr("This template cannot be exported: %1").arg(read.errorString()));
    if (const std::optional<TemplateEntry> target = entryAt(destinationPath);
        target && target->isBroken()) {
        return failure(destinationPath,
                       tr("%1 is a template file that cannot be read, and deskwiz never writes "
                          "over such a file so that nothing in it is lost; choose another file "
                          "name, or mend or delete that file first.")
                           .arg(QDir::toNativeSeparators(destinationPath)));
    }
    const Template::WriteResult written = read.value->toJson();
    if (!written.ok())
        return failure(path, written.errorString());
    const Result result = writeFile(destinationPath, written.bytes);
    if (result.ok && QFileInfo(destinationPath).absolutePath() == m_folder)
        Q_EMIT changed();
    return result;
}

bool TemplateStore::commitFile(QSaveFile &file)
{
    return file.commit();
}

TemplateStore::Result TemplateStore::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(
            path,
            tr("%1 cannot be written (%2); nothing was changed.").arg(path, file.errorString()));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return failure(path,
                       tr("%1 cannot be written (%2); nothing was changed.").arg(path, error));
    }
    if (!commitFile(file)) {
        return failure(
            path,
            tr("%1 cannot be written (%2); nothing was changed.").arg(path, file.errorString()));
    }
    return success(path);
}

TemplateStore::Result TemplateStore::writeTemplate(const QString &path, const Template &value)
{
    const Template::WriteResult written = value.toJson();
    if (!written.ok())
        return failure(path, written.errorString());
    QString error;
    if (!ensureFolder(&error))
        return failure(path, error);
    const Result result = writeFile(path, written.bytes);
    if (result.ok) {
        qCDebug(lcModels) << "saved template" << value.name << "to" << path;
        Q_EMIT changed();
    }
    return result;
}

std::optional<TemplateEntry> TemplateStore::entryAt(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    const QList<TemplateEntry> all = entries();
    for (const TemplateEntry &candidate : all) {
        if (QFileInfo(candidate.path) == info)
            return candidate;
    }
    return std::nullopt;
}

QString TemplateStore::freePathFor(const QString &name) const
{
    QString stem = fileStemFor(name);
    if (stem.isEmpty())
        stem = QStringLiteral("template");
    QString path = m_folder + QLatin1Char('/') + stem + fileSuffix();
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = m_folder + QLatin1Char('/') + stem + QLatin1Char('-') + QString::number(n)
            + fileSuffix();
    return path;
}

QString TemplateStore::freeName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; findByName(name); ++n)
        name = tr("%1 (%2)").arg(wanted).arg(n);
    return name;
}

// The trash and two deskwiz running at once. Each store deletes into a folder of its own,
// ".trash/RUN" (RUN a fresh UUID), and holds the lock file ".trash/RUN.lock" (QLockFile) for as
// long as that folder exists; its destructor empties the folder and lets the lock go. A run that
// crashed leaves its folder with a lock whose process is gone: QLockFile sees that and lets the
// next store take the lock, which empties the folder. The trash of a store that is still alive,
// in this process or another, stays locked and untouched, so its undo keeps working. (Files
// directly in ".trash" come from deskwiz versions that trashed without a lock, and go too.)

QString TemplateStore::trashRoot() const
{
    return m_folder + QLatin1String("/.trash");
}

QString TemplateStore::ownTrash()
{
    if (!m_trashLock) {
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!QDir().mkpath(trashRoot()))
            return QString();
        auto lock = std::make_unique<QLockFile>(trashRoot() + QLatin1Char('/') + name
                                                + QLatin1String(".lock"));
        lock->setStaleLockTime(0); // stale only when its process is gone, however old
        if (!lock->tryLock(0))
            return QString();
        m_trashLock = std::move(lock);
        m_trashName = name;
    }
    const QString folder = trashRoot() + QLatin1Char('/') + m_trashName;
    return QDir().mkpath(folder) ? folder : QString();
}

void TemplateStore::emptyOwnTrash()
{
    if (!m_trashLock)
        return;
    QDir(trashRoot() + QLatin1Char('/') + m_trashName).removeRecursively();
    m_trashLock.reset(); // unlocks and removes the lock file
    QDir().rmdir(trashRoot()); // only when no other store's trash is in it
}

void TemplateStore::emptyAbandonedTrash()
{
    QDir root(trashRoot());
    if (!root.exists())
        return;
    const QStringList loose =
        root.entryList({QLatin1Char('*') + fileSuffix()}, QDir::Files | QDir::Hidden);
    for (const QString &file : loose)
        root.remove(file);
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : folders) {
        QLockFile lock(root.filePath(name + QLatin1String(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a store that is alive owns it
        QDir(root.filePath(name)).removeRecursively();
        qCDebug(lcModels) << "emptied the trash a crashed run left in" << root.filePath(name);
    } // the lock file goes with the lock
    root.rmdir(root.path());
}

bool TemplateStore::ensureFolder(QString *error) const
{
    if (QDir().mkpath(m_folder))
        return true;
    *error = tr("The template folder %1 cannot be created; nothing was saved.").arg(m_folder);
    return false;
}
