// The Submit & Progress page against the in-process sandbox over loopback HTTP: a single create
// per click, per-desktop progress to SUCCESS/FAILED, resubmission of the failed rows only, and the
// definite and ambiguous failures of the create call.
#include "api/ApiError.h"
#include "api/WorkspaceClient.h"
#include "models/RequestCodec.h"
#include "models/RequestDraft.h"
#include "sandbox/SandboxServer.h"
#include "ui/DesktopProgressModel.h"
#include "ui/LostJobSearch.h"
#include "ui/pages/SubmitPage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWizard>

#include <memory>

namespace {

struct SeedCase
{
    QJsonObject request;
    ValidationContext context;
};

SeedCase readSeedExample()
{
    QFile file(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests/seed-example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed example");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    SeedCase seed;
    seed.request = root.value(QStringLiteral("request")).toObject();
    const QJsonObject context = root.value(QStringLiteral("context")).toObject();
    seed.context.osType =
        ValidationContext::parseOsType(context.value(QStringLiteral("os_type")).toString())
            .value_or(ValidationContext::OsType::Windows);
    seed.context.domainType =
        ValidationContext::parseDomainType(context.value(QStringLiteral("domain_type")).toString())
            .value_or(ValidationContext::DomainType::LiteAd);
    return seed;
}

JobWatcher::Timing fastTiming()
{
    JobWatcher::Timing timing;
    timing.initialIntervalMs = 40;
    timing.maxIntervalMs = 120;
    return timing;
}

int rowOfUser(const DesktopProgressModel *model, const QString &userName)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->userNameAt(row) == userName)
            return row;
    }
    return -1;
}

} // namespace

class TestSubmitPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void submitsOnceFollowsAndResubmitsTheFailedRows();
    void definiteFailureAllowsAnotherTry();
    void ambiguousFailureSaysTheDesktopsMayExist();
    void lostAnswerFindsTheAcceptedJob();
    void lostJobMatchesTheRequest();
    void invalidRequestCannotBeSubmitted();

private:
    void setUpPage(const QJsonObject &body);
    QPushButton *button(const char *name) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<WorkspaceClient> m_client;
    std::unique_ptr<RequestDraft> m_draft;
    std::unique_ptr<QWizard> m_wizard;
    SubmitPage *m_page = nullptr;
    SeedCase m_seed;
};

void TestSubmitPage::init()
{
    m_seed = readSeedExample();
    m_server = std::make_unique<SandboxServer>();
    m_server->setJobDurationMs(400);
    QVERIFY(m_server->listen());
    Connection connection;
    connection.endpoint = m_server->url();
    connection.projectId = m_server->credentials().projectId;
    connection.secrets.token = m_server->credentials().token.toUtf8();
    m_client = std::make_unique<WorkspaceClient>(connection);
    m_client->setTimeoutMs(5000);
    m_draft = std::make_unique<RequestDraft>();
    m_draft->setContext(m_seed.context);
}

void TestSubmitPage::cleanup()
{
    m_wizard.reset();
    m_draft.reset();
    m_client.reset();
    m_server.reset();
    m_page = nullptr;
}

void TestSubmitPage::setUpPage(const QJsonObject &body)
{
    const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
    QVERIFY(read.ok());
    m_draft->setRequest(read.request);
    m_wizard = std::make_unique<QWizard>();
    m_page = new SubmitPage(m_draft.get(), m_client.get());
    m_page->setWatchTiming(fastTiming());
    m_wizard->addPage(m_page);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

QPushButton *TestSubmitPage::button(const char *name) const
{
    return m_page->findChild<QPushButton *>(QString::fromLatin1(name));
}

void TestSubmitPage::submitsOnceFollowsAndResubmitsTheFailedRows()
{
    QJsonObject body = m_seed.request;
    QJsonArray desktops = body.value(QStringLiteral("desktops")).toArray();
    desktops.append(
        QJsonObject {{QStringLiteral("user_name"), QStringLiteral("fail-ops-003")},
                     {QStringLiteral("user_email"), QStringLiteral("ops003@example.com")}});
    body.insert(QStringLiteral("desktops"), desktops);
    setUpPage(body);
    QVERIFY(!m_page->isComplete());

    QPushButton *submit = button("submitButton");
    QVERIFY(submit->isEnabled());
    QVERIFY(submit->text().contains(QLatin1Char('2')));
    QTest::mouseDClick(submit, Qt::LeftButton);
    submit->click();
    QTRY_VERIFY(!m_page->submission()->jobIds().isEmpty());
    QCOMPARE(m_server->createCallCount(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_server->lastCreateBody()), QJsonDocument(body));
    QVERIFY(!m_page->findChild<QLineEdit *>(QStringLiteral("jobIdEdit"))->text().isEmpty());
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("copyJobIdButton"))->isEnabled());

    DesktopProgressModel *model = m_page->progressModel();
    QCOMPARE(model->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 15000);
    const int okRow = rowOfUser(model, QStringLiteral("ops-002"));
    const int failedRow = rowOfUser(model, QStringLiteral("fail-ops-003"));
    QVERIFY(okRow >= 0 && failedRow >= 0);
    QCOMPARE(model->statusAt(okRow), SubJob::Status::Success);
    QVERIFY(
        !model->index(okRow, DesktopProgressModel::DesktopIdColumn).data().toString().isEmpty());
    QCOMPARE(model->statusAt(failedRow), SubJob::Status::Failed);
    QCOMPARE(model->errorCodeAt(failedRow), QStringLiteral("WKS.00010110"));
    const QString failure =
        model->index(failedRow, DesktopProgressModel::FailureColumn).data().toString();
    QVERIFY2(failure.contains(QStringLiteral("WKS.00010110"))
                 && failure.contains(QStringLiteral("DHCP")),
             qPrintable(failure));
    // The sandbox's fail_reason already gives the advice of the code's hint: said once only.
    QVERIFY2(failure.count(QStringLiteral("DHCP")) == 1, qPrintable(failure));
    QVERIFY2(!failure.contains(ApiError::hintFor(model->errorCodeAt(failedRow))),
             qPrintable(failure));
    QCOMPARE(m_server->createCallCount(), 1);
    auto *counts = m_page->findChild<QLabel *>(QStringLiteral("progressCounts"));
    QCOMPARE(counts->text(), QStringLiteral("1 of 2 ready, 1 failed"));

    // The clock stands still while nothing is sent or followed.
    const qint64 firstRun = m_page->submission()->elapsedMs();
    QTest::qWait(1500);
    QCOMPARE(m_page->submission()->elapsedMs(), firstRun);

    QPushButton *resubmit = button("resubmitFailedButton");
    QVERIFY(resubmit->isEnabled());
    QElapsedTimer secondRun;
    secondRun.start();
    resubmit->click();
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY(
        (confirmation = m_page->findChild<QMessageBox *>(QStringLiteral("resubmitConfirmation")))
        != nullptr);
    QVERIFY(confirmation->text().contains(QLatin1Char('1')));
    confirmation->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_page->submission()->jobIds().size(), 2);
    QCOMPARE(m_server->createCallCount(), 2);
    QJsonObject expected = body;
    expected.insert(QStringLiteral("desktops"), QJsonArray {desktops.at(1)});
    QCOMPARE(QJsonDocument::fromJson(m_server->lastCreateBody()), QJsonDocument(expected));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(!resubmit->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 15000);
    const qint64 secondRunMs = secondRun.elapsed();
    QCOMPARE(model->statusAt(2), SubJob::Status::Failed); // a fail… user fails again
    // Two desktops, each counted once: the resubmitted row gave way to its new row.
    QCOMPARE(counts->text(), QStringLiteral("1 of 2 ready, 1 failed"));
    QCOMPARE(model->totalCount(), 2);
    QCOMPARE(m_page->findChild<QProgressBar *>(QStringLiteral("overallProgress"))->value(), 100);
    // The elapsed time is the two runs, without the wait between them.
    const qint64 elapsed = m_page->submission()->elapsedMs();
    QVERIFY2(
        elapsed >= firstRun && elapsed <= firstRun + secondRunMs,
        qPrintable(
            QStringLiteral("%1 ms after %2 + %3 ms").arg(elapsed).arg(firstRun).arg(secondRunMs)));
    QVERIFY(model->index(failedRow, DesktopProgressModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("resubmitted")));
    QCOMPARE(m_server->createCallCount(), 2);
}

void TestSubmitPage::definiteFailureAllowsAnotherTry()
{
    setUpPage(m_seed.request);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.route = QStringLiteral("createDesktops");
    fault.httpStatus = 500;
    m_server->injectFault(fault);

    QPushButton *submit = button("submitButton");
    submit->click();
    QTRY_COMPARE(m_page->submission()->state(), DesktopSubmission::State::SendFailed);
    QCOMPARE(m_server->createCallCount(), 1); // never retried
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("submitMessage"));
    QVERIFY2(message->text().contains(m_page->submission()->lastSendError().summary()),
             qPrintable(message->text()));
    QVERIFY(!m_page->submission()->lastSendError().mayHaveCreatedDesktops());
    QVERIFY(submit->isEnabled());
    QVERIFY(!m_page->isComplete());

    submit->click();
    QTRY_VERIFY(!m_page->submission()->jobIds().isEmpty());
    QCOMPARE(m_server->createCallCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 15000);
    QCOMPARE(m_page->progressModel()->statusAt(0), SubJob::Status::Success);
}

void TestSubmitPage::ambiguousFailureSaysTheDesktopsMayExist()
{
    setUpPage(m_seed.request);
    m_client->setTimeoutMs(300);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::NeverAnswer;
    fault.route = QStringLiteral("createDesktops");
    m_server->injectFault(fault);

    QPushButton *submit = button("submitButton");
    submit->click();
    QVERIFY(!submit->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->submission()->state(), DesktopSubmission::State::SendFailed,
                              10000);
    QCOMPARE(m_server->createCallCount(), 1);
    QVERIFY(m_page->submission()->lastSendError().mayHaveCreatedDesktops());
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("submitMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("deskwiz jobs")), qPrintable(message->text()));
    QVERIFY(!submit->isEnabled()); // no blind second attempt
    // A way on: Close, looking for the job, and sending again after a warning.
    QVERIFY(m_page->isComplete());
    QPushButton *look = button("lookForJobButton");
    QPushButton *again = button("sendAgainButton");
    QVERIFY(look->isVisible() && look->isEnabled());
    QVERIFY(again->isVisible() && again->isEnabled());
    look->click();
    QTRY_VERIFY2(message->text().contains(QStringLiteral("No recent job")),
                 qPrintable(message->text()));
    QCOMPARE(m_server->createCallCount(), 1);
    QVERIFY(!submit->isEnabled());

    again->click();
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY(
        (confirmation = m_page->findChild<QMessageBox *>(QStringLiteral("sendAgainConfirmation"))));
    QVERIFY2(confirmation->text().contains(QStringLiteral("twice")),
             qPrintable(confirmation->text()));
    confirmation->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("sendAgainConfirmation")));
    QVERIFY(!submit->isEnabled());
    again->click();
    QTRY_VERIFY(
        (confirmation = m_page->findChild<QMessageBox *>(QStringLiteral("sendAgainConfirmation"))));
    confirmation->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(submit->isEnabled()); // knowingly, and only once asked
    QVERIFY(!look->isVisible());
    QCOMPARE(m_server->createCallCount(), 1);
}

void TestSubmitPage::lostAnswerFindsTheAcceptedJob()
{
    // The service creates the job, but its answer comes after the client gave up waiting.
    setUpPage(m_seed.request);
    m_client->setTimeoutMs(300);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Slow;
    fault.delayMs = 1500;
    fault.route = QStringLiteral("createDesktops");
    m_server->injectFault(fault);

    button("submitButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->submission()->state(), DesktopSubmission::State::SendFailed,
                              10000);
    QVERIFY(m_page->submission()->lastSendError().mayHaveCreatedDesktops());
    QVERIFY(m_page->submission()->jobIds().isEmpty());
    button("lookForJobButton")->click();
    QTRY_COMPARE(m_page->submission()->jobIds().size(), 1);
    // Followed as if its answer had come (the job may be done already: its desktops ran meanwhile).
    QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("jobIdEdit"))->text(),
             m_page->submission()->jobIds().first());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isComplete(), 15000);
    QCOMPARE(m_page->progressModel()->totalCount(),
             int(m_seed.request.value(QStringLiteral("desktops")).toArray().size()));
    QCOMPARE(m_page->progressModel()->statusAt(0), SubJob::Status::Success);
    QCOMPARE(m_server->createCallCount(), 1); // found, never sent twice
}

void TestSubmitPage::lostJobMatchesTheRequest()
{
    CreateDesktopRequest request;
    Desktop anna;
    anna.userName = QStringLiteral("anna");
    request.desktops = QList<Desktop> {anna};
    const QDateTime sent =
        QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00Z"), Qt::ISODate);
    const auto subJob = [](const char *job, const char *user, const char *began) {
        SubJob value;
        value.jobId = QString::fromLatin1(job);
        value.userName = QString::fromLatin1(user);
        value.beginTime = QString::fromLatin1(began);
        return value;
    };
    const QList<SubJob> recent {
        subJob("older", "anna", "2026-03-01 09:40:00"), // before the request
        subJob("others", "bob", "2026-03-01 10:00:05"), // someone else's
        subJob("mixed", "anna", "2026-03-01 10:00:05"),
        subJob("mixed", "carl", "2026-03-01 10:00:05"), // holds a stranger too
        subJob("ours", "anna", "2026-03-01 10:00:02"),
    };
    QCOMPARE(LostJobSearch::matchingJobs(recent, request, sent),
             QStringList {QStringLiteral("ours")});
    // A pool has no users: every job begun since counts, most desktops first.
    CreateDesktopRequest pool;
    pool.size = 2;
    QCOMPARE(
        LostJobSearch::matchingJobs(recent, pool, sent),
        (QStringList {QStringLiteral("mixed"), QStringLiteral("others"), QStringLiteral("ours")}));
}

void TestSubmitPage::invalidRequestCannotBeSubmitted()
{
    QJsonObject body = m_seed.request;
    body.remove(QStringLiteral("product_id"));
    setUpPage(body);
    QVERIFY(hasErrors(m_draft->issues()));
    QPushButton *submit = button("submitButton");
    QVERIFY(!submit->isEnabled());
    submit->click();
    QTest::qWait(50);
    QCOMPARE(m_server->createCallCount(), 0);
}

QTEST_MAIN(TestSubmitPage)
#include "tst_submitpage.moc"
