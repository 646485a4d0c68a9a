#include "sandbox/SandboxJobStore.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace {

const QString kWaiting = QStringLiteral("WAITING");
const QString kRunning = QStringLiteral("RUNNING");
const QString kSuccess = QStringLiteral("SUCCESS");
const QString kFailed = QStringLiteral("FAILED");
const QString kNoIpErrorCode = QStringLiteral("WKS.00010110");

QString jobTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString failReason()
{
    return QCoreApplication::translate(
        "SandboxJobStore",
        "The desktop got no IP address: check DHCP and the free addresses of the subnet "
        "(simulated failure for a user whose name starts with \"fail\").");
}

} // namespace

void SandboxJobStore::setDurationMs(int milliseconds)
{
    m_durationMs = std::max(0, milliseconds);
}

QString SandboxJobStore::create(const QList<Order> &orders, const QDateTime &nowUtc)
{
    Job job;
    job.id = newId();
    job.beganUtc = nowUtc;
    const qint64 duration = m_durationMs;
    const qsizetype count = orders.size();
    for (qsizetype i = 0; i < count; ++i) {
        SubJob subJob;
        subJob.id = newId();
        subJob.desktopId = newId();
        subJob.order = orders.at(i);
        subJob.fails = orders.at(i).userName.startsWith(QLatin1String("fail"), Qt::CaseInsensitive);
        // Staggered: each waits 10 % of the job, runs 60 %, and later desktops start later.
        const qint64 stagger = count > 1 ? duration * 3 * i / (10 * (count - 1)) : 0;
        subJob.runAtMs = duration / 10 + stagger;
        subJob.doneAtMs = duration * 7 / 10 + stagger;
        if (subJob.fails) // a failing desktop fails half-way through its run
            subJob.doneAtMs = (subJob.runAtMs + subJob.doneAtMs) / 2;
        job.subJobs.append(subJob);
    }
    m_jobs.append(job);
    return job.id;
}

bool SandboxJobStore::contains(const QString &jobId) const
{
    return find(jobId) != nullptr;
}

const SandboxJobStore::Job *SandboxJobStore::find(const QString &jobId) const
{
    for (const Job &job : m_jobs) {
        if (job.id == jobId)
            return &job;
    }
    return nullptr;
}

SandboxJobStore::SubJobState SandboxJobStore::stateOf(const SubJob &subJob, qint64 elapsedMs)
{
    SubJobState state;
    if (elapsedMs >= subJob.doneAtMs) {
        state.status = subJob.fails ? kFailed : kSuccess;
        state.process = subJob.fails ? 50 : 100;
        state.endMs = subJob.doneAtMs;
    } else if (elapsedMs >= subJob.runAtMs) {
        state.status = kRunning;
        const qint64 span = std::max<qint64>(1, subJob.doneAtMs - subJob.runAtMs);
        const int rising = int(100 * (elapsedMs - subJob.runAtMs) / span);
        state.process = std::clamp(subJob.fails ? rising / 2 : rising, 1, 99);
    } else {
        state.status = kWaiting;
    }
    return state;
}

QJsonObject SandboxJobStore::subJobJson(const Job &job, const SubJob &subJob, qint64 elapsedMs)
{
    const SubJobState state = stateOf(subJob, elapsedMs);
    const bool failed = state.status == kFailed;
    const QJsonObject entities {
        {QStringLiteral("desktop_id"), state.status == kSuccess ? subJob.desktopId : QString()},
        {QStringLiteral("user_name"), subJob.order.userName},
        {QStringLiteral("desktop_name"), subJob.order.desktopName},
        {QStringLiteral("product_id"), subJob.order.productId},
    };
    return QJsonObject {
        {QStringLiteral("id"), subJob.id},
        {QStringLiteral("job_id"), job.id},
        {QStringLiteral("job_type"), QStringLiteral("createDesktops")},
        {QStringLiteral("status"), state.status},
        {QStringLiteral("process"), state.process},
        {QStringLiteral("begin_time"), jobTime(job.beganUtc)},
        {QStringLiteral("end_time"),
         state.endMs >= 0 ? jobTime(job.beganUtc.addMSecs(state.endMs)) : QString()},
        {QStringLiteral("error_code"), failed ? kNoIpErrorCode : QString()},
        {QStringLiteral("fail_reason"), failed ? failReason() : QString()},
        {QStringLiteral("entities"), entities},
    };
}

QList<QJsonObject> SandboxJobStore::subJobs(const QString &jobId, const QDateTime &nowUtc) const
{
    QList<QJsonObject> result;
    for (const Job &job : m_jobs) {
        if (!jobId.isEmpty() && job.id != jobId)
            continue;
        const qint64 elapsed = job.beganUtc.msecsTo(nowUtc);
        for (const SubJob &subJob : job.subJobs)
            result.append(subJobJson(job, subJob, elapsed));
    }
    return result;
}

QJsonObject SandboxJobStore::job(const QString &jobId, const QDateTime &nowUtc) const
{
    const Job *job = find(jobId);
    if (!job)
        return {};
    const qint64 elapsed = job->beganUtc.msecsTo(nowUtc);
    QJsonArray subJobs;
    bool allWaiting = true;
    bool allFinal = true;
    qint64 lastEndMs = 0;
    QString errorCode;
    QString reason;
    for (const SubJob &subJob : job->subJobs) {
        const SubJobState state = stateOf(subJob, elapsed);
        subJobs.append(subJobJson(*job, subJob, elapsed));
        allWaiting = allWaiting && state.status == kWaiting;
        allFinal = allFinal && state.endMs >= 0;
        lastEndMs = std::max(lastEndMs, state.endMs);
        if (state.status == kFailed && errorCode.isEmpty()) {
            errorCode = kNoIpErrorCode;
            reason = failReason();
        }
    }
    QString status = allWaiting ? kWaiting : kRunning;
    if (allFinal)
        status = errorCode.isEmpty() ? kSuccess : kFailed;
    return QJsonObject {
        {QStringLiteral("id"), job->id},
        {QStringLiteral("job_type"), QStringLiteral("createDesktops")},
        {QStringLiteral("status"), status},
        {QStringLiteral("begin_time"), jobTime(job->beganUtc)},
        {QStringLiteral("end_time"),
         allFinal ? jobTime(job->beganUtc.addMSecs(lastEndMs)) : QString()},
        {QStringLiteral("job_error_code"), allFinal ? errorCode : QString()},
        {QStringLiteral("fail_reason"), allFinal ? reason : QString()},
        {QStringLiteral("sub_jobs_total"), int(job->subJobs.size())},
        {QStringLiteral("sub_jobs"), subJobs},
    };
}

QList<QJsonObject> SandboxJobStore::createdDesktops(const QDateTime &nowUtc) const
{
    QList<QJsonObject> result;
    for (const Job &job : m_jobs) {
        const qint64 elapsed = job.beganUtc.msecsTo(nowUtc);
        for (const SubJob &subJob : job.subJobs) {
            if (stateOf(subJob, elapsed).status != kSuccess)
                continue;
            QJsonObject desktop = subJob.order.detail;
            desktop.insert(QStringLiteral("desktop_id"), subJob.desktopId);
            desktop.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
            desktop.insert(QStringLiteral("created"),
                           job.beganUtc.addMSecs(subJob.doneAtMs)
                               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
            result.append(desktop);
        }
    }
    return result;
}
