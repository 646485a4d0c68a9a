#include "models/ConnectionProfileStore.h"

#include "models/Logging.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace {

const QLatin1String kGroup("connection_profiles");
const QLatin1String kName("name");
const QLatin1String kRegion("region");
const QLatin1String kEndpoint("endpoint");
const QLatin1String kProjectId("project_id");
const QLatin1String kAuth("auth");
const QLatin1String kIamEndpoint("iam_endpoint");
const QLatin1String kIamUser("iam_user");
const QLatin1String kIamDomain("iam_domain");
const QLatin1String kAccessKey("ak");

std::optional<QString> readString(const QSettings &settings, QLatin1String key)
{
    if (!settings.contains(key))
        return std::nullopt;
    return settings.value(key).toString();
}

void writeString(QSettings &settings, QLatin1String key, const std::optional<QString> &value)
{
    if (value)
        settings.setValue(key, *value);
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

ConnectionProfileStore::ConnectionProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

ConnectionProfileStore::~ConnectionProfileStore() = default;

QList<ConnectionProfile> ConnectionProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    const int count = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = m_settings->value(kName).toString();
        if (profile.name.isEmpty())
            continue;
        ConnectionSettings &settings = profile.settings;
        settings.region = readString(*m_settings, kRegion);
        settings.endpoint = readString(*m_settings, kEndpoint);
        settings.projectId = readString(*m_settings, kProjectId);
        if (const std::optional<QString> auth = readString(*m_settings, kAuth))
            settings.loginKind = ConnectionSettings::parseLoginKind(*auth);
        settings.iamEndpoint = readString(*m_settings, kIamEndpoint);
        settings.iamUser = readString(*m_settings, kIamUser);
        settings.iamDomain = readString(*m_settings, kIamDomain);
        settings.accessKey = readString(*m_settings, kAccessKey);
        list.append(profile);
    }
    m_settings->endArray();
    std::sort(list.begin(), list.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QStringList ConnectionProfileStore::names() const
{
    QStringList list;
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &profile : all)
        list.append(profile.name);
    return list;
}

std::optional<ConnectionProfile> ConnectionProfileStore::profile(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &candidate : all) {
        if (candidate.name == name)
            return candidate;
    }
    return std::nullopt;
}

bool ConnectionProfileStore::save(const ConnectionProfile &profile, QString *error)
{
    if (profile.name.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ConnectionProfileStore",
                                                 "A connection profile needs a name.");
        return false;
    }
    QList<ConnectionProfile> all = profiles();
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const ConnectionProfile &p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    writeAll(all);
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("ConnectionProfileStore",
                                                 "The settings file %1 cannot be written.")
                         .arg(m_settings->fileName());
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool ConnectionProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    const qsizetype removed =
        all.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    if (removed == 0)
        return false;
    writeAll(all);
    Q_EMIT changed();
    return true;
}

void ConnectionProfileStore::writeAll(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const ConnectionProfile &profile = profiles.at(i);
        const ConnectionSettings &settings = profile.settings;
        m_settings->setValue(kName, profile.name);
        writeString(*m_settings, kRegion, settings.region);
        writeString(*m_settings, kEndpoint, settings.endpoint);
        writeString(*m_settings, kProjectId, settings.projectId);
        if (settings.loginKind)
            m_settings->setValue(kAuth, ConnectionSettings::loginKindName(*settings.loginKind));
        writeString(*m_settings, kIamEndpoint, settings.iamEndpoint);
        writeString(*m_settings, kIamUser, settings.iamUser);
        writeString(*m_settings, kIamDomain, settings.iamDomain);
        writeString(*m_settings, kAccessKey, settings.accessKey);
    }
    m_settings->endArray();
    m_settings->sync();
    qCDebug(lcModels) << "saved" << profiles.size() << "connection profiles";
}
