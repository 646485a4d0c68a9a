#include "models/ApiLimits.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/**
 * `deskwiz submit` and `deskwiz jobs` end to end: the real executable as a child process against
 * an in-process sandbox over loopback HTTP, secrets passed through the environment only.
 */
class TestSubmitCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tokenSubmitWaitSucceeds();
    void jsonOutputIsMachineReadable();
    void jsonWaitTellsTheJobIdAtOnce();
    void passwordLoginByProjectIdAndByRegion();
    void akskLogin();
    void failedDesktopExitsThree();
    void createFailingWith500IsSentOnce();
    void createNeverAnsweredIsSentOnce();
    void throttledAndFailingPollsAreSurvived();
    void wrongTokenExitsFourWithAClearMessage();
    void invalidFileIsNotSent();
    void printShowsWhatSubmitSends();
    void everyTestdataCaseFileIsSubmittedInItsContext();
    void wrongTypeAndBatchIssuesPointIntoTheFile();
    void jobsFollowsAnExistingJob();
    void unknownJobIsReportedNotFound();
    void lostWatchSaysHowToResume();
    void secretWithALineBreakIsRefused();
    void plainHttpToARemoteHostIsRefused();
    void secretAsAnOptionIsRefused();
    void http2CanBeSwitchedOff();
    void templateConnectionIsUsedUnlessOptionsSayOtherwise();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &environment);
    QStringList submitArguments(const QString &file, const QString &auth) const;
    QProcessEnvironment tokenEnvironment(const QString &token) const;
    QString writeRequest(const QString &userPrefix, int desktops);
    /** A template of one desktop for `user` with `connection` as its own connection. */
    QString writeTemplate(const QString &user, const QJsonObject &connection);

    QJsonObject m_validRequest;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    int m_fileCount = 0;
};

namespace {

const QString kDeskwiz = QStringLiteral(DESKWIZ_EXECUTABLE);

/** The job id of the "deskwiz: job ID accepted" line of --json on stderr; empty when none. */
QString acceptedJobId(const QString &err)
{
    static const QRegularExpression line(QStringLiteral("deskwiz: job (\\S+) accepted"));
    return line.match(err).captured(1);
}

SandboxFault fault(SandboxFault::Kind kind, const QString &route, int count = 1)
{
    SandboxFault result;
    result.kind = kind;
    result.route = route;
    result.count = count;
    result.retryAfterSeconds = 0;
    return result;
}

} // namespace

void TestSubmitCommand::initTestCase()
{
    QVERIFY(QFileInfo::exists(kDeskwiz));
    QVERIFY(m_dir.isValid());
    m_validRequest = TestData::validUserRequest();
    QVERIFY2(!m_validRequest.isEmpty(), "no valid Windows/LITE_AD request with desktops found");
}

void TestSubmitCommand::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->setJobDurationMs(300);
}

void TestSubmitCommand::cleanup()
{
    m_server.reset();
}

TestSubmitCommand::Run TestSubmitCommand::run(const QStringList &arguments,
                                              const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(kDeskwiz, arguments);
    // The sandbox lives in this process: keep the event loop turning while the child runs.
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList TestSubmitCommand::submitArguments(const QString &file, const QString &auth) const
{
    return {QStringLiteral("submit"),          file,
            QStringLiteral("--endpoint"),      m_server->url().toString(),
            QStringLiteral("--project-id"),    m_server->credentials().projectId,
            QStringLiteral("--auth"),          auth,
            QStringLiteral("--poll-interval"), QStringLiteral("50")};
}

QProcessEnvironment TestSubmitCommand::tokenEnvironment(const QString &token) const
{
    QProcessEnvironment environment = TestData::environmentWithoutSecrets();
    environment.insert(QStringLiteral("DESKWIZ_TOKEN"), token);
    return environment;
}

QString TestSubmitCommand::writeRequest(const QString &userPrefix, int desktops)
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
    const QString path = m_dir.filePath(QStringLiteral("request-%1.json").arg(++m_fileCount));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(request).toJson());
    return path;
}

void TestSubmitCommand::tokenSubmitWaitSucceeds()
{
    const QString file = writeRequest(QStringLiteral("ok"), 2);
    const Run result =
        run(submitArguments(file, QStringLiteral("token")) << QStringLiteral("--wait"),
            tokenEnvironment(m_server->credentials().token));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QString jobId = lines.first().trimmed();
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(m_server->createCallCount(), 1);
    for (const char *user : {"ok1", "ok2"}) {
        bool sawSuccess = false;
        for (const QString &line : lines) {
            sawSuccess = sawSuccess
                || (line.startsWith(jobId) && line.contains(QLatin1String(user))
                    && line.contains(QLatin1String("SUCCESS")));
        }
        QVERIFY2(sawSuccess, qPrintable(result.out));
    }
    QVERIFY(!result.out.contains(m_server->credentials().token));
    QVERIFY(!result.err.contains(m_server->credentials().token));
}

void TestSubmitCommand::jsonOutputIsMachineReadable()
{
    const QString file = writeRequest(QStringLiteral("js"), 1);
    const Run result = run(submitArguments(file, QStringLiteral("token"))
                               << QStringLiteral("--wait") << QStringLiteral("--json"),
                           tokenEnvironment(m_server->credentials().token));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.out));
    const QJsonArray jobs = document.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    const QJsonArray desktops = jobs.first().toObject().value(QStringLiteral("desktops")).toArray();
    QCOMPARE(desktops.size(), 1);
    QCOMPARE(desktops.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("SUCCESS"));
    QCOMPARE(document.value(QStringLiteral("exit_code")).toInt(), 0);
    const QString jobId = jobs.first().toObject().value(QStringLiteral("job_id")).toString();
    QCOMPARE(acceptedJobId(result.err), jobId);
}

void TestSubmitCommand::jsonWaitTellsTheJobIdAtOnce()
{
    // Desktops that take long: the operator stops waiting, and knows the job all the same.
    m_server->setJobDurationMs(60000);
    const QString file = writeRequest(QStringLiteral("jw"), 1);
    QProcess process;
    process.setProcessEnvironment(tokenEnvironment(m_server->credentials().token));
    process.start(kDeskwiz,
                  submitArguments(file, QStringLiteral("token"))
                      << QStringLiteral("--wait") << QStringLiteral("--json"));
    QString err;
    const auto jobIdSoFar = [&] {
        err += QString::fromUtf8(process.readAllStandardError());
        return acceptedJobId(err);
    };
    QTRY_VERIFY_WITH_TIMEOUT(!jobIdSoFar().isEmpty(), 20000);
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    process.waitForFinished();
    QVERIFY(process.readAllStandardOutput().isEmpty()); // stdout holds one document, at the end
    const QString jobId = acceptedJobId(err);
    const Run followed = run({QStringLiteral("jobs"), jobId, QStringLiteral("--endpoint"),
                              m_server->url().toString(), QStringLiteral("--project-id"),
                              m_server->credentials().projectId},
                             tokenEnvironment(m_server->credentials().token));
    QVERIFY2(followed.exitCode == 0, qPrintable(followed.err));
    QVERIFY(followed.out.contains(jobId));
}

void TestSubmitCommand::passwordLoginByProjectIdAndByRegion()
{
    QProcessEnvironment environment = TestData::environmentWithoutSecrets();
    environment.insert(QStringLiteral("DESKWIZ_IAM_DOMAIN"), m_server->credentials().iamDomain);
    environment.insert(QStringLiteral("DESKWIZ_IAM_USER"), m_server->credentials().iamUser);
    environment.insert(QStringLiteral("DESKWIZ_IAM_PASSWORD"), m_server->credentials().iamPassword);
    const QString file = writeRequest(QStringLiteral("pw"), 1);
    const Run byId = run(submitArguments(file, QStringLiteral("password"))
                             << QStringLiteral("--wait") << QStringLiteral("--iam-endpoint")
                             << m_server->url().toString(),
                         environment);
    QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));

    const Run byRegion = run({QStringLiteral("submit"), file, QStringLiteral("--endpoint"),
                              m_server->url().toString(), QStringLiteral("--region"),
                              m_server->credentials().projectName, QStringLiteral("--auth"),
                              QStringLiteral("password")},
                             environment);
    QVERIFY2(byRegion.exitCode == 0, qPrintable(byRegion.err));
    QCOMPARE(m_server->createCallCount(), 2);
    QVERIFY(!byRegion.err.contains(m_server->credentials().iamPassword));

    environment.insert(QStringLiteral("DESKWIZ_IAM_PASSWORD"), QStringLiteral("wrong"));
    const Run wrong = run(submitArguments(file, QStringLiteral("password")), environment);
    QCOMPARE(wrong.exitCode, 4);
    QVERIFY(wrong.err.contains(QLatin1String("401")));
    QCOMPARE(m_server->createCallCount(), 2);
}

void TestSubmitCommand::akskLogin()
{
    QProcessEnvironment environment = TestData::environmentWithoutSecrets();
    environment.insert(QStringLiteral("DESKWIZ_AK"), m_server->credentials().accessKey);
    environment.insert(QStringLiteral("DESKWIZ_SK"), m_server->credentials().secretKey);
    const QString file = writeRequest(QStringLiteral("ak"), 1);
    const Run result =
        run(submitArguments(file, QStringLiteral("aksk")) << QStringLiteral("--wait"), environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(m_server->createCallCount(), 1);
}

void TestSubmitCommand::failedDesktopExitsThree()
{
    const QString file = writeRequest(QStringLiteral("fail-user"), 1);
    const Run result =
        run(submitArguments(file, QStringLiteral("token")) << QStringLiteral("--wait"),
            tokenEnvironment(m_server->credentials().token));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains(QLatin1String("FAILED")), qPrintable(result.out));
    // The failure's code and reason, as the service gave them.
    QVERIFY2(result.out.contains(QLatin1String("WKS.00010110")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("got no IP address")));
}

void TestSubmitCommand::createFailingWith500IsSentOnce()
{
    m_server->injectFault(fault(SandboxFault::Kind::ServerError, QStringLiteral("createDesktops")));
    const QString file = writeRequest(QStringLiteral("u"), 1);
    const Run result =
        run(submitArguments(file, QStringLiteral("token")) << QStringLiteral("--wait"),
            tokenEnvironment(m_server->credentials().token));
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains(QLatin1String("500")));
    QCOMPARE(m_server->createCallCount(), 1);
}

void TestSubmitCommand::createNeverAnsweredIsSentOnce()
{
    m_server->injectFault(fault(SandboxFault::Kind::NeverAnswer, QStringLiteral("createDesktops")));
    const QString file = writeRequest(QStringLiteral("u"), 1);
    const Run result =
        run(submitArguments(file, QStringLiteral("token"))
                << QStringLiteral("--wait") << QStringLiteral("--timeout") << QStringLiteral("0.5"),
            tokenEnvironment(m_server->credentials().token));
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains(QLatin1String("timed out")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("may have been created")));
    QCOMPARE(m_server->createCallCount(), 1);
}

void TestSubmitCommand::throttledAndFailingPollsAreSurvived()
{
    m_server->injectFault(fault(SandboxFault::Kind::Throttle, QStringLiteral("subJobs"), 2));
    m_server->injectFault(fault(SandboxFault::Kind::ServerError, QStringLiteral("subJobs"), 2));
    m_server->injectFault(fault(SandboxFault::Kind::MalformedBody, QStringLiteral("subJobs")));
    const QString file = writeRequest(QStringLiteral("th"), 1);
    const Run result =
        run(submitArguments(file, QStringLiteral("token")) << QStringLiteral("--wait"),
            tokenEnvironment(m_server->credentials().token));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(m_server->pendingFaultCount(), 0);
    QVERIFY(result.out.contains(QLatin1String("SUCCESS")));
}

void TestSubmitCommand::wrongTokenExitsFourWithAClearMessage()
{
    const QString file = writeRequest(QStringLiteral("u"), 1);
    const Run result =
        run(submitArguments(file, QStringLiteral("token")) << QStringLiteral("--wait"),
            tokenEnvironment(QStringLiteral("not-the-token")));
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains(QLatin1String("HTTP 401")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("credentials")));

    const Run missing =
        run(submitArguments(file, QStringLiteral("token")), TestData::environmentWithoutSecrets());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("DESKWIZ_TOKEN")));
}

void TestSubmitCommand::invalidFileIsNotSent()
{
    QJsonObject request = m_validRequest;
    request.insert(QStringLiteral("desktop_type"), QStringLiteral("NOT_A_TYPE"));
    const QString path = m_dir.filePath(QStringLiteral("invalid.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(request).toJson());
    file.close();
    const Run result = run(submitArguments(path, QStringLiteral("token")),
                           tokenEnvironment(m_server->credentials().token));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("/desktop_type")));
    QCOMPARE(m_server->createCallCount(), 0);
}

void TestSubmitCommand::printShowsWhatSubmitSends()
{
    // One desktop more than a request may carry: print, without options, shows the two bodies
    // submit then sends, in order.
    const int perRequest = ApiLimits::builtIn().defaultMaxDesktopsPerRequest;
    const QString file = writeRequest(QStringLiteral("pr"), perRequest + 1);
    const Run printed = run({QStringLiteral("print"), file}, TestData::environmentWithoutSecrets());
    QCOMPARE(printed.exitCode, 0);
    const QJsonArray bodies = QJsonDocument::fromJson(printed.out.toUtf8()).array();
    QCOMPARE(bodies.size(), 2);
    QCOMPARE(bodies.at(0)[QStringLiteral("desktops")].toArray().size(), perRequest);
    QCOMPARE(bodies.at(1)[QStringLiteral("desktops")].toArray().size(), 1);

    const Run submitted = run(submitArguments(file, QStringLiteral("token")),
                              tokenEnvironment(m_server->credentials().token));
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    QCOMPARE(m_server->createCallCount(), int(bodies.size()));
    QCOMPARE(QJsonDocument::fromJson(m_server->lastCreateBody()).object(),
             bodies.last().toObject());
}

void TestSubmitCommand::everyTestdataCaseFileIsSubmittedInItsContext()
{
    // `deskwiz submit CASE.json` on each test case as it lies: judged in the case's context, an
    // invalid one is not sent as it is, a valid one is sent once with the case's request.
    const QDir dir(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    int accepted = 0;
    for (const QString &name : files) {
        const QJsonObject testCase = TestData::requestCase(name);
        const QJsonObject request = testCase.value(QStringLiteral("request")).toObject();
        const bool valid = testCase.value(QStringLiteral("expect"))
                               .toObject()
                               .value(QStringLiteral("errors"))
                               .toArray()
                               .isEmpty();
        m_server->setDomainType(testCase.value(QStringLiteral("context"))
                                    .toObject()
                                    .value(QStringLiteral("domain_type"))
                                    .toString());
        const int sentBefore = m_server->createCallCount();
        const Run result = run(submitArguments(dir.absoluteFilePath(name), QStringLiteral("token")),
                               tokenEnvironment(m_server->credentials().token));
        if (!valid) {
            // Never sent as it stands: refused, or (too many desktops for one request) split.
            const int sent = m_server->createCallCount() - sentBefore;
            QVERIFY2(sent == 0 ? result.exitCode == 1 : sent > 1,
                     qPrintable(name + QLatin1Char(' ') + result.err));
            continue;
        }
        // Sent, so judged valid in the case's own context (a Linux case would fail as Windows).
        QVERIFY2(m_server->createCallCount() == sentBefore + 1,
                 qPrintable(name + QLatin1Char(' ') + result.err));
        // The sandbox judges the OS by the image, which may not be the case's: then it refuses.
        QVERIFY2(result.exitCode == 0 || result.exitCode == 4, qPrintable(name + result.err));
        if (result.exitCode == 0) {
            ++accepted;
            QCOMPARE(QJsonDocument::fromJson(m_server->lastCreateBody()).object(), request);
        }
    }
    QVERIFY(accepted > 0);
}

void TestSubmitCommand::wrongTypeAndBatchIssuesPointIntoTheFile()
{
    // One more desktop than a request may carry: the last one lands in a second batch, where it
    // is the first; its bad user name is still reported at its index in the file.
    const int perRequest = ApiLimits::builtIn().defaultMaxDesktopsPerRequest;
    const QString path = writeRequest(QStringLiteral("u"), perRequest + 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject request = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray desktops = request.value(QStringLiteral("desktops")).toArray();
    QJsonObject last = desktops.last().toObject();
    last.insert(QStringLiteral("user_name"), QStringLiteral("bad name"));
    desktops.replace(perRequest, last);
    request.insert(QStringLiteral("desktops"), desktops);
    // And a member of the wrong type, reported once beside the rest.
    request.insert(QStringLiteral("root_volume"),
                   QJsonObject {{QStringLiteral("type"), QStringLiteral("SAS")},
                                {QStringLiteral("size"), QStringLiteral("80")}});
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(request).toJson());
    file.close();

    const Run result = run(submitArguments(path, QStringLiteral("token")),
                           tokenEnvironment(m_server->credentials().token));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(m_server->createCallCount(), 0);
    const QString badUser = QStringLiteral("/desktops/%1/user_name:").arg(perRequest);
    QVERIFY2(result.err.contains(badUser), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("/desktops/0/user_name:")),
             qPrintable(result.err));
    QCOMPARE(result.err.count(QStringLiteral("/root_volume/size:")), 1);
}

void TestSubmitCommand::jobsFollowsAnExistingJob()
{
    const QString file = writeRequest(QStringLiteral("jb"), 1);
    const Run submitted = run(submitArguments(file, QStringLiteral("token")),
                              tokenEnvironment(m_server->credentials().token));
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    const QString jobId = submitted.out.trimmed();
    QVERIFY(!jobId.isEmpty());
    const Run followed = run({QStringLiteral("jobs"), jobId, QStringLiteral("--endpoint"),
                              m_server->url().toString(), QStringLiteral("--project-id"),
                              m_server->credentials().projectId, QStringLiteral("--wait"),
                              QStringLiteral("--poll-interval"), QStringLiteral("50")},
                             tokenEnvironment(m_server->credentials().token));
    QVERIFY2(followed.exitCode == 0, qPrintable(followed.err));
    QVERIFY(followed.out.contains(jobId));
    QVERIFY(followed.out.contains(QLatin1String("SUCCESS")));
}

void TestSubmitCommand::unknownJobIsReportedNotFound()
{
    const QString unknown = QStringLiteral("no-such-job");
    const QStringList arguments = {QStringLiteral("jobs"),
                                   unknown,
                                   QStringLiteral("--endpoint"),
                                   m_server->url().toString(),
                                   QStringLiteral("--project-id"),
                                   m_server->credentials().projectId,
                                   QStringLiteral("--poll-interval"),
                                   QStringLiteral("20")};
    const QProcessEnvironment environment = tokenEnvironment(m_server->credentials().token);
    // Once (a snapshot) and followed (--wait): both end 4 naming the job, neither waits forever.
    for (const bool wait : {false, true}) {
        const Run result =
            run(wait ? QStringList(arguments) << QStringLiteral("--wait") : arguments, environment);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QLatin1String("job no-such-job not found")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("--project-id")));
    }
}

void TestSubmitCommand::lostWatchSaysHowToResume()
{
    // The create is answered, then the token expires while the job is followed.
    m_server->setJobDurationMs(60000);
    m_server->injectFault(fault(SandboxFault::Kind::ExpiredToken, QStringLiteral("subJobs")));
    const QString file = writeRequest(QStringLiteral("rs"), 1);
    const Run result =
        run(submitArguments(file, QStringLiteral("token")) << QStringLiteral("--wait"),
            tokenEnvironment(m_server->credentials().token));
    QCOMPARE(result.exitCode, 4);
    QCOMPARE(m_server->createCallCount(), 1);
    const QString jobId = result.out.split(QLatin1Char('\n')).constFirst().trimmed();
    QVERIFY(!jobId.isEmpty());
    // The advice is a command that follows the same job on the same service, without a secret.
    const QString advice =
        QStringLiteral("deskwiz jobs %1 --wait --endpoint %2 --project-id %3")
            .arg(jobId, m_server->url().toString(), m_server->credentials().projectId);
    QVERIFY2(result.err.contains(advice), qPrintable(result.err));
    QVERIFY(!result.err.contains(m_server->credentials().token));
}

void TestSubmitCommand::secretWithALineBreakIsRefused()
{
    const QString file = writeRequest(QStringLiteral("u"), 1);
    const QString token = m_server->credentials().token + QStringLiteral("\r\nX-Injected: 1");
    const Run result = run(submitArguments(file, QStringLiteral("token")), tokenEnvironment(token));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("DESKWIZ_TOKEN contains a line break")),
             qPrintable(result.err));
    QVERIFY(!result.err.contains(m_server->credentials().token)); // the value is never shown
    QCOMPARE(m_server->createCallCount(), 0);
}

void TestSubmitCommand::plainHttpToARemoteHostIsRefused()
{
    const QString file = writeRequest(QStringLiteral("u"), 1);
    QStringList arguments = submitArguments(file, QStringLiteral("token"));
    arguments[arguments.indexOf(QStringLiteral("--endpoint")) + 1] =
        QStringLiteral("http://192.0.2.10:8080");
    const Run result = run(arguments, tokenEnvironment(m_server->credentials().token));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("Refusing plain http to 192.0.2.10")),
             qPrintable(result.err));
    QVERIFY(!result.err.contains(m_server->credentials().token));
}

void TestSubmitCommand::secretAsAnOptionIsRefused()
{
    // A secret on the command line could be read by anyone who lists processes: no option
    // takes one, and the value is never printed back.
    const QString file = writeRequest(QStringLiteral("u"), 1);
    const QString secret = QStringLiteral("s3cret-Value-0001");
    for (const char *option :
         {"--token", "--password", "--iam-password", "--sk", "--secret-key", "--security-token"}) {
        for (const QStringList &given : {QStringList {QLatin1String(option), secret},
                                         QStringList {QLatin1String(option) + u'=' + secret}}) {
            const Run result = run(submitArguments(file, QStringLiteral("token")) + given,
                                   tokenEnvironment(m_server->credentials().token));
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QLatin1String("Unknown option")), qPrintable(result.err));
            QVERIFY(!result.err.contains(secret));
            QVERIFY(!result.out.contains(secret));
        }
    }
    QCOMPARE(m_server->createCallCount(), 0);
}

void TestSubmitCommand::http2CanBeSwitchedOff()
{
    // Over plain http Qt offers HTTP/2 (an h2c upgrade) only when asked to; then whether
    // deskwiz allows HTTP/2 shows in its request (the create, the last one without --wait).
    const QString file = writeRequest(QStringLiteral("h"), 1);
    QProcessEnvironment environment = tokenEnvironment(m_server->credentials().token);
    environment.insert(QStringLiteral("QT_NETWORK_H2C_ALLOWED"), QStringLiteral("1"));
    const auto offeredHttp2 = [this] {
        for (const auto &header : m_server->lastRequestHeaders()) {
            if (header.first.compare("upgrade", Qt::CaseInsensitive) == 0)
                return header.second.contains("h2c");
        }
        return false;
    };
    const Run allowed = run(submitArguments(file, QStringLiteral("token")), environment);
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QVERIFY(offeredHttp2());

    const Run option =
        run(submitArguments(file, QStringLiteral("token")) << QStringLiteral("--no-http2"),
            environment);
    QVERIFY2(option.exitCode == 0, qPrintable(option.err));
    QVERIFY(!offeredHttp2());

    environment.insert(QStringLiteral("DESKWIZ_NO_HTTP2"), QStringLiteral("1"));
    const Run variable = run(submitArguments(file, QStringLiteral("token")), environment);
    QVERIFY2(variable.exitCode == 0, qPrintable(variable.err));
    QVERIFY(!offeredHttp2());
    QCOMPARE(m_server->createCallCount(), 3);
}

QString TestSubmitCommand::writeTemplate(const QString &user, const QJsonObject &connection)
{
    QFile request(writeRequest(user, 1));
    if (!request.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject document {
        {QStringLiteral("deskwiz_template"), 1},
        {QStringLiteral("name"), user},
        {QStringLiteral("context"),
         QJsonObject {{QStringLiteral("os_type"), QStringLiteral("Windows")},
                      {QStringLiteral("domain_type"), QStringLiteral("LITE_AD")}}},
        {QStringLiteral("connection"), connection},
        {QStringLiteral("request"), QJsonDocument::fromJson(request.readAll()).object()}};
    const QString path =
        m_dir.filePath(QStringLiteral("template-%1.deskwiz.json").arg(++m_fileCount));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(document).toJson());
    return path;
}

void TestSubmitCommand::templateConnectionIsUsedUnlessOptionsSayOtherwise()
{
    // The template says where and how to connect; only the secret is in the environment.
    const SandboxServer::Credentials credentials = m_server->credentials();
    const QJsonObject tokenLogin {{QStringLiteral("endpoint"), m_server->url().toString()},
                                  {QStringLiteral("project_id"), credentials.projectId},
                                  {QStringLiteral("auth"), QStringLiteral("token")}};
    const QStringList follow = {QStringLiteral("--wait"), QStringLiteral("--poll-interval"),
                                QStringLiteral("50")};
    const Run byTemplate =
        run(QStringList {QStringLiteral("submit"), writeTemplate(QStringLiteral("tp"), tokenLogin)}
                + follow,
            tokenEnvironment(credentials.token));
    QVERIFY2(byTemplate.exitCode == 0, qPrintable(byTemplate.err));
    QCOMPARE(m_server->createCallCount(), 1);

    // AK/SK: the AK is the template's, the SK the environment's.
    QProcessEnvironment environment = TestData::environmentWithoutSecrets();
    environment.insert(QStringLiteral("DESKWIZ_SK"), credentials.secretKey);
    const QJsonObject akskLogin {{QStringLiteral("endpoint"), m_server->url().toString()},
                                 {QStringLiteral("project_id"), credentials.projectId},
                                 {QStringLiteral("auth"), QStringLiteral("aksk")},
                                 {QStringLiteral("ak"), credentials.accessKey}};
    const Run byKeys =
        run(QStringList {QStringLiteral("submit"), writeTemplate(QStringLiteral("tk"), akskLogin)}
                + follow,
            environment);
    QVERIFY2(byKeys.exitCode == 0, qPrintable(byKeys.err));
    QCOMPARE(m_server->createCallCount(), 2);

    // An option overrides the template: nothing listens where the template points.
    QJsonObject elsewhere = tokenLogin;
    elsewhere.insert(QStringLiteral("endpoint"), QStringLiteral("http://127.0.0.1:9"));
    const QString misdirected = writeTemplate(QStringLiteral("te"), elsewhere);
    const Run overridden =
        run(QStringList {QStringLiteral("submit"), misdirected, QStringLiteral("--endpoint"),
                         m_server->url().toString()},
            tokenEnvironment(credentials.token));
    QVERIFY2(overridden.exitCode == 0, qPrintable(overridden.err));
    QCOMPARE(m_server->createCallCount(), 3);

    // Without the secret in the environment, the template is no help (it never holds one).
    const Run noSecret =
        run({QStringLiteral("submit"), writeTemplate(QStringLiteral("tn"), tokenLogin)},
            TestData::environmentWithoutSecrets());
    QCOMPARE(noSecret.exitCode, 2);
    QVERIFY2(noSecret.err.contains(QLatin1String("DESKWIZ_TOKEN")), qPrintable(noSecret.err));
    QCOMPARE(m_server->createCallCount(), 3);

    // A lost watch: the command that resumes it says what the template said, the AK in the
    // environment's words.
    m_server->setJobDurationMs(60000);
    m_server->injectFault(fault(SandboxFault::Kind::ExpiredToken, QStringLiteral("subJobs")));
    const Run lost =
        run(QStringList {QStringLiteral("submit"), writeTemplate(QStringLiteral("tl"), akskLogin)}
                + follow,
            environment);
    QCOMPARE(lost.exitCode, 4);
    const QString jobId = lost.out.split(QLatin1Char('\n')).constFirst().trimmed();
    const QString advice =
        QStringLiteral("DESKWIZ_AK=%1 deskwiz jobs %2 --wait --endpoint %3 --project-id %4 "
                       "--auth aksk")
            .arg(credentials.accessKey, jobId, m_server->url().toString(), credentials.projectId);
    QVERIFY2(lost.err.contains(advice), qPrintable(lost.err));
    QVERIFY(!lost.err.contains(credentials.secretKey));
}

QTEST_GUILESS_MAIN(TestSubmitCommand)
#include "tst_submitcommand.moc"
