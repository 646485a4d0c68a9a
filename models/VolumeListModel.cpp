#include "models/VolumeListModel.h"

#include "models/DraftListAccess.h"

#include <QLocale>

namespace {

QList<DraftTableModel::Column> volumeColumns(const ApiLimits &limits)
{
    using namespace DraftListAccess;
    const ListRef<Volume> list = member(&CreateDesktopRequest::dataVolumes);
    const IntRange &sizes = limits.dataVolumeSize;
    return {
        textColumn(QStringLiteral("type"), VolumeListModel::tr("Disk type"),
                   VolumeListModel::tr("One of the disk types the service offers: %1")
                       .arg(QLocale().createSeparatedList(limits.volumeTypes)),
                   list, &Volume::type),
        intColumn(QStringLiteral("size"), VolumeListModel::tr("Size (GB)"),
                  VolumeListModel::tr("%1-%2 GB, a multiple of %3")
                      .arg(sizes.min)
                      .arg(sizes.max)
                      .arg(sizes.step),
                  list, &Volume::size),
    };
}

} // namespace

VolumeListModel::VolumeListModel(RequestDraft *draft, const Volume &newVolume, QObject *parent)
    : DraftTableModel(draft, QStringLiteral("/data_volumes"),
                      DraftListAccess::access(
                          DraftListAccess::member(&CreateDesktopRequest::dataVolumes), newVolume),
                      volumeColumns(draft->limits()), parent)
{
}
