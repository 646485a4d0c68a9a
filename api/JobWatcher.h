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
 * at first and backs off. A throttled, failing or malformed poll is counted and polling goes on,
 * within a bound; then it gives up with the last error.
 *
 * Each job is polled with a sub-job list filtered by its own job id. A list filtered by job type
 * would hold every create job the project ever ran, in an order the API does not state: in a busy
 * project a new job's desktops can lie past any bound on paging, and it would seem not to exist.
 * A job's own list holds exactly its desktops (at most 100, one page), whatever else the project
 * holds. So that a tick stays bounded when many jobs are watched, a tick polls at most
 * Timing::maxJobsPerTick jobs, taking the unfinished ones in turn; a finished job is not polled
 * again.
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
        /** Give up when jobs are still running after this; no wait, not even a Retry-After,
         * goes past it. */
        qint64 maxDurationMs = 45 * 60 * 1000;
        int pageSize = 100; ///< sub-jobs per page (a job has at most 100 desktops)
        int maxPagesPerJob = 5; ///< a bound on the paging of one job's list in one tick
        int maxJobsPerTick = 10; ///< jobs polled in one tick; more wait for the next ticks
        /**
         * Answered polls of a job that list none of its desktops before it may count as not
         * found; 0: a job never counts as not found.
         */
        int pollsBeforeNotFound = 5;
        /**
         * How long a job is watched before it may count as not found, however short the polling
         * interval: a new job's desktops can take a while to be listed (Terraform waits 10 s).
         */
        qint64 notFoundAfterMs = 30 * 1000;

        /**
         * The one rule: a job counts as not found, and watching gives up, when `emptyPolls`
         * answered polls listed none of its desktops and it was watched for `watchedMs`, at
         * least pollsBeforeNotFound polls and notFoundAfterMs each (about 45 s at the default
         * clock).
         */
        bool isNotFound(int emptyPolls, qint64 watchedMs) const;
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
    /**
     * Polls that failed (throttled, server errors, malformed answers, network errors); a failed
     * request ends its poll.
     */
    int failedPollCount() const { return m_failedPolls; }
    /** Polls (ticks) begun, successful or not; each sends one list request a job or more. */
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
    void scheduleNext(int retryAfterMs);
    void poll();
    void pollNextJob();
    void requestPage(const QString &jobId, int offset, int pageIndex);
    void onPage(const QString &jobId, const Page<SubJob> &page, int offset, int pageIndex);
    void merge(const QString &jobId, const SubJob &subJob);
    void onPollFailed(const ApiError &error);
    /** Ends a tick: finished, given up at the time bound, or the next poll scheduled. */
    void finishTick(int retryAfterMs = -1);
    bool jobDone(const QString &jobId) const;
    bool giveUpOnJobsNotFound();
    void giveUp(const ApiError &error);

    WorkspaceClient *m_client;
    Timing m_timing;
    QStringList m_jobIds;
    QStringList m_turns; ///< the unfinished jobs, the next to poll first
    int m_jobsLeftThisTick = 0;
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
