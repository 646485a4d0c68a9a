#pragma once

#include "models/DraftTableModel.h"
#include "ui/widgets/ChoiceCombo.h"

#include <QWidget>

class FieldMessageLabel;
class QPushButton;
class QTableView;

/**
 * An editable table over one list of the draft (a DraftTableModel) with Add, Remove, Move up and
 * Move down buttons, which the table's keys also reach (Insert, Ctrl+Delete, Ctrl+Shift+Up/Down).
 * Cells with issues are tinted (red errors, amber warnings) with the message as tooltip, and every
 * issue of the list is also written out under the table (by the rule of
 * FieldMessageLabel::followInput(): an empty list the user has not touched says nothing). Child
 * objectNames are
 * `<name>Table`, `<name>AddButton`, `<name>RemoveButton`, `<name>UpButton`, `<name>DownButton`,
 * `<name>Message`.
 */
class DraftTableEditor : public QWidget
{
    Q_OBJECT
public:
    DraftTableEditor(DraftTableModel *model, const QString &name, const QString &accessibleName,
                     QWidget *parent = nullptr);

    DraftTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_addButton; }
    FieldMessageLabel *message() const { return m_message; }

    /**
     * Cells of `column` are edited with an editable combo box offering `choices`: the operator
     * reads each choice's label (e.g. "subnet-office (172.16.0.0/24)"), the cell gets its value
     * (the subnet id); a typed value that is no label is kept as typed.
     */
    void setColumnChoices(int column, const QList<ComboChoice> &choices);
    /**
     * Cells of `column` show the label of the choice their value is (e.g. a subnet's name and
     * CIDR for its id); the value stays what is edited and sent.
     */
    void showChoiceLabels(int column);
    /** The same for plain values (label = value). */
    void setColumnChoices(int column, const QStringList &values);
    /** Cells of `column` are edited with a spin box over [minimum, maximum] in `step`s. */
    void setColumnRange(int column, int minimum, int maximum, int step);
    /** Shows or hides the Move up/down buttons (for lists whose order does not matter). */
    void setReorderable(bool reorderable);
    /** Sizes the table for `rows` rows (short lists, e.g. at most 5 NICs, need no more room). */
    void setVisibleRows(int rows);
    /** Selects and focuses the cell of `pointer`; false when it is not in this table. */
    bool focusPointer(const QString &pointer);
    /** True while an error of the list is kept quiet (an empty list not touched yet). */
    bool keepsErrorQuiet() const;

Q_SIGNALS:
    /** keepsErrorQuiet() may have changed. */
    void quietErrorsChanged();

private:
    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);
    void updateButtons();
    void showIssues();

    DraftTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    FieldMessageLabel *m_message;
    class CellDelegate;
    CellDelegate *m_delegate;
};
