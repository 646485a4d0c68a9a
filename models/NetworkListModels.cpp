#include "models/NetworkListModels.h"

#include "models/DraftListAccess.h"

using namespace DraftListAccess;

namespace {

ListRef<QString> sharedVpcZones()
{
    return {[](const CreateDesktopRequest &request) -> std::optional<QStringList> {
                if (!request.sharedVpc)
                    return std::nullopt;
                return request.sharedVpc->availabilityZones;
            },
            [](CreateDesktopRequest &request) -> std::optional<QStringList> & {
                if (!request.sharedVpc)
                    request.sharedVpc = SharedVpcParam();
                return request.sharedVpc->availabilityZones;
            }};
}

} // namespace

NicListModel::NicListModel(RequestDraft *draft, QObject *parent)
    : DraftTableModel(
        draft, QStringLiteral("/nics"), access(member(&CreateDesktopRequest::nics), Nic()),
        {textColumn(QStringLiteral("subnet_id"), tr("Subnet ID"),
                    tr("The id of a VPC subnet; at most %1 NICs").arg(draft->limits().maxNics),
                    member(&CreateDesktopRequest::nics), &Nic::subnetId)},
        parent)
{
}

SecurityGroupListModel::SecurityGroupListModel(RequestDraft *draft, QObject *parent)
    : DraftTableModel(
        draft, QStringLiteral("/security_groups"),
        access(member(&CreateDesktopRequest::securityGroups), SecurityGroup()),
        {textColumn(
            QStringLiteral("id"), tr("Security group ID"),
            tr("The id of a security group; at most %1").arg(draft->limits().maxSecurityGroups),
            member(&CreateDesktopRequest::securityGroups), &SecurityGroup::id)},
        parent)
{
}

DesktopIpListModel::DesktopIpListModel(RequestDraft *draft, QObject *parent)
    : DraftTableModel(draft, QStringLiteral("/desktop_ips"),
                      access(member(&CreateDesktopRequest::desktopIps), QString()),
                      {stringItemColumn(tr("IPv4 address"),
                                        tr("A fixed IPv4 address for a desktop, e.g. 192.168.0.10"),
                                        member(&CreateDesktopRequest::desktopIps))},
                      parent)
{
}

SharedVpcZoneListModel::SharedVpcZoneListModel(RequestDraft *draft, QObject *parent)
    : DraftTableModel(draft, QStringLiteral("/apply_shared_vpc_dedicated_param/availability_zone"),
                      access(sharedVpcZones(), QString()),
                      {stringItemColumn(tr("Availability zone"),
                                        tr("An availability zone of the Direct Connect; at most %1")
                                            .arg(draft->limits().sharedVpcMaxAvailabilityZones),
                                        sharedVpcZones())},
                      parent)
{
}
