#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/Connection.h"
#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

struct CreateDesktopRequest;

/** A typed result: `value` when ok(), else `error` says what went wrong. */
template<typename T>
struct ApiResult
{
    T value {};
    ApiError error;
    QByteArray requestId; ///< X-Request-Id of the answer, when one arrived
    bool ok() const { return !error.isError(); }
};

/**
 * The Workspace API (API.md) over one QNetworkAccessManager, asynchronous only.
 *
 * Every call returns an ApiCall handle (owned by the client; keep it in a QPointer to cancel) and
 * later invokes its handler once with a typed ApiResult, on the event loop, provided `context` is
 * still alive (a destroyed context also cancels a read). Reads retry transient failures as the
 * RetryPolicy says; createDesktops() is sent exactly once, whatever happens.
 *
 * Authentication follows Connection::authKind: X-Auth-Token; a project-scoped IAM token obtained
 * with the password and cached until shortly before it expires (a rejected login is never
 * retried); or AK/SK signing of each request over the exact bytes sent.
 */
class WorkspaceClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Handler = std::function<void(const ApiResult<T> &)>;

    explicit WorkspaceClient(QObject *parent = nullptr);
    explicit WorkspaceClient(const Connection &connection, QObject *parent = nullptr);
    ~WorkspaceClient() override;

    /** Replaces the connection; a cached IAM token is dropped when the login changes. */
    void setConnection(const Connection &connection);
    const Connection &connection() const { return m_connection; }

    /**
     * The deadline of each request as a whole, from sending it to the last byte of its answer:
     * a request not done by then ends as "timed out", however much of its answer has arrived.
     */
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timeoutMs; }
    /** How reads retry (creates never do). */
    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    /** HTTP/2 on https; the default is http2AllowedByEnvironment(). */
    void setHttp2Allowed(bool allowed);
    bool http2Allowed() const { return m_http2Allowed; }
    /**
     * False when the environment variable DESKWIZ_NO_HTTP2 is 1: every client, the wizard's
     * too, then speaks HTTP/1.1 only (for a proxy or gateway that mishandles HTTP/2).
     */
    static bool http2AllowedByEnvironment();
    /** The locale of Accept-Language (default: QLocale()). */
    void setUiLocale(const QLocale &locale);
    /** How long before expires_at a cached IAM token is dropped (default 5 minutes). */
    void setTokenRefreshMarginMs(qint64 milliseconds);

    /** POST /v2/{project_id}/desktops → the job id. Never retried. */
    ApiCall *createDesktops(const CreateDesktopRequest &request, QObject *context,
                            Handler<QString> handler);
    /** The same with the exact body bytes to send. */
    ApiCall *createDesktops(const QByteArray &body, QObject *context, Handler<QString> handler);

    /** GET /v2/{project_id}/workspace-sub-jobs: one sub-job per desktop, for one or many jobs. */
    ApiCall *listSubJobs(const SubJobFilter &filter, const Paging &paging, QObject *context,
                         Handler<Page<SubJob>> handler);
    /** GET /v2/{project_id}/workspace-jobs/{job_id}. */
    ApiCall *showJob(const QString &jobId, QObject *context, Handler<Job> handler);

    /** GET /v2/{project_id}/workspaces. */
    ApiCall *showServiceConfig(QObject *context, Handler<ServiceConfig> handler);
    /** GET /v2/{project_id}/products. */
    ApiCall *listProducts(const ProductFilter &filter, const Paging &paging, QObject *context,
                          Handler<Page<Product>> handler);
    /** GET /v2/{project_id}/images. */
    ApiCall *listImages(const ImageFilter &filter, const Paging &paging, QObject *context,
                        Handler<Page<Image>> handler);
    /** GET /v2/{project_id}/availability-zones. */
    ApiCall *listAvailabilityZones(QObject *context, Handler<Page<AvailabilityZone>> handler);
    /** GET /v2/{project_id}/subnets. */
    ApiCall *listSubnets(const Paging &paging, QObject *context, Handler<Page<Subnet>> handler);
    /** GET /v2/{project_id}/security-groups. */
    ApiCall *listSecurityGroups(const Paging &paging, QObject *context,
                                Handler<Page<SecurityGroupInfo>> handler);
    /** GET /v2/{project_id}/users, optionally by (part of a) user name. */
    ApiCall *listUsers(const QString &userName, const Paging &paging, QObject *context,
                       Handler<Page<User>> handler);
    /** GET /v2/{project_id}/desktop-name-policies. */
    ApiCall *listNamePolicies(const Paging &paging, QObject *context,
                              Handler<Page<NamePolicy>> handler);
    /** GET /v2/{project_id}/quotas. */
    ApiCall *listQuotas(QObject *context, Handler<QList<Quota>> handler);
    /** GET /v2/{project_id}/desktops/detail, optionally by computer name (name clash check). */
    ApiCall *listDesktops(const QString &computerName, const Paging &paging, QObject *context,
                          Handler<Page<ExistingDesktop>> handler);

    /**
     * Makes sure the credentials work before anything else: with a password login, logs in (or
     * uses the cached token) and gives the project id; with a token or AK/SK, gives the configured
     * project id without a request.
     */
    ApiCall *logIn(QObject *context, Handler<QString> handler);

    /** True while a cached IAM token is valid (password login). */
    bool hasValidToken() const;
    /** When the cached IAM token expires (UTC, from expires_at); invalid when there is none. */
    QDateTime tokenExpiresAt() const;
    /** Forgets the cached IAM token. */
    void dropToken();
    /** How many IAM logins were sent so far (for diagnostics and tests). */
    int loginCount() const { return m_loginCount; }

    /**
     * The one function that builds every request: User-Agent, Accept-Language, JSON content type,
     * timeout, redirects not followed, HTTP/2 switch. Credentials are added per call.
     */
    QNetworkRequest buildRequest(const QUrl &url) const;
    /** The Workspace URL of `path` below the endpoint, e.g. "/v2/{project}/desktops". */
    QUrl workspaceUrl(const QString &path) const;

Q_SIGNALS:
    /** A password login found the project id of the token (the connection now has it). */
    void projectIdDiscovered(const QString &projectId);

private:
    friend class ApiCall;

    ApiCall *startCall(const QByteArray &method, const QUrl &url,
                       const AkSkSigner::QueryItems &query, const QByteArray &body,
                       ApiCall::Auth auth, ApiCall::Purpose purpose, QObject *context,
                       std::function<void(const RawAnswer &)> handler);
    ApiCall *get(const QString &pathBelowProject, const AkSkSigner::QueryItems &query,
                 QObject *context, std::function<void(const RawAnswer &)> handler);
    QString projectPath(const QString &below) const;

    /** Calls `callback` with a valid IAM token, logging in first when needed. */
    void withToken(QObject *context,
                   std::function<void(const QByteArray &, const ApiError &)> callback);
    void startLogin();
    void onLoginAnswer(const RawAnswer &answer);

    /** Adds the credentials to `request` for `url`; an error when they must not go there. */
    ApiError authenticate(QNetworkRequest &request, const QByteArray &method, const QUrl &url,
                          const AkSkSigner::QueryItems &query, const QByteArray &body,
                          const QByteArray &token) const;

    QNetworkAccessManager m_manager;
    Connection m_connection;
    RetryPolicy m_retryPolicy;
    QLocale m_uiLocale;
    int m_timeoutMs = 30000;
    bool m_http2Allowed = http2AllowedByEnvironment();
    qint64 m_tokenRefreshMarginMs = 5 * 60 * 1000;

    QByteArray m_iamToken;
    QDateTime m_iamTokenValidUntil;
    QDateTime m_iamTokenExpiresAt;
    ApiError m_loginFailure; ///< a rejected login, sticky until the connection changes
    QPointer<ApiCall> m_login;
    int m_loginCount = 0;
    struct TokenWaiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(const QByteArray &, const ApiError &)> callback;
    };
    QList<TokenWaiter> m_tokenWaiters;
};
