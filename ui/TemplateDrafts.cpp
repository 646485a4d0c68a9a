#include "ui/TemplateDrafts.h"

#include "models/RequestDraft.h"
#include "ui/ConnectionDraft.h"

#include <QCoreApplication>

namespace {

std::optional<QString> nonEmpty(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

Connection::AuthKind authKindOf(ConnectionSettings::LoginKind kind)
{
    switch (kind) {
    case ConnectionSettings::LoginKind::Token:
        break;
    case ConnectionSettings::LoginKind::Password:
        return Connection::AuthKind::Password;
    case ConnectionSettings::LoginKind::AkSk:
        return Connection::AuthKind::AkSk;
    }
    return Connection::AuthKind::Token;
}

ConnectionSettings::LoginKind loginKindOf(Connection::AuthKind kind)
{
    switch (kind) {
    case Connection::AuthKind::Token:
        break;
    case Connection::AuthKind::Password:
        return ConnectionSettings::LoginKind::Password;
    case Connection::AuthKind::AkSk:
        return ConnectionSettings::LoginKind::AkSk;
    }
    return ConnectionSettings::LoginKind::Token;
}

/**
 * True when two connections would send a secret to the same place for the same login: the
 * endpoints, the login kind and the identity the secret belongs to. A secret is kept across a
 * change of settings only then, so that it never reaches another host or another account.
 */
bool sameSecretHolder(const Connection &a, const Connection &b)
{
    return a.endpoint == b.endpoint && a.effectiveIamEndpoint() == b.effectiveIamEndpoint()
        && a.authKind == b.authKind && a.iamDomain == b.iamDomain && a.iamUser == b.iamUser
        && a.accessKey == b.accessKey;
}

} // namespace

namespace TemplateDrafts {

ConnectionSettings settingsOf(const Connection &connection, const QString &regionId)
{
    ConnectionSettings settings;
    settings.region = nonEmpty(regionId.isEmpty() ? connection.region : regionId);
    settings.endpoint = nonEmpty(connection.endpoint.toString());
    settings.projectId = nonEmpty(connection.projectId);
    settings.loginKind = loginKindOf(connection.authKind);
    switch (connection.authKind) {
    case Connection::AuthKind::Token:
        break;
    case Connection::AuthKind::Password:
        settings.iamEndpoint = nonEmpty(connection.iamEndpoint.toString());
        settings.iamUser = nonEmpty(connection.iamUser);
        settings.iamDomain = nonEmpty(connection.iamDomain);
        break;
    case Connection::AuthKind::AkSk:
        settings.accessKey = nonEmpty(connection.accessKey);
        break;
    }
    return settings;
}

Template templateOf(const RequestDraft &draft, const ConnectionDraft &connection,
                    const QString &name, const QString &description, bool withoutPerRunData)
{
    Template value;
    value.name = name.trimmed();
    value.description = description;
    value.request =
        withoutPerRunData ? Template::withoutPerRunData(draft.request()) : draft.request();
    value.context.osType = draft.context().osType;
    value.context.domainType = draft.context().domainType;
    value.connection = settingsOf(connection.connection(), connection.regionId());
    return value;
}

QStringList applySettings(const ConnectionSettings &settings, ConnectionDraft *connection)
{
    QStringList notes;
    if (settings.isEmpty())
        return notes;
    const Connection before = connection->connection();
    connection->update([&settings, &before](Connection &target) {
        if (settings.endpoint)
            target.endpoint = QUrl(*settings.endpoint);
        if (settings.projectId)
            target.projectId = *settings.projectId;
        if (settings.region)
            target.region = *settings.region;
        if (settings.loginKind)
            target.authKind = authKindOf(*settings.loginKind);
        if (settings.iamEndpoint)
            target.iamEndpoint = QUrl(*settings.iamEndpoint);
        if (settings.iamUser)
            target.iamUser = *settings.iamUser;
        if (settings.iamDomain)
            target.iamDomain = *settings.iamDomain;
        if (settings.accessKey)
            target.accessKey = *settings.accessKey;
        if (!sameSecretHolder(before, target))
            target.secrets.clear();
    });
    if (settings.region && !settings.endpoint)
        connection->setRegionId(*settings.region);
    const Connection &after = connection->connection();
    if (after.authKind != before.authKind || !after.problems().isEmpty()) {
        notes.append(QCoreApplication::translate("TemplateDrafts",
                                                 "A template holds no secret: type the token, "
                                                 "password or SK of this connection."));
    }
    return notes;
}

QStringList applyTemplate(const Template &value, RequestDraft *draft, ConnectionDraft *connection)
{
    ValidationContext context = draft->context();
    draft->setContext(value.context.appliedTo(context));
    draft->setRequest(value.request);
    return applySettings(value.connection, connection);
}

} // namespace TemplateDrafts
