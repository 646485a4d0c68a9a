#include "api/WorkspaceClient.h"

#include "api/Logging.h"
#include "api/TransportPolicy.h"
#include "models/RequestCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QRegularExpression>

namespace {

/** This file's texts, in the translation context "WorkspaceClient" (a class lupdate can read). */
struct WorkspaceClientText
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceClient)
};

/** The system proxy for the world, none for loopback (the sandbox). */
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (TransportPolicy::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

AkSkSigner::QueryItems pagingQuery(const Paging &paging)
{
    AkSkSigner::QueryItems query;
    if (paging.limit > 0)
        query.append({QStringLiteral("limit"), QString::number(paging.limit)});
    if (paging.offset > 0 || paging.limit > 0)
        query.append({QStringLiteral("offset"), QString::number(paging.offset)});
    return query;
}

void addIfSet(AkSkSigner::QueryItems &query, const char *name, const QString &value)
{
    if (!value.isEmpty())
        query.append({QLatin1String(name), value});
}

/** The JSON object of a 2xx answer, or an InvalidAnswer error in `error`. */
QJsonObject answerObject(const RawAnswer &answer, ApiError &error)
{
    if (answer.error.isError()) {
        error = answer.error;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (!document.isObject()) {
        error = ApiError::invalidAnswer(
            WorkspaceClientText::tr(
                "The service answered with something that is not the expected JSON object (%1).")
                .arg(parseError.error == QJsonParseError::NoError
                         ? WorkspaceClientText::tr("not an object")
                         : parseError.errorString()),
            answer.httpStatus, answer.requestId);
        return {};
    }
    return document.object();
}

/** Reads the list `member` of a 2xx answer into a typed page. */
template<typename T>
void deliverPage(const RawAnswer &answer, const char *member,
                 const WorkspaceClient::Handler<Page<T>> &handler)
{
    ApiResult<Page<T>> result;
    result.requestId = answer.requestId;
    const QJsonObject json = answerObject(answer, result.error);
    if (!result.error.isError()) {
        const QJsonValue list = json.value(QLatin1String(member));
        if (!list.isArray() && !list.isUndefined()) {
            result.error = ApiError::invalidAnswer(
                WorkspaceClientText::tr("The service's answer has no list \"%1\".")
                    .arg(QLatin1String(member)),
                answer.httpStatus, answer.requestId);
        } else {
            for (const QJsonValue &item : list.toArray())
                result.value.items.append(T::fromJson(item.toObject()));
            const QJsonValue total = json.value(QLatin1String("total_count"));
            result.value.totalCount =
                total.isDouble() ? total.toInt() : int(result.value.items.size());
        }
    }
    handler(result);
}

/** Reads a whole 2xx answer into one typed object. */
template<typename T>
void deliverObject(const RawAnswer &answer, const WorkspaceClient::Handler<T> &handler)
{
    ApiResult<T> result;
    result.requestId = answer.requestId;
    const QJsonObject json = answerObject(answer, result.error);
    if (!result.error.isError())
        result.value = T::fromJson(json);
    handler(result);
}

/** "2026-12-04T18:45:00.000000Z" → UTC date-time (any fraction length). */
QDateTime parseExpiry(const QString &text)
{
    static const QRegularExpression fraction(QStringLiteral("\\.\\d+"));
    QString plain = text.trimmed();
    plain.remove(fraction);
    QDateTime when = QDateTime::fromString(plain, Qt::ISODate);
    if (when.isValid() && !plain.endsWith(QLatin1Char('Z')) && !plain.contains(QLatin1Char('+')))
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}

} // namespace

WorkspaceClient::WorkspaceClient(QObject *parent)
    : QObject(parent)
{
    m_manager.setProxyFactory(new SystemProxyFactory);
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager.setStrictTransportSecurityEnabled(true);
}

WorkspaceClient::WorkspaceClient(const Connection &connection, QObject *parent)
    : WorkspaceClient(parent)
{
    setConnection(connection);
}

WorkspaceClient::~WorkspaceClient()
{
    // Calls are children: their destructors abort their replies before the manager goes.
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
    m_iamToken.fill('\0');
}

void WorkspaceClient::setConnection(const Connection &connection)
{
    const bool loginChanged = connection.authKind != m_connection.authKind
        || connection.iamDomain != m_connection.iamDomain
        || connection.iamUser != m_connection.iamUser
        || connection.secrets.password != m_connection.secrets.password
        || connection.effectiveIamEndpoint() != m_connection.effectiveIamEndpoint()
        || (connection.projectId != m_connection.projectId && !m_connection.projectId.isEmpty());
    m_connection = connection;
    if (loginChanged) {
        dropToken();
        m_loginFailure = ApiError();
    }
}

void WorkspaceClient::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

void WorkspaceClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

void WorkspaceClient::setHttp2Allowed(bool allowed)
{
    m_http2Allowed = allowed;
}

bool WorkspaceClient::http2AllowedByEnvironment()
{
    return qEnvironmentVariableIntValue("DESKWIZ_NO_HTTP2") != 1;
}

void WorkspaceClient::setUiLocale(const QLocale &locale)
{
    m_uiLocale = locale;
}

void WorkspaceClient::setTokenRefreshMarginMs(qint64 milliseconds)
{
    m_tokenRefreshMarginMs = milliseconds;
}

QNetworkRequest WorkspaceClient::buildRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("deskwiz/" DESKWIZ_VERSION));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QByteArray language = m_uiLocale.bcp47Name().toLatin1();
    if (language.isEmpty() || language == "C")
        language = "en";
    request.setRawHeader("Accept-Language", language);
    request.setRawHeader("Accept", "application/json");
    // A backstop only: ApiCall's own deadline ends the request (and knows it was a timeout);
    // Qt's transfer timeout starts again with every byte that arrives.
    request.setTransferTimeout(m_timeoutMs + 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2Allowed);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Certificate checks stay as Qt sets them: full verification, never weakened.
    return request;
}

QUrl WorkspaceClient::workspaceUrl(const QString &path) const
{
    QUrl url = m_connection.endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString WorkspaceClient::projectPath(const QString &below) const
{
    return QStringLiteral("/v2/")
        + QString::fromLatin1(QUrl::toPercentEncoding(m_connection.projectId)) + below;
}

ApiError WorkspaceClient::authenticate(QNetworkRequest &request, const QByteArray &method,
                                       const QUrl &url, const AkSkSigner::QueryItems &query,
                                       const QByteArray &body, const QByteArray &token) const
{
    if (!TransportPolicy::isSameOrigin(m_connection.endpoint, url)) {
        return ApiError::refused(
            WorkspaceClientText::tr("Refusing to send credentials to %1: they are only for %2.")
                .arg(url.host(), m_connection.endpoint.host()));
    }
    switch (m_connection.authKind) {
    case Connection::AuthKind::Token:
        request.setRawHeader("X-Auth-Token", m_connection.secrets.token);
        break;
    case Connection::AuthKind::Password:
        request.setRawHeader("X-Auth-Token", token);
        break;
    case Connection::AuthKind::AkSk: {
        const QByteArray host = AkSkSigner::hostHeader(url);
        AkSkSigner::Headers headers {
            {"Content-Type", request.header(QNetworkRequest::ContentTypeHeader).toByteArray()},
            {"Host", host},
            {"X-Sdk-Date", AkSkSigner::sdkDate(QDateTime::currentDateTimeUtc())}};
        if (!m_connection.projectId.isEmpty())
            headers.append({"X-Project-Id", m_connection.projectId.toUtf8()});
        if (!m_connection.secrets.securityToken.isEmpty())
            headers.append({"X-Security-Token", m_connection.secrets.securityToken});
        for (const auto &header : std::as_const(headers))
            request.setRawHeader(header.first, header.second);
        request.setRawHeader("Authorization",
                             AkSkSigner::authorization(m_connection.accessKey.toUtf8(),
                                                       m_connection.secrets.secretKey, method, url,
                                                       query, headers, body));
        break;
    }
    }
    return {};
}

ApiCall *WorkspaceClient::startCall(const QByteArray &method, const QUrl &url,
                                    const AkSkSigner::QueryItems &query, const QByteArray &body,
                                    ApiCall::Auth auth, ApiCall::Purpose purpose, QObject *context,
                                    std::function<void(const RawAnswer &)> handler)
{
    auto *call = new ApiCall(this, method, url, query, body, auth, m_retryPolicy, purpose);
    call->m_handler = std::move(handler);
    call->m_context = context;
    call->m_hasContext = context != nullptr;
    if (context && purpose != ApiCall::Purpose::Create)
        connect(context, &QObject::destroyed, call, &ApiCall::cancel);
    // Start on the event loop, so that the caller can keep the handle before anything happens.
    QMetaObject::invokeMethod(call, &ApiCall::start, Qt::QueuedConnection);
    return call;
}

ApiCall *WorkspaceClient::get(const QString &pathBelowProject, const AkSkSigner::QueryItems &query,
                              QObject *context, std::function<void(const RawAnswer &)> handler)
{
    ApiCall *call =
        startCall("GET", workspaceUrl(projectPath(pathBelowProject)), query, {},
                  ApiCall::Auth::Workspace, ApiCall::Purpose::Read, context, std::move(handler));
    call->m_belowProject = pathBelowProject;
    return call;
}

ApiCall *WorkspaceClient::createDesktops(const CreateDesktopRequest &request, QObject *context,
                                         Handler<QString> handler)
{
    return createDesktops(RequestCodec::toBytes(request), context, std::move(handler));
}

ApiCall *WorkspaceClient::createDesktops(const QByteArray &body, QObject *context,
                                         Handler<QString> handler)
{
    ApiCall *call =
        startCall("POST", workspaceUrl(projectPath(QStringLiteral("/desktops"))), {}, body,
                  ApiCall::Auth::Workspace, ApiCall::Purpose::Create, context,
                  [handler = std::move(handler)](const RawAnswer &answer) {
                      ApiResult<QString> result;
                      result.requestId = answer.requestId;
                      const QJsonObject json = answerObject(answer, result.error);
                      if (!result.error.isError()) {
                          result.value = json.value(QLatin1String("job_id")).toString();
                          if (result.value.isEmpty()) {
                              result.error = ApiError::invalidAnswer(
                                  WorkspaceClientText::tr(
                                      "The service accepted the request but sent no job id."),
                                  answer.httpStatus, answer.requestId);
                          }
                      }
                      // An unreadable answer leaves it open whether desktops were made (a lost
                      // one is marked by the call, which knows whether it was sent).
                      if (result.error.isError() && !answer.error.isError())
                          result.error.markAsCreateFailure(answer.sentAtUtc);
                      handler(result);
                  });
    call->m_belowProject = QStringLiteral("/desktops");
    return call;
}

ApiCall *WorkspaceClient::listSubJobs(const SubJobFilter &filter, const Paging &paging,
                                      QObject *context, Handler<Page<SubJob>> handler)
{
    AkSkSigner::QueryItems query;
    addIfSet(query, "job_id", filter.jobId);
    addIfSet(query, "job_type", filter.jobType);
    addIfSet(query, "status", filter.status);
    query += pagingQuery(paging);
    return get(QStringLiteral("/workspace-sub-jobs"), query, context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<SubJob>(answer, "jobs", handler);
               });
}

ApiCall *WorkspaceClient::showJob(const QString &jobId, QObject *context, Handler<Job> handler)
{
    return get(QStringLiteral("/workspace-jobs/")
                   + QString::fromLatin1(QUrl::toPercentEncoding(jobId)),
               {}, context, [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverObject<Job>(answer, handler);
               });
}

ApiCall *WorkspaceClient::showServiceConfig(QObject *context, Handler<ServiceConfig> handler)
{
    return get(QStringLiteral("/workspaces"), {}, context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverObject<ServiceConfig>(answer, handler);
               });
}

ApiCall *WorkspaceClient::listProducts(const ProductFilter &filter, const Paging &paging,
                                       QObject *context, Handler<Page<Product>> handler)
{
    AkSkSigner::QueryItems query;
    addIfSet(query, "availability_zone", filter.availabilityZone);
    addIfSet(query, "os_type", filter.osType);
    query += pagingQuery(paging);
    return get(QStringLiteral("/products"), query, context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<Product>(answer, "products", handler);
               });
}

ApiCall *WorkspaceClient::listImages(const ImageFilter &filter, const Paging &paging,
                                     QObject *context, Handler<Page<Image>> handler)
{
    AkSkSigner::QueryItems query;
    addIfSet(query, "image_type", filter.imageType);
    addIfSet(query, "os_type", filter.osType);
    Paging bounded = paging;
    bounded.limit = qBound(0, paging.limit, 100);
    query += pagingQuery(bounded);
    return get(QStringLiteral("/images"), query, context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<Image>(answer, "images", handler);
               });
}

ApiCall *WorkspaceClient::listAvailabilityZones(QObject *context,
                                                Handler<Page<AvailabilityZone>> handler)
{
    return get(QStringLiteral("/availability-zones"), {}, context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<AvailabilityZone>(answer, "availability_zones", handler);
               });
}

ApiCall *WorkspaceClient::listSubnets(const Paging &paging, QObject *context,
                                      Handler<Page<Subnet>> handler)
{
    return get(QStringLiteral("/subnets"), pagingQuery(paging), context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<Subnet>(answer, "subnets", handler);
               });
}

ApiCall *WorkspaceClient::listSecurityGroups(const Paging &paging, QObject *context,
                                             Handler<Page<SecurityGroupInfo>> handler)
{
    return get(QStringLiteral("/security-groups"), pagingQuery(paging), context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<SecurityGroupInfo>(answer, "security_groups", handler);
               });
}

ApiCall *WorkspaceClient::listUsers(const QString &userName, const Paging &paging, QObject *context,
                                    Handler<Page<User>> handler)
{
    AkSkSigner::QueryItems query;
    addIfSet(query, "user_name", userName);
    query += pagingQuery(paging);
    return get(QStringLiteral("/users"), query, context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<User>(answer, "users", handler);
               });
}

ApiCall *WorkspaceClient::listNamePolicies(const Paging &paging, QObject *context,
                                           Handler<Page<NamePolicy>> handler)
{
    return get(QStringLiteral("/desktop-name-policies"), pagingQuery(paging), context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<NamePolicy>(answer, "desktop_name_policy_infos", handler);
               });
}

ApiCall *WorkspaceClient::listQuotas(QObject *context, Handler<QList<Quota>> handler)
{
    return get(QStringLiteral("/quotas"), {}, context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   ApiResult<QList<Quota>> result;
                   result.requestId = answer.requestId;
                   const QJsonObject json = answerObject(answer, result.error);
                   const QJsonArray resources = json.value(QLatin1String("quotas"))
                                                    .toObject()
                                                    .value(QLatin1String("resources"))
                                                    .toArray();
                   for (const QJsonValue &resource : resources)
                       result.value.append(Quota::fromJson(resource.toObject()));
                   handler(result);
               });
}

ApiCall *WorkspaceClient::listDesktops(const QString &computerName, const Paging &paging,
                                       QObject *context, Handler<Page<ExistingDesktop>> handler)
{
    AkSkSigner::QueryItems query;
    addIfSet(query, "computer_name", computerName);
    query += pagingQuery(paging);
    return get(QStringLiteral("/desktops/detail"), query, context,
               [handler = std::move(handler)](const RawAnswer &answer) {
                   deliverPage<ExistingDesktop>(answer, "desktops", handler);
               });
}

ApiCall *WorkspaceClient::logIn(QObject *context, Handler<QString> handler)
{
    // A call without a request of its own: it ends when a token is there (or at once).
    auto *call = new ApiCall(this, "LOGIN", m_connection.endpoint, {}, {}, ApiCall::Auth::None,
                             RetryPolicy::none(), ApiCall::Purpose::Login);
    call->m_handler = [handler = std::move(handler), this](const RawAnswer &answer) {
        ApiResult<QString> result;
        result.error = answer.error;
        result.value = m_connection.projectId;
        handler(result);
    };
    call->m_context = context;
    call->m_hasContext = context != nullptr;
    call->m_running = true;
    QPointer<ApiCall> guard(call);
    auto complete = [guard](const ApiError &error) {
        if (!guard)
            return;
        RawAnswer answer;
        answer.error = error;
        guard->finish(answer);
    };
    if (m_connection.authKind != Connection::AuthKind::Password) {
        QMetaObject::invokeMethod(
            call, [complete] { complete({}); }, Qt::QueuedConnection);
        return call;
    }
    withToken(call, [complete](const QByteArray &, const ApiError &error) { complete(error); });
    return call;
}

bool WorkspaceClient::hasValidToken() const
{
    return !m_iamToken.isEmpty() && QDateTime::currentDateTimeUtc() < m_iamTokenValidUntil;
}

QDateTime WorkspaceClient::tokenExpiresAt() const
{
    return hasValidToken() ? m_iamTokenExpiresAt : QDateTime();
}

void WorkspaceClient::dropToken()
{
    m_iamToken.fill('\0');
    m_iamToken.clear();
    m_iamTokenValidUntil = QDateTime();
}

void WorkspaceClient::withToken(QObject *context,
                                std::function<void(const QByteArray &, const ApiError &)> callback)
{
    if (hasValidToken()) {
        const QByteArray token = m_iamToken;
        QMetaObject::invokeMethod(
            context ? context : this, [callback, token] { callback(token, {}); },
            Qt::QueuedConnection);
        return;
    }
    if (m_loginFailure.isError()) {
        // A rejected login is never retried automatically: it could lock the IAM account.
        const ApiError failure = m_loginFailure;
        QMetaObject::invokeMethod(
            context ? context : this, [callback, failure] { callback({}, failure); },
            Qt::QueuedConnection);
        return;
    }
    m_tokenWaiters.append({context, context != nullptr, std::move(callback)});
    if (!m_login)
        startLogin();
}

void WorkspaceClient::startLogin()
{
    const QUrl iam = m_connection.effectiveIamEndpoint();
    QJsonObject user {
        {QStringLiteral("domain"), QJsonObject {{QStringLiteral("name"), m_connection.iamDomain}}},
        {QStringLiteral("name"), m_connection.iamUser},
        {QStringLiteral("password"), QString::fromUtf8(m_connection.secrets.password)}};
    QJsonObject identity {
        {QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
        {QStringLiteral("password"), QJsonObject {{QStringLiteral("user"), user}}}};
    const QJsonObject project = m_connection.projectId.isEmpty()
        ? QJsonObject {{QStringLiteral("name"), m_connection.effectiveRegion()}}
        : QJsonObject {{QStringLiteral("id"), m_connection.projectId}};
    const QJsonObject body {{QStringLiteral("auth"),
                             QJsonObject {{QStringLiteral("identity"), identity},
                                          {QStringLiteral("scope"),
                                           QJsonObject {{QStringLiteral("project"), project}}}}}};
    QUrl url = iam;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v3/auth/tokens"));
    ++m_loginCount;
    qCDebug(lcApi).noquote() << "logging in to IAM at" << url.host() << "as"
                             << m_connection.iamUser;
    m_login = startCall("POST", url, {{QStringLiteral("nocatalog"), QStringLiteral("true")}},
                        QJsonDocument(body).toJson(QJsonDocument::Compact), ApiCall::Auth::None,
                        ApiCall::Purpose::Login, this,
                        [this](const RawAnswer &answer) { onLoginAnswer(answer); });
}

void WorkspaceClient::onLoginAnswer(const RawAnswer &answer)
{
    ApiError error = answer.error;
    if (!error.isError() && answer.httpStatus != 201 && answer.httpStatus != 200) {
        error = ApiError::invalidAnswer(
            WorkspaceClientText::tr("IAM answered the login with HTTP %1 instead of 201.")
                .arg(answer.httpStatus),
            answer.httpStatus, answer.requestId);
    }
    if (!error.isError() && answer.subjectToken.isEmpty()) {
        error = ApiError::invalidAnswer(
            WorkspaceClientText::tr("IAM accepted the login but sent no X-Subject-Token."),
            answer.httpStatus, answer.requestId);
    }
    if (error.isError()) {
        if (error.kind() == ApiError::Kind::Http && error.httpStatus() >= 400
            && error.httpStatus() < 500 && error.httpStatus() != 429) {
            m_loginFailure = error; // never retried until the credentials change
        }
    } else {
        const QJsonObject token =
            QJsonDocument::fromJson(answer.body).object().value(QLatin1String("token")).toObject();
        const QDateTime expiry = parseExpiry(token.value(QLatin1String("expires_at")).toString());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Without a readable expiry, keep it briefly; else until shortly before it expires.
        m_iamTokenValidUntil =
            expiry.isValid() ? expiry.addMSecs(-m_tokenRefreshMarginMs) : now.addSecs(10 * 60);
        m_iamTokenExpiresAt = expiry;
        m_iamToken = answer.subjectToken;
        const QString projectId =
            token.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString();
        if (m_connection.projectId.isEmpty() && !projectId.isEmpty()) {
            m_connection.projectId = projectId;
            Q_EMIT projectIdDiscovered(projectId);
        }
    }
    const QList<TokenWaiter> waiters = std::exchange(m_tokenWaiters, {});
    const QByteArray token = m_iamToken;
    for (const TokenWaiter &waiter : waiters) {
        if (waiter.hasContext && !waiter.context)
            continue;
        waiter.callback(error.isError() ? QByteArray() : token, error);
    }
}
