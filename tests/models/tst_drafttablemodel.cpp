// The table models over the draft: rows and cells map to the request and to JSON pointers.

#include "models/DesktopTableModel.h"
#include "models/NetworkListModels.h"
#include "models/RequestCodec.h"
#include "models/TagTableModel.h"
#include "models/VolumeListModel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestDraftTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyValidCaseShowsItsListsAndRoundTrips();
    void editsGoThroughTheDraft();
    void insertRemoveAndMove();
    void cellIssuesArePlaced();
    void toolTipsSayTheLimitsOfTheData();
};

void TestDraftTableModel::everyValidCaseShowsItsListsAndRoundTrips()
{
    const QDir folder(QStringLiteral(DESKWIZ_TESTDATA_DIR "/requests"));
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!names.isEmpty());
    int checked = 0;
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject testCase = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject body = testCase.value(u"request").toObject();
        const RequestCodec::ReadResult read = RequestCodec::fromJson(body);
        if (!read.ok())
            continue;
        RequestDraft draft;
        draft.setRequest(read.request);
        DesktopTableModel desktops(&draft);
        TagTableModel tags(&draft);
        VolumeListModel volumes(&draft, Volume());
        NicListModel nics(&draft);
        QCOMPARE(desktops.rowCount(), int(body.value(u"desktops").toArray().size()));
        QCOMPARE(tags.rowCount(), int(body.value(u"tags").toArray().size()));
        QCOMPARE(volumes.rowCount(), int(body.value(u"data_volumes").toArray().size()));
        QCOMPARE(nics.rowCount(), int(body.value(u"nics").toArray().size()));
        const QJsonArray bodyDesktops = body.value(u"desktops").toArray();
        for (int row = 0; row < bodyDesktops.size(); ++row) {
            const QJsonObject desktop = bodyDesktops.at(row).toObject();
            if (desktop.value(u"user_name").isString())
                QCOMPARE(desktops.index(row, DesktopTableModel::UserNameColumn).data().toString(),
                         desktop.value(u"user_name").toString());
        }
        // Writing every cell back with its own value changes nothing.
        for (DraftTableModel *model :
             std::initializer_list<DraftTableModel *> {&desktops, &tags, &volumes, &nics}) {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    if (index.data(Qt::EditRole).isValid())
                        model->setData(index, index.data(Qt::EditRole));
                }
            }
        }
        QCOMPARE(RequestCodec::toJson(draft.request()), RequestCodec::toJson(read.request));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestDraftTableModel::editsGoThroughTheDraft()
{
    RequestDraft draft;
    draft.setRequest(CreateDesktopRequest());
    DesktopTableModel model(&draft);
    QSignalSpy changed(&draft, &RequestDraft::changed);
    QCOMPARE(model.appendRow(), 0);
    QVERIFY(draft.request().desktops.has_value());
    QVERIFY(
        model.setData(model.index(0, DesktopTableModel::UserNameColumn), QStringLiteral("ops")));
    QCOMPARE(draft.request().desktops->at(0).userName,
             std::optional<QString>(QStringLiteral("ops")));
    // Blank text is "not set": the member is omitted from the body.
    QVERIFY(model.setData(model.index(0, DesktopTableModel::UserNameColumn), QString()));
    QVERIFY(!draft.request().desktops->at(0).userName.has_value());
    QVERIFY(changed.count() >= 3);
    QCOMPARE(model.cellPointer(0, DesktopTableModel::ComputerNameColumn),
             QStringLiteral("/desktops/0/computer_name"));
}

void TestDraftTableModel::insertRemoveAndMove()
{
    RequestDraft draft;
    VolumeListModel model(&draft, Volume {QStringLiteral("SAS"), 10, {}});
    model.appendRow();
    model.appendRow();
    model.setData(model.index(1, VolumeListModel::SizeColumn), 40);
    QVERIFY(model.moveRowBy(1, -1));
    QCOMPARE(draft.request().dataVolumes->at(0).size, std::optional<int>(40));
    QCOMPARE(model.index(0, VolumeListModel::SizeColumn).data().toInt(), 40);
    QVERIFY(!model.moveRowBy(0, -1));
    QVERIFY(model.removeRows(0, 2));
    // An emptied optional list is omitted again.
    QVERIFY(!draft.request().dataVolumes.has_value());
    QCOMPARE(model.rowCount(), 0);

    // The desktops list stays present when emptied: it is what chooses assigned desktops.
    DesktopTableModel desktops(&draft);
    desktops.appendRow();
    QVERIFY(desktops.removeRows(0, 1));
    QVERIFY(draft.request().desktops.has_value());

    // A change made elsewhere resets the model to the new row count.
    draft.update([](CreateDesktopRequest &r) {
        r.dataVolumes = QList<Volume> {Volume(), Volume()};
    });
    QCOMPARE(model.rowCount(), 2);
}

void TestDraftTableModel::cellIssuesArePlaced()
{
    RequestDraft draft;
    TagTableModel model(&draft);
    model.appendRow();
    model.setData(model.index(0, TagTableModel::ValueColumn), QStringLiteral("v"));
    // The key is missing: the validator reports it at /tags/0/key (or below it).
    bool placed = false;
    for (const DraftTableModel::CellIssue &cell : model.cellIssues()) {
        if (cell.row == 0 && cell.column == TagTableModel::KeyColumn && cell.issue.isError())
            placed = true;
    }
    QVERIFY(placed);
    QCOMPARE(
        model.index(0, TagTableModel::KeyColumn).data(DraftTableModel::IssueSeverityRole).toInt(),
        int(DraftTableModel::ErrorIssue));
    QCOMPARE(model.index(0, TagTableModel::KeyColumn).data(DraftTableModel::PointerRole).toString(),
             QStringLiteral("/tags/0/key"));
    int row = 0;
    int column = 0;
    QVERIFY(model.locate(QStringLiteral("/tags/3/value"), &row, &column));
    QCOMPARE(row, 3);
    QCOMPARE(column, int(TagTableModel::ValueColumn));
    QVERIFY(!model.locate(QStringLiteral("/tagsx/0"), &row, &column));
}

void TestDraftTableModel::toolTipsSayTheLimitsOfTheData()
{
    // Limits unlike the shipped ones: every number a tool tip states must be one of these.
    ApiLimits limits = ApiLimits::builtIn();
    limits.volumeTypes = QStringList {QStringLiteral("ULTRA")};
    limits.dataVolumeSize = IntRange {30, 4440, 30};
    limits.tagKeyMaxLength = 77;
    limits.tagValueMaxLength = 33;
    limits.tagAllowedPunctuation = QStringLiteral("-.");
    limits.userNameAllowedPunctuation = QStringLiteral("~");
    limits.userNameMaxLengthLiteAd = 19;
    limits.userNameMaxLengthLocalAd = 31;
    limits.userNameMaxLengthWindows = 18;
    limits.userNameMaxLengthLinux = 29;
    limits.userPhoneMinDigits = 6;
    limits.userPhoneMaxDigits = 14;
    limits.userGroupsWindows = QStringList {QStringLiteral("operators")};
    limits.computerNameMaxLength = 14;
    limits.osHostNameMaxLength = 13;
    limits.maxNics = 4;
    limits.maxSecurityGroups = 3;
    limits.sharedVpcMaxAvailabilityZones = 7;
    RequestDraft draft(limits);

    VolumeListModel volumes(&draft, Volume());
    TagTableModel tags(&draft);
    DesktopTableModel desktops(&draft);
    NicListModel nics(&draft);
    SecurityGroupListModel groups(&draft);
    SharedVpcZoneListModel zones(&draft);
    const struct
    {
        const DraftTableModel *model;
        int column;
        QStringList says;
    } expectations[] = {
        {&volumes, VolumeListModel::TypeColumn, {QStringLiteral("ULTRA")}},
        {&volumes, VolumeListModel::SizeColumn, {QStringLiteral("30-4440"), QStringLiteral("30")}},
        {&tags, TagTableModel::KeyColumn, {QStringLiteral("77"), QStringLiteral(".")}},
        {&tags, TagTableModel::ValueColumn, {QStringLiteral("33"), QStringLiteral(".")}},
        {&desktops,
         DesktopTableModel::UserNameColumn,
         {QStringLiteral("~"), QStringLiteral("19"), QStringLiteral("31"), QStringLiteral("18"),
          QStringLiteral("29")}},
        {&desktops,
         DesktopTableModel::UserPhoneColumn,
         {QStringLiteral("6"), QStringLiteral("14")}},
        {&desktops, DesktopTableModel::UserGroupColumn, {QStringLiteral("operators")}},
        {&desktops, DesktopTableModel::ComputerNameColumn, {QStringLiteral("1-14")}},
        {&desktops, DesktopTableModel::OsHostNameColumn, {QStringLiteral("1-13")}},
        {&nics, 0, {QStringLiteral("4")}},
        {&groups, 0, {QStringLiteral("3")}},
        {&zones, 0, {QStringLiteral("7")}},
    };
    // The shipped numbers and words, none of which may be left in a tool tip.
    const QStringList shipped {QStringLiteral("10"),  QStringLiteral("32760"),
                               QStringLiteral("128"), QStringLiteral("43"),
                               QStringLiteral("15"),  QStringLiteral("20"),
                               QStringLiteral("32"),  QStringLiteral("administrators"),
                               QStringLiteral("SAS"), QStringLiteral("5")};
    for (const auto &expected : expectations) {
        const QString toolTip =
            expected.model->headerData(expected.column, Qt::Horizontal, Qt::ToolTipRole).toString();
        for (const QString &text : expected.says)
            QVERIFY2(toolTip.contains(text), qPrintable(toolTip));
        static const QRegularExpression number(QStringLiteral("\\d+"));
        for (QRegularExpressionMatchIterator it = number.globalMatch(toolTip); it.hasNext();) {
            const QString found = it.next().captured();
            QVERIFY2(!shipped.contains(found), qPrintable(toolTip));
        }
        for (const QString &word : shipped)
            QVERIFY2(word.front().isDigit() || !toolTip.contains(word), qPrintable(toolTip));
    }
}

QTEST_GUILESS_MAIN(TestDraftTableModel)
#include "tst_drafttablemodel.moc"
