#include "models/ConnectionProfile.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace {

const QLatin1String kRegion("region");
const QLatin1String kEndpoint("endpoint");
const QLatin1String kProjectId("project_id");
const QLatin1String kAuth("auth");
const QLatin1String kIamEndpoint("iam_endpoint");
const QLatin1String kIamUser("iam_user");
const QLatin1String kIamDomain("iam_domain");
const QLatin1String kAccessKey("ak");

void putString(QJsonObject &json, QLatin1String key, const std::optional<QString> &value)
{
    if (value)
        json.insert(key, *value);
}

std::optional<QString> takeString(QJsonObject &rest, QLatin1String key, QStringList *errors)
{
    const auto it = rest.constFind(key);
    if (it == rest.constEnd())
        return std::nullopt;
    const QJsonValue value = *it;
    rest.remove(key);
    if (value.isString())
        return value.toString();
    if (errors)
        errors->append(
            QCoreApplication::translate("ConnectionSettings", "\"%1\" must be a string.").arg(key));
    return std::nullopt;
}

} // namespace

QString ConnectionSettings::loginKindName(LoginKind kind)
{
    switch (kind) {
    case LoginKind::Token:
        return QStringLiteral("token");
    case LoginKind::Password:
        return QStringLiteral("password");
    case LoginKind::AkSk:
        return QStringLiteral("aksk");
    }
    return {};
}

std::optional<ConnectionSettings::LoginKind> ConnectionSettings::parseLoginKind(const QString &text)
{
    for (LoginKind kind : {LoginKind::Token, LoginKind::Password, LoginKind::AkSk}) {
        if (text.compare(loginKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QJsonObject ConnectionSettings::toJson() const
{
    QJsonObject json = unknown;
    putString(json, kRegion, region);
    putString(json, kEndpoint, endpoint);
    putString(json, kProjectId, projectId);
    if (loginKind)
        json.insert(kAuth, loginKindName(*loginKind));
    putString(json, kIamEndpoint, iamEndpoint);
    putString(json, kIamUser, iamUser);
    putString(json, kIamDomain, iamDomain);
    putString(json, kAccessKey, accessKey);
    return json;
}

ConnectionSettings ConnectionSettings::fromJson(const QJsonObject &json, QStringList *errors)
{
    ConnectionSettings settings;
    QJsonObject rest = json;
    settings.region = takeString(rest, kRegion, errors);
    settings.endpoint = takeString(rest, kEndpoint, errors);
    settings.projectId = takeString(rest, kProjectId, errors);
    if (const std::optional<QString> auth = takeString(rest, kAuth, errors)) {
        settings.loginKind = parseLoginKind(*auth);
        if (!settings.loginKind && errors)
            errors->append(
                QCoreApplication::translate(
                    "ConnectionSettings",
                    "\"auth\" is \"%1\"; it must be \"token\", \"password\" or \"aksk\".")
                    .arg(*auth));
    }
    settings.iamEndpoint = takeString(rest, kIamEndpoint, errors);
    settings.iamUser = takeString(rest, kIamUser, errors);
    settings.iamDomain = takeString(rest, kIamDomain, errors);
    settings.accessKey = takeString(rest, kAccessKey, errors);
    settings.unknown = rest;
    return settings;
}

bool ConnectionSettings::isEmpty() const
{
    return *this == ConnectionSettings();
}

bool ConnectionSettings::operator==(const ConnectionSettings &other) const
{
    return region == other.region && endpoint == other.endpoint && projectId == other.projectId
        && loginKind == other.loginKind && iamEndpoint == other.iamEndpoint
        && iamUser == other.iamUser && iamDomain == other.iamDomain && accessKey == other.accessKey
        && unknown == other.unknown;
}

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    return name == other.name && settings == other.settings;
}
