#include "app/SubmitSession.h"

#include "app/CommandLine.h"
#include "app/Commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace {

/** The texts of submit and jobs, in the translation context "SubmitCommand". */
struct SubmitCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
};

QString statusWord(const SubJob &subJob)
{
    return subJob.statusText.isEmpty() ? SubmitCommandText::tr("UNKNOWN") : subJob.statusText;
}

QString desktopLine(const SubJob &subJob)
{
    const QString who = !subJob.userName.isEmpty() ? subJob.userName
        : !subJob.desktopName.isEmpty()            ? subJob.desktopName
                                                   : subJob.id;
    QString line = subJob.jobId + QLatin1Char(' ') + who + QLatin1Char(' ') + statusWord(subJob)
        + QLatin1Char(' ') + QString::number(subJob.process) + QLatin1Char('%');
    if (!subJob.desktopId.isEmpty())
        line += QLatin1Char(' ') + SubmitCommandText::tr("desktop %1").arg(subJob.desktopId);
    if (subJob.status == SubJob::Status::Failed) {
        line += QLatin1String(" ")
            + SubmitCommandText::tr("failed: %1")
                  .arg(subJob.errorCode.isEmpty()
                           ? subJob.failReason
                           : subJob.errorCode + QLatin1String(" ") + subJob.failReason);
    }
    return line;
}

QJsonObject subJobJson(const SubJob &subJob)
{
    QJsonObject json {{QStringLiteral("sub_job_id"), subJob.id},
                      {QStringLiteral("job_id"), subJob.jobId},
                      {QStringLiteral("status"), subJob.statusText},
                      {QStringLiteral("process"), subJob.process},
                      {QStringLiteral("user_name"), subJob.userName},
                      {QStringLiteral("desktop_name"), subJob.desktopName},
                      {QStringLiteral("desktop_id"), subJob.desktopId}};
    if (!subJob.errorCode.isEmpty())
        json.insert(QStringLiteral("error_code"), subJob.errorCode);
    if (!subJob.failReason.isEmpty())
        json.insert(QStringLiteral("fail_reason"), subJob.failReason);
    return json;
}

QJsonObject errorJson(const ApiError &error)
{
    QJsonObject json {{QStringLiteral("message"), error.toString()}};
    if (error.httpStatus() > 0)
        json.insert(QStringLiteral("http_status"), error.httpStatus());
    if (!error.code().isEmpty())
        json.insert(QStringLiteral("error_code"), error.code());
    if (!error.serviceMessage().isEmpty())
        json.insert(QStringLiteral("error_msg"), error.serviceMessage());
    if (!error.detail().isEmpty())
        json.insert(QStringLiteral("error_detail"), error.detail());
    if (!error.requestId().isEmpty())
        json.insert(QStringLiteral("request_id"), error.requestId());
    if (error.mayHaveCreatedDesktops())
        json.insert(QStringLiteral("may_have_created"), true);
    return json;
}

} // namespace

SubmitSession::SubmitSession(const Connection &connection, Options options)
    : m_client(connection)
    , m_watcher(&m_client)
    , m_options(std::move(options))
{
    m_client.setTimeoutMs(m_options.timeoutMs);
    if (!m_options.http2Allowed)
        m_client.setHttp2Allowed(false); // else as the environment says
    JobWatcher::Timing timing;
    timing.initialIntervalMs = m_options.pollMs;
    timing.maxIntervalMs = qMax(m_options.pollMs, timing.maxIntervalMs);
    m_watcher.setTiming(timing);
    connect(&m_watcher, &JobWatcher::desktopChanged, this, [this](const SubJob &subJob) {
        if (!m_options.json)
            standardOutput() << desktopLine(subJob) << Qt::endl;
    });
    connect(&m_watcher, &JobWatcher::pollFailed, this,
            [this](const ApiError &error, int consecutive) {
                if (!m_options.json) {
                    standardError()
                        << SubmitCommandText::tr("Polling failed (%1 in a row), trying again: %2")
                               .arg(consecutive)
                               .arg(error.summary())
                        << Qt::endl;
                }
            });
    connect(&m_watcher, &JobWatcher::finished, this, &SubmitSession::onWatchFinished);
}

void SubmitSession::submit(const QList<QByteArray> &bodies)
{
    m_bodies = bodies;
    sendNext();
}

void SubmitSession::follow(const QStringList &jobIds)
{
    m_jobIds = jobIds;
    if (m_options.wait) {
        m_watcher.watch(jobIds);
        return;
    }
    // One look at each job's sub-jobs.
    m_pending = int(jobIds.size());
    for (const QString &jobId : jobIds) {
        SubJobFilter filter;
        filter.jobId = jobId;
        m_client.listSubJobs(
            filter, Paging {0, 100}, this,
            [this, jobId](const ApiResult<Page<SubJob>> &result) { onSnapshot(jobId, result); });
    }
}

void SubmitSession::onWatchFinished(JobWatcher::Outcome outcome, const ApiError &error)
{
    switch (outcome) {
    case JobWatcher::Outcome::AllSucceeded:
        end(ExitDone);
        break;
    case JobWatcher::Outcome::SomeFailed:
        end(ExitFailedDesktops);
        break;
    case JobWatcher::Outcome::GaveUp:
        if (!m_watcher.jobsNotFound().isEmpty())
            endNotFound(m_watcher.jobsNotFound());
        else
            endWithError(error, resumeAdvice());
        break;
    }
}

void SubmitSession::sendNext()
{
    if (m_next >= m_bodies.size()) {
        if (m_options.wait)
            m_watcher.watch(m_jobIds);
        else
            end(ExitDone);
        return;
    }
    const QByteArray body = m_bodies.at(m_next++);
    m_client.createDesktops(body, this, [this](const ApiResult<QString> &result) {
        if (!result.ok()) {
            if (m_next < m_bodies.size() && !m_options.json) {
                standardError() << SubmitCommandText::tr("%n further request(s) were not sent.",
                                                         nullptr, int(m_bodies.size() - m_next))
                                << Qt::endl;
            }
            endWithError(result.error);
            return;
        }
        m_jobIds.append(result.value);
        // At once, so that an operator who stops waiting still knows the job: with --json on
        // stderr, for stdout holds one JSON document, printed at the end.
        if (m_options.json)
            standardError() << SubmitCommandText::tr("deskwiz: job %1 accepted").arg(result.value)
                            << Qt::endl;
        else
            standardOutput() << result.value << Qt::endl;
        sendNext();
    });
}

void SubmitSession::onSnapshot(const QString &jobId, const ApiResult<Page<SubJob>> &result)
{
    if (!result.ok()) {
        m_snapshotError = result.error;
    } else {
        for (SubJob subJob : result.value.items) {
            if (subJob.jobId.isEmpty())
                subJob.jobId = jobId;
            m_snapshot.append(subJob);
            if (!m_options.json)
                standardOutput() << desktopLine(subJob) << Qt::endl;
        }
    }
    if (--m_pending > 0)
        return;
    if (m_snapshotError.isError()) {
        endWithError(m_snapshotError);
        return;
    }
    QStringList notFound;
    for (const QString &id : std::as_const(m_jobIds)) {
        if (std::none_of(m_snapshot.begin(), m_snapshot.end(),
                         [&id](const SubJob &s) { return s.jobId == id; }))
            notFound.append(id);
    }
    if (!notFound.isEmpty()) {
        endNotFound(notFound);
        return;
    }
    const bool anyFailed = std::any_of(m_snapshot.begin(), m_snapshot.end(), [](const SubJob &s) {
        return s.status == SubJob::Status::Failed;
    });
    end(anyFailed ? ExitFailedDesktops : ExitDone);
}

/**
 * What to run to follow the jobs again after following them stopped, e.g. because the
 * connection was lost; empty before a job id is known.
 */
QString SubmitSession::resumeAdvice() const
{
    if (m_jobIds.isEmpty())
        return {};
    const QStringList command = m_options.connectionEnvironment
        + QStringList {QStringLiteral("deskwiz"), QStringLiteral("jobs")} + m_jobIds
        + QStringList {QStringLiteral("--wait")} + m_options.connectionArguments;
    return SubmitCommandText::tr("The job(s) %1 may still be running. Follow them again "
                                 "with the same DESKWIZ_ environment variables:",
                                 nullptr, int(m_jobIds.size()))
               .arg(m_jobIds.join(QLatin1String(", ")))
        + QLatin1String("\n  ") + command.join(QLatin1Char(' '));
}

/** Ends with exit code 4 after an API or network error and, if given, advice. */
void SubmitSession::endWithError(const ApiError &error, const QString &advice)
{
    QJsonObject json = errorJson(error);
    if (!advice.isEmpty())
        json.insert(QStringLiteral("advice"), advice);
    QString text = SubmitCommandText::tr("deskwiz: %1").arg(error.toString());
    if (!advice.isEmpty())
        text += QLatin1Char('\n') + advice;
    end(ExitApiError, text, json);
}

/** Ends with exit code 4: the service lists no desktop of these jobs. */
void SubmitSession::endNotFound(const QStringList &jobIds)
{
    QStringList lines;
    QStringList printed;
    for (const QString &jobId : jobIds) {
        lines.append(SubmitCommandText::tr(
                         "job %1 not found: the service lists no desktop of it. Check the job "
                         "id, and that --endpoint and --project-id (or --region, --profile) "
                         "are those it was submitted with.")
                         .arg(jobId));
        printed.append(SubmitCommandText::tr("deskwiz: %1").arg(lines.constLast()));
    }
    end(ExitApiError, printed.join(QLatin1Char('\n')),
        QJsonObject {{QStringLiteral("message"), lines.join(QLatin1Char('\n'))},
                     {QStringLiteral("jobs_not_found"), QJsonArray::fromStringList(jobIds)}});
}

/**
 * Ends the event loop with `exitCode`; `message` (the problem, said once) goes to stderr and
 * `errorObject` into the JSON document.
 */
void SubmitSession::end(int exitCode, const QString &message, const QJsonObject &errorObject)
{
    if (m_options.json) {
        QJsonArray jobs;
        const QList<SubJob> desktops = m_options.wait ? m_watcher.desktops() : m_snapshot;
        for (const QString &jobId : std::as_const(m_jobIds)) {
            QJsonArray list;
            for (const SubJob &subJob : desktops) {
                if (subJob.jobId == jobId)
                    list.append(subJobJson(subJob));
            }
            jobs.append(QJsonObject {{QStringLiteral("job_id"), jobId},
                                     {QStringLiteral("desktops"), list}});
        }
        QJsonObject document {{QStringLiteral("jobs"), jobs},
                              {QStringLiteral("exit_code"), exitCode}};
        if (!errorObject.isEmpty())
            document.insert(QStringLiteral("error"), errorObject);
        standardOutput() << QJsonDocument(document).toJson(QJsonDocument::Indented) << Qt::flush;
    }
    if (!message.isEmpty())
        standardError() << message << Qt::endl;
    m_watcher.stop();
    QCoreApplication::exit(exitCode);
}
