#pragma once

#include "ui/pages/DraftPage.h"

class VolumeEditor;

/** Page 3: the system disk (type and size) and the data disks (a VolumeEditor). */
class StoragePage : public DraftPage
{
    Q_OBJECT
public:
    explicit StoragePage(RequestDraft *draft, QWidget *parent = nullptr);

    VolumeEditor *dataVolumeEditor() const { return m_dataVolumes; }

private:
    VolumeEditor *m_dataVolumes;
};
