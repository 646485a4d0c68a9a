#pragma once

#include <QObject>
#include <QString>

#include <functional>

/** Which secret of a connection profile (API.md §2). */
enum class SecretKind {
    Token, ///< a token the operator pasted (X-Auth-Token)
    Password, ///< the IAM user's password
    SecretKey, ///< the SK that goes with the profile's AK
    SecurityToken, ///< X-Security-Token of temporary AK/SK credentials
};

/** The outcome of a SecretStore call. */
struct SecretResult
{
    enum class Status {
        Ok, ///< done; for a read, `secret` holds the secret
        NotFound, ///< no secret is saved under that profile and kind
        NoBackend, ///< there is no keychain on this system: the secret cannot be remembered
        Failed, ///< anything else (access denied, a keychain error); see `message`
    };

    Status status = Status::Failed;
    QString secret; ///< the secret, for a successful read only
    QString message; ///< translated, for anything but Ok: what happened and what it means

    bool ok() const { return status == Status::Ok; }
};

/**
 * Where the secrets of connection profiles are kept, asynchronously: every call returns at once
 * and later calls `done` on the thread of `context`; when `context` is destroyed first, `done` is
 * not called. A secret is stored under service "deskwiz" and the key "PROFILE/KIND" (keyFor()).
 *
 * Implementations: KeychainSecretStore (the OS keychain through QtKeychain) and
 * SessionSecretStore (in memory, for "remember for this session only").
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &result)>;

    explicit SecretStore(QObject *parent = nullptr);

    /** "token" / "password" / "sk" / "security_token". */
    static QString kindName(SecretKind kind);
    /** The key a secret is stored under: "PROFILE/KIND", e.g. "prod/sk". */
    static QString keyFor(const QString &profileName, SecretKind kind);

    /** Reads the secret of `profileName`; `done` gets Ok with the secret, or NotFound, ... */
    virtual void read(const QString &profileName, SecretKind kind, QObject *context,
                      Callback done) = 0;
    /** Saves (or replaces) the secret of `profileName`. */
    virtual void write(const QString &profileName, SecretKind kind, const QString &secret,
                       QObject *context, Callback done) = 0;
    /** Forgets the secret of `profileName`; NotFound when there was none. */
    virtual void remove(const QString &profileName, SecretKind kind, QObject *context,
                        Callback done) = 0;
    /** True when what is written outlives this process (a keychain), false when it does not. */
    virtual bool isPersistent() const = 0;
};
