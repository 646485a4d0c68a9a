#include "api/ApiTypes.h"

#include <QJsonArray>

namespace {

/** A string member; numbers and booleans as text (lenient). */
QString text(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

/** An integer member; a numeric string is accepted (lenient). */
int integer(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isDouble())
        return value.toInt();
    if (value.isString())
        return value.toString().trimmed().toInt();
    return 0;
}

/** A boolean member; "true"-like strings accepted (lenient: one public example has "true,"). */
bool boolean(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().trimmed().startsWith(QLatin1String("true"), Qt::CaseInsensitive);
    if (value.isDouble())
        return value.toDouble() != 0;
    return false;
}

QJsonObject object(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toObject();
}

QJsonArray array(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toArray();
}

} // namespace

Product Product::fromJson(const QJsonObject &json)
{
    Product product;
    product.productId = text(json, "product_id");
    product.cpu = text(json, "cpu");
    product.memory = text(json, "memory");
    product.descriptions = text(json, "descriptions");
    product.osType = text(json, "os_type");
    product.status = text(json, "status");
    product.packageType = text(json, "package_type");
    return product;
}

Image Image::fromJson(const QJsonObject &json)
{
    Image image;
    image.id = text(json, "id");
    image.name = text(json, "name");
    image.imageType = text(json, "image_type");
    image.osType = text(json, "os_type");
    image.minDisk = integer(json, "min_disk");
    return image;
}

AvailabilityZone AvailabilityZone::fromJson(const QJsonObject &json)
{
    AvailabilityZone zone;
    zone.availabilityZone = text(json, "availability_zone");
    zone.displayName = text(json, "display_name");
    zone.isDefault = boolean(json, "default_availability_zone");
    for (const QJsonValue &product : array(object(json, "sold_out"), "products")) {
        const QString id =
            product.isObject() ? text(product.toObject(), "product_id") : product.toString();
        if (!id.isEmpty())
            zone.soldOutProducts.append(id);
    }
    return zone;
}

Subnet Subnet::fromJson(const QJsonObject &json)
{
    Subnet subnet;
    subnet.id = text(json, "id");
    subnet.name = text(json, "name");
    subnet.cidr = text(json, "cidr");
    subnet.vpcId = text(json, "vpc_id");
    subnet.availabilityZone = text(json, "availability_zone");
    return subnet;
}

SecurityGroupInfo SecurityGroupInfo::fromJson(const QJsonObject &json)
{
    SecurityGroupInfo group;
    group.id = text(json, "id");
    group.name = text(json, "name");
    group.description = text(json, "description");
    return group;
}

User User::fromJson(const QJsonObject &json)
{
    User user;
    user.id = text(json, "id");
    user.userName = text(json, "user_name");
    user.userEmail = text(json, "user_email");
    user.userPhone = text(json, "user_phone");
    return user;
}

NamePolicy NamePolicy::fromJson(const QJsonObject &json)
{
    NamePolicy policy;
    policy.policyId = text(json, "policy_id");
    policy.policyName = text(json, "policy_name");
    policy.namePrefix = text(json, "name_prefix");
    policy.digitNumber = integer(json, "digit_number");
    policy.startNumber = integer(json, "start_number");
    return policy;
}

Quota Quota::fromJson(const QJsonObject &json)
{
    Quota quota;
    quota.type = text(json, "type");
    quota.quota = integer(json, "quota");
    quota.used = integer(json, "used");
    return quota;
}

ServiceConfig ServiceConfig::fromJson(const QJsonObject &json)
{
    ServiceConfig config;
    config.status = text(json, "status");
    const QJsonValue domains = json.value(QLatin1String("ad_domains"));
    const QJsonObject domain =
        domains.isArray() ? domains.toArray().first().toObject() : domains.toObject();
    config.domainType = text(domain, "domain_type");
    for (const QJsonValue &subnet : array(json, "subnet_ids")) {
        const QString id =
            subnet.isObject() ? text(subnet.toObject(), "subnet_id") : subnet.toString();
        if (!id.isEmpty())
            config.subnetIds.append(id);
    }
    const QJsonObject group = object(json, "desktop_security_group");
    config.securityGroupId = text(group, "id");
    config.securityGroupName = text(group, "name");
    return config;
}

ExistingDesktop ExistingDesktop::fromJson(const QJsonObject &json)
{
    ExistingDesktop desktop;
    desktop.desktopId = text(json, "desktop_id");
    desktop.computerName = text(json, "computer_name");
    desktop.status = text(json, "status");
    return desktop;
}

SubJob::Status SubJob::parseStatus(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper == QLatin1String("WAITING") || upper == QLatin1String("INIT"))
        return Status::Waiting;
    if (upper == QLatin1String("RUNNING"))
        return Status::Running;
    if (upper == QLatin1String("SUCCESS"))
        return Status::Success;
    if (upper == QLatin1String("FAILED") || upper == QLatin1String("FAIL"))
        return Status::Failed;
    return Status::Unknown;
}

SubJob SubJob::fromJson(const QJsonObject &json)
{
    SubJob job;
    job.id = text(json, "id");
    job.jobId = text(json, "job_id");
    job.jobType = text(json, "job_type");
    job.statusText = text(json, "status");
    job.status = parseStatus(job.statusText);
    job.process = integer(json, "process");
    job.beginTime = text(json, "begin_time");
    job.endTime = text(json, "end_time");
    job.errorCode = text(json, "error_code");
    job.failReason = text(json, "fail_reason");
    const QJsonObject entities = object(json, "entities");
    job.desktopId = text(entities, "desktop_id");
    job.userName = text(entities, "user_name");
    job.desktopName = text(entities, "desktop_name");
    job.productId = text(entities, "product_id");
    return job;
}

Job Job::fromJson(const QJsonObject &json)
{
    Job job;
    job.id = text(json, "id");
    job.jobType = text(json, "job_type");
    job.statusText = text(json, "status");
    const QString upper = job.statusText.trimmed().toUpper();
    if (upper == QLatin1String("SUCCESS") || upper == QLatin1String("COMPLETE"))
        job.status = Status::Done;
    else if (upper == QLatin1String("FAIL") || upper == QLatin1String("FAILED"))
        job.status = Status::Failed;
    job.beginTime = text(json, "begin_time");
    job.endTime = text(json, "end_time");
    job.errorCode = text(json, "job_error_code");
    job.failReason = text(json, "fail_reason");
    job.subJobsTotal = integer(json, "sub_jobs_total");
    for (const QJsonValue &subJob : array(json, "sub_jobs"))
        job.subJobs.append(SubJob::fromJson(subJob.toObject()));
    return job;
}
