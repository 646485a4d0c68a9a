#pragma once

#include "ui/widgets/DraftTableEditor.h"

class RequestDraft;

/**
 * The data disks of a request (`data_volumes`): add, remove and reorder disks, each with a type
 * (the types of ApiLimits offered, any typed) and a size. Reusable wherever a request is edited.
 */
class VolumeEditor : public DraftTableEditor
{
    Q_OBJECT
public:
    /** Child objectNames start with `name` (see DraftTableEditor). */
    VolumeEditor(RequestDraft *draft, const QString &name, QWidget *parent = nullptr);
};
