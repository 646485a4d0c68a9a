#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/**
 * The secrets that go with a Connection: held in memory only, never written to a file, a log or
 * an argument. Which ones are used depends on Connection::authKind.
 */
struct ApiSecrets
{
    QByteArray token; ///< Token login: sent as X-Auth-Token
    QByteArray password; ///< Password login: the IAM user's password
    QByteArray secretKey; ///< AK/SK login: the SK
    QByteArray securityToken; ///< AK/SK login with temporary credentials: X-Security-Token

    /** Overwrites and clears every secret. */
    void clear();
};

/** Where and how to connect (API.md §1–2): a value type, secrets held apart in `secrets`. */
struct Connection
{
    /** How the operator logs in (API.md §2). */
    enum class AuthKind { Token, Password, AkSk };

    QUrl endpoint; ///< the Workspace endpoint, e.g. https://workspace.cn-north-4.myhuaweicloud.com
    QUrl iamEndpoint; ///< the IAM endpoint (password login); empty: defaultIamEndpoint()
    QString projectId; ///< empty with a password login: filled from the token's project
    QString region; ///< empty: taken from the endpoint host (regionOf())
    AuthKind authKind = AuthKind::Token;
    QString iamDomain; ///< password login: the account (domain) name
    QString iamUser; ///< password login: the IAM user name
    QString accessKey; ///< AK/SK login: the AK (not a secret; the SK is)
    ApiSecrets secrets;

    /** "token" / "password" / "aksk". */
    static QString authKindName(AuthKind kind);
    /** "token", "password", "aksk" (any case) → AuthKind; nullopt otherwise. */
    static std::optional<AuthKind> parseAuthKind(const QString &text);

    /**
     * The IAM endpoint that goes with a Workspace endpoint: the same URL for a loopback endpoint
     * (the sandbox serves both), `https://iam.{region}.{suffix}` for `workspace.{region}.{suffix}`
     * (a region as regionOf() reads it), and an empty URL for any other host, which needs its IAM
     * endpoint given.
     */
    static QUrl defaultIamEndpoint(const QUrl &endpoint);
    /** The region of a `service.{region}.{suffix}` host; empty when the host has no region. */
    static QString regionOf(const QUrl &endpoint);

    /** iamEndpoint, or defaultIamEndpoint(endpoint) when it is empty. */
    QUrl effectiveIamEndpoint() const;
    /** region, or regionOf(endpoint) when it is empty. */
    QString effectiveRegion() const;

    /**
     * What is missing or unusable for `authKind` (translated, one line each; empty when usable):
     * endpoint, project id (unless a password login can find it), the secrets of the kind.
     */
    QStringList problems() const;
};
