#include "ui/widgets/VolumeEditor.h"

#include "models/VolumeListModel.h"

namespace {

Volume newDataVolume(const ApiLimits &limits)
{
    Volume volume;
    if (!limits.volumeTypes.isEmpty())
        volume.type = limits.volumeTypes.first();
    volume.size = limits.dataVolumeSize.min;
    return volume;
}

} // namespace

VolumeEditor::VolumeEditor(RequestDraft *draft, const QString &name, QWidget *parent)
    : DraftTableEditor(new VolumeListModel(draft, newDataVolume(draft->limits())), name,
                       tr("Data disks"), parent)
{
    model()->setParent(this);
    const ApiLimits &limits = draft->limits();
    setColumnChoices(VolumeListModel::TypeColumn, limits.volumeTypes);
    setColumnRange(VolumeListModel::SizeColumn, 0, limits.dataVolumeSize.max,
                   limits.dataVolumeSize.step);
}
