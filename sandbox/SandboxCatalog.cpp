#include "sandbox/SandboxCatalog.h"

#include "sandbox/Logging.h"

#include <QFile>
#include <QJsonDocument>

SandboxCatalog SandboxCatalog::builtIn()
{
    QFile file(QStringLiteral(":/deskwiz/sandbox-catalog.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSandbox) << "the built-in sandbox catalogue is missing:" << file.errorString();
        return SandboxCatalog();
    }
    return SandboxCatalog(QJsonDocument::fromJson(file.readAll()).object());
}

SandboxCatalog::SandboxCatalog(const QJsonObject &data)
    : m_data(data)
{
}

QString SandboxCatalog::projectId() const
{
    return m_data.value(QStringLiteral("project"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QString SandboxCatalog::projectName() const
{
    return m_data.value(QStringLiteral("project"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

QString SandboxCatalog::domainId() const
{
    return m_data.value(QStringLiteral("project"))
        .toObject()
        .value(QStringLiteral("domain_id"))
        .toString();
}

QString SandboxCatalog::domainName() const
{
    return m_data.value(QStringLiteral("project"))
        .toObject()
        .value(QStringLiteral("domain_name"))
        .toString();
}

QJsonObject SandboxCatalog::workspaces() const
{
    return m_data.value(QStringLiteral("workspaces")).toObject();
}

QString SandboxCatalog::domainType() const
{
    return workspaces()
        .value(QStringLiteral("ad_domains"))
        .toObject()
        .value(QStringLiteral("domain_type"))
        .toString();
}

void SandboxCatalog::setDomainType(const QString &domainType)
{
    QJsonObject service = workspaces();
    QJsonObject domains = service.value(QStringLiteral("ad_domains")).toObject();
    domains.insert(QStringLiteral("domain_type"), domainType);
    service.insert(QStringLiteral("ad_domains"), domains);
    m_data.insert(QStringLiteral("workspaces"), service);
}

QList<QJsonObject> SandboxCatalog::objects(const QString &key) const
{
    QList<QJsonObject> result;
    const QJsonArray array = m_data.value(key).toArray();
    for (const QJsonValue &value : array)
        result.append(value.toObject());
    return result;
}

QList<QJsonObject> SandboxCatalog::products(const QString &osType, const QString &zone) const
{
    QStringList soldOut;
    if (!zone.isEmpty()) {
        const QJsonArray zones = availabilityZones();
        for (const QJsonValue &value : zones) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("availability_zone")).toString() != zone)
                continue;
            const QJsonArray products = entry.value(QStringLiteral("sold_out"))
                                            .toObject()
                                            .value(QStringLiteral("products"))
                                            .toArray();
            for (const QJsonValue &product : products)
                soldOut.append(product.toString());
        }
    }
    QList<QJsonObject> result;
    const QList<QJsonObject> all = objects(QStringLiteral("products"));
    for (QJsonObject product : all) {
        if (!osType.isEmpty()
            && product.value(QStringLiteral("os_type"))
                    .toString()
                    .compare(osType, Qt::CaseInsensitive)
                != 0)
            continue;
        if (soldOut.contains(product.value(QStringLiteral("product_id")).toString()))
            product.insert(QStringLiteral("status"), QStringLiteral("sellout"));
        result.append(product);
    }
    return result;
}

QJsonObject SandboxCatalog::product(const QString &productId) const
{
    const QList<QJsonObject> all = objects(QStringLiteral("products"));
    for (const QJsonObject &product : all) {
        if (product.value(QStringLiteral("product_id")).toString() == productId)
            return product;
    }
    return {};
}

QList<QJsonObject> SandboxCatalog::images(const QString &imageType, const QString &osType) const
{
    QList<QJsonObject> result;
    const QList<QJsonObject> all = objects(QStringLiteral("images"));
    for (const QJsonObject &image : all) {
        if (!imageType.isEmpty()
            && image.value(QStringLiteral("image_type"))
                    .toString()
                    .compare(imageType, Qt::CaseInsensitive)
                != 0)
            continue;
        if (!osType.isEmpty()
            && image.value(QStringLiteral("os_type"))
                    .toString()
                    .compare(osType, Qt::CaseInsensitive)
                != 0)
            continue;
        result.append(image);
    }
    return result;
}

QJsonObject SandboxCatalog::image(const QString &imageId) const
{
    const QList<QJsonObject> all = objects(QStringLiteral("images"));
    for (const QJsonObject &image : all) {
        if (image.value(QStringLiteral("id")).toString() == imageId)
            return image;
    }
    return {};
}

QJsonArray SandboxCatalog::availabilityZones() const
{
    return m_data.value(QStringLiteral("availability_zones")).toArray();
}

QJsonArray SandboxCatalog::subnets() const
{
    return m_data.value(QStringLiteral("subnets")).toArray();
}

QJsonArray SandboxCatalog::securityGroups() const
{
    return m_data.value(QStringLiteral("security_groups")).toArray();
}

QList<QJsonObject> SandboxCatalog::users(const QString &nameFilter) const
{
    QList<QJsonObject> result;
    const QList<QJsonObject> all = objects(QStringLiteral("users"));
    for (const QJsonObject &user : all) {
        if (user.value(QStringLiteral("user_name"))
                .toString()
                .contains(nameFilter, Qt::CaseInsensitive))
            result.append(user);
    }
    return result;
}

QJsonArray SandboxCatalog::namePolicies() const
{
    return m_data.value(QStringLiteral("desktop_name_policies")).toArray();
}

QJsonObject SandboxCatalog::quotas() const
{
    return m_data.value(QStringLiteral("quotas")).toObject();
}

QList<QJsonObject> SandboxCatalog::desktops() const
{
    return objects(QStringLiteral("desktops"));
}
