#include "models/BatchPlanner.h"
#include "models/RequestCodec.h"

#include <QTest>

namespace {

CreateDesktopRequest requestWithDesktops(int count)
{
    CreateDesktopRequest request;
    request.desktopType = QStringLiteral("DEDICATED");
    request.productId = QStringLiteral("workspace.c2.large.windows.2");
    request.rootVolume = Volume {QStringLiteral("SAS"), 80, {}};
    request.unknown.insert(QStringLiteral("buy_type"), QStringLiteral("ONDEMAND"));
    QList<Desktop> desktops;
    for (int i = 0; i < count; ++i) {
        Desktop desktop;
        desktop.userName = QStringLiteral("user%1").arg(i);
        desktops.append(desktop);
    }
    request.desktops = desktops;
    return request;
}

} // namespace

class TestBatchPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<int>("desktops");
        QTest::addColumn<int>("max");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("fits") << 50 << 50 << QList<int> {50};
        QTest::newRow("one over") << 51 << 50 << QList<int> {50, 1};
        QTest::newRow("exact multiple") << 100 << 50 << QList<int> {50, 50};
        QTest::newRow("uneven") << 7 << 3 << QList<int> {3, 3, 1};
        QTest::newRow("one each") << 3 << 1 << QList<int> {1, 1, 1};
        QTest::newRow("max below 1 means 1") << 2 << 0 << QList<int> {1, 1};
    }

    void split()
    {
        QFETCH(int, desktops);
        QFETCH(int, max);
        QFETCH(QList<int>, sizes);
        const CreateDesktopRequest request = requestWithDesktops(desktops);
        const QList<CreateDesktopRequest> batches = BatchPlanner::split(request, max);
        QCOMPARE(batches.size(), sizes.size());
        QList<Desktop> joined;
        for (int i = 0; i < batches.size(); ++i) {
            const CreateDesktopRequest &batch = batches.at(i);
            QCOMPARE(batch.desktops->size(), sizes.at(i));
            joined.append(*batch.desktops);
            // Same configuration: equal to the original apart from the desktops.
            CreateDesktopRequest sameButDesktops = batch;
            sameButDesktops.desktops = request.desktops;
            QCOMPARE(sameButDesktops, request);
        }
        QCOMPARE(joined, *request.desktops);
    }

    void poolIsNotSplit()
    {
        CreateDesktopRequest request = requestWithDesktops(0);
        request.desktops.reset();
        request.size = 80;
        const QList<CreateDesktopRequest> batches = BatchPlanner::split(request, 50);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first(), request);
    }

    void desktopIpsFollowTheirDesktops()
    {
        CreateDesktopRequest request = requestWithDesktops(3);
        request.desktopIps = QStringList {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"),
                                          QStringLiteral("10.0.0.3")};
        const QList<CreateDesktopRequest> batches = BatchPlanner::split(request, 2);
        QCOMPARE(batches.size(), 2);
        QCOMPARE(*batches.at(0).desktopIps,
                 (QStringList {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
        QCOMPARE(*batches.at(1).desktopIps, QStringList {QStringLiteral("10.0.0.3")});
    }

    void batchPointersLeadBackToTheRequest()
    {
        // Every desktop of every batch is found again in the request by its pointer.
        CreateDesktopRequest request = requestWithDesktops(7);
        QStringList ips;
        for (int i = 0; i < 7; ++i)
            ips.append(QStringLiteral("10.0.0.%1").arg(i + 1));
        request.desktopIps = ips;
        const int max = 3;
        const QList<CreateDesktopRequest> batches = BatchPlanner::split(request, max);
        QCOMPARE(batches.size(), 3);
        int seen = 0;
        for (int b = 0; b < batches.size(); ++b) {
            for (int j = 0; j < batches.at(b).desktops->size(); ++j, ++seen) {
                const QString user = QStringLiteral("/desktops/%1/user_name").arg(j);
                const QString inRequest = BatchPlanner::pointerInRequest(user, request, max, b);
                const int index = inRequest.section(QLatin1Char('/'), 2, 2).toInt();
                QCOMPARE(inRequest, QStringLiteral("/desktops/%1/user_name").arg(index));
                QCOMPARE(request.desktops->at(index), batches.at(b).desktops->at(j));
                const QString ip = QStringLiteral("/desktop_ips/%1").arg(j);
                const QString ipInRequest = BatchPlanner::pointerInRequest(ip, request, max, b);
                QCOMPARE(request.desktopIps->at(ipInRequest.section(QLatin1Char('/'), 2).toInt()),
                         batches.at(b).desktopIps->at(j));
                // And back: the request's pointer is in this batch only.
                for (int other = 0; other < batches.size(); ++other) {
                    const std::optional<QString> back =
                        BatchPlanner::pointerInBatch(inRequest, request, max, other);
                    QCOMPARE(back.has_value(), other == b);
                    if (back)
                        QCOMPARE(*back, user);
                }
            }
            // Members outside the desktops are the same in every batch.
            for (const QString &same :
                 {QStringLiteral("/desktops"), QStringLiteral("/root_volume/size"),
                  QStringLiteral("/desktops_note/0")}) {
                QCOMPARE(BatchPlanner::pointerInRequest(same, request, max, b), same);
                QCOMPARE(BatchPlanner::pointerInBatch(same, request, max, b), same);
            }
        }
        QCOMPARE(seen, 7);

        // A pool of addresses the service picks from is kept whole in each batch: no shift.
        request.desktopIps = QStringList {QStringLiteral("10.0.0.1")};
        QCOMPARE(BatchPlanner::pointerInRequest(QStringLiteral("/desktop_ips/0"), request, max, 2),
                 QStringLiteral("/desktop_ips/0"));
        QCOMPARE(BatchPlanner::pointerInRequest(QStringLiteral("/desktops/0"), request, max, 2),
                 QStringLiteral("/desktops/6"));
    }
};

QTEST_GUILESS_MAIN(TestBatchPlanner)
#include "tst_batchplanner.moc"
