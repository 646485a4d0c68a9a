#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ApiCall;
class WorkspaceClient;

/**
 * Follows create jobs until every desktop's sub-job is SUCCESS or FAILED (API.md §5): polls fast
 * at first and backs off, with one sub-job list per tick for all the jobs it watches (filtered by
 * job id for one job, by job type for several). A throttled, failing or malformed poll is counted
 * and polling goes on, within a bound; then it gives up with the last error.
 */
class JobWatcher : public QObject
{
    Q_OBJECT
public:
    /** The polling clock. */
    struct Timing
    {
        int initialIntervalMs = 2000; ///< the first poll comes this long after watch()
        int maxIntervalMs = 15000; ///< the interval doubles up to this
        double jitter = 0.2; ///< each interval varies by up to this fraction
        int maxConsecutiveFailures = 8; ///< failed polls in a row before giving up
        qint64 maxDurationMs = 45 * 60 * 1000; ///< give up when jobs are still running after this
        int pageSize = 100; ///< sub-jobs per page
        int maxPagesPerTick = 20; ///< a bound on one tick's paging
        /**
         * Answered polls in a row that list no desktop of a job before it counts as not found
         * and watching gives up (about 45 s at the default clock); 0: never.
         */
        int pollsBeforeNotFound = 5;
    };

    /** How watching ended. */
    enum class Outcome {
        AllSucceeded, ///< every desktop is SUCCESS
        SomeFailed, ///< every desktop is final and at least one FAILED
        GaveUp, ///< too many failed polls, a fatal error, the time bound, or a job not found
                ///< (see lastError() and jobsNotFound())
    };
    Q_ENUM(Outcome)

    explicit JobWatcher(WorkspaceClient *client, QObject *parent = nullptr);
    ~JobWatcher() override;

    void setTiming(const Timing &timing);
    const Timing &timing() const { return m_timing; }

    /** Starts (or extends) watching these jobs. */
    void watch(const QStringList &jobIds);
    /** Stops polling without emitting finished(). */
    void stop();
    bool isWatching() const { return m_watching; }

    /** The latest state of each desktop seen so far, by job then in the server's order. */
    QList<SubJob> desktops() const;
    /** Polls that failed (throttled, server errors, malformed answers, network errors). */
    int failedPollCount() const { return m_failedPolls; }
    /** Polls sent, successful or not. */
    int pollCount() const { return m_polls; }
    /** The error that made it give up, or the last failed poll's. */
    ApiError lastError() const { return m_lastError; }
    /** The jobs it gave up on because no poll listed a desktop of theirs (see Timing). */
    QStringList jobsNotFound() const { return m_jobsNotFound; }

Q_SIGNALS:
    /** A desktop appeared or its status, progress or failure changed. */
    void desktopChanged(const SubJob &subJob);
    /** A poll failed; polling goes on unless finished() follows. */
    void pollFailed(const ApiError &error, int consecutiveFailures);
    /** Every watched desktop is final, or watching gave up (`error` says why). */
    void finished(JobWatcher::Outcome outcome, const ApiError &error);

private:
    void scheduleNext(bool afterFailure);
    void poll();
    void requestPage(int offset, int page);
    void onPage(const Page<SubJob> &page, int offset, int pageIndex);
    void onPollFailed(const ApiError &error);
    void finishTick();
    bool jobDone(const QString &jobId) const;
    bool giveUpOnJobsNotFound();
    void giveUp(const ApiError &error);

    WorkspaceClient *m_client;
    Timing m_timing;
    QStringList m_jobIds;
    QHash<QString, QList<SubJob>> m_subJobs; ///< by job id, in the server's order
    QHash<QString, int> m_pollsWithoutSubJobs; ///< by job id: answered polls that listed none
    QStringList m_jobsNotFound;
    QTimer m_timer;
    QElapsedTimer m_sinceStart;
    QPointer<ApiCall> m_call;
    int m_intervalMs = 0;
    int m_polls = 0;
    int m_failedPolls = 0;
    int m_consecutiveFailures = 0;
    ApiError m_lastError;
    bool m_watching = false;
};
