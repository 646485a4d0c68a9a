#include "api/SessionSecretStore.h"

#include <QPointer>
#include <QTimer>

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

SessionSecretStore::~SessionSecretStore()
{
    for (QString &secret : m_secrets)
        secret.fill(QLatin1Char('\0'));
}

void SessionSecretStore::read(const QString &profileName, SecretKind kind, QObject *context,
                              Callback done)
{
    SecretResult result;
    const auto it = m_secrets.constFind(keyFor(profileName, kind));
    if (it != m_secrets.constEnd()) {
        result.status = SecretResult::Status::Ok;
        result.secret = *it;
    } else {
        result.status = SecretResult::Status::NotFound;
        result.message =
            tr("No secret is remembered for the profile \"%1\" in this session.").arg(profileName);
    }
    deliver(context, std::move(done), result);
}

void SessionSecretStore::write(const QString &profileName, SecretKind kind, const QString &secret,
                               QObject *context, Callback done)
{
    m_secrets.insert(keyFor(profileName, kind), secret);
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    deliver(context, std::move(done), result);
}

void SessionSecretStore::remove(const QString &profileName, SecretKind kind, QObject *context,
                                Callback done)
{
    SecretResult result;
    if (m_secrets.remove(keyFor(profileName, kind)) > 0) {
        result.status = SecretResult::Status::Ok;
    } else {
        result.status = SecretResult::Status::NotFound;
        result.message =
            tr("No secret is remembered for the profile \"%1\" in this session.").arg(profileName);
    }
    deliver(context, std::move(done), result);
}

void SessionSecretStore::deliver(QObject *context, Callback done, const SecretResult &result)
{
    // Like a keychain job: never call back before the caller's call has returned.
    QTimer::singleShot(0, context, [done = std::move(done), result]() { done(result); });
}
