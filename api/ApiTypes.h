#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The typed results of the Workspace look-ups (API.md §4) and job tracking (API.md §5). Each
 * `fromJson` is lenient: a missing or oddly typed member leaves its field at the default, so that
 * a newer or slightly broken answer still fills what it can.
 */

/** A page of a listing plus the server's total (`total_count`, or the page size when absent). */
template<typename T>
struct Page
{
    QList<T> items;
    int totalCount = 0;
};

/** Paging of a list call: `limit` 0 leaves the server's default. */
struct Paging
{
    int offset = 0;
    int limit = 0;
};

/** `products[]` of GET /v2/{project_id}/products. */
struct Product
{
    QString productId;
    QString cpu;
    QString memory;
    QString descriptions;
    QString osType;
    QString status; ///< "normal" or "sellout"
    QString packageType;
    static Product fromJson(const QJsonObject &json);
};

/** `images[]` of GET /v2/{project_id}/images. */
struct Image
{
    QString id;
    QString name;
    QString imageType; ///< gold / private
    QString osType; ///< Windows / Linux
    int minDisk = 0;
    static Image fromJson(const QJsonObject &json);
};

/** `availability_zones[]` of GET /v2/{project_id}/availability-zones. */
struct AvailabilityZone
{
    QString availabilityZone;
    QString displayName;
    bool isDefault = false; ///< default_availability_zone
    QStringList soldOutProducts; ///< sold_out.products[] (product ids, or their product_id)
    static AvailabilityZone fromJson(const QJsonObject &json);
};

/** `subnets[]` of GET /v2/{project_id}/subnets. */
struct Subnet
{
    QString id;
    QString name;
    QString cidr;
    QString vpcId;
    QString availabilityZone;
    static Subnet fromJson(const QJsonObject &json);
};

/** `security_groups[]` of GET /v2/{project_id}/security-groups. */
struct SecurityGroupInfo
{
    QString id;
    QString name;
    QString description;
    static SecurityGroupInfo fromJson(const QJsonObject &json);
};

/** `users[]` of GET /v2/{project_id}/users. */
struct User
{
    QString id;
    QString userName;
    QString userEmail;
    QString userPhone;
    static User fromJson(const QJsonObject &json);
};

/** `desktop_name_policy_infos[]` of GET /v2/{project_id}/desktop-name-policies. */
struct NamePolicy
{
    QString policyId;
    QString policyName;
    QString namePrefix;
    int digitNumber = 0;
    int startNumber = 0;
    static NamePolicy fromJson(const QJsonObject &json);
};

/** `quotas.resources[]` of GET /v2/{project_id}/quotas. */
struct Quota
{
    QString type;
    int quota = 0;
    int used = 0;
    static Quota fromJson(const QJsonObject &json);
};

/** GET /v2/{project_id}/workspaces: whether the service is usable and its defaults. */
struct ServiceConfig
{
    QString status; ///< SUBSCRIBED = usable
    QString domainType; ///< ad_domains.domain_type: LITE_AS / LOCAL_AD
    QStringList subnetIds; ///< subnet_ids[].subnet_id
    QString securityGroupId; ///< desktop_security_group.id
    QString securityGroupName; ///< desktop_security_group.name
    bool isSubscribed() const { return status == QLatin1String("SUBSCRIBED"); }
    static ServiceConfig fromJson(const QJsonObject &json);
};

/** `desktops[]` of GET /v2/{project_id}/desktops/detail (for the name clash check). */
struct ExistingDesktop
{
    QString desktopId;
    QString computerName;
    QString status;
    static ExistingDesktop fromJson(const QJsonObject &json);
};

/** One desktop's sub-job (API.md §5). */
struct SubJob
{
    enum class Status { Waiting, Running, Success, Failed, Unknown };

    QString id;
    QString jobId;
    QString jobType;
    QString statusText; ///< as the server sent it
    Status status = Status::Unknown;
    int process = 0; ///< progress 0–100
    QString beginTime;
    QString endTime;
    QString errorCode;
    QString failReason;
    QString desktopId;
    QString userName;
    QString desktopName;
    QString productId;

    bool isFinal() const { return status == Status::Success || status == Status::Failed; }
    static Status parseStatus(const QString &text);
    static SubJob fromJson(const QJsonObject &json);
};

/** GET /v2/{project_id}/workspace-jobs/{job_id}. */
struct Job
{
    enum class Status { Pending, Done, Failed };

    QString id;
    QString jobType;
    QString statusText;
    Status status = Status::Pending; ///< SUCCESS/COMPLETE = done, FAIL/FAILED = failed
    QString beginTime;
    QString endTime;
    QString errorCode; ///< job_error_code
    QString failReason;
    int subJobsTotal = 0;
    QList<SubJob> subJobs;
    static Job fromJson(const QJsonObject &json);
};

/** Filters of the product list. */
struct ProductFilter
{
    QString availabilityZone;
    QString osType;
};

/** Filters of the image list. */
struct ImageFilter
{
    QString imageType; ///< gold / private
    QString osType;
};

/** Filters of the sub-job list: any that are set narrow it. */
struct SubJobFilter
{
    QString jobId; ///< job_id: the sub-jobs of one job
    QString jobType; ///< job_type, e.g. "createDesktops" (to list many jobs at once)
    QString status; ///< WAITING, RUNNING, SUCCESS, FAILED
};
