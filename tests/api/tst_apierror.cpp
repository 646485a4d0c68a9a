#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QSslError>
#include <QTest>

/** ApiError: every shape of failure becomes a message a person can act on. */
class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successIsNoError();
    void workspaceErrorBody();
    void iamErrorBody();
    void gatewayCodesGetHints_data();
    void gatewayCodesGetHints();
    void rejectedLoginHintFitsTheLoginKind_data();
    void rejectedLoginHintFitsTheLoginKind();
    void hintShownOnlyWhenItAddsSomething();
    void timeoutSaysTimedOut();
    void cancelledByCallerIsNotATimeout();
    void tlsFailureNamesTheCertificateProblem();
    void connectionFailures();
    void ambiguousCreateSaysHowToCheck();
    void retryAfter();
    void retryPolicyBounds();
};

namespace {

ApiError::ResponseFacts httpFacts(int status, const QByteArray &body)
{
    ApiError::ResponseFacts facts;
    facts.httpStatus = status;
    facts.networkError =
        status >= 400 ? QNetworkReply::ContentAccessDenied : QNetworkReply::NoError;
    facts.body = body;
    facts.requestId = "req-123";
    facts.url = QUrl(QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com/v2/p/x"));
    return facts;
}

} // namespace

void TestApiError::successIsNoError()
{
    const ApiError error = ApiError::fromResponse(httpFacts(200, "{}"));
    QVERIFY(!error.isError());
    QVERIFY(error.toString().isEmpty());
}

void TestApiError::workspaceErrorBody()
{
    const ApiError error = ApiError::fromResponse(httpFacts(
        403,
        R"({"error_code":"WKS.00010099","error_msg":"service disabled","error_detail":"d1"})"));
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 403);
    QCOMPARE(error.code(), QStringLiteral("WKS.00010099"));
    QCOMPARE(error.serviceMessage(), QStringLiteral("service disabled"));
    QCOMPARE(error.detail(), QStringLiteral("d1"));
    QCOMPARE(error.requestId(), QStringLiteral("req-123"));
    const QString text = error.toString();
    for (const char *part : {"WKS.00010099", "service disabled", "d1", "req-123", "403"})
        QVERIFY2(text.contains(QLatin1String(part)), part);
    QVERIFY(!error.hint().isEmpty());
    QVERIFY(!error.isTransient());
}

void TestApiError::iamErrorBody()
{
    const ApiError error = ApiError::fromResponse(httpFacts(
        401,
        R"({"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}})"));
    QCOMPARE(error.code(), QStringLiteral("401"));
    QCOMPARE(error.serviceMessage(), QStringLiteral("The username or password is wrong."));
    QCOMPARE(error.detail(), QStringLiteral("Unauthorized"));
    QVERIFY(error.hint().contains(QLatin1String("never retried")));
    QVERIFY(!error.isTransient());
}

void TestApiError::gatewayCodesGetHints_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("transient");
    QTest::newRow("APIGW.0301") << 401 << QStringLiteral("APIGW.0301") << false;
    QTest::newRow("APIGW.0303") << 401 << QStringLiteral("APIGW.0303") << false;
    QTest::newRow("APIGW.0308") << 429 << QStringLiteral("APIGW.0308") << true;
    QTest::newRow("WKS.0001") << 400 << QStringLiteral("WKS.0001") << false;
    QTest::newRow("WKS.00010032") << 409 << QStringLiteral("WKS.00010032") << false;
    QTest::newRow("WKS.00010109") << 400 << QStringLiteral("WKS.00010109") << false;
    QTest::newRow("WKS.00010110") << 400 << QStringLiteral("WKS.00010110") << false;
    QTest::newRow("5xx") << 503 << QStringLiteral("WKS.0002") << true;
}

void TestApiError::gatewayCodesGetHints()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, transient);
    const QByteArray body = R"({"error_code":")" + code.toUtf8() + R"(","error_msg":"m"})";
    const ApiError error = ApiError::fromResponse(httpFacts(status, body));
    QCOMPARE(error.code(), code);
    QCOMPARE(error.isTransient(), transient);
    if (status < 500)
        QVERIFY2(!error.hint().isEmpty(), qPrintable(code));
    // A failed sub-job has only its code: the same hint comes from the code alone.
    if (status != 429 && status != 401)
        QCOMPARE(ApiError::hintFor(code), error.hint());
    QVERIFY(error.toString().contains(code));
}

void TestApiError::rejectedLoginHintFitsTheLoginKind_data()
{
    QTest::addColumn<int>("kind"); // -1: not known
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QStringList>("neverMentions");
    const QString token = QStringLiteral("token");
    const QString akSk = QStringLiteral("AK/SK");
    const QString secretKey = QStringLiteral("secret key");
    const QString clock = QStringLiteral("clock");
    const QString project = QStringLiteral("project");
    QTest::newRow("token") << int(Connection::AuthKind::Token)
                           << QStringList {token, QStringLiteral("expired"), project}
                           << QStringList {akSk, secretKey, clock};
    QTest::newRow("password") << int(Connection::AuthKind::Password)
                              << QStringList {QStringLiteral("password"), project}
                              << QStringList {akSk, secretKey, clock};
    QTest::newRow("aksk") << int(Connection::AuthKind::AkSk) << QStringList {akSk, secretKey, clock}
                          << QStringList {token, QStringLiteral("password")};
    QTest::newRow("unknown") << -1 << QStringList {token, QStringLiteral("password"), akSk, clock}
                             << QStringList {};
}

void TestApiError::rejectedLoginHintFitsTheLoginKind()
{
    QFETCH(int, kind);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, neverMentions);
    ApiError::ResponseFacts facts = httpFacts(
        401,
        R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"})");
    if (kind >= 0)
        facts.loginKind = Connection::AuthKind(kind);
    const ApiError error = ApiError::fromResponse(facts);
    const QString hint = error.hint();
    for (const QString &word : mentions)
        QVERIFY2(hint.contains(word, Qt::CaseInsensitive), qPrintable(word + u": " + hint));
    for (const QString &word : neverMentions)
        QVERIFY2(!hint.contains(word, Qt::CaseInsensitive), qPrintable(word + u": " + hint));
    QVERIFY(error.toString().contains(hint));
    QCOMPARE(ApiError::hintFor(QStringLiteral("apigw.0301"), 401, facts.loginKind), hint);
}

void TestApiError::hintShownOnlyWhenItAddsSomething()
{
    const QString hint = ApiError::hintFor(QStringLiteral("WKS.00010110"));
    QVERIFY(!hint.isEmpty());
    // The same advice in other words, order and case, with more around it: nothing to add.
    const QString sameAdvice = QStringLiteral(
        "The desktop got no IP ADDRESS: check DHCP and the free addresses of the subnet "
        "(user fail01).");
    QVERIFY(!ApiError::hintAddsTo(hint, sameAdvice));
    // A terse reason, another language or no reason at all: the hint adds something.
    QVERIFY(ApiError::hintAddsTo(hint, QStringLiteral("No IP address.")));
    QVERIFY(ApiError::hintAddsTo(hint, QString::fromUtf8("桌面未获得 IP 地址")));
    QVERIFY(ApiError::hintAddsTo(hint, QString()));
    QVERIFY(!ApiError::hintAddsTo(QString(), sameAdvice));

    // The same rule for an API error's message: its hint is left out when the message says it.
    const QByteArray repeats =
        R"({"error_code":"WKS.00010110","error_msg":")" + sameAdvice.toUtf8() + R"("})";
    const ApiError repeating = ApiError::fromResponse(httpFacts(400, repeats));
    QCOMPARE(repeating.hint(), hint);
    QVERIFY(!repeating.toString().contains(hint));
    const ApiError terse = ApiError::fromResponse(
        httpFacts(400, R"({"error_code":"WKS.00010110","error_msg":"no ip"})"));
    QVERIFY(terse.toString().contains(hint));
}

void TestApiError::timeoutSaysTimedOut()
{
    ApiError::ResponseFacts facts;
    facts.networkError = QNetworkReply::OperationCanceledError; // how Qt reports our abort
    facts.networkErrorString = QStringLiteral("Operation canceled");
    facts.timedOut = true;
    facts.url = QUrl(QStringLiteral("https://h.example/"));
    const ApiError error = ApiError::fromResponse(facts);
    QCOMPARE(error.kind(), ApiError::Kind::Timeout);
    QVERIFY(error.summary().contains(QLatin1String("timed out")));
    QVERIFY(!error.summary().contains(QLatin1String("cancel"), Qt::CaseInsensitive));
    QVERIFY(error.isTransient());
    QVERIFY(error.isAmbiguous());
}

void TestApiError::cancelledByCallerIsNotATimeout()
{
    ApiError::ResponseFacts facts;
    facts.networkError = QNetworkReply::OperationCanceledError;
    facts.cancelledByCaller = true;
    QCOMPARE(ApiError::fromResponse(facts).kind(), ApiError::Kind::Cancelled);
}

void TestApiError::tlsFailureNamesTheCertificateProblem()
{
    ApiError::ResponseFacts facts;
    facts.networkError = QNetworkReply::SslHandshakeFailedError;
    facts.networkErrorString = QStringLiteral("SSL handshake failed");
    facts.sslErrors = {QSslError(QSslError::SelfSignedCertificate),
                       QSslError(QSslError::CertificateExpired)};
    facts.url = QUrl(QStringLiteral("https://h.example/"));
    const ApiError error = ApiError::fromResponse(facts);
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QVERIFY(error.summary().contains(QSslError(QSslError::SelfSignedCertificate).errorString()));
    QVERIFY(error.summary().contains(QSslError(QSslError::CertificateExpired).errorString()));
    QVERIFY(error.summary().contains(QLatin1String("h.example")));
    QVERIFY(!error.isTransient());
}

void TestApiError::connectionFailures()
{
    ApiError::ResponseFacts facts;
    facts.networkError = QNetworkReply::ConnectionRefusedError;
    facts.networkErrorString = QStringLiteral("Connection refused");
    facts.url = QUrl(QStringLiteral("https://h.example/"));
    ApiError error = ApiError::fromResponse(facts);
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QVERIFY(error.summary().contains(QLatin1String("refused")));
    QVERIFY(error.isTransient());
    QVERIFY(!error.isAmbiguous()); // nothing reached the server
    error.markAsCreateFailure();
    QVERIFY(!error.mayHaveCreatedDesktops());
}

void TestApiError::ambiguousCreateSaysHowToCheck()
{
    ApiError::ResponseFacts facts;
    facts.networkError = QNetworkReply::RemoteHostClosedError;
    facts.networkErrorString = QStringLiteral("Remote host closed");
    facts.url = QUrl(QStringLiteral("https://h.example/"));
    ApiError error = ApiError::fromResponse(facts);
    QVERIFY(error.isAmbiguous());
    error.markAsCreateFailure(QDateTime(QDate(2026, 3, 1), QTime(12, 34, 56), Qt::UTC));
    QVERIFY(error.mayHaveCreatedDesktops());
    const QString text = error.toString();
    QVERIFY(text.contains(QLatin1String("may have been created")));
    // There is no job id: the advice says where to look, from when.
    QVERIFY2(text.contains(QLatin1String("since 2026-03-01 12:34:56 UTC")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("desktop list")));
    QVERIFY(text.contains(QLatin1String("job_type=createDesktops")));

    ApiError final = ApiError::fromResponse(httpFacts(500, "{}"));
    final.markAsCreateFailure();
    QVERIFY(!final.mayHaveCreatedDesktops());

    // A 200 without a readable job id: the service took the request.
    ApiError noJobId = ApiError::invalidAnswer(QStringLiteral("no job id"), 200);
    QVERIFY(noJobId.isAmbiguous());
    noJobId.markAsCreateFailure();
    QVERIFY(noJobId.mayHaveCreatedDesktops());
    QVERIFY(noJobId.toString().contains(QLatin1String("may have been created")));
}

void TestApiError::retryAfter()
{
    QCOMPARE(ApiError::parseRetryAfter("3"), 3000);
    QCOMPARE(ApiError::parseRetryAfter(""), -1);
    QCOMPARE(ApiError::parseRetryAfter("soon"), -1);
    const QByteArray past = "Wed, 21 Oct 2015 07:28:00 GMT";
    QCOMPARE(ApiError::parseRetryAfter(past), 0);
    ApiError::ResponseFacts facts = httpFacts(429, R"({"error_code":"APIGW.0308"})");
    facts.retryAfter = "2";
    QCOMPARE(ApiError::fromResponse(facts).retryAfterMs(), 2000);
}

void TestApiError::retryPolicyBounds()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.initialDelayMs = 100;
    policy.maxDelayMs = 1000;
    policy.maxTotalMs = 5000;
    policy.jitter = 0.5;
    const ApiError serverError = ApiError::fromResponse(httpFacts(502, "{}"));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const int delay = policy.delayBeforeRetry(serverError, attempt, 0);
        const int base = 100 << (attempt - 1);
        QVERIFY(delay >= base / 2 && delay <= base * 3 / 2);
    }
    QCOMPARE(policy.delayBeforeRetry(serverError, 3, 0), -1); // attempts bound
    QCOMPARE(policy.delayBeforeRetry(serverError, 1, 4990), -1); // total time bound
    QCOMPARE(policy.delayBeforeRetry(ApiError::fromResponse(httpFacts(401, "{}")), 1, 0), -1);
    ApiError::ResponseFacts throttled = httpFacts(429, "{}");
    throttled.retryAfter = "2";
    QCOMPARE(policy.delayBeforeRetry(ApiError::fromResponse(throttled), 1, 0), 2000);
    QCOMPARE(RetryPolicy::none().delayBeforeRetry(serverError, 1, 0), -1);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
