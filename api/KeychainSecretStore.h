#pragma once

#include "api/SecretStore.h"

namespace QKeychain {
class Job;
}

/**
 * The secrets of connection profiles in the OS keychain (Secret Service / KWallet on Linux,
 * Keychain on macOS, Credential Manager on Windows) through QtKeychain jobs, service "deskwiz".
 * Never falls back to a plain-text file: without a keychain every call ends with
 * SecretResult::Status::NoBackend and a message saying the secret will not be remembered.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /** `service` is the keychain service name; "deskwiz" unless a test isolates itself. */
    explicit KeychainSecretStore(QObject *parent = nullptr,
                                 const QString &service = QStringLiteral("deskwiz"));

    void read(const QString &profileName, SecretKind kind, QObject *context,
              Callback done) override;
    void write(const QString &profileName, SecretKind kind, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &profileName, SecretKind kind, QObject *context,
                Callback done) override;
    bool isPersistent() const override { return true; }

private:
    void run(QKeychain::Job *job, const QString &profileName, QObject *context, Callback done);

    QString m_service;
};
