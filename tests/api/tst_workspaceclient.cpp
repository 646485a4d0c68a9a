#include "api/JobWatcher.h"
#include "api/TransportPolicy.h"
#include "api/WorkspaceClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

/** WorkspaceClient and JobWatcher against the sandbox over real loopback HTTP. */
class TestWorkspaceClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tokenLoginReadsTypedLookups();
    void wrongTokenIsRefusedWithAClearMessage();
    void passwordLoginFindsProjectAndCachesToken();
    void rejectedPasswordIsNeverRetried();
    void akskSignsEveryRequest();
    void createFailingWith500IsSentOnce();
    void createNeverAnsweredIsSentOnceAndTimesOut();
    void createIsNotSentAgainWhenTheConnectionDropsAfterSending();
    void createAnsweredUnreadablyMayHaveCreated();
    void readsRetryThrottlingAndServerErrors();
    void readsWaitForRetryAfter();
    void timeoutBoundsTheWholeRequest();
    void plainHttpToARemoteHostIsRefusedBeforeSending();
    void redirectsAreNotFollowedAndCredentialsStayHome();
    void http2CanBeSwitchedOff();
    void watcherReportsAFailedDesktop();
    void watcherSurvivesThrottledFailingAndMalformedPolls();
    void watcherWaitsForRetryAfter();
    void watcherBacksOff();
    void watcherFollowsManyJobs();
    void watcherFindsNewJobsInABusyProject();
    void watcherWaitsNoRetryAfterPastItsTimeBound();
    void watcherCallsAJobNotFoundOnlyAfterAMinimumTime();

private:
    Connection tokenConnection() const;
    QByteArray body(const QString &userPrefix, int desktops) const;
    template<typename T>
    ApiResult<T> wait(const std::function<ApiCall *(WorkspaceClient::Handler<T>)> &start);
    QString createJob(WorkspaceClient &client, const QByteArray &body);
    /** When (ms on `clock`) and with which status each request to a path holding `pathPart`
     * was answered, from now on. */
    struct Answered
    {
        qint64 atMs;
        int status;
    };
    std::shared_ptr<QList<Answered>> recordAnswers(const QString &pathPart,
                                                   const QElapsedTimer &clock);

    std::unique_ptr<SandboxServer> m_server;
    QJsonObject m_validRequest;
};

namespace {

JobWatcher::Timing fastTiming()
{
    JobWatcher::Timing timing;
    timing.initialIntervalMs = 50;
    timing.maxIntervalMs = 200;
    timing.maxConsecutiveFailures = 6;
    return timing;
}

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.initialDelayMs = 10;
    policy.maxDelayMs = 50;
    policy.maxTotalMs = 10000;
    return policy;
}

/**
 * A peer that misbehaves at the TCP level, which the sandbox cannot: it reads each whole request
 * (its head and its Content-Length body) and then closes the connection without a word, or
 * answers 200 and trickles the body, one byte every 400 ms.
 */
class MisbehavingPeer : public QObject
{
public:
    enum class Behaviour { CloseAfterRequest, TrickleAnswer };

    explicit MisbehavingPeer(Behaviour behaviour)
        : m_behaviour(behaviour)
    {
    }
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &MisbehavingPeer::onConnection);
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    /** How many whole requests with this method arrived. */
    int requestCount(const QByteArray &method) const { return int(m_methods.count(method)); }

private:
    void onConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void onData(QTcpSocket *socket)
    {
        QByteArray &received = m_received[socket];
        received += socket->readAll();
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        static const QRegularExpression lengthHeader(
            QStringLiteral("\r\ncontent-length:\\s*(\\d+)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch length =
            lengthHeader.match(QString::fromLatin1(received.left(headEnd)));
        const qsizetype bodySize = length.hasMatch() ? length.captured(1).toLongLong() : 0;
        if (received.size() < headEnd + 4 + bodySize)
            return;
        m_methods.append(received.left(received.indexOf(' ')));
        m_received.remove(socket);
        if (m_behaviour == Behaviour::CloseAfterRequest) {
            socket->close(); // read it all, answer nothing
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100000\r\n\r\n{");
        auto *trickle = new QTimer(socket);
        connect(trickle, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        trickle->start(400);
    }

    Behaviour m_behaviour;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_received;
    QList<QByteArray> m_methods;
};

SandboxFault fault(SandboxFault::Kind kind, const QString &route, int count = 1)
{
    SandboxFault result;
    result.kind = kind;
    result.route = route;
    result.count = count;
    return result;
}

} // namespace

void TestWorkspaceClient::initTestCase()
{
    m_validRequest = TestData::validUserRequest();
    QVERIFY2(!m_validRequest.isEmpty(), "no valid Windows/LITE_AD request with desktops found");
}

void TestWorkspaceClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->setJobDurationMs(300);
}

void TestWorkspaceClient::cleanup()
{
    m_server.reset();
}

Connection TestWorkspaceClient::tokenConnection() const
{
    Connection connection;
    connection.endpoint = m_server->url();
    connection.projectId = m_server->credentials().projectId;
    connection.authKind = Connection::AuthKind::Token;
    connection.secrets.token = m_server->credentials().token.toUtf8();
    return connection;
}

QByteArray TestWorkspaceClient::body(const QString &userPrefix, int desktops) const
{
    QJsonObject request = m_validRequest;
    const QJsonObject first =
        request.value(QStringLiteral("desktops")).toArray().first().toObject();
    QJsonArray list;
    for (int i = 0; i < desktops; ++i) {
        QJsonObject desktop = first;
        desktop.insert(QStringLiteral("user_name"), QString(userPrefix + QString::number(i + 1)));
        desktop.remove(QStringLiteral("computer_name"));
        list.append(desktop);
    }
    request.insert(QStringLiteral("desktops"), list);
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

template<typename T>
ApiResult<T>
TestWorkspaceClient::wait(const std::function<ApiCall *(WorkspaceClient::Handler<T>)> &start)
{
    std::optional<ApiResult<T>> result;
    start([&result](const ApiResult<T> &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return {};
    return *result;
}

QString TestWorkspaceClient::createJob(WorkspaceClient &client, const QByteArray &requestBody)
{
    const auto created = wait<QString>(
        [&](auto handler) { return client.createDesktops(requestBody, this, handler); });
    return created.ok() ? created.value : QString();
}

std::shared_ptr<QList<TestWorkspaceClient::Answered>>
TestWorkspaceClient::recordAnswers(const QString &pathPart, const QElapsedTimer &clock)
{
    auto answered = std::make_shared<QList<Answered>>();
    connect(m_server.get(), &SandboxServer::requestHandled, this,
            [answered, pathPart, &clock](const QString &, const QString &path, int status) {
                if (path.contains(pathPart))
                    answered->append({clock.elapsed(), status});
            });
    return answered;
}

void TestWorkspaceClient::tokenLoginReadsTypedLookups()
{
    WorkspaceClient client(tokenConnection());
    const auto products = wait<Page<Product>>(
        [&](auto handler) { return client.listProducts({}, {}, this, handler); });
    QVERIFY2(products.ok(), qPrintable(products.error.toString()));
    QVERIFY(!products.value.items.isEmpty());
    QVERIFY(!products.value.items.first().productId.isEmpty());

    const auto zones = wait<Page<AvailabilityZone>>(
        [&](auto handler) { return client.listAvailabilityZones(this, handler); });
    QVERIFY2(zones.ok(), qPrintable(zones.error.toString()));
    QVERIFY(!zones.value.items.isEmpty());

    const auto images = wait<Page<Image>>([&](auto handler) {
        return client.listImages({}, Paging {0, 2}, this, handler);
    });
    QVERIFY2(images.ok(), qPrintable(images.error.toString()));
    QVERIFY(images.value.items.size() <= 2);
    QVERIFY(images.value.totalCount >= images.value.items.size());

    const auto config =
        wait<ServiceConfig>([&](auto handler) { return client.showServiceConfig(this, handler); });
    QVERIFY2(config.ok(), qPrintable(config.error.toString()));
    QVERIFY(!config.value.status.isEmpty());

    // The one request builder: identity headers went out with the credentials.
    bool sawUserAgent = false;
    for (const auto &header : m_server->lastRequestHeaders()) {
        if (header.first.compare("user-agent", Qt::CaseInsensitive) == 0)
            sawUserAgent = header.second.startsWith("deskwiz/");
    }
    QVERIFY(sawUserAgent);
}

void TestWorkspaceClient::wrongTokenIsRefusedWithAClearMessage()
{
    Connection connection = tokenConnection();
    connection.secrets.token = "not-a-token";
    WorkspaceClient client(connection);
    client.setRetryPolicy(fastRetries());
    const int before = m_server->requestCount();
    const auto result =
        wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Http);
    QCOMPARE(result.error.httpStatus(), 401);
    QVERIFY(!result.error.code().isEmpty());
    QVERIFY(result.error.toString().contains(QLatin1String("credentials")));
    QCOMPARE(m_server->requestCount() - before, 1); // a 401 is not retried
    QCOMPARE(result.error.code(), QStringLiteral("APIGW.0301"));
    QCOMPARE(result.error.hint(),
             ApiError::hintFor(result.error.code(), 401, Connection::AuthKind::Token));
}

void TestWorkspaceClient::passwordLoginFindsProjectAndCachesToken()
{
    Connection connection;
    connection.endpoint = m_server->url();
    connection.authKind = Connection::AuthKind::Password;
    connection.region = m_server->credentials().projectName; // scope by region name
    connection.iamDomain = m_server->credentials().iamDomain;
    connection.iamUser = m_server->credentials().iamUser;
    connection.secrets.password = m_server->credentials().iamPassword.toUtf8();
    QVERIFY2(connection.problems().isEmpty(), qPrintable(connection.problems().join(u'\n')));
    WorkspaceClient client(connection);
    QSignalSpy discovered(&client, &WorkspaceClient::projectIdDiscovered);

    const auto first =
        wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
    QVERIFY2(first.ok(), qPrintable(first.error.toString()));
    QCOMPARE(discovered.count(), 1);
    QCOMPARE(discovered.first().first().toString(), m_server->credentials().projectId);
    QCOMPARE(client.connection().projectId, m_server->credentials().projectId);
    QCOMPARE(client.loginCount(), 1);
    QVERIFY(client.hasValidToken());
    // The sandbox's tokens live 24 h, as IAM's do: the expiry comes from expires_at.
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(client.tokenExpiresAt());
    QVERIFY2(lifetime > 23 * 3600 && lifetime <= 24 * 3600, qPrintable(QString::number(lifetime)));

    const auto second = wait<Page<SecurityGroupInfo>>(
        [&](auto handler) { return client.listSecurityGroups({}, this, handler); });
    QVERIFY2(second.ok(), qPrintable(second.error.toString()));
    QCOMPARE(client.loginCount(), 1); // the cached token served

    // A token close to its expiry is not used: a fresh login replaces it.
    client.setTokenRefreshMarginMs(qint64(48) * 3600 * 1000);
    client.dropToken();
    const auto third = wait<QString>([&](auto handler) { return client.logIn(this, handler); });
    QVERIFY2(third.ok(), qPrintable(third.error.toString()));
    QCOMPARE(client.loginCount(), 2);
    QVERIFY(!client.hasValidToken());
    QVERIFY(!client.tokenExpiresAt().isValid());
    const auto fourth =
        wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
    QVERIFY2(fourth.ok(), qPrintable(fourth.error.toString()));
    QCOMPARE(client.loginCount(), 3);
}

void TestWorkspaceClient::rejectedPasswordIsNeverRetried()
{
    Connection connection;
    connection.endpoint = m_server->url();
    connection.projectId = m_server->credentials().projectId;
    connection.authKind = Connection::AuthKind::Password;
    connection.iamDomain = m_server->credentials().iamDomain;
    connection.iamUser = m_server->credentials().iamUser;
    connection.secrets.password = "wrong password";
    WorkspaceClient client(connection);
    client.setRetryPolicy(fastRetries());
    const int before = m_server->requestCount();
    const auto first =
        wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
    QVERIFY(!first.ok());
    QCOMPARE(first.error.httpStatus(), 401);
    QVERIFY(!first.error.serviceMessage().isEmpty()); // IAM's error.message
    QCOMPARE(first.error.detail(), QStringLiteral("Unauthorized")); // IAM's error.title
    const auto second =
        wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
    QVERIFY(!second.ok());
    QCOMPARE(client.loginCount(), 1);
    QCOMPARE(m_server->requestCount() - before, 1);
}

void TestWorkspaceClient::akskSignsEveryRequest()
{
    Connection connection;
    connection.endpoint = m_server->url();
    connection.projectId = m_server->credentials().projectId;
    connection.authKind = Connection::AuthKind::AkSk;
    connection.accessKey = m_server->credentials().accessKey;
    connection.secrets.secretKey = m_server->credentials().secretKey.toUtf8();
    WorkspaceClient client(connection);
    const auto users = wait<Page<User>>([&](auto handler) {
        return client.listUsers(QStringLiteral("a b&c"), Paging {0, 10}, this, handler);
    });
    QVERIFY2(users.ok(), qPrintable(users.error.toString()));
    const QString jobId = createJob(client, body(QStringLiteral("sig"), 1));
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(m_server->lastCreateBody(), body(QStringLiteral("sig"), 1));

    connection.secrets.secretKey = "wrong";
    client.setConnection(connection);
    const auto refused =
        wait<Page<User>>([&](auto handler) { return client.listUsers({}, {}, this, handler); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.code(), QStringLiteral("APIGW.0301"));
    // The hint speaks of AK/SK, not of every kind of login.
    QCOMPARE(refused.error.hint(),
             ApiError::hintFor(QStringLiteral("APIGW.0301"), 401, Connection::AuthKind::AkSk));
    QVERIFY(refused.error.hint() != ApiError::hintFor(QStringLiteral("APIGW.0301"), 401));
    QVERIFY(refused.error.toString().contains(refused.error.hint()));
}

void TestWorkspaceClient::createFailingWith500IsSentOnce()
{
    WorkspaceClient client(tokenConnection());
    client.setRetryPolicy(fastRetries());
    m_server->injectFault(fault(SandboxFault::Kind::ServerError, QStringLiteral("createDesktops")));
    const auto result = wait<QString>([&](auto handler) {
        return client.createDesktops(body(QStringLiteral("u"), 1), this, handler);
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Http);
    QCOMPARE(result.error.httpStatus(), 500);
    QTest::qWait(100); // a retry, were there one, would have been sent by now
    QCOMPARE(m_server->createCallCount(), 1);
}

void TestWorkspaceClient::createNeverAnsweredIsSentOnceAndTimesOut()
{
    WorkspaceClient client(tokenConnection());
    client.setRetryPolicy(fastRetries());
    client.setTimeoutMs(300);
    m_server->injectFault(fault(SandboxFault::Kind::NeverAnswer, QStringLiteral("createDesktops")));
    QDateTime before = QDateTime::currentDateTimeUtc();
    before.setTime(QTime(before.time().hour(), before.time().minute(), before.time().second()));
    const auto result = wait<QString>([&](auto handler) {
        return client.createDesktops(body(QStringLiteral("u"), 1), this, handler);
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(result.error.mayHaveCreatedDesktops());
    const QString text = result.error.toString();
    QVERIFY(text.contains(QLatin1String("timed out")));
    // Where to look without a job id, from the time it was sent.
    QVERIFY(text.contains(QLatin1String("job_type=createDesktops")));
    static const QRegularExpression since(
        QStringLiteral("since (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) UTC"));
    QDateTime sentAt =
        QDateTime::fromString(since.match(text).captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    sentAt.setTimeSpec(Qt::UTC);
    QVERIFY2(sentAt >= before && sentAt <= QDateTime::currentDateTimeUtc(), qPrintable(text));
    QCOMPARE(m_server->createCallCount(), 1);
}

void TestWorkspaceClient::createIsNotSentAgainWhenTheConnectionDropsAfterSending()
{
    // Qt's HTTP layer sends a request again by itself when the connection closes before the
    // answer: for a create, that would be a second batch of desktops.
    MisbehavingPeer peer(MisbehavingPeer::Behaviour::CloseAfterRequest);
    QVERIFY(peer.listen());
    Connection connection = tokenConnection();
    connection.endpoint = peer.url();
    WorkspaceClient client(connection);
    client.setRetryPolicy(fastRetries());
    const auto result = wait<QString>([&](auto handler) {
        return client.createDesktops(body(QStringLiteral("u"), 1), this, handler);
    });
    QVERIFY(!result.ok());
    QVERIFY(result.error.mayHaveCreatedDesktops());
    QVERIFY2(result.error.toString().contains(QLatin1String("may have been created")),
             qPrintable(result.error.toString()));
    QTest::qWait(300); // a second request, were there one, would have arrived by now
    QCOMPARE(peer.requestCount("POST"), 1);

    // A password login lost the same way never got to send the create: nothing was created.
    Connection password = tokenConnection();
    password.authKind = Connection::AuthKind::Password;
    password.iamEndpoint = peer.url();
    password.iamDomain = m_server->credentials().iamDomain;
    password.iamUser = m_server->credentials().iamUser;
    password.secrets.password = m_server->credentials().iamPassword.toUtf8();
    WorkspaceClient loginClient(password);
    const int before = m_server->createCallCount();
    const auto lost = wait<QString>([&](auto handler) {
        return loginClient.createDesktops(body(QStringLiteral("u"), 1), this, handler);
    });
    QVERIFY(!lost.ok());
    QVERIFY(!lost.error.mayHaveCreatedDesktops());
    QCOMPARE(m_server->createCallCount(), before);
}

void TestWorkspaceClient::createAnsweredUnreadablyMayHaveCreated()
{
    WorkspaceClient client(tokenConnection());
    m_server->injectFault(
        fault(SandboxFault::Kind::MalformedBody, QStringLiteral("createDesktops")));
    const auto result = wait<QString>([&](auto handler) {
        return client.createDesktops(body(QStringLiteral("u"), 1), this, handler);
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::InvalidAnswer);
    QVERIFY(result.error.mayHaveCreatedDesktops());
    QVERIFY2(result.error.toString().contains(QLatin1String("may have been created")),
             qPrintable(result.error.toString()));
    QCOMPARE(m_server->createCallCount(), 1);
}

void TestWorkspaceClient::readsRetryThrottlingAndServerErrors()
{
    WorkspaceClient client(tokenConnection());
    client.setRetryPolicy(fastRetries());
    SandboxFault throttle = fault(SandboxFault::Kind::Throttle, QStringLiteral("products"));
    throttle.retryAfterSeconds = 0;
    m_server->injectFault(throttle);
    m_server->injectFault(fault(SandboxFault::Kind::ServerError, QStringLiteral("products")));
    const int before = m_server->requestCount();
    const auto result = wait<Page<Product>>(
        [&](auto handler) { return client.listProducts({}, {}, this, handler); });
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(m_server->requestCount() - before, 3);
    QCOMPARE(m_server->pendingFaultCount(), 0);
}

void TestWorkspaceClient::readsWaitForRetryAfter()
{
    WorkspaceClient client(tokenConnection());
    client.setRetryPolicy(fastRetries()); // its own back-off is far shorter than a second
    SandboxFault throttle = fault(SandboxFault::Kind::Throttle, QStringLiteral("products"));
    throttle.retryAfterSeconds = 1;
    m_server->injectFault(throttle);
    QElapsedTimer clock;
    clock.start();
    const auto answered = recordAnswers(QStringLiteral("/products"), clock);
    const auto result = wait<Page<Product>>(
        [&](auto handler) { return client.listProducts({}, {}, this, handler); });
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(answered->size(), 2);
    QCOMPARE(answered->at(0).status, 429);
    const qint64 waited = answered->at(1).atMs - answered->at(0).atMs;
    QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
}

void TestWorkspaceClient::timeoutBoundsTheWholeRequest()
{
    // An answer that keeps coming, a byte at a time, is still bound by the timeout.
    MisbehavingPeer peer(MisbehavingPeer::Behaviour::TrickleAnswer);
    QVERIFY(peer.listen());
    Connection connection = tokenConnection();
    connection.endpoint = peer.url();
    WorkspaceClient client(connection);
    client.setRetryPolicy(RetryPolicy::none());
    client.setTimeoutMs(1000);
    const auto result =
        wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
    QCOMPARE(result.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(result.error.toString().contains(QLatin1String("timed out")));
    QCOMPARE(peer.requestCount("GET"), 1);
}

void TestWorkspaceClient::plainHttpToARemoteHostIsRefusedBeforeSending()
{
    Connection connection = tokenConnection();
    connection.endpoint = QUrl(QStringLiteral("http://192.0.2.10:8080"));
    QVERIFY(!connection.problems().isEmpty());
    WorkspaceClient client(connection);
    const auto result =
        wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
    QCOMPARE(result.error.kind(), ApiError::Kind::Refused);
    QVERIFY(result.error.toString().contains(QLatin1String("https")));
    for (const char *loopback : {"http://127.0.0.1:1/", "http://127.8.9.10/", "http://[::1]:2/",
                                 "http://localhost/", "https://example.com/"}) {
        QVERIFY2(!TransportPolicy::refusalReason(QUrl(QLatin1String(loopback))), loopback);
    }
    QVERIFY(TransportPolicy::refusalReason(QUrl(QStringLiteral("http://10.0.0.1/"))));
    QVERIFY(TransportPolicy::refusalReason(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
    QVERIFY(!TransportPolicy::isSameOrigin(QUrl(QStringLiteral("https://a.example")),
                                           QUrl(QStringLiteral("https://b.example"))));
    QVERIFY(TransportPolicy::isSameOrigin(QUrl(QStringLiteral("https://a.example")),
                                          QUrl(QStringLiteral("https://a.example:443/x"))));
}

void TestWorkspaceClient::redirectsAreNotFollowedAndCredentialsStayHome()
{
    // A server that redirects everything to the sandbox: the client must not follow.
    QTcpServer redirector;
    QVERIFY(redirector.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&redirector, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = redirector.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            received += socket->readAll();
            if (!received.contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + m_server->url().toEncoded()
                          + "/v2/x/subnets\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    Connection connection = tokenConnection();
    connection.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirector.serverPort()));
    WorkspaceClient client(connection);
    const int before = m_server->requestCount();
    const auto result =
        wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error.httpStatus(), 302);
    QVERIFY(result.error.toString().contains(m_server->url().host()));
    QCOMPARE(m_server->requestCount(), before);
}

void TestWorkspaceClient::http2CanBeSwitchedOff()
{
    // Over plain http Qt offers HTTP/2 (an h2c upgrade) only when asked to; then whether the
    // client allows HTTP/2 shows in the request.
    qputenv("QT_NETWORK_H2C_ALLOWED", "1");
    const auto restore = qScopeGuard([] {
        qunsetenv("DESKWIZ_NO_HTTP2");
        qunsetenv("QT_NETWORK_H2C_ALLOWED");
    });
    const auto offersHttp2 = [this](WorkspaceClient &client) {
        const auto result =
            wait<Page<Subnet>>([&](auto handler) { return client.listSubnets({}, this, handler); });
        if (!result.ok())
            qWarning() << result.error.toString();
        for (const auto &header : m_server->lastRequestHeaders()) {
            if (header.first.compare("upgrade", Qt::CaseInsensitive) == 0)
                return header.second.contains("h2c");
        }
        return false;
    };
    WorkspaceClient allowed(tokenConnection());
    QVERIFY(allowed.http2Allowed());
    QVERIFY(offersHttp2(allowed));
    allowed.setHttp2Allowed(false);
    QVERIFY(!offersHttp2(allowed));

    qputenv("DESKWIZ_NO_HTTP2", "1"); // the switch of every client, the wizard's too
    WorkspaceClient switchedOff(tokenConnection());
    QVERIFY(!switchedOff.http2Allowed());
    QVERIFY(!offersHttp2(switchedOff));
}

void TestWorkspaceClient::watcherReportsAFailedDesktop()
{
    WorkspaceClient client(tokenConnection());
    const QString jobId = createJob(client, body(QStringLiteral("fail-user"), 2));
    QVERIFY(!jobId.isEmpty());
    JobWatcher watcher(&client);
    watcher.setTiming(fastTiming());
    QSignalSpy finished(&watcher, &JobWatcher::finished);
    QSignalSpy changed(&watcher, &JobWatcher::desktopChanged);
    watcher.watch({jobId});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<JobWatcher::Outcome>(),
             JobWatcher::Outcome::SomeFailed);
    QCOMPARE(watcher.desktops().size(), 2);
    for (const SubJob &subJob : watcher.desktops()) {
        QCOMPARE(subJob.status, SubJob::Status::Failed);
        QVERIFY(!subJob.failReason.isEmpty());
        QCOMPARE(subJob.jobId, jobId);
    }
    QVERIFY(changed.count() >= 2);
}

void TestWorkspaceClient::watcherSurvivesThrottledFailingAndMalformedPolls()
{
    WorkspaceClient client(tokenConnection());
    client.setRetryPolicy(RetryPolicy::none()); // the watcher itself must survive them
    const QString jobId = createJob(client, body(QStringLiteral("ok"), 1));
    QVERIFY(!jobId.isEmpty());
    SandboxFault throttle = fault(SandboxFault::Kind::Throttle, QStringLiteral("subJobs"));
    throttle.retryAfterSeconds = 0;
    m_server->injectFault(throttle);
    m_server->injectFault(fault(SandboxFault::Kind::ServerError, QStringLiteral("subJobs")));
    m_server->injectFault(fault(SandboxFault::Kind::MalformedBody, QStringLiteral("subJobs")));
    JobWatcher watcher(&client);
    watcher.setTiming(fastTiming());
    QSignalSpy finished(&watcher, &JobWatcher::finished);
    QSignalSpy failed(&watcher, &JobWatcher::pollFailed);
    watcher.watch({jobId});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<JobWatcher::Outcome>(),
             JobWatcher::Outcome::AllSucceeded);
    QCOMPARE(watcher.failedPollCount(), 3);
    QCOMPARE(failed.count(), 3);
    QCOMPARE(watcher.desktops().size(), 1);
    QCOMPARE(watcher.desktops().first().status, SubJob::Status::Success);
    QVERIFY(!watcher.desktops().first().desktopId.isEmpty());
}

void TestWorkspaceClient::watcherWaitsForRetryAfter()
{
    WorkspaceClient client(tokenConnection());
    client.setRetryPolicy(RetryPolicy::none()); // the watcher's own wait
    const QString jobId = createJob(client, body(QStringLiteral("ra"), 1));
    QVERIFY(!jobId.isEmpty());
    SandboxFault throttle = fault(SandboxFault::Kind::Throttle, QStringLiteral("subJobs"));
    throttle.retryAfterSeconds = 1; // far longer than the watcher's own interval
    m_server->injectFault(throttle);
    QElapsedTimer clock;
    clock.start();
    const auto answered = recordAnswers(QStringLiteral("/workspace-sub-jobs"), clock);
    JobWatcher watcher(&client);
    watcher.setTiming(fastTiming());
    QSignalSpy finished(&watcher, &JobWatcher::finished);
    watcher.watch({jobId});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<JobWatcher::Outcome>(),
             JobWatcher::Outcome::AllSucceeded);
    QVERIFY(answered->size() >= 2);
    QCOMPARE(answered->at(0).status, 429);
    const qint64 waited = answered->at(1).atMs - answered->at(0).atMs;
    QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
}

void TestWorkspaceClient::watcherBacksOff()
{
    m_server->setJobDurationMs(60000);
    WorkspaceClient client(tokenConnection());
    const QString jobId = createJob(client, body(QStringLiteral("bo"), 1));
    QVERIFY(!jobId.isEmpty());
    JobWatcher::Timing timing;
    timing.initialIntervalMs = 100;
    timing.maxIntervalMs = 800;
    timing.jitter = 0.1;
    QElapsedTimer clock;
    clock.start();
    const auto answered = recordAnswers(QStringLiteral("/workspace-sub-jobs"), clock);
    JobWatcher watcher(&client);
    watcher.setTiming(timing);
    watcher.watch({jobId});
    QTRY_VERIFY_WITH_TIMEOUT(answered->size() >= 4, 10000);
    watcher.stop();
    // The waits between polls double: 200, 400, 800 ms, each within 10 %.
    for (int i = 1; i + 1 < 4; ++i) {
        const qint64 before = answered->at(i).atMs - answered->at(i - 1).atMs;
        const qint64 after = answered->at(i + 1).atMs - answered->at(i).atMs;
        QVERIFY2(after >= before * 1.4,
                 qPrintable(QStringLiteral("%1 ms then %2 ms").arg(before).arg(after)));
    }
}

void TestWorkspaceClient::watcherFollowsManyJobs()
{
    WorkspaceClient client(tokenConnection());
    const QString first = createJob(client, body(QStringLiteral("a"), 2));
    const QString second = createJob(client, body(QStringLiteral("fail-b"), 1));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    JobWatcher watcher(&client);
    watcher.setTiming(fastTiming());
    QSignalSpy finished(&watcher, &JobWatcher::finished);
    watcher.watch({first, second});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<JobWatcher::Outcome>(),
             JobWatcher::Outcome::SomeFailed);
    QCOMPARE(watcher.desktops().size(), 3);
}

void TestWorkspaceClient::watcherFindsNewJobsInABusyProject()
{
    // More earlier desktops than any bound on paging a project-wide list (the sandbox lists the
    // oldest first): the new jobs' desktops are found all the same.
    WorkspaceClient client(tokenConnection());
    for (int i = 0; i < 45; ++i)
        QVERIFY(!createJob(client, body(QStringLiteral("old%1u").arg(i), 50)).isEmpty());
    const QString first = createJob(client, body(QStringLiteral("a"), 2));
    const QString second = createJob(client, body(QStringLiteral("fail-b"), 1));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    JobWatcher::Timing timing = fastTiming();
    timing.maxJobsPerTick = 1; // the jobs take turns
    JobWatcher watcher(&client);
    watcher.setTiming(timing);
    QSignalSpy finished(&watcher, &JobWatcher::finished);
    const int before = m_server->requestCount();
    watcher.watch({first, second});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<JobWatcher::Outcome>(),
             JobWatcher::Outcome::SomeFailed);
    QVERIFY(watcher.jobsNotFound().isEmpty());
    QCOMPARE(watcher.desktops().size(), 3);
    // One request a poll: each job's own list is one page.
    QCOMPARE(m_server->requestCount() - before, watcher.pollCount());
}

void TestWorkspaceClient::watcherWaitsNoRetryAfterPastItsTimeBound()
{
    m_server->setJobDurationMs(600000);
    WorkspaceClient client(tokenConnection());
    client.setRetryPolicy(RetryPolicy::none());
    const QString jobId = createJob(client, body(QStringLiteral("ra"), 1));
    QVERIFY(!jobId.isEmpty());
    SandboxFault throttle = fault(SandboxFault::Kind::Throttle, QStringLiteral("subJobs"), 0);
    throttle.retryAfterSeconds = 3600; // an hour, far past the watcher's bound
    m_server->injectFault(throttle);
    JobWatcher::Timing timing = fastTiming();
    timing.maxDurationMs = 1500;
    JobWatcher watcher(&client);
    watcher.setTiming(timing);
    QSignalSpy finished(&watcher, &JobWatcher::finished);
    watcher.watch({jobId});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<JobWatcher::Outcome>(), JobWatcher::Outcome::GaveUp);
    QVERIFY2(watcher.lastError().summary().contains(QLatin1String("still running")),
             qPrintable(watcher.lastError().summary()));
}

void TestWorkspaceClient::watcherCallsAJobNotFoundOnlyAfterAMinimumTime()
{
    WorkspaceClient client(tokenConnection());
    JobWatcher::Timing timing = fastTiming();
    timing.maxIntervalMs = 50; // many polls in little time
    timing.pollsBeforeNotFound = 2;
    timing.notFoundAfterMs = 1500;
    JobWatcher watcher(&client);
    watcher.setTiming(timing);
    QSignalSpy finished(&watcher, &JobWatcher::finished);
    QElapsedTimer clock;
    clock.start();
    watcher.watch({QStringLiteral("no-such-job")});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<JobWatcher::Outcome>(), JobWatcher::Outcome::GaveUp);
    QCOMPARE(watcher.jobsNotFound(), QStringList {QStringLiteral("no-such-job")});
    QVERIFY2(clock.elapsed() >= timing.notFoundAfterMs,
             qPrintable(QString::number(clock.elapsed())));
    QVERIFY(watcher.pollCount() > timing.pollsBeforeNotFound);
}

QTEST_GUILESS_MAIN(TestWorkspaceClient)
#include "tst_workspaceclient.moc"
