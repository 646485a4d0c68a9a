#pragma once

#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

/**
 * Where the operator last went on from the connection page, in QSettings (group
 * "recent_connection"): a catalogue region id, or "custom" and the endpoint URL. Never a secret,
 * a project ID or a user name. No record means a first run.
 */
class RecentConnection
{
public:
    /** The region id recorded for a custom endpoint. */
    static QString customRegion();

    /** What was recorded. */
    struct Record
    {
        QString region; ///< a catalogue region id, or customRegion()
        QUrl endpoint; ///< the Workspace endpoint of a custom connection
    };

    /** Over the application's default QSettings. */
    RecentConnection();
    /** Over the INI file at `settingsFile`, e.g. a temporary file in tests. */
    explicit RecentConnection(const QString &settingsFile);
    ~RecentConnection();

    /** The record, or nothing on a first run. */
    std::optional<Record> load() const;
    /**
     * Records a catalogue region (`regionId`) or, when it is empty, a custom `endpoint` (without
     * any user name or password in the URL).
     */
    void record(const QString &regionId, const QUrl &endpoint);

private:
    std::unique_ptr<QSettings> m_settings;
};
