#pragma once

#include "api/AkSkSigner.h"
#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkReply;
class WorkspaceClient;

/** What one call brought back: the HTTP answer, or the error that ended it. */
struct RawAnswer
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray requestId; ///< X-Request-Id
    QByteArray subjectToken; ///< X-Subject-Token (IAM login)
    QDateTime sentAtUtc; ///< when the request that got this answer was sent; invalid if never
    ApiError error; ///< Kind::None when the call succeeded
};

/**
 * One logical API call in flight, retries included: a handle the caller may keep to cancel() it
 * or to see whether it still runs. The client owns it and deletes it (deleteLater) once finished;
 * hold it in a QPointer. Aborts its reply when destroyed.
 */
class ApiCall : public QObject
{
    Q_OBJECT
public:
    /** How the call authenticates. */
    enum class Auth {
        Workspace, ///< the connection's credentials (token, IAM token or AK/SK signature)
        None, ///< no credentials (the IAM login itself carries the password in its body)
    };
    /** What the call does, which says whether it may be sent more than once. */
    enum class Purpose {
        Read, ///< a GET: retried on transient failures as the RetryPolicy says
        Login, ///< the IAM login: never retried (repeated failures lock the account)
        /**
         * A create: never retried and never sent twice, not even by Qt's HTTP layer (see
         * OneShotBody); a failure that leaves it open whether it was done says so.
         */
        Create,
    };

    ~ApiCall() override;

    /** Stops the call; its handler then gets ApiError::Kind::Cancelled. */
    void cancel();
    bool isRunning() const { return m_running; }
    /** How many times the request was sent so far. */
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    /** Emitted once when the call ends (after its handler ran). */
    void finished();

private:
    friend class WorkspaceClient;

    ApiCall(WorkspaceClient *client, QByteArray method, QUrl url, AkSkSigner::QueryItems query,
            QByteArray body, Auth auth, RetryPolicy retry, Purpose purpose);

    void start();
    void attempt();
    void send(const QByteArray &token);
    void onReplyFinished();
    void onTimeout();
    void finish(RawAnswer answer);

    WorkspaceClient *m_client;
    QByteArray m_method;
    QUrl m_url; ///< without query
    QString m_belowProject; ///< set: the URL is /v2/{project_id}{this}, resolved when sent
    AkSkSigner::QueryItems m_query;
    QByteArray m_body;
    Auth m_auth;
    RetryPolicy m_retry;
    Purpose m_purpose;
    std::function<void(const RawAnswer &)> m_handler;
    QPointer<QObject> m_context;
    bool m_hasContext = false;

    QNetworkReply *m_reply = nullptr;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_sinceStart;
    QDateTime m_sentAtUtc; ///< when the latest attempt was sent
    QList<QSslError> m_sslErrors;
    int m_attempt = 0;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
};
