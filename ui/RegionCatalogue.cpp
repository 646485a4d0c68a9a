#include "ui/RegionCatalogue.h"

#include "ui/Logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

RegionCatalogue RegionCatalogue::builtIn()
{
    QFile file(QStringLiteral(":/deskwiz/regions.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "The region catalogue is missing from the resources";
        return {};
    }
    return fromJson(QJsonDocument::fromJson(file.readAll()).object().value(u"regions").toArray());
}

RegionCatalogue RegionCatalogue::fromJson(const QJsonArray &regions)
{
    RegionCatalogue catalogue;
    for (const QJsonValue &value : regions) {
        const QJsonObject object = value.toObject();
        Region region;
        region.id = object.value(u"id").toString();
        region.name = object.value(u"name").toString();
        region.workspaceEndpoint = object.value(u"workspace_endpoint").toString();
        region.iamEndpoint = object.value(u"iam_endpoint").toString();
        const QJsonArray alternatives = object.value(u"alternative_workspace_endpoints").toArray();
        for (const QJsonValue &alternative : alternatives)
            region.alternativeEndpoints.append(alternative.toString());
        region.note = object.value(u"note").toString();
        if (region.id.isEmpty() || region.workspaceEndpoint.isEmpty())
            continue;
        catalogue.m_regions.append(region);
    }
    return catalogue;
}

const Region *RegionCatalogue::find(const QString &id) const
{
    for (const Region &region : m_regions) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

const Region *RegionCatalogue::findByEndpoint(const QString &endpoint) const
{
    for (const Region &region : m_regions) {
        if (region.workspaceEndpoint == endpoint || region.alternativeEndpoints.contains(endpoint))
            return &region;
    }
    return nullptr;
}
