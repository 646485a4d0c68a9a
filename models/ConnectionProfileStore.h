#pragma once

#include "models/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

/**
 * The named connection profiles, in QSettings (group "connection_profiles"). Only what
 * ConnectionSettings holds is stored (no secret, ever: the secret of a profile is in the keychain,
 * see api/SecretStore). Emits changed() after every save or removal.
 */
class ConnectionProfileStore : public QObject
{
    Q_OBJECT
public:
    /** A store over the application's default QSettings. */
    explicit ConnectionProfileStore(QObject *parent = nullptr);
    /** A store over the INI file at `settingsFile`, e.g. a temporary file in tests. */
    explicit ConnectionProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ConnectionProfileStore() override;

    /** Every profile, sorted by name. */
    QList<ConnectionProfile> profiles() const;
    /** The names of every profile, sorted. */
    QStringList names() const;
    /** The profile called `name` (exact match), if any. */
    std::optional<ConnectionProfile> profile(const QString &name) const;

    /**
     * Adds `profile`, or replaces the profile of the same name. Returns false (with `error` set,
     * if given) when the name is empty or the settings cannot be written.
     */
    bool save(const ConnectionProfile &profile, QString *error = nullptr);
    /** Removes the profile called `name`; false when there is none. */
    bool remove(const QString &name);

Q_SIGNALS:
    void changed();

private:
    void writeAll(const QList<ConnectionProfile> &profiles);

    std::unique_ptr<QSettings> m_settings;
};
