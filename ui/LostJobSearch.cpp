#include "ui/LostJobSearch.h"

#include "api/WorkspaceClient.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace {

constexpr int kRecentSubJobs = 100;
constexpr qint64 kClockSkewSeconds = 60;

/** A sub-job's begin_time ("2020-04-10 06:45:14", UTC); invalid when it says something else. */
QDateTime beginOf(const SubJob &subJob)
{
    QDateTime time =
        QDateTime::fromString(subJob.beginTime.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

} // namespace

LostJobSearch::LostJobSearch(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

bool LostJobSearch::start(const CreateDesktopRequest &request, const QDateTime &sentUtc)
{
    if (isRunning())
        return false;
    SubJobFilter filter;
    filter.jobType = QStringLiteral("createDesktops");
    Paging paging;
    paging.limit = kRecentSubJobs;
    m_call = m_client->listSubJobs(
        filter, paging, this, [this, request, sentUtc](const ApiResult<Page<SubJob>> &result) {
            m_call.clear();
            if (!result.ok()) {
                Q_EMIT finished({}, result.error);
                return;
            }
            Q_EMIT finished(matchingJobs(result.value.items, request, sentUtc), ApiError());
        });
    return true;
}

QStringList LostJobSearch::matchingJobs(const QList<SubJob> &subJobs,
                                        const CreateDesktopRequest &request,
                                        const QDateTime &sentUtc)
{
    QSet<QString> users;
    for (const Desktop &desktop : request.desktops.value_or(QList<Desktop>())) {
        if (desktop.userName)
            users.insert(*desktop.userName);
    }
    QHash<QString, int> desktopsOf; // job id → its matching sub-jobs
    QSet<QString> foreign; // jobs with a desktop of someone else
    QStringList order;
    for (const SubJob &subJob : subJobs) {
        const QDateTime began = beginOf(subJob);
        if (began.isValid() && sentUtc.isValid() && began < sentUtc.addSecs(-kClockSkewSeconds))
            continue;
        if (!users.isEmpty() && !users.contains(subJob.userName)) {
            foreign.insert(subJob.jobId);
            continue;
        }
        if (!desktopsOf.contains(subJob.jobId))
            order.append(subJob.jobId);
        ++desktopsOf[subJob.jobId];
    }
    QStringList jobs;
    for (const QString &job : std::as_const(order)) {
        if (!foreign.contains(job))
            jobs.append(job);
    }
    std::stable_sort(jobs.begin(), jobs.end(), [&desktopsOf](const QString &a, const QString &b) {
        return desktopsOf.value(a) > desktopsOf.value(b);
    });
    return jobs;
}
