#include "sandbox/SandboxServer.h"

#include "sandbox/Logging.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxFaultPlan.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxMessage.h"
#include "sandbox/SandboxWorkspaceApi.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <map>
#include <vector>

namespace {

/** The fixed sandbox-only credentials (not secrets: they open nothing but this simulator). */
const char *const kAccessKey = "SANDBOXACCESSKEY0001";
const char *const kSecretKey = "sandboxSecretKeyNotARealSecret0000000001";
const char *const kIamUser = "sandbox-admin";
const char *const kIamPassword = "Sandbox-Passw0rd";

struct Route
{
    using Answer = std::function<SandboxReply(const SandboxRequest &,
                                              const QRegularExpressionMatch &, const QDateTime &)>;
    QString name;
    QByteArray method;
    QRegularExpression pattern; ///< a "project" group when the route is project-scoped
    bool authenticated = true;
    bool faultable = true;
    Answer answer;
};

/** A prefix of a JSON body: never parses, whatever the body was. */
QByteArray malformed(const QByteArray &body)
{
    return body.size() >= 2 ? body.left(body.size() / 2) : QByteArrayLiteral("{\"");
}

void send(QHttpServerResponder &responder, const SandboxReply &reply, const QByteArray &requestId)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}

} // namespace

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *owner);

    void handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder);
    SandboxReply answer(const Route *route, const QRegularExpressionMatch &match,
                        const SandboxRequest &request, const QDateTime &nowUtc, bool pathKnown);
    SandboxReply faultAnswer(const SandboxFault &fault) const;
    SandboxReply addFault(const SandboxRequest &request);
    void answerLater(QHttpServerResponder &&responder, const SandboxReply &reply,
                     const QByteArray &requestId, int delayMs, const QString &method,
                     const QString &path);
    void addRoutes();

    SandboxServer *q;
    SandboxWorkspaceApi api;
    Credentials credentials;
    SandboxAuth auth;
    SandboxFaultPlan faults;
    QList<Route> routes;
    int createCalls = 0;
    int requests = 0;
    QList<QPair<QByteArray, QByteArray>> lastHeaders;
    QString errorString;
    quint16 port = 0;
    QHostAddress address;

    std::unique_ptr<SandboxHttpServer> http;
    // Declared after `http` so that they go first: held responders never outlive the server.
    struct Delayed
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        SandboxReply reply;
        QByteArray requestId;
    };
    std::map<quint64, Delayed> delayed;
    quint64 lastDelayedId = 0;
    std::vector<QHttpServerResponder> held;
};

SandboxServer::Private::Private(SandboxServer *owner)
    : q(owner)
    , api(SandboxCatalog::builtIn())
    , auth(Credentials {})
{
    const SandboxCatalog &catalog = api.catalog();
    credentials.projectId = catalog.projectId();
    credentials.projectName = catalog.projectName();
    credentials.iamDomain = catalog.domainName();
    credentials.iamDomainId = catalog.domainId();
    credentials.iamUser = QString::fromLatin1(kIamUser);
    credentials.iamPassword = QString::fromLatin1(kIamPassword);
    credentials.accessKey = QString::fromLatin1(kAccessKey);
    credentials.secretKey = QString::fromLatin1(kSecretKey);
    auth = SandboxAuth(credentials);
    credentials.token =
        auth.issueToken(QDateTime::currentDateTimeUtc().addSecs(SandboxAuth::tokenLifetimeSeconds));
    addRoutes();
    http = std::make_unique<SandboxHttpServer>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

void SandboxServer::Private::addRoutes()
{
    const auto projectPath = [](const char *rest) {
        return QRegularExpression(QStringLiteral("^/v2/(?<project>[^/]+)/")
                                  + QString::fromLatin1(rest) + QStringLiteral("/?$"));
    };
    const auto simple = [](std::function<SandboxReply()> answer) {
        return
            [answer](const SandboxRequest &, const QRegularExpressionMatch &, const QDateTime &) {
                return answer();
            };
    };
    const auto withRequest =
        [](std::function<SandboxReply(const SandboxRequest &, const QDateTime &)> answer) {
            return [answer](const SandboxRequest &request, const QRegularExpressionMatch &,
                            const QDateTime &nowUtc) {
                return answer(request, nowUtc);
            };
        };
    SandboxWorkspaceApi *workspace = &api;
    routes = {
        {QStringLiteral("authTokens"), "POST",
         QRegularExpression(QStringLiteral("^/v3/auth/tokens/?$")), false, true,
         withRequest([this](const SandboxRequest &request, const QDateTime &nowUtc) {
             return auth.login(request, nowUtc);
         })},
        {QStringLiteral("createDesktops"), "POST", projectPath("desktops"), true, true,
         withRequest([workspace](const SandboxRequest &request, const QDateTime &nowUtc) {
             return workspace->createDesktops(request, nowUtc);
         })},
        {QStringLiteral("desktopsDetail"), "GET", projectPath("desktops/detail"), true, true,
         withRequest([workspace](const SandboxRequest &request, const QDateTime &nowUtc) {
             return workspace->desktopsDetail(request, nowUtc);
         })},
        {QStringLiteral("subJobs"), "GET", projectPath("workspace-sub-jobs"), true, true,
         withRequest([workspace](const SandboxRequest &request, const QDateTime &nowUtc) {
             return workspace->subJobs(request, nowUtc);
         })},
        {QStringLiteral("job"), "GET", projectPath("workspace-jobs/(?<job>[^/]+)"), true, true,
         [workspace](const SandboxRequest &, const QRegularExpressionMatch &match,
                     const QDateTime &nowUtc) {
             return workspace->job(match.captured(QStringLiteral("job")), nowUtc);
         }},
        {QStringLiteral("workspaces"), "GET", projectPath("workspaces"), true, true,
         simple([workspace] { return workspace->workspaces(); })},
        {QStringLiteral("products"), "GET", projectPath("products"), true, true,
         withRequest([workspace](const SandboxRequest &request, const QDateTime &) {
             return workspace->products(request);
         })},
        {QStringLiteral("images"), "GET", projectPath("images"), true, true,
         withRequest([workspace](const SandboxRequest &request, const QDateTime &) {
             return workspace->images(request);
         })},
        {QStringLiteral("availabilityZones"), "GET", projectPath("availability-zones"), true, true,
         simple([workspace] { return workspace->availabilityZones(); })},
        {QStringLiteral("subnets"), "GET", projectPath("subnets"), true, true,
         simple([workspace] { return workspace->subnets(); })},
        {QStringLiteral("securityGroups"), "GET", projectPath("security-groups"), true, true,
         simple([workspace] { return workspace->securityGroups(); })},
        {QStringLiteral("users"), "GET", projectPath("users"), true, true,
         withRequest([workspace](const SandboxRequest &request, const QDateTime &) {
             return workspace->users(request);
         })},
        {QStringLiteral("namePolicies"), "GET", projectPath("desktop-name-policies"), true, true,
         simple([workspace] { return workspace->namePolicies(); })},
        {QStringLiteral("quotas"), "GET", projectPath("quotas"), true, true,
         withRequest([workspace](const SandboxRequest &, const QDateTime &nowUtc) {
             return workspace->quotas(nowUtc);
         })},
        {QStringLiteral("sandboxFaults"), "POST",
         QRegularExpression(QStringLiteral("^/sandbox/faults/?$")), false, false,
         withRequest([this](const SandboxRequest &request, const QDateTime &) {
             return addFault(request);
         })},
        {QStringLiteral("sandboxFaults"), "DELETE",
         QRegularExpression(QStringLiteral("^/sandbox/faults/?$")), false, false, simple([this] {
             faults.clear();
             return SandboxReply::json(200, QJsonObject {{QStringLiteral("pending_faults"), 0}});
         })},
    };
}

void SandboxServer::Private::handle(const QHttpServerRequest &httpRequest,
                                    QHttpServerResponder &&responder)
{
    const SandboxRequest request = SandboxRequest::fromHttp(httpRequest);
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    const QString path = request.path();
    const QString method = QString::fromLatin1(request.method);
    const QByteArray requestId = QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    ++requests;
    lastHeaders = request.headers;

    const Route *route = nullptr;
    QRegularExpressionMatch match;
    bool pathKnown = false;
    for (const Route &candidate : std::as_const(routes)) {
        const QRegularExpressionMatch candidateMatch = candidate.pattern.match(path);
        if (!candidateMatch.hasMatch())
            continue;
        pathKnown = true;
        if (candidate.method == request.method) {
            route = &candidate;
            match = candidateMatch;
            break;
        }
    }
    const QString routeName = route ? route->name : QString();
    if (routeName == QLatin1String("createDesktops"))
        ++createCalls;

    std::optional<SandboxFault> fault;
    if (!route || route->faultable)
        fault = faults.takeAnswerFault(routeName, path);
    const SandboxFault::Kind kind = fault ? fault->kind : SandboxFault::Kind::ExpiredToken;
    if (fault && kind == SandboxFault::Kind::NeverAnswer) {
        qCDebug(lcSandbox) << "holding" << method << path << "unanswered";
        held.push_back(std::move(responder));
        Q_EMIT q->requestHandled(method, path, 0);
        return;
    }

    SandboxReply reply;
    if (fault && (kind == SandboxFault::Kind::Throttle || kind == SandboxFault::Kind::ServerError))
        reply = faultAnswer(*fault);
    else
        reply = answer(route, match, request, nowUtc, pathKnown);
    if (fault && kind == SandboxFault::Kind::MalformedBody)
        reply.body = malformed(reply.body);
    if (fault && kind == SandboxFault::Kind::Slow && fault->delayMs > 0) {
        answerLater(std::move(responder), reply, requestId, fault->delayMs, method, path);
        return;
    }
    send(responder, reply, requestId);
    Q_EMIT q->requestHandled(method, path, reply.status);
}

SandboxReply SandboxServer::Private::answer(const Route *route,
                                            const QRegularExpressionMatch &match,
                                            const SandboxRequest &request, const QDateTime &nowUtc,
                                            bool pathKnown)
{
    if (!route) {
        if (pathKnown) {
            return SandboxReply::error(405, QStringLiteral("APIGW.0101"),
                                       tr("The API does not support this method."));
        }
        return SandboxReply::error(404, QStringLiteral("APIGW.0101"),
                                   tr("The API does not exist or has not been published."),
                                   request.path());
    }
    if (route->authenticated) {
        const bool expired = faults.takeExpiredToken(route->name, request.path());
        if (auto failure = auth.check(request, nowUtc, expired))
            return *failure;
    }
    const QString project = match.captured(QStringLiteral("project"));
    if (route->pattern.namedCaptureGroups().contains(QStringLiteral("project"))
        && project != credentials.projectId) {
        return SandboxReply::error(403, QStringLiteral("WKS.00010403"),
                                   tr("The project in the path is not the sandbox's project."),
                                   QStringLiteral("project_id: ") + project);
    }
    return route->answer(request, match, nowUtc);
}

SandboxReply SandboxServer::Private::faultAnswer(const SandboxFault &fault) const
{
    if (fault.kind == SandboxFault::Kind::Throttle) {
        SandboxReply reply = SandboxReply::error(
            429, QStringLiteral("APIGW.0308"),
            tr("The request throttling threshold has been reached (sandbox fault)."));
        reply.headers.append({QByteArrayLiteral("Retry-After"),
                              QByteArray::number(std::max(0, fault.retryAfterSeconds))});
        return reply;
    }
    return SandboxReply::error(fault.httpStatus, QStringLiteral("WKS.00010500"),
                               tr("Internal service error (sandbox fault)."));
}

SandboxReply SandboxServer::Private::addFault(const SandboxRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    QStringList errors;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        errors.append(tr("the body must be a JSON object such as {\"kind\": \"throttle\", "
                         "\"route\": \"createDesktops\", \"count\": 1}"));
    }
    const SandboxFault fault = SandboxFault::fromJson(document.object(), routeNames(), errors);
    if (!errors.isEmpty()) {
        // A fault that can never fire as meant is refused, saying why and what the routes are.
        return SandboxReply::error(
            400, QStringLiteral("WKS.0001"),
            tr("The fault cannot be played: %1.").arg(errors.join(QLatin1String("; "))),
            tr("route names: %1").arg(routeNames().join(QLatin1String(", "))));
    }
    faults.add(fault);
    return SandboxReply::json(
        200, QJsonObject {{QStringLiteral("pending_faults"), faults.pendingCount()}});
}

void SandboxServer::Private::answerLater(QHttpServerResponder &&responder,
                                         const SandboxReply &reply, const QByteArray &requestId,
                                         int delayMs, const QString &method, const QString &path)
{
    const quint64 id = ++lastDelayedId;
    QPointer<QTcpSocket> socket(responder.socket());
    delayed.emplace(id, Delayed {std::move(responder), socket, reply, requestId});
    Q_EMIT q->requestHandled(method, path, -delayMs);
    QTimer::singleShot(delayMs, q, [this, id, method, path] {
        const auto found = delayed.find(id);
        if (found == delayed.end())
            return;
        Delayed &entry = found->second;
        if (entry.socket && entry.socket->state() == QAbstractSocket::ConnectedState) {
            send(entry.responder, entry.reply, entry.requestId);
            Q_EMIT q->requestHandled(method, path, entry.reply.status);
        }
        delayed.erase(found);
    });
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

SandboxServer::~SandboxServer()
{
    // Held and delayed responders go before the sockets they point at.
    d->held.clear();
    d->delayed.clear();
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        d->errorString =
            tr("The sandbox listens on loopback addresses only, not %1.").arg(address.toString());
        return false;
    }
    auto *tcpServer = new QTcpServer(d->http.get());
    if (!tcpServer->listen(address, port)) {
        d->errorString = tr("Cannot listen on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    d->http->bind(tcpServer);
    d->address = address;
    d->port = tcpServer->serverPort();
    d->errorString.clear();
    return true;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

QUrl SandboxServer::url() const
{
    if (d->port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->address.toString());
    url.setPort(d->port);
    return url;
}

SandboxServer::Credentials SandboxServer::credentials() const
{
    return d->credentials;
}

void SandboxServer::setJobDurationMs(int milliseconds)
{
    d->api.jobs().setDurationMs(milliseconds);
}

QByteArray SandboxServer::lastCreateBody() const
{
    return d->api.lastAcceptedBody();
}

int SandboxServer::createCallCount() const
{
    return d->createCalls;
}

bool SandboxServer::injectFault(const SandboxFault &fault)
{
    const QStringList problems = fault.problems(routeNames());
    if (!problems.isEmpty()) {
        qCWarning(lcSandbox) << "fault refused:" << problems.join(QLatin1String("; "));
        return false;
    }
    d->faults.add(fault);
    return true;
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

int SandboxServer::pendingFaultCount() const
{
    return d->faults.pendingCount();
}

int SandboxServer::heldRequestCount() const
{
    return int(d->held.size());
}

QList<QPair<QByteArray, QByteArray>> SandboxServer::lastRequestHeaders() const
{
    return d->lastHeaders;
}

int SandboxServer::requestCount() const
{
    return d->requests;
}

QString SandboxServer::issueToken(qint64 lifetimeSeconds)
{
    return d->auth.issueToken(QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds));
}

QStringList SandboxServer::issuedTokens() const
{
    return d->auth.issuedTokens();
}

void SandboxServer::setDomainType(const QString &domainType)
{
    d->api.catalog().setDomainType(domainType);
}

QStringList SandboxServer::routeNames()
{
    return {QStringLiteral("authTokens"),
            QStringLiteral("createDesktops"),
            QStringLiteral("desktopsDetail"),
            QStringLiteral("subJobs"),
            QStringLiteral("job"),
            QStringLiteral("workspaces"),
            QStringLiteral("products"),
            QStringLiteral("images"),
            QStringLiteral("availabilityZones"),
            QStringLiteral("subnets"),
            QStringLiteral("securityGroups"),
            QStringLiteral("users"),
            QStringLiteral("namePolicies"),
            QStringLiteral("quotas")};
}
