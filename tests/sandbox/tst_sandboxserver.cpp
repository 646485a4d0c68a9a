#include "api/AkSkSigner.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <map>

// SandboxServer over real loopback HTTP: every route, the three ways to authenticate and their
// failures, validation, job progression and every fault kind.

namespace {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error_code")).toString(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString requestsDir()
{
    return QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests");
}

QByteArray seedBody()
{
    const QJsonObject seed = readJsonFile(requestsDir() + QStringLiteral("/seed-example.json"));
    return QJsonDocument(seed.value(QStringLiteral("request")).toObject())
        .toJson(QJsonDocument::Compact);
}

/** The seed request with its desktops assigned to `userNames`. */
QByteArray seedBodyFor(const QStringList &userNames)
{
    QJsonObject request = QJsonDocument::fromJson(seedBody()).object();
    QJsonArray desktops;
    for (const QString &name : userNames)
        desktops.append(QJsonObject {{QStringLiteral("user_name"), name}});
    request.insert(QStringLiteral("desktops"), desktops);
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

/** True when `detail` names `pointer` itself or a pointer below it. */
bool namesPointer(const QString &detail, const QString &pointer)
{
    return detail.contains(pointer + QLatin1Char(':'))
        || detail.contains(pointer + QLatin1Char('/'));
}

int statusRank(const QString &status)
{
    static const QStringList order {QStringLiteral("WAITING"), QStringLiteral("RUNNING"),
                                    QStringLiteral("SUCCESS")};
    if (status == QLatin1String("FAILED"))
        return 2;
    return int(order.indexOf(status));
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void everyLookupRouteAnswers_data();
    void everyLookupRouteAnswers();
    void unknownRouteAndForeignProject();
    void createWithTokenStartsJob();
    void everyCatalogueUserCanBeGivenADesktop();
    void createJudgesEveryTestdataRequest();
    void createRejectsBadCalls();
    void tokenFailures();
    void akSkSignedCallsAreVerified();
    void iamPasswordLogin();
    void jobsProgressAndFail();
    void filtersAndPaging();
    void faultThrottle();
    void faultServerError();
    void faultSlow();
    void faultNeverAnswered();
    void faultMalformedBody();
    void faultExpiredToken();
    void faultByPathPatternAndAdminRoute();
    void faultsThatCanNeverFireAreRefused_data();
    void faultsThatCanNeverFireAreRefused();

private:
    HttpResult send(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {}, const Headers &headers = {},
                    int timeoutMs = 10000);
    HttpResult get(const QString &pathAndQuery)
    {
        return send("GET", pathAndQuery, {}, tokenHeaders());
    }
    HttpResult create(const QByteArray &body)
    {
        return send("POST", projectPath(QStringLiteral("/desktops")), body, tokenHeaders());
    }
    Headers tokenHeaders() const;
    QString projectPath(const QString &rest) const;
    QUrl urlOf(const QString &pathAndQuery) const;

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_manager;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->setJobDurationMs(600);
}

void TestSandboxServer::cleanup()
{
    m_server.reset();
    m_manager.clearConnectionCache();
}

QUrl TestSandboxServer::urlOf(const QString &pathAndQuery) const
{
    return QUrl(m_server->url().toString() + pathAndQuery);
}

Headers TestSandboxServer::tokenHeaders() const
{
    return {{QByteArrayLiteral("X-Auth-Token"), m_server->credentials().token.toLatin1()},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
}

QString TestSandboxServer::projectPath(const QString &rest) const
{
    return QStringLiteral("/v2/") + m_server->credentials().projectId + rest;
}

HttpResult TestSandboxServer::send(const QByteArray &method, const QString &pathAndQuery,
                                   const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(urlOf(pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 5000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

void TestSandboxServer::listensOnLoopbackOnly()
{
    SandboxServer other;
    QVERIFY(!other.listen(QHostAddress::AnyIPv4));
    QVERIFY(!other.errorString().isEmpty());
    QVERIFY(other.listen(QHostAddress::LocalHost));
    QCOMPARE(other.url().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(other.url().port() > 0);
}

void TestSandboxServer::everyLookupRouteAnswers_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::newRow("workspaces") << "/workspaces"
                                << "ad_domains"
                                << "domain_type";
    QTest::newRow("products") << "/products"
                              << "products"
                              << "product_id";
    QTest::newRow("images") << "/images"
                            << "images"
                            << "min_disk";
    QTest::newRow("zones") << "/availability-zones"
                           << "availability_zones"
                           << "sold_out";
    QTest::newRow("subnets") << "/subnets"
                             << "subnets"
                             << "cidr";
    QTest::newRow("security-groups") << "/security-groups"
                                     << "security_groups"
                                     << "name";
    QTest::newRow("users") << "/users"
                           << "users"
                           << "user_name";
    QTest::newRow("name-policies") << "/desktop-name-policies"
                                   << "desktop_name_policy_infos"
                                   << "name_prefix";
    QTest::newRow("quotas") << "/quotas"
                            << "quotas"
                            << "resources";
    QTest::newRow("desktops") << "/desktops/detail"
                              << "desktops"
                              << "computer_name";
    QTest::newRow("sub-jobs") << "/workspace-sub-jobs"
                              << "jobs"
                              << "";
}

void TestSandboxServer::everyLookupRouteAnswers()
{
    QFETCH(QString, route);
    QFETCH(QString, key);
    QFETCH(QString, field);
    const HttpResult result = get(projectPath(route));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.headers.value("x-request-id").isEmpty());
    QVERIFY(result.headers.value("content-type").startsWith("application/json"));
    const QJsonValue value = result.json().value(key);
    QVERIFY2(!value.isUndefined(), result.body.constData());
    if (field.isEmpty())
        return;
    if (value.isArray()) {
        QVERIFY(!value.toArray().isEmpty());
        QVERIFY2(value.toArray().first().toObject().contains(field), qPrintable(field));
    } else {
        QVERIFY2(value.toObject().contains(field), qPrintable(field));
    }
}

void TestSandboxServer::unknownRouteAndForeignProject()
{
    const HttpResult unknown = get(projectPath(QStringLiteral("/no-such-thing")));
    QCOMPARE(unknown.status, 404);
    QVERIFY(!unknown.headers.value("x-request-id").isEmpty());
    QVERIFY(!unknown.errorCode().isEmpty());

    const HttpResult foreign = get(QStringLiteral("/v2/0000aaaa0000aaaa/products"));
    QCOMPARE(foreign.status, 403);
    QVERIFY(foreign.errorCode().startsWith(QLatin1String("WKS.")));
    QVERIFY(foreign.json().contains(QStringLiteral("error_msg")));
}

void TestSandboxServer::everyCatalogueUserCanBeGivenADesktop()
{
    // The users the look-up offers must be users the create call accepts (the wizard lists them).
    QStringList userNames;
    for (int offset = 0;; offset += 10) {
        const QJsonArray page =
            get(projectPath(QStringLiteral("/users?limit=10&offset=")) + QString::number(offset))
                .json()[QStringLiteral("users")]
                .toArray();
        if (page.isEmpty())
            break;
        for (const QJsonValue &user : page)
            userNames.append(user[QStringLiteral("user_name")].toString());
    }
    QVERIFY(userNames.size() > 10);
    for (qsizetype first = 0; first < userNames.size(); first += 40) {
        const HttpResult result = create(seedBodyFor(userNames.mid(first, 40)));
        QVERIFY2(result.status == 200, result.body.constData());
    }
}

void TestSandboxServer::createWithTokenStartsJob()
{
    const QByteArray body = seedBody();
    const HttpResult result = create(body);
    QCOMPARE(result.status, 200);
    QVERIFY(!result.headers.value("x-request-id").isEmpty());
    const QString jobId = result.json().value(QStringLiteral("job_id")).toString();
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(m_server->createCallCount(), 1);
    QCOMPARE(m_server->lastCreateBody(), body);
    QCOMPARE(m_server->lastRequestHeaders().isEmpty(), false);

    const HttpResult subJobs =
        get(projectPath(QStringLiteral("/workspace-sub-jobs?job_id=")) + jobId);
    QCOMPARE(subJobs.status, 200);
    QCOMPARE(subJobs.json().value(QStringLiteral("total_count")).toInt(), 1);
    const QJsonObject subJob =
        subJobs.json().value(QStringLiteral("jobs")).toArray().first().toObject();
    QCOMPARE(subJob.value(QStringLiteral("job_id")).toString(), jobId);
    QCOMPARE(subJob.value(QStringLiteral("job_type")).toString(), QStringLiteral("createDesktops"));
    const QJsonObject entities = subJob.value(QStringLiteral("entities")).toObject();
    QCOMPARE(entities.value(QStringLiteral("user_name")).toString(), QStringLiteral("ops-002"));
    QCOMPARE(entities.value(QStringLiteral("product_id")).toString(),
             QStringLiteral("workspace.c2.large.windows.2"));

    const HttpResult job = get(projectPath(QStringLiteral("/workspace-jobs/")) + jobId);
    QCOMPARE(job.status, 200);
    QCOMPARE(job.json().value(QStringLiteral("id")).toString(), jobId);
    QCOMPARE(job.json().value(QStringLiteral("sub_jobs_total")).toInt(), 1);
    QCOMPARE(get(projectPath(QStringLiteral("/workspace-jobs/no-such-job"))).status, 404);

    // A pool of N desktops is a job of N sub-jobs.
    QJsonObject pool = QJsonDocument::fromJson(body).object();
    pool.remove(QStringLiteral("desktops"));
    pool.insert(QStringLiteral("size"), 3);
    const HttpResult poolResult = create(QJsonDocument(pool).toJson());
    QCOMPARE(poolResult.status, 200);
    const HttpResult poolJob = get(projectPath(QStringLiteral("/workspace-jobs/"))
                                   + poolResult.json().value(QStringLiteral("job_id")).toString());
    QCOMPARE(poolJob.json().value(QStringLiteral("sub_jobs_total")).toInt(), 3);
}

void TestSandboxServer::createJudgesEveryTestdataRequest()
{
    const QString imagesPath = projectPath(QStringLiteral("/images?limit=100"));
    const QJsonArray images = get(imagesPath).json().value(QStringLiteral("images")).toArray();
    const QStringList files =
        QDir(requestsDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    int judged = 0;
    for (const QString &file : files) {
        const QJsonObject testCase = readJsonFile(requestsDir() + QLatin1Char('/') + file);
        const QJsonObject request = testCase.value(QStringLiteral("request")).toObject();
        const QJsonObject context = testCase.value(QStringLiteral("context")).toObject();
        // The sandbox judges the OS by the image the request names: only cases whose context
        // agrees with the catalogue can be judged the same way.
        QString imageOs = QStringLiteral("Windows");
        for (const QJsonValue &image : images) {
            if (image[QStringLiteral("id")] == request.value(QStringLiteral("image_id")))
                imageOs = image[QStringLiteral("os_type")].toString();
        }
        if (context.value(QStringLiteral("os_type"))
                .toString()
                .compare(imageOs, Qt::CaseInsensitive)
            != 0)
            continue;
        m_server->setDomainType(context.value(QStringLiteral("domain_type")).toString());
        const HttpResult result = create(QJsonDocument(request).toJson(QJsonDocument::Compact));
        const QJsonArray expected = testCase.value(QStringLiteral("expect"))
                                        .toObject()
                                        .value(QStringLiteral("errors"))
                                        .toArray();
        ++judged;
        if (expected.isEmpty()) {
            QVERIFY2(result.status == 200,
                     qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(result.body)));
            continue;
        }
        QVERIFY2(result.status == 400, qPrintable(file));
        QCOMPARE(result.errorCode(), QStringLiteral("WKS.0001"));
        const QString detail = result.json().value(QStringLiteral("error_detail")).toString();
        for (const QJsonValue &entry : expected) {
            const QJsonArray alternatives = entry.isArray() ? entry.toArray() : QJsonArray {entry};
            bool named = false;
            for (const QJsonValue &pointer : alternatives)
                named = named || namesPointer(detail, pointer.toString());
            QVERIFY2(named, qPrintable(file + QStringLiteral(": ") + detail));
        }
    }
    QVERIFY(judged > files.size() / 2);
}

void TestSandboxServer::createRejectsBadCalls()
{
    const QString path = projectPath(QStringLiteral("/desktops"));
    const Headers token = tokenHeaders();
    const Headers textPlain {token.first(), {"Content-Type", "text/plain"}};

    QCOMPARE(send("POST", path, seedBody(), textPlain).status, 415);
    const HttpResult empty = send("POST", path, {}, token);
    QCOMPARE(empty.status, 400);
    QCOMPARE(empty.errorCode(), QStringLiteral("WKS.0001"));
    const HttpResult broken = send("POST", path, "{\"desktop_type\":", token);
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.errorCode(), QStringLiteral("WKS.0001"));
    const HttpResult array = send("POST", path, "[]", token);
    QCOMPARE(array.status, 400);

    QJsonObject wrongType = QJsonDocument::fromJson(seedBody()).object();
    wrongType.insert(QStringLiteral("root_volume"),
                     QJsonObject {{QStringLiteral("type"), QStringLiteral("SAS")},
                                  {QStringLiteral("size"), QStringLiteral("80")}});
    wrongType.insert(QStringLiteral("desktop_type"), QStringLiteral("NOT_A_TYPE"));
    const HttpResult typed = send("POST", path, QJsonDocument(wrongType).toJson(), token);
    QCOMPARE(typed.status, 400);
    // The wrong type is said once (not also "is required"), and hides no other problem.
    const QString typedDetail = typed.json().value(QStringLiteral("error_detail")).toString();
    QCOMPARE(typedDetail.count(QStringLiteral("/root_volume/size")), 1);
    QVERIFY2(namesPointer(typedDetail, QStringLiteral("/desktop_type")), qPrintable(typedDetail));

    QCOMPARE(m_server->createCallCount(), 5);
    QVERIFY(m_server->lastCreateBody().isEmpty());
}

void TestSandboxServer::tokenFailures()
{
    const QString path = projectPath(QStringLiteral("/products"));
    const HttpResult none = send("GET", path);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("APIGW.0301"));

    const HttpResult wrong = send("GET", path, {}, {{"X-Auth-Token", "not-a-token"}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("APIGW.0301"));

    const QString expired = m_server->issueToken(-60);
    const HttpResult old = send("GET", path, {}, {{"X-Auth-Token", expired.toLatin1()}});
    QCOMPARE(old.status, 401);
    QCOMPARE(old.errorCode(), QStringLiteral("APIGW.0307"));

    const QString fresh = m_server->issueToken(3600);
    QCOMPARE(send("GET", path, {}, {{"X-Auth-Token", fresh.toLatin1()}}).status, 200);

    const HttpResult createWithout = send("POST", projectPath(QStringLiteral("/desktops")),
                                          seedBody(), {{"Content-Type", "application/json"}});
    QCOMPARE(createWithout.status, 401);
    QCOMPARE(m_server->createCallCount(), 1);
    QVERIFY(m_server->lastCreateBody().isEmpty());
}

void TestSandboxServer::akSkSignedCallsAreVerified()
{
    const SandboxServer::Credentials credentials = m_server->credentials();
    const auto signedHeaders = [&](const QByteArray &method, const QString &pathAndQuery,
                                   const QByteArray &body, const QDateTime &at,
                                   const QByteArray &secretKey) {
        Headers headers {{"Content-Type", "application/json"},
                         {"X-Sdk-Date", AkSkSigner::sdkDate(at)},
                         {"X-Project-Id", credentials.projectId.toLatin1()}};
        const QUrl url = urlOf(pathAndQuery);
        const QByteArray authorization =
            AkSkSigner::authorization(credentials.accessKey.toLatin1(), secretKey, method, url,
                                      AkSkSigner::queryItems(url), headers, body);
        headers.append({"Authorization", authorization});
        return headers;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray secret = credentials.secretKey.toLatin1();
    const QString createPath = projectPath(QStringLiteral("/desktops"));
    const QByteArray body = seedBody();

    const HttpResult created =
        send("POST", createPath, body, signedHeaders("POST", createPath, body, now, secret));
    QVERIFY2(created.status == 200, created.body.constData());

    const QString query =
        projectPath(QStringLiteral("/products?os_type=Windows&availability_zone=cn-north-4b"));
    QCOMPARE(send("GET", query, {}, signedHeaders("GET", query, {}, now, secret)).status, 200);

    // The body sent is not the body signed.
    const HttpResult tampered =
        send("POST", createPath, body + ' ', signedHeaders("POST", createPath, body, now, secret));
    QCOMPARE(tampered.status, 401);
    QCOMPARE(tampered.errorCode(), QStringLiteral("APIGW.0301"));

    const HttpResult wrongKey =
        send("GET", query, {}, signedHeaders("GET", query, {}, now, "other-secret"));
    QCOMPARE(wrongKey.status, 401);
    QCOMPARE(wrongKey.errorCode(), QStringLiteral("APIGW.0301"));

    const QDateTime skewed = now.addSecs(-20 * 60);
    const HttpResult late = send("GET", query, {}, signedHeaders("GET", query, {}, skewed, secret));
    QCOMPARE(late.status, 401);
    QCOMPARE(late.errorCode(), QStringLiteral("APIGW.0303"));

    Headers unknownKey = signedHeaders("GET", query, {}, now, secret);
    unknownKey.last().second.replace(credentials.accessKey.toLatin1(), "UNKNOWNACCESSKEY0000");
    QCOMPARE(send("GET", query, {}, unknownKey).status, 401);

    QCOMPARE(m_server->createCallCount(), 2);
    QCOMPARE(m_server->lastCreateBody(), body);
}

void TestSandboxServer::iamPasswordLogin()
{
    const SandboxServer::Credentials credentials = m_server->credentials();
    const auto loginBody = [&](const QString &password, const QJsonObject &project) {
        const QJsonObject user {{QStringLiteral("domain"),
                                 QJsonObject {{QStringLiteral("name"), credentials.iamDomain}}},
                                {QStringLiteral("name"), credentials.iamUser},
                                {QStringLiteral("password"), password}};
        const QJsonObject auth {
            {QStringLiteral("identity"),
             QJsonObject {
                 {QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
                 {QStringLiteral("password"), QJsonObject {{QStringLiteral("user"), user}}}}},
            {QStringLiteral("scope"), QJsonObject {{QStringLiteral("project"), project}}}};
        return QJsonDocument(QJsonObject {{QStringLiteral("auth"), auth}}).toJson();
    };
    const Headers json {{"Content-Type", "application/json"}};
    const QJsonObject byName {{QStringLiteral("name"), credentials.projectName}};
    const QJsonObject byId {{QStringLiteral("id"), credentials.projectId}};

    const HttpResult login = send("POST", QStringLiteral("/v3/auth/tokens?nocatalog=true"),
                                  loginBody(credentials.iamPassword, byName), json);
    QCOMPARE(login.status, 201);
    const QByteArray token = login.headers.value("x-subject-token");
    QVERIFY(!token.isEmpty());
    QVERIFY(m_server->issuedTokens().contains(QString::fromLatin1(token)));
    QVERIFY(m_server->issuedTokens().contains(credentials.token));
    const QJsonObject tokenObject = login.json().value(QStringLiteral("token")).toObject();
    QCOMPARE(tokenObject.value(QStringLiteral("project"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             credentials.projectId);
    const QDateTime expiresAt = QDateTime::fromString(
        tokenObject.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(expiresAt.isValid());
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(expiresAt) > 23 * 3600);
    QCOMPARE(
        send("GET", projectPath(QStringLiteral("/quotas")), {}, {{"X-Auth-Token", token}}).status,
        200);

    QCOMPARE(send("POST", QStringLiteral("/v3/auth/tokens"),
                  loginBody(credentials.iamPassword, byId), json)
                 .status,
             201);

    const HttpResult wrong = send("POST", QStringLiteral("/v3/auth/tokens?nocatalog=true"),
                                  loginBody(QStringLiteral("wrong"), byName), json);
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.headers.value("x-subject-token").isEmpty());
    const QJsonObject error = wrong.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 401);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("Unauthorized"));

    const QJsonObject otherProject {{QStringLiteral("name"), QStringLiteral("eu-west-101")}};
    QCOMPARE(send("POST", QStringLiteral("/v3/auth/tokens"),
                  loginBody(credentials.iamPassword, otherProject), json)
                 .status,
             401);
    QCOMPARE(send("POST", QStringLiteral("/v3/auth/tokens"), "{}", json).status, 400);
}

void TestSandboxServer::jobsProgressAndFail()
{
    m_server->setJobDurationMs(1500);
    const HttpResult created =
        create(seedBodyFor({QStringLiteral("ops-001"), QStringLiteral("fail-demo")}));
    QCOMPARE(created.status, 200);
    const QString jobId = created.json().value(QStringLiteral("job_id")).toString();
    const QString subJobsPath = projectPath(QStringLiteral("/workspace-sub-jobs?job_id=")) + jobId;

    std::map<QString, QStringList> seen; // user → statuses in the order observed
    std::map<QString, int> lastProcess;
    bool runningWithProgress = false;
    bool allFinal = false;
    bool firstJobPending = false;
    for (int poll = 0; poll < 200 && !allFinal; ++poll) {
        if (poll == 0) {
            const QString status = get(projectPath(QStringLiteral("/workspace-jobs/")) + jobId)
                                       .json()
                                       .value(QStringLiteral("status"))
                                       .toString();
            firstJobPending =
                status == QLatin1String("WAITING") || status == QLatin1String("RUNNING");
        }
        const QJsonArray jobs = get(subJobsPath).json().value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 2);
        allFinal = true;
        for (const QJsonValue &value : jobs) {
            const QJsonObject subJob = value.toObject();
            const QString user =
                subJob[QStringLiteral("entities")][QStringLiteral("user_name")].toString();
            const QString status = subJob.value(QStringLiteral("status")).toString();
            const int process = subJob.value(QStringLiteral("process")).toInt();
            QVERIFY2(statusRank(status) >= 0, qPrintable(status));
            QStringList &statuses = seen[user];
            if (statuses.isEmpty() || statuses.last() != status)
                statuses.append(status);
            if (status != QLatin1String("FAILED")) {
                QVERIFY(process >= lastProcess[user]);
                lastProcess[user] = process;
            }
            if (status == QLatin1String("RUNNING") && process > 0 && process < 100)
                runningWithProgress = true;
            const QString desktopId =
                subJob[QStringLiteral("entities")][QStringLiteral("desktop_id")].toString();
            QCOMPARE(desktopId.isEmpty(), status != QLatin1String("SUCCESS"));
            allFinal = allFinal
                && (status == QLatin1String("SUCCESS") || status == QLatin1String("FAILED"));
        }
        if (!allFinal)
            QTest::qWait(30);
    }
    QVERIFY(allFinal);
    QVERIFY(firstJobPending);
    QVERIFY(runningWithProgress);
    for (const auto &entry : seen) {
        for (qsizetype i = 1; i < entry.second.size(); ++i)
            QVERIFY2(statusRank(entry.second.at(i - 1)) < statusRank(entry.second.at(i)),
                     qPrintable(entry.second.join(QLatin1Char(','))));
    }
    QVERIFY(seen[QStringLiteral("ops-001")].contains(QStringLiteral("WAITING"))
            || seen[QStringLiteral("fail-demo")].contains(QStringLiteral("WAITING")));
    QCOMPARE(seen[QStringLiteral("ops-001")].last(), QStringLiteral("SUCCESS"));
    QCOMPARE(seen[QStringLiteral("fail-demo")].last(), QStringLiteral("FAILED"));

    const QJsonArray failed = get(subJobsPath + QStringLiteral("&status=FAILED"))
                                  .json()[QStringLiteral("jobs")]
                                  .toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first()[QStringLiteral("error_code")].toString(),
             QStringLiteral("WKS.00010110"));
    QVERIFY(!failed.first()[QStringLiteral("fail_reason")].toString().isEmpty());
    QVERIFY(!failed.first()[QStringLiteral("end_time")].toString().isEmpty());
    QCOMPARE(get(subJobsPath + QStringLiteral("&job_type=createDesktops&limit=1"))
                 .json()[QStringLiteral("jobs")]
                 .toArray()
                 .size(),
             1);
    QCOMPARE(get(subJobsPath + QStringLiteral("&job_type=deleteDesktops"))
                 .json()[QStringLiteral("total_count")]
                 .toInt(),
             0);

    const QJsonObject job = get(projectPath(QStringLiteral("/workspace-jobs/")) + jobId).json();
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(job.value(QStringLiteral("job_error_code")).toString(),
             QStringLiteral("WKS.00010110"));
    QCOMPARE(job.value(QStringLiteral("sub_jobs")).toArray().size(), 2);

    // The desktop created appears among the existing desktops, found by its computer name.
    const QJsonArray succeeded = get(subJobsPath + QStringLiteral("&status=SUCCESS"))
                                     .json()[QStringLiteral("jobs")]
                                     .toArray();
    const QString desktopName =
        succeeded.first()[QStringLiteral("entities")][QStringLiteral("desktop_name")].toString();
    const QJsonObject detail =
        get(projectPath(QStringLiteral("/desktops/detail?computer_name=")) + desktopName).json();
    QCOMPARE(detail.value(QStringLiteral("total_count")).toInt(), 1);
    QCOMPARE(detail[QStringLiteral("desktops")][0][QStringLiteral("user_name")].toString(),
             QStringLiteral("ops-001"));
}

void TestSandboxServer::filtersAndPaging()
{
    const QJsonArray linux = get(projectPath(QStringLiteral("/products?os_type=Linux")))
                                 .json()[QStringLiteral("products")]
                                 .toArray();
    const QJsonArray all =
        get(projectPath(QStringLiteral("/products"))).json()[QStringLiteral("products")].toArray();
    QVERIFY(!linux.isEmpty());
    QVERIFY(linux.size() < all.size());
    for (const QJsonValue &product : linux)
        QCOMPARE(product[QStringLiteral("os_type")].toString(), QStringLiteral("Linux"));

    // A zone's sold-out products are answered with status sellout.
    const QJsonArray zones = get(projectPath(QStringLiteral("/availability-zones")))
                                 .json()[QStringLiteral("availability_zones")]
                                 .toArray();
    bool checkedSoldOut = false;
    for (const QJsonValue &zone : zones) {
        const QJsonArray soldOut =
            zone[QStringLiteral("sold_out")][QStringLiteral("products")].toArray();
        if (soldOut.isEmpty())
            continue;
        const QJsonArray inZone = get(projectPath(QStringLiteral("/products?availability_zone="))
                                      + zone[QStringLiteral("availability_zone")].toString())
                                      .json()[QStringLiteral("products")]
                                      .toArray();
        for (const QJsonValue &product : inZone) {
            if (soldOut.contains(product[QStringLiteral("product_id")]))
                QCOMPARE(product[QStringLiteral("status")].toString(), QStringLiteral("sellout"));
        }
        checkedSoldOut = true;
    }
    QVERIFY(checkedSoldOut);

    const QJsonObject privateImages =
        get(projectPath(QStringLiteral("/images?image_type=private"))).json();
    QVERIFY(privateImages[QStringLiteral("total_count")].toInt() > 0);
    for (const QJsonValue &image : privateImages[QStringLiteral("images")].toArray())
        QCOMPARE(image[QStringLiteral("image_type")].toString(), QStringLiteral("private"));
    for (const QJsonValue &image :
         get(projectPath(QStringLiteral("/images?os_type=Linux&image_type=gold")))
             .json()[QStringLiteral("images")]
             .toArray()) {
        QCOMPARE(image[QStringLiteral("os_type")].toString(), QStringLiteral("Linux"));
        QCOMPARE(image[QStringLiteral("image_type")].toString(), QStringLiteral("gold"));
    }
    const QJsonObject imagePage =
        get(projectPath(QStringLiteral("/images?limit=2&offset=1"))).json();
    QCOMPARE(imagePage[QStringLiteral("images")].toArray().size(), 2);
    QVERIFY(imagePage[QStringLiteral("total_count")].toInt() > 3);

    // Users page: walking every page gives every user once.
    const int totalUsers =
        get(projectPath(QStringLiteral("/users"))).json()[QStringLiteral("total_count")].toInt();
    QVERIFY(totalUsers > 20);
    QStringList names;
    for (int offset = 0; offset < totalUsers; offset += 7) {
        const QJsonObject page =
            get(projectPath(QStringLiteral("/users?limit=7&offset=%1").arg(offset))).json();
        QCOMPARE(page[QStringLiteral("total_count")].toInt(), totalUsers);
        for (const QJsonValue &user : page[QStringLiteral("users")].toArray())
            names.append(user[QStringLiteral("user_name")].toString());
    }
    QCOMPARE(names.size(), totalUsers);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), totalUsers);
    const QJsonObject defaultPage = get(projectPath(QStringLiteral("/users"))).json();
    QVERIFY(defaultPage[QStringLiteral("users")].toArray().size() < totalUsers);

    const QString someone = names.at(names.size() / 2);
    const QJsonObject found =
        get(projectPath(QStringLiteral("/users?user_name=")) + someone).json();
    QVERIFY(found[QStringLiteral("total_count")].toInt() >= 1);
    for (const QJsonValue &user : found[QStringLiteral("users")].toArray())
        QVERIFY(user[QStringLiteral("user_name")].toString().contains(someone));

    const QJsonObject desktops =
        get(projectPath(QStringLiteral("/desktops/detail?limit=1"))).json();
    QCOMPARE(desktops[QStringLiteral("desktops")].toArray().size(), 1);
    QVERIFY(desktops[QStringLiteral("total_count")].toInt() > 1);
    const QString existing =
        desktops[QStringLiteral("desktops")][0][QStringLiteral("computer_name")].toString();
    QCOMPARE(get(projectPath(QStringLiteral("/desktops/detail?computer_name=")) + existing)
                 .json()[QStringLiteral("total_count")]
                 .toInt(),
             1);
    QCOMPARE(get(projectPath(QStringLiteral("/desktops/detail?computer_name=NOSUCHNAME")))
                 .json()[QStringLiteral("total_count")]
                 .toInt(),
             0);

    const HttpResult badLimit = get(projectPath(QStringLiteral("/users?limit=abc")));
    QCOMPARE(badLimit.status, 400);
    QVERIFY(badLimit.json()[QStringLiteral("error_detail")].toString().contains(
        QStringLiteral("limit")));
    QCOMPARE(get(projectPath(QStringLiteral("/images?offset=-1"))).status, 400);
}

void TestSandboxServer::faultThrottle()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Throttle;
    fault.route = QStringLiteral("products");
    fault.count = 2;
    fault.retryAfterSeconds = 3;
    m_server->injectFault(fault);
    QCOMPARE(get(projectPath(QStringLiteral("/subnets"))).status, 200); // another route: untouched
    for (int i = 0; i < 2; ++i) {
        const HttpResult throttled = get(projectPath(QStringLiteral("/products")));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.errorCode(), QStringLiteral("APIGW.0308"));
        QCOMPARE(throttled.headers.value("retry-after"), QByteArray("3"));
        QVERIFY(!throttled.headers.value("x-request-id").isEmpty());
    }
    QCOMPARE(get(projectPath(QStringLiteral("/products"))).status, 200);
    QCOMPARE(m_server->pendingFaultCount(), 0);

    // A throttled create reached the server and created nothing.
    fault.route = QStringLiteral("createDesktops");
    fault.count = 1;
    m_server->injectFault(fault);
    QCOMPARE(create(seedBody()).status, 429);
    QCOMPARE(m_server->createCallCount(), 1);
    QVERIFY(m_server->lastCreateBody().isEmpty());
}

void TestSandboxServer::faultServerError()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.route = QStringLiteral("subJobs");
    fault.httpStatus = 503;
    m_server->injectFault(fault);
    const HttpResult failed = get(projectPath(QStringLiteral("/workspace-sub-jobs")));
    QCOMPARE(failed.status, 503);
    QVERIFY(!failed.errorCode().isEmpty());
    QCOMPARE(get(projectPath(QStringLiteral("/workspace-sub-jobs"))).status, 200);

    fault.httpStatus = 500;
    fault.count = 0; // every call until cleared
    m_server->injectFault(fault);
    QCOMPARE(get(projectPath(QStringLiteral("/workspace-sub-jobs"))).status, 500);
    QCOMPARE(get(projectPath(QStringLiteral("/workspace-sub-jobs"))).status, 500);
    m_server->clearFaults();
    QCOMPARE(get(projectPath(QStringLiteral("/workspace-sub-jobs"))).status, 200);
}

void TestSandboxServer::faultSlow()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Slow;
    fault.route = QStringLiteral("quotas");
    fault.delayMs = 300;
    m_server->injectFault(fault);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const HttpResult slow = get(projectPath(QStringLiteral("/quotas")));
    QCOMPARE(slow.status, 200);
    QVERIFY(slow.json().contains(QStringLiteral("quotas")));
    QCOMPARE(handled.size(), 2);
    QCOMPARE(handled.at(0).at(2).toInt(), -300); // held back first ...
    QCOMPARE(handled.at(1).at(2).toInt(), 200); // ... then answered
}

void TestSandboxServer::faultNeverAnswered()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::NeverAnswer;
    fault.route = QStringLiteral("createDesktops");
    m_server->injectFault(fault);
    const HttpResult hung =
        send("POST", projectPath(QStringLiteral("/desktops")), seedBody(), tokenHeaders(), 400);
    QCOMPARE(hung.error, QNetworkReply::OperationCanceledError); // the transfer timeout
    QCOMPARE(hung.status, 0);
    QCOMPARE(m_server->heldRequestCount(), 1);
    QCOMPARE(m_server->createCallCount(), 1);
    // The server goes on answering others, and goes away cleanly with the request still held.
    QCOMPARE(get(projectPath(QStringLiteral("/subnets"))).status, 200);

    m_server->injectFault(fault);
    QNetworkRequest request(urlOf(projectPath(QStringLiteral("/desktops"))));
    for (const auto &header : tokenHeaders())
        request.setRawHeader(header.first, header.second);
    QNetworkReply *pending = m_manager.post(request, seedBody());
    QTRY_COMPARE(m_server->heldRequestCount(), 2);
    QSignalSpy finished(pending, &QNetworkReply::finished);
    m_server.reset();
    QVERIFY(finished.wait(5000));
    QVERIFY(pending->error() != QNetworkReply::NoError);
    pending->deleteLater();
}

void TestSandboxServer::faultMalformedBody()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::MalformedBody;
    fault.route = QStringLiteral("images");
    m_server->injectFault(fault);
    const HttpResult malformed = get(projectPath(QStringLiteral("/images")));
    QCOMPARE(malformed.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(malformed.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(!malformed.body.isEmpty());
    const HttpResult next = get(projectPath(QStringLiteral("/images")));
    QJsonDocument::fromJson(next.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestSandboxServer::faultExpiredToken()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ExpiredToken;
    m_server->injectFault(fault); // any route
    const HttpResult expired = get(projectPath(QStringLiteral("/users")));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("APIGW.0307"));
    QCOMPARE(get(projectPath(QStringLiteral("/users"))).status, 200);
}

void TestSandboxServer::faultByPathPatternAndAdminRoute()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.route = QStringLiteral("^/v2/[^/]+/security-groups");
    m_server->injectFault(fault);
    QCOMPARE(get(projectPath(QStringLiteral("/subnets"))).status, 200);
    QCOMPARE(get(projectPath(QStringLiteral("/security-groups"))).status, 500);

    const Headers json {{"Content-Type", "application/json"}};
    const HttpResult added =
        send("POST", QStringLiteral("/sandbox/faults"),
             R"({"kind":"throttle","route":"namePolicies","count":1,"retry_after":2})", json);
    QCOMPARE(added.status, 200);
    QCOMPARE(m_server->pendingFaultCount(), 1);
    const HttpResult throttled = get(projectPath(QStringLiteral("/desktop-name-policies")));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), QByteArray("2"));
    QCOMPARE(send("POST", QStringLiteral("/sandbox/faults"), R"({"kind":"nonsense"})", json).status,
             400);
    // A server error plays the status asked for.
    QCOMPARE(send("POST", QStringLiteral("/sandbox/faults"),
                  R"({"kind":"server-error","route":"SUBNETS","status":503})", json)
                 .status,
             200);
    QCOMPARE(get(projectPath(QStringLiteral("/subnets"))).status, 503);
    QCOMPARE(send("POST", QStringLiteral("/sandbox/faults"), R"({"kind":"server-error","count":0})",
                  json)
                 .status,
             200);
    QCOMPARE(send("DELETE", QStringLiteral("/sandbox/faults")).status, 200);
    QCOMPARE(m_server->pendingFaultCount(), 0);
}

void TestSandboxServer::faultsThatCanNeverFireAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named"); // what the answer must name
    QTest::newRow("unknown route name")
        << QByteArray(R"({"kind":"throttle","route":"createDesktop"})")
        << QStringLiteral("createDesktop\"");
    QTest::newRow("invalid route pattern")
        << QByteArray(R"({"kind":"slow","route":"^/v2/(unclosed"})")
        << QStringLiteral("regular expression");
    QTest::newRow("not a server error")
        << QByteArray(R"({"kind":"server-error","status":404})") << QStringLiteral("404");
    QTest::newRow("status not a number")
        << QByteArray(R"({"kind":"server-error","status":"503"})") << QStringLiteral("status");
    QTest::newRow("count not a number")
        << QByteArray(R"({"kind":"throttle","count":"three"})") << QStringLiteral("count");
    QTest::newRow("count with a fraction")
        << QByteArray(R"({"kind":"throttle","count":1.5})") << QStringLiteral("1.5");
    QTest::newRow("unknown member")
        << QByteArray(R"({"kind":"throttle","cuont":2})") << QStringLiteral("cuont");
    QTest::newRow("route not a string")
        << QByteArray(R"({"kind":"throttle","route":7})") << QStringLiteral("route");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"explode"})")
                                  << QStringLiteral("never-answer");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("JSON object");
}

void TestSandboxServer::faultsThatCanNeverFireAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const Headers json {{"Content-Type", "application/json"}};
    const HttpResult refused = send("POST", QStringLiteral("/sandbox/faults"), body, json);
    QCOMPARE(refused.status, 400);
    const QString message = refused.json().value(QStringLiteral("error_msg")).toString();
    QVERIFY2(message.contains(named), qPrintable(message));
    // The answer lists the route names a fault may aim at.
    const QString detail = refused.json().value(QStringLiteral("error_detail")).toString();
    for (const QString &route : SandboxServer::routeNames())
        QVERIFY2(detail.contains(route), qPrintable(detail));
    QCOMPARE(m_server->pendingFaultCount(), 0);

    // The same fault injected in process is refused too.
    QStringList errors;
    const SandboxFault fault = SandboxFault::fromJson(QJsonDocument::fromJson(body).object(),
                                                      SandboxServer::routeNames(), errors);
    QVERIFY(!errors.isEmpty());
    if (fault.problems(SandboxServer::routeNames()).isEmpty())
        return; // wrong only as JSON (a type, a member): nothing to inject
    QVERIFY(!m_server->injectFault(fault));
    QCOMPARE(m_server->pendingFaultCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
