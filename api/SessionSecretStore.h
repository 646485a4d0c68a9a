#pragma once

#include "api/SecretStore.h"

#include <QHash>

/**
 * Secrets kept in memory only, for "remember for this session only" (and when no keychain is
 * available): forgotten when the store is destroyed, never written anywhere. Results arrive
 * asynchronously like those of KeychainSecretStore, so the two are interchangeable.
 */
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    void read(const QString &profileName, SecretKind kind, QObject *context,
              Callback done) override;
    void write(const QString &profileName, SecretKind kind, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &profileName, SecretKind kind, QObject *context,
                Callback done) override;
    bool isPersistent() const override { return false; }

private:
    void deliver(QObject *context, Callback done, const SecretResult &result);

    QHash<QString, QString> m_secrets;
};
