#include "tests/support/FakeKeychain.h"

#include <QTimer>

namespace {

SecretResult withStatus(SecretResult::Status status, const QString &message = QString())
{
    SecretResult result;
    result.status = status;
    result.message = message;
    return result;
}

} // namespace

FakeKeychain::FakeKeychain(Backend backend, QObject *parent)
    : SecretStore(parent)
    , m_backend(backend)
{
}

void FakeKeychain::read(const QString &profileName, SecretKind kind, QObject *context,
                        Callback done)
{
    SecretResult result;
    if (m_backend == Backend::Missing) {
        result = noBackend();
    } else if (const std::optional<QString> saved = secret(profileName, kind)) {
        result = withStatus(SecretResult::Status::Ok);
        result.secret = *saved;
    } else {
        result = withStatus(SecretResult::Status::NotFound,
                            QStringLiteral("No secret is saved for the profile \"%1\" (fake "
                                           "keychain).")
                                .arg(profileName));
    }
    deliver(context, std::move(done), result);
}

void FakeKeychain::write(const QString &profileName, SecretKind kind, const QString &secret,
                         QObject *context, Callback done)
{
    SecretResult result = noBackend();
    if (m_backend == Backend::Available) {
        m_secrets.insert(keyFor(profileName, kind), secret);
        result = withStatus(SecretResult::Status::Ok);
    }
    deliver(context, std::move(done), result);
}

void FakeKeychain::remove(const QString &profileName, SecretKind kind, QObject *context,
                          Callback done)
{
    SecretResult result = noBackend();
    if (m_backend == Backend::Available) {
        result = withStatus(m_secrets.remove(keyFor(profileName, kind)) > 0
                                ? SecretResult::Status::Ok
                                : SecretResult::Status::NotFound);
    }
    deliver(context, std::move(done), result);
}

std::optional<QString> FakeKeychain::secret(const QString &profileName, SecretKind kind) const
{
    const auto it = m_secrets.constFind(keyFor(profileName, kind));
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return *it;
}

SecretResult FakeKeychain::noBackend()
{
    return withStatus(SecretResult::Status::NoBackend,
                      QStringLiteral("No keychain is available on this system; the secret will "
                                     "not be remembered (fake keychain)."));
}

void FakeKeychain::deliver(QObject *context, Callback done, const SecretResult &result)
{
    // Like a keychain job: never call back before the caller's call has returned.
    QTimer::singleShot(0, context, [done = std::move(done), result]() { done(result); });
}
