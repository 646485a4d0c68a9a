#include "ui/DesktopProgressModel.h"

#include "api/ApiError.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

DesktopProgressModel::DesktopProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DesktopProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DesktopProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DesktopProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ProgressRole)
        return row.process;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (row.status == SubJob::Status::Failed)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (row.status == SubJob::Status::Success)
            return QBrush(QColor(0x1a, 0x7f, 0x37));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == FailureColumn)
        return failureText(row);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DesktopColumn:
        if (row.userName.isEmpty())
            return row.desktopName.isEmpty() ? tr("(pool desktop)") : row.desktopName;
        return row.desktopName.isEmpty() ? row.userName
                                         : tr("%1 / %2").arg(row.userName, row.desktopName);
    case StatusColumn:
        return statusLabel(row);
    case ProgressColumn:
        return tr("%1 %").arg(row.process);
    case DesktopIdColumn:
        return row.desktopId;
    case JobColumn:
        return row.jobId;
    case FailureColumn:
        return failureText(row);
    default:
        return {};
    }
}

QVariant DesktopProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DesktopColumn:
        return tr("User / desktop");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case DesktopIdColumn:
        return tr("Desktop ID");
    case JobColumn:
        return tr("Job ID");
    case FailureColumn:
        return tr("Failure reason");
    default:
        return {};
    }
}

void DesktopProgressModel::addRequest(const QString &jobId, const CreateDesktopRequest &request)
{
    QList<Row> added;
    if (request.desktops && !request.desktops->isEmpty()) {
        for (const Desktop &desktop : *request.desktops) {
            Row row;
            row.jobId = jobId;
            row.userName = desktop.userName.value_or(QString());
            row.desktopName = desktop.computerName.value_or(QString());
            row.planned = desktop;
            added.append(row);
        }
    } else {
        const int count = qMax(1, request.size.value_or(1));
        for (int i = 0; i < count; ++i) {
            Row row;
            row.jobId = jobId;
            added.append(row);
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void DesktopProgressModel::applySubJob(const SubJob &subJob)
{
    int index = findRow(subJob);
    if (index < 0) {
        Row row;
        row.jobId = subJob.jobId;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
        index = int(m_rows.size()) - 1;
    }
    Row &row = m_rows[index];
    row.subJobId = subJob.id;
    if (!subJob.userName.isEmpty())
        row.userName = subJob.userName;
    if (!subJob.desktopName.isEmpty())
        row.desktopName = subJob.desktopName;
    row.status = subJob.status;
    row.statusText = subJob.statusText;
    row.process = subJob.status == SubJob::Status::Success ? 100 : qBound(0, subJob.process, 100);
    if (!subJob.desktopId.isEmpty())
        row.desktopId = subJob.desktopId;
    row.errorCode = subJob.errorCode;
    row.failReason = subJob.failReason;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int DesktopProgressModel::findRow(const SubJob &subJob) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!subJob.id.isEmpty() && m_rows.at(i).subJobId == subJob.id)
            return i;
    }
    // A planned row of the same job, not matched yet: by user name, else the first free one.
    int firstFree = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.jobId != subJob.jobId || !row.subJobId.isEmpty())
            continue;
        if (!subJob.userName.isEmpty() && row.userName == subJob.userName)
            return i;
        if (firstFree < 0 && (row.userName.isEmpty() || subJob.userName.isEmpty()))
            firstFree = i;
    }
    return firstFree;
}

QList<int> DesktopProgressModel::failedRowsNotResubmitted() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status == SubJob::Status::Failed && !m_rows.at(i).resubmitted)
            rows.append(i);
    }
    return rows;
}

QList<Desktop> DesktopProgressModel::plannedDesktops(const QList<int> &rows) const
{
    QList<Desktop> desktops;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size() && m_rows.at(row).planned)
            desktops.append(*m_rows.at(row).planned);
    }
    return desktops;
}

void DesktopProgressModel::markResubmitted(const QList<int> &rows)
{
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        m_rows[row].resubmitted = true;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int DesktopProgressModel::succeededCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return row.status == SubJob::Status::Success; }));
}

int DesktopProgressModel::failedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) {
        return row.status == SubJob::Status::Failed && !row.resubmitted;
    }));
}

int DesktopProgressModel::totalCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return !row.resubmitted; }));
}

int DesktopProgressModel::overallProgress() const
{
    int sum = 0;
    int counted = 0;
    for (const Row &row : m_rows) {
        if (row.resubmitted)
            continue;
        const bool final =
            row.status == SubJob::Status::Success || row.status == SubJob::Status::Failed;
        sum += final ? 100 : row.process;
        ++counted;
    }
    return counted == 0 ? 0 : sum / counted;
}

bool DesktopProgressModel::allFinal() const
{
    return std::all_of(m_rows.begin(), m_rows.end(), [](const Row &row) {
        return row.status == SubJob::Status::Success || row.status == SubJob::Status::Failed;
    });
}

SubJob::Status DesktopProgressModel::statusAt(int row) const
{
    return m_rows.value(row).status;
}

QString DesktopProgressModel::userNameAt(int row) const
{
    return m_rows.value(row).userName;
}

QString DesktopProgressModel::errorCodeAt(int row) const
{
    return m_rows.value(row).errorCode;
}

QString DesktopProgressModel::statusLabel(const Row &row) const
{
    switch (row.status) {
    case SubJob::Status::Waiting:
        return row.subJobId.isEmpty() ? tr("Submitted") : tr("Waiting");
    case SubJob::Status::Running:
        return tr("Creating");
    case SubJob::Status::Success:
        return tr("SUCCESS");
    case SubJob::Status::Failed:
        return row.resubmitted ? tr("FAILED (resubmitted)") : tr("FAILED");
    case SubJob::Status::Unknown:
        break;
    }
    return row.statusText.isEmpty() ? tr("Unknown") : row.statusText;
}

QString DesktopProgressModel::failureText(const Row &row) const
{
    if (row.status != SubJob::Status::Failed)
        return {};
    QStringList parts;
    if (!row.errorCode.isEmpty())
        parts.append(row.errorCode);
    if (!row.failReason.isEmpty())
        parts.append(row.failReason);
    QString text = parts.join(tr(": "));
    const QString hint = ApiError::hintFor(row.errorCode);
    if (ApiError::hintAddsTo(hint, row.failReason))
        text += tr(" — %1").arg(hint);
    return text.isEmpty() ? tr("failed without a reason") : text;
}
