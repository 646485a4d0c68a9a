#pragma once

#include "api/Connection.h"
#include "api/SecretStore.h"
#include "models/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

// How `deskwiz submit` and `deskwiz jobs` reach the service: the options, a saved profile and the
// environment make one Connection (a secret never comes from an option); with --profile, the
// secrets the environment lacks are read from the system keychain in the event loop.

/**
 * Adds the options that say where and how to connect (--profile, --endpoint, --project-id,
 * --region, --auth, --iam-endpoint), how long to wait (--timeout, --poll-interval), and --wait
 * and --json.
 */
void addConnectionOptions(QCommandLineParser &parser);

/** A secret the environment did not give, to be read from the keychain under the profile. */
struct KeychainSecret
{
    SecretKind kind;
    const char *variable; ///< the environment variable that would have given it
    bool optional; ///< not finding it is fine (the security token of permanent AK/SK)
};

/** What the command line describes: the connection and, with --profile, secrets still to read. */
struct ConnectionPlan
{
    Connection connection;
    QString profileName; ///< empty without --profile
    QList<KeychainSecret> keychainSecrets;
};

/**
 * The Connection the options, the named profile and the environment describe; problems are
 * appended to `errors`. This is the one place a command line connection is built. Secrets come
 * from the environment first; with --profile, those missing there are listed in
 * `keychainSecrets` for KeychainSecretReader.
 */
ConnectionPlan connectionFromOptions(const QCommandLineParser &parser, QStringList &errors);

/** The options given that say where and how to connect, as shell words (never a secret). */
QStringList connectionArguments(const QCommandLineParser &parser);

/** --timeout and --poll-interval. */
struct Timings
{
    int timeoutMs = 0; ///< each request
    int pollMs = 0; ///< before the first job poll
};
/** Reads --timeout (seconds, fractions allowed) and --poll-interval; nullopt after printing why. */
std::optional<Timings> readTimings(const QCommandLineParser &parser);

/**
 * Completes a ConnectionPlan inside the command's event loop: reads the secrets the environment
 * did not give from `keychain` (asynchronously, one after the other), then hands the connection to
 * `ready`. When a secret is not there, or there is no keychain, prints why and which environment
 * variable to set, and ends the event loop with exit code 2. The commands pass the system keychain
 * (KeychainSecretStore); tests pass a fake one.
 */
class KeychainSecretReader : public QObject
{
public:
    using Ready = std::function<void(const Connection &connection)>;

    /** `keychain` is not owned and must outlive the reader. */
    KeychainSecretReader(ConnectionPlan plan, SecretStore *keychain, Ready ready);
    ~KeychainSecretReader() override;

    void start();

private:
    void readNext();
    void finish();
    void fail(const QStringList &lines);
    QByteArray &secretOf(SecretKind kind);

    ConnectionPlan m_plan;
    SecretStore *m_keychain;
    Ready m_ready;
};
