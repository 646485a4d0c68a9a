#include "models/CreateDesktopRequest.h"

bool Volume::operator==(const Volume &other) const
{
    return type == other.type && size == other.size && unknown == other.unknown;
}

bool Nic::operator==(const Nic &other) const
{
    return subnetId == other.subnetId && unknown == other.unknown;
}

bool SecurityGroup::operator==(const SecurityGroup &other) const
{
    return id == other.id && unknown == other.unknown;
}

bool Desktop::operator==(const Desktop &other) const
{
    return userName == other.userName && userEmail == other.userEmail
        && userPhone == other.userPhone && userGroup == other.userGroup
        && computerName == other.computerName && osHostName == other.osHostName
        && desktopNamePrefix == other.desktopNamePrefix && unknown == other.unknown;
}

bool Tag::operator==(const Tag &other) const
{
    return key == other.key && value == other.value && unknown == other.unknown;
}

bool Eip::operator==(const Eip &other) const
{
    return id == other.id && type == other.type && chargeMode == other.chargeMode
        && bandwidthSize == other.bandwidthSize && unknown == other.unknown;
}

bool SharedVpcParam::operator==(const SharedVpcParam &other) const
{
    return address == other.address && port == other.port
        && availabilityZones == other.availabilityZones && unknown == other.unknown;
}

bool CreateDesktopRequest::operator==(const CreateDesktopRequest &other) const
{
    return desktopType == other.desktopType && availabilityZone == other.availabilityZone
        && productId == other.productId && imageType == other.imageType && imageId == other.imageId
        && rootVolume == other.rootVolume && dataVolumes == other.dataVolumes && nics == other.nics
        && securityGroups == other.securityGroups && desktops == other.desktops
        && desktopName == other.desktopName && desktopIps == other.desktopIps && size == other.size
        && emailNotification == other.emailNotification
        && enterpriseProjectId == other.enterpriseProjectId && tags == other.tags
        && sharedVpc == other.sharedVpc && eip == other.eip
        && desktopNamePolicyId == other.desktopNamePolicyId
        && hourPackageProductId == other.hourPackageProductId
        && hourPackageOfferingId == other.hourPackageOfferingId && unknown == other.unknown;
}
