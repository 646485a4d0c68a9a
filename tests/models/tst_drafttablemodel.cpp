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

QTEST_GUILESS_MAIN(TestDraftTableModel)
#include "tst_drafttablemodel.moc"
