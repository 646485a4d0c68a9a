#pragma once

#include "api/SecretStore.h"

#include <QHash>
#include <QString>

#include <optional>

/**
 * The system keychain for tests, behind the same SecretStore interface: in memory, persistent as
 * far as its users can tell (isPersistent() is true; a "later run" reads what an earlier one
 * wrote as long as the FakeKeychain lives), answering asynchronously like QtKeychain jobs. With
 * Backend::Missing it answers every call with NoBackend, as a machine without a keychain does.
 */
class FakeKeychain : public SecretStore
{
    Q_OBJECT
public:
    enum class Backend {
        Available, ///< keeps what is written
        Missing, ///< every call ends with SecretResult::Status::NoBackend
    };

    explicit FakeKeychain(Backend backend = Backend::Available, QObject *parent = nullptr);

    void read(const QString &profileName, SecretKind kind, QObject *context,
              Callback done) override;
    void write(const QString &profileName, SecretKind kind, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &profileName, SecretKind kind, QObject *context,
                Callback done) override;
    bool isPersistent() const override { return true; }

    /** What is saved under `profileName` and `kind`, as the keychain holds it. */
    std::optional<QString> secret(const QString &profileName, SecretKind kind) const;

private:
    /** The answer of a missing keychain, with the words KeychainSecretStore says them in. */
    static SecretResult noBackend();
    void deliver(QObject *context, Callback done, const SecretResult &result);

    Backend m_backend;
    QHash<QString, QString> m_secrets;
};
