#include "api/JobWatcher.h"

#include "api/ApiCall.h"
#include "api/Logging.h"
#include "api/WorkspaceClient.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace {

bool sameState(const SubJob &left, const SubJob &right)
{
    return left.statusText == right.statusText && left.process == right.process
        && left.desktopId == right.desktopId && left.errorCode == right.errorCode
        && left.failReason == right.failReason;
}

} // namespace

JobWatcher::JobWatcher(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse one may end a Retry-After 5 % early
    connect(&m_timer, &QTimer::timeout, this, &JobWatcher::poll);
}

JobWatcher::~JobWatcher()
{
    stop();
}

void JobWatcher::setTiming(const Timing &timing)
{
    m_timing = timing;
}

void JobWatcher::watch(const QStringList &jobIds)
{
    for (const QString &jobId : jobIds) {
        if (!jobId.isEmpty() && !m_jobIds.contains(jobId)) {
            m_jobIds.append(jobId);
            m_turns.append(jobId);
        }
    }
    if (m_jobIds.isEmpty() || m_watching)
        return;
    m_watching = true;
    m_jobsNotFound.clear();
    m_sinceStart.start();
    m_intervalMs = m_timing.initialIntervalMs;
    m_consecutiveFailures = 0;
    m_timer.start(m_intervalMs);
}

void JobWatcher::stop()
{
    m_watching = false;
    m_timer.stop();
    if (m_call)
        m_call->cancel();
}

QList<SubJob> JobWatcher::desktops() const
{
    QList<SubJob> all;
    for (const QString &jobId : m_jobIds)
        all += m_subJobs.value(jobId);
    return all;
}

/**
 * Starts the wait for the next poll: the interval, doubled and jittered, or the service's
 * Retry-After when that is longer; never past the time bound, where the next tick gives up.
 */
void JobWatcher::scheduleNext(int retryAfterMs)
{
    m_intervalMs = qMin(m_timing.maxIntervalMs, qMax(1, m_intervalMs * 2));
    const double spread = m_intervalMs * qBound(0.0, m_timing.jitter, 1.0);
    const qint64 delay = qMax(
        qint64(retryAfterMs),
        qint64(m_intervalMs - spread + QRandomGenerator::global()->generateDouble() * 2 * spread));
    const qint64 timeLeft = m_timing.maxDurationMs - m_sinceStart.elapsed();
    m_timer.start(int(qBound(qint64(1), delay, qMax(qint64(1), timeLeft))));
}

void JobWatcher::poll()
{
    if (!m_watching)
        return;
    ++m_polls;
    m_jobsLeftThisTick = int(qMin<qsizetype>(qMax(1, m_timing.maxJobsPerTick), m_turns.size()));
    pollNextJob();
}

/** Polls the job whose turn it is, or ends the tick when this tick's jobs are done. */
void JobWatcher::pollNextJob()
{
    if (m_jobsLeftThisTick <= 0 || m_turns.isEmpty()) {
        m_consecutiveFailures = 0;
        if (giveUpOnJobsNotFound())
            return;
        finishTick();
        return;
    }
    --m_jobsLeftThisTick;
    requestPage(m_turns.first(), 0, 0);
}

void JobWatcher::requestPage(const QString &jobId, int offset, int pageIndex)
{
    SubJobFilter filter;
    filter.jobId = jobId;
    Paging paging;
    paging.offset = offset;
    paging.limit = m_timing.pageSize;
    m_call = m_client->listSubJobs(
        filter, paging, this,
        [this, jobId, offset, pageIndex](const ApiResult<Page<SubJob>> &result) {
            if (!m_watching)
                return;
            if (!result.ok())
                onPollFailed(result.error);
            else
                onPage(jobId, result.value, offset, pageIndex);
        });
}

void JobWatcher::onPage(const QString &jobId, const Page<SubJob> &page, int offset, int pageIndex)
{
    for (const SubJob &subJob : page.items)
        merge(jobId, subJob);
    const int received = offset + int(page.items.size());
    if (!page.items.isEmpty() && received < page.totalCount
        && pageIndex + 1 < m_timing.maxPagesPerJob) {
        requestPage(jobId, received, pageIndex + 1);
        return;
    }
    // This job's turn is over: it waits at the back, or leaves once every desktop is final.
    m_turns.removeOne(jobId);
    if (!jobDone(jobId))
        m_turns.append(jobId);
    if (m_subJobs.value(jobId).isEmpty())
        ++m_pollsWithoutSubJobs[jobId];
    pollNextJob();
}

/** Takes in one sub-job of the list of `polledJobId`, reporting what changed. */
void JobWatcher::merge(const QString &polledJobId, const SubJob &subJob)
{
    const QString jobId = subJob.jobId.isEmpty() ? polledJobId : subJob.jobId;
    if (!m_jobIds.contains(jobId))
        return;
    SubJob update = subJob;
    update.jobId = jobId;
    QList<SubJob> &known = m_subJobs[jobId];
    auto existing = std::find_if(known.begin(), known.end(),
                                 [&update](const SubJob &other) { return other.id == update.id; });
    if (existing == known.end()) {
        known.append(update);
        Q_EMIT desktopChanged(update);
    } else if (!sameState(*existing, update)) {
        *existing = update;
        Q_EMIT desktopChanged(update);
    }
}

bool JobWatcher::Timing::isNotFound(int emptyPolls, qint64 watchedMs) const
{
    return pollsBeforeNotFound > 0 && emptyPolls >= pollsBeforeNotFound
        && watchedMs >= notFoundAfterMs;
}

bool JobWatcher::giveUpOnJobsNotFound()
{
    const qint64 watchedMs = m_sinceStart.elapsed();
    QStringList notFound;
    for (const QString &jobId : std::as_const(m_jobIds)) {
        if (m_subJobs.value(jobId).isEmpty()
            && m_timing.isNotFound(m_pollsWithoutSubJobs.value(jobId), watchedMs))
            notFound.append(jobId);
    }
    if (notFound.isEmpty())
        return false;
    m_jobsNotFound = notFound;
    const QString jobs = notFound.join(QLatin1String(", "));
    // A local: lupdate 6.4 never finishes a file with int(a / b) among translate()'s arguments.
    const int seconds = int(watchedMs / 1000);
    giveUp(ApiError::gaveUpWaiting(
        QCoreApplication::translate("JobWatcher",
                                    "Gave up waiting: the service listed no desktop of job %1 "
                                    "in %n second(s). Check the job id and the project.",
                                    nullptr, seconds)
            .arg(jobs)));
    return true;
}

void JobWatcher::onPollFailed(const ApiError &error)
{
    ++m_failedPolls;
    ++m_consecutiveFailures;
    m_lastError = error;
    Q_EMIT pollFailed(error, m_consecutiveFailures);
    if (!m_watching)
        return;
    const bool survivable = error.isTransient() || error.kind() == ApiError::Kind::InvalidAnswer;
    if (!survivable || m_consecutiveFailures >= m_timing.maxConsecutiveFailures) {
        giveUp(error);
        return;
    }
    finishTick(error.retryAfterMs());
}

void JobWatcher::finishTick(int retryAfterMs)
{
    bool allDone = true;
    bool anyFailed = false;
    for (const QString &jobId : std::as_const(m_jobIds)) {
        allDone = allDone && jobDone(jobId);
        for (const SubJob &subJob : m_subJobs.value(jobId))
            anyFailed = anyFailed || subJob.status == SubJob::Status::Failed;
    }
    if (allDone) {
        m_watching = false;
        Q_EMIT finished(anyFailed ? Outcome::SomeFailed : Outcome::AllSucceeded, ApiError());
        return;
    }
    if (m_sinceStart.elapsed() > m_timing.maxDurationMs) {
        // A local: lupdate 6.4 never finishes a file with int(a / b) among translate()'s arguments.
        const int minutes = int(m_timing.maxDurationMs / 60000);
        giveUp(ApiError::gaveUpWaiting(
            QCoreApplication::translate("JobWatcher",
                                        "Gave up waiting: the jobs were still running after %n "
                                        "minute(s). Check them later with `deskwiz jobs`.",
                                        nullptr, minutes)));
        return;
    }
    scheduleNext(retryAfterMs);
}

bool JobWatcher::jobDone(const QString &jobId) const
{
    const QList<SubJob> subJobs = m_subJobs.value(jobId);
    if (subJobs.isEmpty())
        return false;
    return std::all_of(subJobs.begin(), subJobs.end(),
                       [](const SubJob &subJob) { return subJob.isFinal(); });
}

void JobWatcher::giveUp(const ApiError &error)
{
    qCInfo(lcApi).noquote() << "stopped watching jobs:" << error.summary();
    m_watching = false;
    m_timer.stop();
    m_lastError = error;
    Q_EMIT finished(Outcome::GaveUp, error);
}
