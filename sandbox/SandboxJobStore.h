#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * The create-desktop jobs the sandbox has accepted. A job has one sub-job per desktop; their
 * states are computed from the time elapsed since the job began (no timers): WAITING, then
 * RUNNING with `process` rising, then SUCCESS — or FAILED with WKS.00010110 for a user whose
 * name starts with "fail". The whole job takes the configured duration.
 */
class SandboxJobStore
{
public:
    /** One desktop to create. */
    struct Order
    {
        QString userName; ///< empty for a pool desktop
        QString desktopName;
        QString productId;
        QJsonObject detail; ///< the desktops/detail entry it becomes, without id and status
    };

    /** Where a sub-job stands at a moment. */
    struct SubJobState
    {
        QString status; ///< WAITING, RUNNING, SUCCESS, FAILED
        int process = 0; ///< 0-100
        qint64 endMs = -1; ///< when it became final, relative to the job's start; -1 if not yet
    };

    void setDurationMs(int milliseconds);
    int durationMs() const { return m_durationMs; }

    /** A new job begun at `nowUtc`; its id. */
    QString create(const QList<Order> &orders, const QDateTime &nowUtc);
    bool contains(const QString &jobId) const;

    /** Every sub-job (of one job when `jobId` is not empty) in API.md §5 shape, as at `nowUtc`. */
    QList<QJsonObject> subJobs(const QString &jobId, const QDateTime &nowUtc) const;
    /** GET workspace-jobs/{job_id} as at `nowUtc`. */
    QJsonObject job(const QString &jobId, const QDateTime &nowUtc) const;
    /** The desktops/detail entries of the desktops created successfully by `nowUtc`. */
    QList<QJsonObject> createdDesktops(const QDateTime &nowUtc) const;

private:
    struct SubJob
    {
        QString id;
        QString desktopId;
        Order order;
        bool fails = false;
        qint64 runAtMs = 0; ///< WAITING → RUNNING
        qint64 doneAtMs = 0; ///< RUNNING → final
    };
    struct Job
    {
        QString id;
        QDateTime beganUtc;
        QList<SubJob> subJobs;
    };

    const Job *find(const QString &jobId) const;
    static SubJobState stateOf(const SubJob &subJob, qint64 elapsedMs);
    static QJsonObject subJobJson(const Job &job, const SubJob &subJob, qint64 elapsedMs);

    int m_durationMs = 6000;
    QList<Job> m_jobs;
};
