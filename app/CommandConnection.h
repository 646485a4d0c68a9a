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

// How `deskwiz submit` and `deskwiz jobs` reach the service: the options, a saved profile (or the
// connection of the template being sent) and the environment make one Connection (a secret never
// comes from an option or a file); with --profile, the secrets the environment lacks are read from
// the system keychain in the event loop.

/**
 * Adds the options that say where and how to connect (--profile, --endpoint, --project-id,
 * --region, --auth, --iam-endpoint, --no-http2), how long to wait (--timeout, --poll-interval),
 * and --wait and --json.
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
    /** The file's settings (a template's connection) when they were used: no --profile. */
    ConnectionSettings fileSettings;
};

/**
 * The Connection the options, the named profile and the environment describe; problems are
 * appended to `errors`. This is the one place a command line connection is built. What the
 * options do not say comes from the profile with --profile, else from `fileSettings` (the
 * connection of the template being sent): a profile is a whole connection, never mixed with a
 * template's. The AK and the IAM domain and user come from the environment first. Secrets come
 * from the environment only; with --profile, those missing there are listed in
 * `keychainSecrets` for KeychainSecretReader.
 */
ConnectionPlan connectionFromOptions(const QCommandLineParser &parser, QStringList &errors,
                                     const ConnectionSettings &fileSettings = {});

/** How another command line reaches the same service, as shell words (never a secret). */
struct ResumeWords
{
    QStringList environment; ///< NAME=value for what only a template gave: AK, IAM domain, user
    QStringList
        options; ///< the connection options given, and those a template's settings stand for
};
/** The words that connect `deskwiz jobs` where `plan` (from `parser`) connected. */
ResumeWords resumeWords(const QCommandLineParser &parser, const ConnectionPlan &plan);

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
