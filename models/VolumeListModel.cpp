#include "models/VolumeListModel.h"

#include "models/DraftListAccess.h"

namespace {

QList<DraftTableModel::Column> volumeColumns()
{
    using namespace DraftListAccess;
    const ListRef<Volume> list = member(&CreateDesktopRequest::dataVolumes);
    return {
        textColumn(QStringLiteral("type"), VolumeListModel::tr("Disk type"),
                   VolumeListModel::tr("One of the disk types the service offers (e.g. SAS, SSD, "
                                       "GPSSD)"),
                   list, &Volume::type),
        intColumn(QStringLiteral("size"), VolumeListModel::tr("Size (GB)"),
                  VolumeListModel::tr("10-32760 GB, a multiple of 10"), list, &Volume::size),
    };
}

} // namespace

VolumeListModel::VolumeListModel(RequestDraft *draft, const Volume &newVolume, QObject *parent)
    : DraftTableModel(draft, QStringLiteral("/data_volumes"),
                      DraftListAccess::access(
                          DraftListAccess::member(&CreateDesktopRequest::dataVolumes), newVolume),
                      volumeColumns(), parent)
{
}
