#include "ui/pages/StoragePage.h"

#include "ui/pages/DraftEdits.h"
#include "ui/widgets/ChoiceCombo.h"
#include "ui/widgets/VolumeEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using DraftEdits::editPart;
using DraftEdits::memberOf;

StoragePage::StoragePage(RequestDraft *draft, QWidget *parent)
    : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("storagePage"));
    setTitle(tr("Storage"));
    setSubTitle(tr("The system disk and any data disks of each desktop."));
    const ApiLimits &limits = draft->limits();

    auto *typeCombo = createChoiceCombo(this, QStringLiteral("rootVolumeTypeCombo"), true, {});
    setComboValues(typeCombo, limits.volumeTypes);
    auto *sizeSpin = new QSpinBox(this);
    sizeSpin->setObjectName(QStringLiteral("rootVolumeSizeSpin"));
    // Below the smallest size the validator explains the rule; the spin box only caps the top.
    sizeSpin->setRange(0, limits.rootVolumeSize.max);
    sizeSpin->setSingleStep(limits.rootVolumeSize.step);
    sizeSpin->setSpecialValueText(tr("not set"));
    sizeSpin->setSuffix(tr(" GB"));

    QFormLayout *form = addForm();
    auto *typeMessage = addFormRow(form, tr("System disk &type:"), typeCombo,
                                   tr("Required: a disk type the service offers, e.g. %1")
                                       .arg(QLocale().createSeparatedList(limits.volumeTypes)));
    auto *sizeMessage = addFormRow(form, tr("System disk &size:"), sizeSpin,
                                   tr("Required: %1-%2 GB, a multiple of %3")
                                       .arg(limits.rootVolumeSize.min)
                                       .arg(limits.rootVolumeSize.max)
                                       .arg(limits.rootVolumeSize.step));

    auto *dataGroup = new QGroupBox(tr("Data disks"), this);
    auto *dataLayout = new QVBoxLayout(dataGroup);
    m_dataVolumes = new VolumeEditor(draft, QStringLiteral("dataVolumes"), dataGroup);
    m_dataVolumes->setToolTip(tr("Optional: at most %1 disks, each %2-%3 GB, a multiple of %4")
                                  .arg(limits.maxDataVolumes)
                                  .arg(limits.dataVolumeSize.min)
                                  .arg(limits.dataVolumeSize.max)
                                  .arg(limits.dataVolumeSize.step));
    auto *hint =
        new QLabel(tr("Optional. Select a cell and type to edit it; F2 edits too."), dataGroup);
    hint->setWordWrap(true);
    dataLayout->addWidget(hint);
    dataLayout->addWidget(m_dataVolumes);
    bodyLayout()->addWidget(dataGroup, 1);

    bindField(
        typeCombo, typeMessage, QStringLiteral("/root_volume/type"),
        [](const CreateDesktopRequest &r) { return textOf(memberOf(r.rootVolume, &Volume::type)); },
        [](CreateDesktopRequest &r, const QVariant &v) {
            editPart(r.rootVolume, [&](Volume &volume) { volume.type = textFrom(v); });
        });
    bindField(
        sizeSpin, sizeMessage, QStringLiteral("/root_volume/size"),
        [](const CreateDesktopRequest &r) {
            return numberOf(memberOf(r.rootVolume, &Volume::size));
        },
        [](CreateDesktopRequest &r, const QVariant &v) {
            editPart(r.rootVolume, [&](Volume &volume) { volume.size = numberFrom(v); });
        });
    addPointer(QStringLiteral("/root_volume"));
    addTableEditor(m_dataVolumes);

    setTabOrder(typeCombo, sizeSpin);
    setTabOrder(sizeSpin, m_dataVolumes->table());
}
