#include "api/KeychainSecretStore.h"

#include "api/Logging.h"

#include <qt6keychain/keychain.h>

#if defined(DESKWIZ_KEYCHAIN_OVER_DBUS)
#include <QDBusConnection>
#endif

namespace {

/**
 * On Linux and the BSDs the keychain (Secret Service, KWallet) is reached over the D-Bus session
 * bus; QtKeychain 0.13 reports a missing bus as OtherError ("Cannot autolaunch D-Bus ..."),
 * which for the user means the same as NoBackendAvailable.
 */
bool keychainUnreachable()
{
#if defined(DESKWIZ_KEYCHAIN_OVER_DBUS)
    return !QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

SecretResult resultOf(const QKeychain::Job &job, const QString &profileName)
{
    SecretResult result;
    QKeychain::Error error = job.error();
    if (error == QKeychain::OtherError && keychainUnreachable())
        error = QKeychain::NoBackendAvailable;
    switch (error) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            result.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message =
            SecretStore::tr("No secret is saved for the profile \"%1\".").arg(profileName);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::NoBackend;
        result.message = SecretStore::tr("No keychain is available on this system; the secret "
                                         "will not be remembered.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Failed;
        result.message = SecretStore::tr("The keychain refused access (%1); the secret was not "
                                         "read or saved.")
                             .arg(job.errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = SecretResult::Status::Failed;
        result.message =
            SecretStore::tr("The keychain failed (%1); the secret was not read or saved.")
                .arg(job.errorString());
        break;
    }
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, const QString &service)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::read(const QString &profileName, SecretKind kind, QObject *context,
                               Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyFor(profileName, kind));
    run(job, profileName, context, std::move(done));
}

void KeychainSecretStore::write(const QString &profileName, SecretKind kind, const QString &secret,
                                QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyFor(profileName, kind));
    job->setTextData(secret);
    run(job, profileName, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &profileName, SecretKind kind, QObject *context,
                                 Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyFor(profileName, kind));
    run(job, profileName, context, std::move(done));
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &profileName, QObject *context,
                              Callback done)
{
    job->setAutoDelete(true); // the job deletes itself (deleteLater) after finished()
    job->setInsecureFallback(false); // never a plain-text file
    connect(job, &QKeychain::Job::finished, context,
            [profileName, done = std::move(done)](QKeychain::Job *finished) {
                const SecretResult result = resultOf(*finished, profileName);
                qCDebug(lcApi) << "keychain job for profile" << profileName << "ended with status"
                               << int(result.status);
                done(result);
            });
    job->start();
}
