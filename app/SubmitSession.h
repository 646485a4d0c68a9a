#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/JobWatcher.h"
#include "api/WorkspaceClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

/**
 * What `deskwiz submit` and `deskwiz jobs` do once connected: send the batches one after the
 * other (never retrying a create) and print each job id, or look at jobs once; with `wait`,
 * follow the jobs with a JobWatcher, one line per desktop as it changes (or one JSON document at
 * the end). Ends the event loop with the command's ExitCode.
 */
class SubmitSession : public QObject
{
public:
    struct Options
    {
        int timeoutMs = 30000; ///< each request
        int pollMs = 2000; ///< before the first job poll
        bool http2Allowed = true; ///< false: HTTP/1.1 only (--no-http2)
        bool wait = false; ///< follow the jobs until every desktop is final
        bool json = false; ///< one JSON document on stdout instead of lines (job ids on stderr)
        QStringList connectionArguments; ///< the options that reach the same service again
        QStringList connectionEnvironment; ///< NAME=value words that go before such a command
    };

    SubmitSession(const Connection &connection, Options options);

    /** Sends `bodies` (exact API bodies), then follows their jobs if asked to. */
    void submit(const QList<QByteArray> &bodies);
    /** Looks at the jobs once, or follows them if asked to. */
    void follow(const QStringList &jobIds);

private:
    void onWatchFinished(JobWatcher::Outcome outcome, const ApiError &error);
    void sendNext();
    void onSnapshot(const QString &jobId, const ApiResult<Page<SubJob>> &result);
    QString resumeAdvice() const;
    void endWithError(const ApiError &error, const QString &advice = {});
    void endNotFound(const QStringList &jobIds);
    void end(int exitCode, const QString &message = {}, const QJsonObject &errorObject = {});

    WorkspaceClient m_client;
    JobWatcher m_watcher;
    Options m_options;
    QList<QByteArray> m_bodies;
    qsizetype m_next = 0;
    QStringList m_jobIds;
    QList<SubJob> m_snapshot;
    ApiError m_snapshotError;
    int m_pending = 0;
};
