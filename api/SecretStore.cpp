#include "api/SecretStore.h"

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::kindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Token:
        return QStringLiteral("token");
    case SecretKind::Password:
        return QStringLiteral("password");
    case SecretKind::SecretKey:
        return QStringLiteral("sk");
    case SecretKind::SecurityToken:
        return QStringLiteral("security_token");
    }
    return {};
}

QString SecretStore::keyFor(const QString &profileName, SecretKind kind)
{
    return profileName + QLatin1Char('/') + kindName(kind);
}
