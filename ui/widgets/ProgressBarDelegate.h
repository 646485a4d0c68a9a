#pragma once

#include <QStyledItemDelegate>

/** Paints a cell as a progress bar from the number in `role` (0–100), with the cell's text. */
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};
