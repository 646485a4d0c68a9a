#include "api/ApiCall.h"

#include "api/Logging.h"
#include "api/OneShotBody.h"
#include "api/TransportPolicy.h"
#include "api/WorkspaceClient.h"

#include <QNetworkReply>

ApiCall::ApiCall(WorkspaceClient *client, QByteArray method, QUrl url, AkSkSigner::QueryItems query,
                 QByteArray body, Auth auth, RetryPolicy retry, Purpose purpose)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_query(std::move(query))
    , m_body(std::move(body))
    , m_auth(auth)
    , m_retry(purpose == Purpose::Read ? retry : RetryPolicy::none())
    , m_purpose(purpose)
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a coarse one may end a Retry-After 5 % early
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::attempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void ApiCall::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished()
        return;
    }
    m_retryTimer.stop();
    RawAnswer answer;
    answer.error = ApiError::cancelled();
    finish(answer);
}

void ApiCall::start()
{
    m_running = true;
    m_sinceStart.start();
    attempt();
}

void ApiCall::attempt()
{
    QUrl target = m_url;
    if (const auto refusal = TransportPolicy::refusalReason(target)) {
        RawAnswer answer;
        answer.error = ApiError::refused(*refusal);
        finish(answer);
        return;
    }
    if (m_auth == Auth::Workspace
        && m_client->connection().authKind == Connection::AuthKind::Password) {
        m_client->withToken(this, [this](const QByteArray &token, const ApiError &error) {
            if (!m_running)
                return;
            if (error.isError()) {
                RawAnswer answer;
                answer.error = error;
                finish(answer);
                return;
            }
            send(token);
        });
        return;
    }
    send({});
}

void ApiCall::send(const QByteArray &token)
{
    if (m_cancelled) {
        RawAnswer answer;
        answer.error = ApiError::cancelled();
        finish(answer);
        return;
    }
    // The project id may have been found by the login that just happened.
    if (!m_belowProject.isNull())
        m_url = m_client->workspaceUrl(m_client->projectPath(m_belowProject));
    QUrl url = m_url;
    if (!m_query.isEmpty())
        url.setQuery(QString::fromLatin1(AkSkSigner::encodedQuery(m_query)), QUrl::StrictMode);
    QNetworkRequest request = m_client->buildRequest(url);
    if (m_auth == Auth::Workspace) {
        const ApiError refusal =
            m_client->authenticate(request, m_method, url, m_query, m_body, token);
        if (refusal.isError()) {
            RawAnswer answer;
            answer.error = refusal;
            finish(answer);
            return;
        }
    }
    ++m_attempt;
    m_sentAtUtc = QDateTime::currentDateTimeUtc();
    m_timedOut = false;
    m_sslErrors.clear();
    qCDebug(lcApi) << "sending" << m_method << url.toDisplayString(QUrl::RemoveQuery) << "attempt"
                   << m_attempt;
    if (m_purpose == Purpose::Create) {
        auto *body = new OneShotBody(m_body);
        body->attachTo(request);
        m_reply = m_client->m_manager.sendCustomRequest(request, m_method, body);
        body->setParent(m_reply); // read while the reply runs, gone with it
    } else {
        m_reply = m_client->m_manager.sendCustomRequest(request, m_method, m_body);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    // A deadline for the request as a whole: an answer trickling in never extends it.
    m_timeout.start(m_client->timeoutMs());
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();

    ApiError::ResponseFacts facts;
    facts.networkError = reply->error();
    facts.networkErrorString = reply->errorString();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.body = reply->isOpen() ? reply->readAll() : QByteArray();
    facts.requestId = reply->rawHeader("X-Request-Id");
    facts.retryAfter = reply->rawHeader("Retry-After");
    facts.location = reply->rawHeader("Location");
    facts.timedOut = m_timedOut;
    facts.cancelledByCaller = m_cancelled;
    facts.sslErrors = m_sslErrors;
    facts.url = reply->url();
    if (m_auth == Auth::Workspace)
        facts.loginKind = m_client->connection().authKind; // for the hint on rejected credentials

    RawAnswer answer;
    answer.httpStatus = facts.httpStatus;
    answer.body = facts.body;
    answer.requestId = facts.requestId;
    answer.subjectToken = reply->rawHeader("X-Subject-Token");
    answer.sentAtUtc = m_sentAtUtc;
    answer.error = ApiError::fromResponse(facts);

    if (answer.error.isError() && !m_cancelled) {
        const int delay = m_retry.delayBeforeRetry(answer.error, m_attempt, m_sinceStart.elapsed());
        if (delay >= 0) {
            qCInfo(lcApi).noquote()
                << "retrying" << m_method << m_url.toDisplayString(QUrl::RemoveQuery) << "in"
                << delay << "ms after:" << answer.error.summary();
            m_retryTimer.start(delay);
            return;
        }
    }
    if (answer.error.isError() && m_purpose == Purpose::Create)
        answer.error.markAsCreateFailure(answer.sentAtUtc);
    if (answer.error.httpStatus() == 401 && m_auth == Auth::Workspace
        && m_client->connection().authKind == Connection::AuthKind::Password) {
        m_client->dropToken(); // the next call logs in afresh; this one is not retried
    }
    finish(answer);
}

void ApiCall::finish(RawAnswer answer)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    m_timeout.stop();
    if (answer.error.isError()) {
        qCInfo(lcApi).noquote() << m_method << m_url.toDisplayString(QUrl::RemoveQuery)
                                << "failed:" << answer.error.summary();
    }
    if (m_handler && (!m_hasContext || m_context))
        m_handler(answer);
    m_handler = nullptr;
    Q_EMIT finished();
    deleteLater();
}
