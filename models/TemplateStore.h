#pragma once

#include "models/Template.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;
class QSaveFile;

/** One file in the template folder, as TemplateStore::entries() lists it. */
struct TemplateEntry
{
    enum class State { Ok, Broken };

    QString path; ///< absolute path of the file
    QString name; ///< the template's name; for a broken file, the file name
    QString description;
    State state = State::Ok;
    QString error; ///< why a broken file cannot be opened: "path:line:column: message"
    QString warnings; ///< for an ok file, e.g. a secret that was ignored (one per line)

    bool isBroken() const { return state == State::Broken; }
};

/**
 * The saved templates: one `*.deskwiz.json` file each in a folder (by default
 * QStandardPaths::AppDataLocation + "/templates"), every write atomic (QSaveFile).
 *
 * A file that is not valid JSON, comes from a newer deskwiz or is not a template is listed as
 * broken with its error, and is never overwritten: saving a template whose name matches it picks
 * another file name, and exporting onto it is refused. Deleting moves the file to a trash folder
 * of this store's own that undoRemove() restores from during the session; the trash is emptied
 * when the store is destroyed, and the trash a crashed run left behind by the next store.
 *
 * Every change emits changed(), so a view can refresh.
 */
class TemplateStore : public QObject
{
    Q_OBJECT
public:
    /** The outcome of a change: ok, or an error a person can act on; `path` is the file concerned.
     */
    struct Result
    {
        bool ok = false;
        QString path;
        QString error;
        /** Done, with a remark: e.g. the secrets an imported file held, left out (one a line). */
        QStringList warnings;
    };

    /** How save() treats an existing template of the same name. */
    enum class SaveMode { FailIfExists, Replace };

    /** A store over the default folder. */
    explicit TemplateStore(QObject *parent = nullptr);
    /** A store over `folder` (created on first write), e.g. a temporary folder in tests. */
    explicit TemplateStore(const QString &folder, QObject *parent = nullptr);
    ~TemplateStore() override;

    /** QStandardPaths::AppDataLocation + "/templates". */
    static QString defaultFolder();
    /** The file name suffix of templates: ".deskwiz.json". */
    static QString fileSuffix();

    QString folder() const { return m_folder; }

    /** Every template file in the folder, ok and broken, sorted by name (read again each call). */
    QList<TemplateEntry> entries() const;
    /** The ok entry called `name` (case-insensitive), if any. */
    std::optional<TemplateEntry> findByName(const QString &name) const;

    /**
     * Reads the template at `path` (any file, not only in the folder); a file larger than
     * SmallFileReader::kMaxBytes is an error.
     */
    Template::ReadResult load(const QString &path) const;

    /**
     * Writes `value` into the folder. With FailIfExists an ok template of the same name is an
     * error; with Replace its file is replaced atomically. A new file gets a free name derived
     * from the template's name; broken files are never written over.
     */
    Result save(const Template &value, SaveMode mode = SaveMode::FailIfExists);
    /** Gives the template at `path` a new name (which no other template may have). */
    Result rename(const QString &path, const QString &newName);
    /** Saves a copy of the template at `path` as "NAME (copy)" (then "NAME (copy 2)", ...). */
    Result duplicate(const QString &path);
    /** Moves the file at `path` (ok or broken) to the trash; undoRemove() brings it back. */
    Result remove(const QString &path);
    /** True while there is a removal to undo. */
    bool canUndoRemove() const { return !m_trash.isEmpty(); }
    /** The name of the entry the next undoRemove() restores. */
    QString lastRemovedName() const;
    /** Restores the most recently removed file to its old path (or a free one). */
    Result undoRemove();
    /**
     * Copies a template from any file into the folder after validating it. A name that is taken
     * gets " (2)", " (3)", ... added. A broken file is refused with its error. Secret-looking
     * members are left out, each named in the result's warnings ("path:line:column /pointer: ...").
     */
    Result importFrom(const QString &sourcePath);
    /**
     * Writes the template at `path` to `destinationPath` (atomically), as it is saved. A broken
     * file in the template folder is never written over: that is refused with a message.
     */
    Result exportTo(const QString &path, const QString &destinationPath);

Q_SIGNALS:
    /** The folder's contents changed through this store. */
    void changed();

protected:
    /** Commits an atomic write; the one place a write becomes visible (a seam for tests). */
    virtual bool commitFile(QSaveFile &file);

private:
    struct TrashedFile
    {
        QString originalPath;
        QString trashPath;
        QString name;
    };

    Result writeFile(const QString &path, const QByteArray &bytes);
    Result writeTemplate(const QString &path, const Template &value);
    /** The entry entries() lists for the file at `path`, if it lists one. */
    std::optional<TemplateEntry> entryAt(const QString &path) const;
    QString freePathFor(const QString &name) const;
    QString freeName(const QString &wanted) const;
    /** The folder every store's trash is in: ".trash" in the template folder. */
    QString trashRoot() const;
    /** This store's own trash folder, created (and locked) on first use; empty on failure. */
    QString ownTrash();
    void emptyOwnTrash();
    void emptyAbandonedTrash();
    bool ensureFolder(QString *error) const;

    QString m_folder;
    QList<TrashedFile> m_trash;
    std::unique_ptr<QLockFile> m_trashLock; ///< held while this store's trash folder exists
    QString m_trashName; ///< the name of this store's trash folder in trashRoot()
};
