#pragma once

#include "models/DraftTableModel.h"

/** `tags[]`: one row a tag, key and value. */
class TagTableModel : public DraftTableModel
{
    Q_OBJECT
public:
    enum ColumnIndex { KeyColumn, ValueColumn };

    explicit TagTableModel(RequestDraft *draft, QObject *parent = nullptr);
};
