#include "ui/pages/NetworkPage.h"

#include "models/NetworkListModels.h"
#include "ui/pages/DraftEdits.h"
#include "ui/widgets/ChoiceCombo.h"
#include "ui/widgets/DraftTableEditor.h"
#include "ui/widgets/FieldMessageLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using DraftEdits::editPart;
using DraftEdits::memberOf;

namespace {

QGroupBox *groupWith(QWidget *parent, const QString &title, QWidget *content,
                     const QString &toolTip)
{
    auto *group = new QGroupBox(title, parent);
    group->setToolTip(toolTip);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

NetworkPage::NetworkPage(RequestDraft *draft, QWidget *parent)
    : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("networkPage"));
    setTitle(tr("Network"));
    setSubTitle(tr("Subnets, security groups, fixed IPs and public access. Everything here is "
                   "optional: empty lists use the service's defaults."));
    const ApiLimits &limits = draft->limits();

    m_nics = new DraftTableEditor(new NicListModel(draft, this), QStringLiteral("nics"),
                                  tr("Network interfaces"), this);
    m_securityGroups =
        new DraftTableEditor(new SecurityGroupListModel(draft, this),
                             QStringLiteral("securityGroups"), tr("Security groups"), this);
    m_securityGroups->setReorderable(false);
    m_desktopIps =
        new DraftTableEditor(new DesktopIpListModel(draft, this), QStringLiteral("desktopIps"),
                             tr("Fixed desktop IPs"), this);
    bodyLayout()->addWidget(groupWith(this, tr("Network interfaces (subnets)"), m_nics,
                                      tr("At most %1; the first is the primary NIC; none: the "
                                         "service's default subnet")
                                          .arg(limits.maxNics)));
    bodyLayout()->addWidget(groupWith(this, tr("Security groups"), m_securityGroups,
                                      tr("At most %1; none: the service's desktop security group")
                                          .arg(limits.maxSecurityGroups)));
    bodyLayout()->addWidget(
        groupWith(this, tr("Fixed desktop IPs"), m_desktopIps,
                  tr("At most %1 IPv4 addresses, one a desktop").arg(limits.maxDesktopIps)));
    for (DraftTableEditor *editor : {m_nics, m_securityGroups, m_desktopIps})
        editor->setVisibleRows(4);
    m_nics->showChoiceLabels(0); // the subnet's name and CIDR, once the look-up knows them
    m_securityGroups->showChoiceLabels(0);
    addTableEditor(m_nics);
    addTableEditor(m_securityGroups);
    addTableEditor(m_desktopIps);

    // EIP: none / an existing one / a new one.
    auto *eipGroup = new QGroupBox(tr("Elastic IP (public access)"), this);
    auto *eipLayout = new QVBoxLayout(eipGroup);
    m_eipNone = new QRadioButton(tr("No &elastic IP"), eipGroup);
    m_eipNone->setObjectName(QStringLiteral("eipNoneRadio"));
    m_eipExisting = new QRadioButton(tr("Bind an e&xisting elastic IP"), eipGroup);
    m_eipExisting->setObjectName(QStringLiteral("eipExistingRadio"));
    m_eipNew = new QRadioButton(tr("Create a ne&w elastic IP"), eipGroup);
    m_eipNew->setObjectName(QStringLiteral("eipNewRadio"));
    auto *eipButtons = new QButtonGroup(eipGroup);
    eipButtons->addButton(m_eipNone);
    eipButtons->addButton(m_eipExisting);
    eipButtons->addButton(m_eipNew);

    m_eipExistingFields = new QWidget(eipGroup);
    auto *existingForm = new QFormLayout(m_eipExistingFields);
    existingForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *eipIdEdit = new QLineEdit(m_eipExistingFields);
    eipIdEdit->setObjectName(QStringLiteral("eipIdEdit"));
    auto *eipIdMessage = addFormRow(existingForm, tr("EIP &ID:"), eipIdEdit,
                                    tr("The id of an elastic IP that is not bound yet"));

    m_eipNewFields = new QWidget(eipGroup);
    auto *newForm = new QFormLayout(m_eipNewFields);
    newForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QList<ComboChoice> eipTypes;
    for (const QString &type : limits.eipTypes)
        eipTypes.append({type, type, true, QString()});
    QList<ComboChoice> chargeModes;
    for (const QString &mode : limits.eipChargeModes)
        chargeModes.append({mode, mode, true, QString()});
    auto *eipTypeCombo =
        createChoiceCombo(m_eipNewFields, QStringLiteral("eipTypeCombo"), false, eipTypes, true);
    auto *chargeModeCombo = createChoiceCombo(m_eipNewFields, QStringLiteral("eipChargeModeCombo"),
                                              false, chargeModes, true);
    auto *bandwidthSpin = new QSpinBox(m_eipNewFields);
    bandwidthSpin->setObjectName(QStringLiteral("eipBandwidthSpin"));
    bandwidthSpin->setRange(limits.eipBandwidthSize.min - 1, limits.eipBandwidthSize.max);
    bandwidthSpin->setSpecialValueText(tr("not set"));
    bandwidthSpin->setSuffix(tr(" Mbit/s"));
    auto *eipTypeMessage =
        addFormRow(newForm, tr("EIP t&ype:"), eipTypeCombo,
                   tr("One of: %1").arg(QLocale().createSeparatedList(limits.eipTypes)));
    auto *chargeModeMessage =
        addFormRow(newForm, tr("C&harge mode:"), chargeModeCombo, tr("By traffic or by bandwidth"));
    auto *bandwidthMessage = addFormRow(
        newForm, tr("B&andwidth:"), bandwidthSpin,
        tr("%1-%2 Mbit/s").arg(limits.eipBandwidthSize.min).arg(limits.eipBandwidthSize.max));
    eipLayout->addWidget(m_eipNone);
    eipLayout->addWidget(m_eipExisting);
    eipLayout->addWidget(m_eipExistingFields);
    eipLayout->addWidget(m_eipNew);
    eipLayout->addWidget(m_eipNewFields);
    bodyLayout()->addWidget(eipGroup);
    addPointer(QStringLiteral("/eip"));

    bindField(
        eipIdEdit, eipIdMessage, QStringLiteral("/eip/id"),
        [](const CreateDesktopRequest &r) { return textOf(memberOf(r.eip, &Eip::id)); },
        [](CreateDesktopRequest &r, const QVariant &v) {
            // Binding an existing EIP: the id member is sent even when empty, so it is checked.
            if (!r.eip)
                r.eip = Eip();
            r.eip->id = v.toString();
        });
    bindField(
        eipTypeCombo, eipTypeMessage, QStringLiteral("/eip/type"),
        [](const CreateDesktopRequest &r) { return textOf(memberOf(r.eip, &Eip::type)); },
        [](CreateDesktopRequest &r, const QVariant &v) {
            if (!r.eip)
                r.eip = Eip();
            r.eip->type = textFrom(v);
        });
    bindField(
        chargeModeCombo, chargeModeMessage, QStringLiteral("/eip/charge_mode"),
        [](const CreateDesktopRequest &r) { return textOf(memberOf(r.eip, &Eip::chargeMode)); },
        [](CreateDesktopRequest &r, const QVariant &v) {
            if (!r.eip)
                r.eip = Eip();
            r.eip->chargeMode = textFrom(v);
        });
    bindField(
        bandwidthSpin, bandwidthMessage, QStringLiteral("/eip/bandwidth_size"),
        [](const CreateDesktopRequest &r) {
            return numberOf(memberOf(r.eip, &Eip::bandwidthSize));
        },
        [](CreateDesktopRequest &r, const QVariant &v) {
            if (!r.eip)
                r.eip = Eip();
            r.eip->bandwidthSize = numberFrom(v);
        });
    connect(m_eipNone, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseEipMode(EipMode::None);
    });
    connect(m_eipExisting, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseEipMode(EipMode::Existing);
    });
    connect(m_eipNew, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseEipMode(EipMode::New);
    });

    // Shared-VPC Direct Connect: advanced, off unless checked.
    m_sharedVpcGroup = new QGroupBox(tr("Shared VPC &Direct Connect (advanced)"), this);
    m_sharedVpcGroup->setObjectName(QStringLiteral("sharedVpcGroup"));
    m_sharedVpcGroup->setCheckable(true);
    m_sharedVpcGroup->setToolTip(tr("Only for a Workspace service in a shared VPC that reaches "
                                    "your network over Direct Connect"));
    auto *sharedLayout = new QVBoxLayout(m_sharedVpcGroup);
    auto *sharedForm = new QFormLayout;
    sharedForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    sharedLayout->addLayout(sharedForm);
    auto *addressEdit = new QLineEdit(m_sharedVpcGroup);
    addressEdit->setObjectName(QStringLiteral("sharedVpcAddressEdit"));
    auto *portSpin = new QSpinBox(m_sharedVpcGroup);
    portSpin->setObjectName(QStringLiteral("sharedVpcPortSpin"));
    portSpin->setRange(0, limits.sharedVpcPort.max);
    portSpin->setSpecialValueText(tr("not set"));
    auto *addressMessage =
        addFormRow(sharedForm, tr("Add&ress:"), addressEdit, tr("The Direct Connect address"));
    auto *portMessage =
        addFormRow(sharedForm, tr("P&ort:"), portSpin,
                   tr("%1-%2").arg(limits.sharedVpcPort.min).arg(limits.sharedVpcPort.max));
    m_sharedVpcZones = new DraftTableEditor(
        new SharedVpcZoneListModel(draft, this), QStringLiteral("sharedVpcZones"),
        tr("Direct Connect availability zones"), m_sharedVpcGroup);
    m_sharedVpcZones->setToolTip(
        tr("At most %1 availability zones").arg(limits.sharedVpcMaxAvailabilityZones));
    m_sharedVpcZones->setVisibleRows(4);
    sharedLayout->addWidget(m_sharedVpcZones);
    bodyLayout()->addWidget(m_sharedVpcGroup);
    addPointer(QStringLiteral("/apply_shared_vpc_dedicated_param"));
    addTableEditor(m_sharedVpcZones);
    bindField(
        addressEdit, addressMessage, QStringLiteral("/apply_shared_vpc_dedicated_param/address"),
        [](const CreateDesktopRequest &r) {
            return textOf(memberOf(r.sharedVpc, &SharedVpcParam::address));
        },
        [](CreateDesktopRequest &r, const QVariant &v) {
            if (!r.sharedVpc)
                r.sharedVpc = SharedVpcParam();
            r.sharedVpc->address = textFrom(v);
        });
    bindField(
        portSpin, portMessage, QStringLiteral("/apply_shared_vpc_dedicated_param/port"),
        [](const CreateDesktopRequest &r) {
            return numberOf(memberOf(r.sharedVpc, &SharedVpcParam::port));
        },
        [](CreateDesktopRequest &r, const QVariant &v) {
            if (!r.sharedVpc)
                r.sharedVpc = SharedVpcParam();
            r.sharedVpc->port = numberFrom(v);
        });
    connect(m_sharedVpcGroup, &QGroupBox::toggled, this, &NetworkPage::setSharedVpcEnabled);

    setTabOrder(m_nics->table(), m_nics->addButton());
    refreshFromDraft();
}

void NetworkPage::refreshFromDraft()
{
    const CreateDesktopRequest &request = draft()->request();
    if (!request.eip)
        m_eipMode = EipMode::None;
    else if (request.eip->id)
        m_eipMode = EipMode::Existing;
    else if (m_eipMode == EipMode::None)
        m_eipMode = EipMode::New;
    {
        const QSignalBlocker none(m_eipNone);
        const QSignalBlocker existing(m_eipExisting);
        const QSignalBlocker fresh(m_eipNew);
        m_eipNone->setChecked(m_eipMode == EipMode::None);
        m_eipExisting->setChecked(m_eipMode == EipMode::Existing);
        m_eipNew->setChecked(m_eipMode == EipMode::New);
    }
    m_eipExistingFields->setEnabled(m_eipMode == EipMode::Existing);
    m_eipNewFields->setEnabled(m_eipMode == EipMode::New);
    m_eipExistingFields->setVisible(m_eipMode == EipMode::Existing);
    m_eipNewFields->setVisible(m_eipMode == EipMode::New);

    const QSignalBlocker blocker(m_sharedVpcGroup);
    m_sharedVpcGroup->setChecked(request.sharedVpc.has_value());
}

void NetworkPage::chooseEipMode(EipMode mode)
{
    if (mode == m_eipMode)
        return;
    const std::optional<Eip> current = draft()->request().eip;
    if (current)
        m_stashedEip = current;
    m_eipMode = mode;
    draft()->update([&](CreateDesktopRequest &r) {
        switch (mode) {
        case EipMode::None:
            r.eip.reset();
            break;
        case EipMode::Existing: {
            Eip eip;
            eip.id = m_stashedEip ? m_stashedEip->id : std::nullopt;
            if (!eip.id)
                eip.id = QString();
            r.eip = eip;
            break;
        }
        case EipMode::New: {
            Eip eip = m_stashedEip.value_or(Eip());
            eip.id.reset();
            r.eip = eip;
            break;
        }
        }
    });
    refreshFromDraft();
}

void NetworkPage::setSharedVpcEnabled(bool enabled)
{
    if (!enabled && draft()->request().sharedVpc)
        m_stashedSharedVpc = draft()->request().sharedVpc;
    draft()->update([&](CreateDesktopRequest &r) {
        if (enabled)
            r.sharedVpc = m_stashedSharedVpc.value_or(SharedVpcParam());
        else
            r.sharedVpc.reset();
    });
}
