#pragma once

#include "sandbox/SandboxMessage.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

/**
 * Who may call the sandbox: tokens it issued (X-Auth-Token), the AK/SK pair (SDK-HMAC-SHA256
 * checked with AkSkSigner over the bytes received) and the IAM password login that issues tokens.
 */
class SandboxAuth
{
public:
    /** How far X-Sdk-Date may be from the sandbox's clock, as the real gateway allows. */
    static constexpr qint64 maxClockSkewSeconds = 15 * 60;
    /** How long an issued token lives, as IAM's do. */
    static constexpr qint64 tokenLifetimeSeconds = 24 * 60 * 60;

    explicit SandboxAuth(const SandboxServer::Credentials &credentials);

    /** A new token that expires at `expiresAtUtc`. */
    QString issueToken(const QDateTime &expiresAtUtc);
    /** Every token issued so far (issueToken() and password logins alike). */
    QStringList issuedTokens() const;

    /**
     * Nothing when `request` is authenticated at `nowUtc`, else the 401 answer the gateway would
     * give. `tokenExpiredFault`: answer as if the token had just expired (APIGW.0307).
     */
    std::optional<SandboxReply> check(const SandboxRequest &request, const QDateTime &nowUtc,
                                      bool tokenExpiredFault) const;

    /** POST /v3/auth/tokens: 201 with X-Subject-Token, or the IAM error. */
    SandboxReply login(const SandboxRequest &request, const QDateTime &nowUtc);

private:
    std::optional<SandboxReply> checkToken(const QByteArray &token, const QDateTime &nowUtc) const;
    std::optional<SandboxReply> checkSignature(const SandboxRequest &request,
                                               const QDateTime &nowUtc) const;

    SandboxServer::Credentials m_credentials;
    QHash<QString, QDateTime> m_tokenExpiry; ///< token → expiry (UTC)
};
