#include "ui/RecentConnection.h"

#include "ui/Logging.h"

#include <QSettings>

namespace {

const QLatin1String kRegionKey("recent_connection/region");
const QLatin1String kEndpointKey("recent_connection/endpoint");

} // namespace

QString RecentConnection::customRegion()
{
    return QStringLiteral("custom");
}

RecentConnection::RecentConnection()
    : m_settings(std::make_unique<QSettings>())
{
}

RecentConnection::RecentConnection(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

RecentConnection::~RecentConnection() = default;

std::optional<RecentConnection::Record> RecentConnection::load() const
{
    const QString region = m_settings->value(kRegionKey).toString();
    if (region.isEmpty())
        return std::nullopt;
    Record record;
    record.region = region;
    if (region == customRegion())
        record.endpoint = QUrl(m_settings->value(kEndpointKey).toString());
    return record;
}

void RecentConnection::record(const QString &regionId, const QUrl &endpoint)
{
    if (regionId.isEmpty()) {
        m_settings->setValue(kRegionKey, customRegion());
        m_settings->setValue(
            kEndpointKey,
            endpoint.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .toString());
    } else {
        m_settings->setValue(kRegionKey, regionId);
        m_settings->remove(kEndpointKey);
    }
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcUi) << "Could not record the connection in" << m_settings->fileName();
}
