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
};

QTEST_GUILESS_MAIN(TestBatchPlanner)
#include "tst_batchplanner.moc"
