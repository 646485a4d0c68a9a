#pragma once

#include "models/DraftTableModel.h"

/** `data_volumes[]`: one row a data disk, type and size (GB). */
class VolumeListModel : public DraftTableModel
{
    Q_OBJECT
public:
    enum ColumnIndex { TypeColumn, SizeColumn };

    /** `newVolume` is what "add" appends (e.g. the first disk type and the smallest size). */
    VolumeListModel(RequestDraft *draft, const Volume &newVolume, QObject *parent = nullptr);
};
