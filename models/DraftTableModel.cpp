#include "models/DraftTableModel.h"

#include <QLocale>

DraftTableModel::DraftTableModel(RequestDraft *draft, const QString &listPointer, ListAccess list,
                                 QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
    , m_listPointer(listPointer)
    , m_list(std::move(list))
    , m_columns(std::move(columns))
{
    m_rowCount = m_list.count(m_draft->request());
    connect(m_draft, &RequestDraft::changed, this, &DraftTableModel::onDraftChanged);
}

QString DraftTableModel::cellPointer(int row, int column) const
{
    QString pointer = m_listPointer + QLatin1Char('/') + QString::number(row);
    if (column >= 0 && column < m_columns.size() && !m_columns.at(column).key.isEmpty())
        pointer += QLatin1Char('/') + m_columns.at(column).key;
    return pointer;
}

bool DraftTableModel::locate(const QString &pointer, int *row, int *column) const
{
    *row = -1;
    *column = -1;
    if (pointer == m_listPointer)
        return true;
    if (!pointer.startsWith(m_listPointer + QLatin1Char('/')))
        return false;
    const QStringList parts = pointer.mid(m_listPointer.size() + 1).split(QLatin1Char('/'));
    bool isNumber = false;
    const int index = parts.value(0).toInt(&isNumber);
    if (!isNumber || index < 0)
        return true;
    *row = index;
    const QString key = parts.value(1);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).key == key) {
            *column = c;
            break;
        }
    }
    return true;
}

QList<DraftTableModel::CellIssue> DraftTableModel::cellIssues() const
{
    QList<CellIssue> placed;
    const ValidationIssues issues = m_draft->issuesUnder(m_listPointer);
    for (const ValidationIssue &issue : issues) {
        CellIssue cell;
        cell.issue = issue;
        locate(issue.pointer, &cell.row, &cell.column);
        placed.append(cell);
    }
    return placed;
}

int DraftTableModel::appendRow()
{
    const int row = rowCount();
    insertRows(row, 1);
    return row;
}

bool DraftTableModel::moveRowBy(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_rowCount || target < 0 || target >= m_rowCount || delta == 0)
        return false;
    // beginMoveRows wants the destination as "the row before which it goes".
    const int destination = delta > 0 ? target + 1 : target;
    if (!beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination))
        return false;
    m_editing = true;
    m_draft->update([&](CreateDesktopRequest &request) { m_list.move(request, row, target); });
    m_editing = false;
    endMoveRows();
    emitAllChanged();
    return true;
}

int DraftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DraftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DraftTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return column.read(m_draft->request(), index.row());
    case Qt::ToolTipRole: {
        const QStringList messages = messagesAt(index.row(), index.column());
        return messages.isEmpty() ? column.toolTip : messages.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleDescriptionRole: {
        const QStringList messages = messagesAt(index.row(), index.column());
        return messages.join(QLatin1Char(' '));
    }
    case IssueSeverityRole:
        return severityAt(index.row(), index.column());
    case PointerRole:
        return cellPointer(index.row(), index.column());
    default:
        return {};
    }
}

QVariant DraftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::ToolTipRole)
        return m_columns.at(section).toolTip;
    return {};
}

Qt::ItemFlags DraftTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool DraftTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rowCount
        || index.column() >= m_columns.size())
        return false;
    const Column &column = m_columns.at(index.column());
    const int row = index.row();
    // The same text again changes nothing (keeps "" apart from unset, which both show blank).
    if (column.read(m_draft->request(), row) == value)
        return true;
    m_draft->update([&](CreateDesktopRequest &request) { column.write(request, row, value); });
    return true;
}

bool DraftTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rowCount || count < 1)
        return false;
    beginInsertRows(QModelIndex(), row, row + count - 1);
    m_editing = true;
    m_draft->update([&](CreateDesktopRequest &request) {
        for (int i = 0; i < count; ++i)
            m_list.insertNew(request, row + i);
    });
    m_rowCount = m_list.count(m_draft->request());
    m_editing = false;
    endInsertRows();
    emitAllChanged();
    return true;
}

bool DraftTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rowCount)
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_editing = true;
    m_draft->update([&](CreateDesktopRequest &request) {
        for (int i = 0; i < count; ++i)
            m_list.remove(request, row);
    });
    m_rowCount = m_list.count(m_draft->request());
    m_editing = false;
    endRemoveRows();
    emitAllChanged();
    return true;
}

void DraftTableModel::onDraftChanged()
{
    if (m_editing)
        return;
    const int count = m_list.count(m_draft->request());
    if (count != m_rowCount) {
        beginResetModel();
        m_rowCount = count;
        endResetModel();
        return;
    }
    emitAllChanged();
}

void DraftTableModel::emitAllChanged()
{
    if (m_rowCount > 0 && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, int(m_columns.size()) - 1));
}

int DraftTableModel::severityAt(int row, int column) const
{
    int severity = NoIssue;
    const QList<CellIssue> issues = cellIssues();
    for (const CellIssue &cell : issues) {
        if (cell.row != row || (cell.column != column && cell.column != -1))
            continue;
        severity = qMax(severity, cell.issue.isError() ? int(ErrorIssue) : int(WarningIssue));
    }
    return severity;
}

QStringList DraftTableModel::messagesAt(int row, int column) const
{
    QStringList messages;
    const QList<CellIssue> issues = cellIssues();
    for (const CellIssue &cell : issues) {
        if (cell.row == row && (cell.column == column || cell.column == -1))
            messages.append(cell.issue.message);
    }
    return messages;
}

QString DraftTableModel::allowedCharactersText(const QString &punctuation)
{
    QStringList parts {tr("letters"), tr("digits")};
    for (const QChar c : punctuation)
        parts.append(QString(c));
    return QLocale().createSeparatedList(parts);
}
