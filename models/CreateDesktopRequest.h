#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The body of POST /v2/{project_id}/desktops (API.md §3) as plain value types.
// Every field is optional in the model: unset (std::nullopt) is omitted from the JSON, which is not
// the same as an empty string or an empty list. Required-ness is a validation rule, not a type.
// Each part keeps the members it does not know in `unknown`, so a body read and written back is
// the same JSON value.

/** A disk: `root_volume` or one of `data_volumes`. */
struct Volume
{
    std::optional<QString>
        type; ///< SAS, SSD, GPSSD, ... (the list is data: resources/api-limits.json)
    std::optional<int> size; ///< GB
    QJsonObject unknown;

    bool operator==(const Volume &other) const;
    bool operator!=(const Volume &other) const { return !(*this == other); }
};

/** A NIC on a VPC subnet. */
struct Nic
{
    std::optional<QString> subnetId; ///< subnet_id
    QJsonObject unknown;

    bool operator==(const Nic &other) const;
    bool operator!=(const Nic &other) const { return !(*this == other); }
};

/** A security group by id. */
struct SecurityGroup
{
    std::optional<QString> id;
    QJsonObject unknown;

    bool operator==(const SecurityGroup &other) const;
    bool operator!=(const SecurityGroup &other) const { return !(*this == other); }
};

/** One desktop assigned to a user (`desktops[]`). */
struct Desktop
{
    std::optional<QString> userName; ///< user_name
    std::optional<QString> userEmail; ///< user_email
    std::optional<QString> userPhone; ///< user_phone
    std::optional<QString> userGroup; ///< user_group
    std::optional<QString> computerName; ///< computer_name
    std::optional<QString> osHostName; ///< os_host_name
    std::optional<QString> desktopNamePrefix; ///< desktop_name_prefix
    QJsonObject unknown;

    bool operator==(const Desktop &other) const;
    bool operator!=(const Desktop &other) const { return !(*this == other); }
};

/** A resource tag. */
struct Tag
{
    std::optional<QString> key;
    std::optional<QString> value;
    QJsonObject unknown;

    bool operator==(const Tag &other) const;
    bool operator!=(const Tag &other) const { return !(*this == other); }
};

/** An elastic IP: an existing one by id, or a new one described by type and bandwidth. */
struct Eip
{
    std::optional<QString> id;
    std::optional<QString> type; ///< 5_bgp, 5_sbgp
    std::optional<QString> chargeMode; ///< charge_mode: TRAFFIC, BANDWIDTH
    std::optional<int> bandwidthSize; ///< bandwidth_size
    QJsonObject unknown;

    bool operator==(const Eip &other) const;
    bool operator!=(const Eip &other) const { return !(*this == other); }
};

/** apply_shared_vpc_dedicated_param: the shared-VPC Direct Connect settings. */
struct SharedVpcParam
{
    std::optional<QString> address;
    std::optional<int> port;
    std::optional<QStringList> availabilityZones; ///< availability_zone
    QJsonObject unknown;

    bool operator==(const SharedVpcParam &other) const;
    bool operator!=(const SharedVpcParam &other) const { return !(*this == other); }
};

/** The whole create-desktops request body. */
struct CreateDesktopRequest
{
    std::optional<QString> desktopType; ///< desktop_type: DEDICATED, SHARED
    std::optional<QString> availabilityZone; ///< availability_zone
    std::optional<QString> productId; ///< product_id
    std::optional<QString> imageType; ///< image_type: private, gold (market: warning)
    std::optional<QString> imageId; ///< image_id
    std::optional<Volume> rootVolume; ///< root_volume
    std::optional<QList<Volume>> dataVolumes; ///< data_volumes
    std::optional<QList<Nic>> nics;
    std::optional<QList<SecurityGroup>> securityGroups; ///< security_groups
    std::optional<QList<Desktop>> desktops;
    std::optional<QString> desktopName; ///< desktop_name (with size)
    std::optional<QStringList> desktopIps; ///< desktop_ips
    std::optional<int> size; ///< an unassigned pool of this many desktops
    /** email_notification; unset means kEmailNotificationDefault (see sendsEmailNotification()). */
    std::optional<bool> emailNotification;
    std::optional<QString> enterpriseProjectId; ///< enterprise_project_id
    std::optional<QList<Tag>> tags;
    std::optional<SharedVpcParam> sharedVpc; ///< apply_shared_vpc_dedicated_param
    std::optional<Eip> eip;
    std::optional<QString> desktopNamePolicyId; ///< desktop_name_policy_id
    std::optional<QString> hourPackageProductId; ///< hour_package_product_id
    std::optional<QString> hourPackageOfferingId; ///< hour_package_offering_id
    QJsonObject unknown;

    /** What the service does when email_notification is left out (API.md §3): it sends. */
    static constexpr bool kEmailNotificationDefault = true;
    /** Whether users get an e-mail: email_notification as given, else the service's default. */
    bool sendsEmailNotification() const
    {
        return emailNotification.value_or(kEmailNotificationDefault);
    }

    bool operator==(const CreateDesktopRequest &other) const;
    bool operator!=(const CreateDesktopRequest &other) const { return !(*this == other); }
};
