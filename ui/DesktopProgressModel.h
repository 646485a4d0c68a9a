#pragma once

#include "api/ApiTypes.h"
#include "models/CreateDesktopRequest.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

/**
 * The Submit & Progress table: one row per desktop of each request sent, filled in as its
 * sub-job reports status, progress, desktop id and failure. Rows are planned from the request
 * (a user's desktop, or one row per pooled desktop) and matched to sub-jobs by job and user name.
 */
class DesktopProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DesktopColumn, ///< user name and desktop name
        StatusColumn,
        ProgressColumn, ///< DisplayRole "NN %", ProgressRole the number
        DesktopIdColumn,
        JobColumn,
        FailureColumn, ///< code, reason and hint
        ColumnCount
    };
    /** The progress 0–100 of a row, for the progress bar delegate. */
    static constexpr int ProgressRole = Qt::UserRole + 1;

    explicit DesktopProgressModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** Adds the rows of `request`, accepted as job `jobId`. */
    void addRequest(const QString &jobId, const CreateDesktopRequest &request);
    /** Applies a sub-job's state to its row (adding a row when none matches). */
    void applySubJob(const SubJob &subJob);

    /** Rows that FAILED and were not resubmitted yet. */
    QList<int> failedRowsNotResubmitted() const;
    /** The desktops of `rows` as they were requested (for a resubmission). */
    QList<Desktop> plannedDesktops(const QList<int> &rows) const;
    /** Marks `rows` as resubmitted (their status says so). */
    void markResubmitted(const QList<int> &rows);

    /**
     * How many desktops are SUCCESS, FAILED, and in all. A row marked resubmitted is not counted:
     * the row of its new request stands for the same desktop.
     */
    int succeededCount() const;
    int failedCount() const;
    int totalCount() const;
    /** The overall progress 0–100 of the counted rows: final rows count as 100. */
    int overallProgress() const;
    /** True when every row is final. */
    bool allFinal() const;

    /** The status of row `row` (for tests and the page). */
    SubJob::Status statusAt(int row) const;
    QString userNameAt(int row) const;
    QString errorCodeAt(int row) const;

private:
    struct Row
    {
        QString jobId;
        QString subJobId;
        QString userName;
        QString desktopName;
        std::optional<Desktop> planned;
        SubJob::Status status = SubJob::Status::Waiting;
        QString statusText;
        int process = 0;
        QString desktopId;
        QString errorCode;
        QString failReason;
        bool resubmitted = false;
    };
    int findRow(const SubJob &subJob) const;
    QString statusLabel(const Row &row) const;
    QString failureText(const Row &row) const;

    QList<Row> m_rows;
};
