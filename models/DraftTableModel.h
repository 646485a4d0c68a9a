#pragma once

#include "models/RequestDraft.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

/**
 * A table over one list of the draft's request (`/desktops`, `/tags`, `/data_volumes`, ...): a row
 * is an item of the list, a column one of its members. Edits go through RequestDraft::update();
 * every cell reports the validator's issues at its JSON pointer (IssueSeverityRole, tool tip), so a
 * view can mark it. QtCore only: the colours are the view's business.
 */
class DraftTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        /** int: 0 no issue, 1 a warning, 2 an error at this cell (or its row). */
        IssueSeverityRole = Qt::UserRole + 1,
        /** QString: the JSON pointer of this cell. */
        PointerRole,
    };
    enum Severity { NoIssue = 0, WarningIssue = 1, ErrorIssue = 2 };

    /** One member of the list's items. */
    struct Column
    {
        QString key; ///< the member under the row's pointer ("user_name"); empty: the item itself
        QString header; ///< translated
        QString toolTip; ///< translated: the rule, shown when the cell has no issue
        std::function<QVariant(const CreateDesktopRequest &, int row)> read;
        std::function<void(CreateDesktopRequest &, int row, const QVariant &value)> write;
    };

    /** How to count, add, remove and move the list's items inside a request. */
    struct ListAccess
    {
        std::function<int(const CreateDesktopRequest &)> count;
        std::function<void(CreateDesktopRequest &, int row)> insertNew;
        std::function<void(CreateDesktopRequest &, int row)> remove;
        std::function<void(CreateDesktopRequest &, int from, int to)> move;
    };

    /** An issue placed in the table: row -1 is the list itself, column -1 a whole row. */
    struct CellIssue
    {
        int row = -1;
        int column = -1;
        ValidationIssue issue;
    };

    DraftTableModel(RequestDraft *draft, const QString &listPointer, ListAccess list,
                    QList<Column> columns, QObject *parent = nullptr);

    /**
     * "letters, digits, - and _" in the user's language: what a text may hold, for a column's tool
     * tip, with `punctuation` (one character each) from ApiLimits.
     */
    static QString allowedCharactersText(const QString &punctuation);

    RequestDraft *draft() const { return m_draft; }
    /** "/desktops", "/tags", ... */
    QString listPointer() const { return m_listPointer; }
    /** The JSON pointer of a cell, e.g. "/desktops/2/user_name". */
    QString cellPointer(int row, int column) const;
    /** Where `pointer` lies in this table (row/column -1 when it names no row/column); false if
     * outside. */
    bool locate(const QString &pointer, int *row, int *column) const;
    /** Every issue under the list, placed in the table. */
    QList<CellIssue> cellIssues() const;

    /** Appends a new item and returns its row. */
    int appendRow();
    /** Moves an item one place up (-1) or down (+1); false when it cannot move. */
    bool moveRowBy(int row, int delta);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

private:
    void onDraftChanged();
    void emitAllChanged();
    int severityAt(int row, int column) const;
    QStringList messagesAt(int row, int column) const;

    RequestDraft *m_draft;
    QString m_listPointer;
    ListAccess m_list;
    QList<Column> m_columns;
    int m_rowCount = 0;
    bool m_editing = false;
};
