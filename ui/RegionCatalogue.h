#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

/** A region where Workspace is offered (API.md §1), from resources/regions.json. */
struct Region
{
    QString id; ///< e.g. "cn-north-4"
    QString name; ///< e.g. "CN North-Beijing4"
    QString workspaceEndpoint; ///< https://workspace.{id}.myhuaweicloud.com
    QString iamEndpoint; ///< https://iam.{id}.myhuaweicloud.com
    QStringList alternativeEndpoints; ///< other hosts seen for this region (disputed suffixes)
    QString note; ///< why the endpoint may need an override (translated on display)
};

/** The region catalogue shipped as data (:/deskwiz/regions.json); the user may override endpoints.
 */
class RegionCatalogue
{
public:
    /** The catalogue compiled into deskwiz. */
    static RegionCatalogue builtIn();
    /** Reads the "regions" array of regions.json; entries without an id or endpoint are skipped. */
    static RegionCatalogue fromJson(const QJsonArray &regions);

    const QList<Region> &regions() const { return m_regions; }
    /** The region with `id`, or nullptr. */
    const Region *find(const QString &id) const;
    /** The region whose Workspace endpoint (or an alternative) is `endpoint`, or nullptr. */
    const Region *findByEndpoint(const QString &endpoint) const;

private:
    QList<Region> m_regions;
};
