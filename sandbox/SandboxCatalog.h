#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * The look-up data the sandbox serves (resources/sandbox-catalog.json): service config, products,
 * images, zones, subnets, security groups, users, name policies, quotas and existing desktops,
 * with the filters the real API applies. Paging is the caller's.
 */
class SandboxCatalog
{
public:
    /** The catalogue built into the library. */
    static SandboxCatalog builtIn();
    explicit SandboxCatalog(const QJsonObject &data = {});

    QString projectId() const;
    QString projectName() const; ///< the IAM scope name (a region name)
    QString domainId() const;
    QString domainName() const;

    /** GET /v2/{project_id}/workspaces. */
    QJsonObject workspaces() const;
    /** ad_domains.domain_type of the service config, e.g. "LITE_AS". */
    QString domainType() const;
    void setDomainType(const QString &domainType);

    /** Products of `osType` (any case; empty: all), with status "sellout" where `zone` sold out. */
    QList<QJsonObject> products(const QString &osType, const QString &zone) const;
    QJsonObject product(const QString &productId) const; ///< empty when unknown
    QList<QJsonObject> images(const QString &imageType, const QString &osType) const;
    QJsonObject image(const QString &imageId) const; ///< empty when unknown
    QJsonArray availabilityZones() const;
    QJsonArray subnets() const;
    QJsonArray securityGroups() const;
    /** Users whose name contains `nameFilter` (any case; empty: all). */
    QList<QJsonObject> users(const QString &nameFilter) const;
    QJsonArray namePolicies() const;
    QJsonObject quotas() const;
    /** The desktops that existed before the sandbox started. */
    QList<QJsonObject> desktops() const;

private:
    QList<QJsonObject> objects(const QString &key) const;

    QJsonObject m_data;
};
