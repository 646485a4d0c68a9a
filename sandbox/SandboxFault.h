#pragma once

#include <QString>

#include <optional>

/**
 * A failure the sandbox plays on demand, for tests and for `deskwiz sandbox --fault`: chosen per
 * route and per count ("the next N calls of this route").
 */
struct SandboxFault
{
    enum class Kind {
        Throttle, ///< 429 with APIGW.0308 and a Retry-After header
        ServerError, ///< a 5xx with a WKS error body
        Slow, ///< the normal answer, sent after `delayMs`
        NeverAnswer, ///< the request is held and never answered (released when the server goes)
        MalformedBody, ///< the normal status and headers with a truncated, unparsable JSON body
        ExpiredToken, ///< the next authentication check says the token expired (401 APIGW.0307)
    };

    Kind kind = Kind::ServerError;
    /**
     * Which calls: a route name (see SandboxServer::routeNames(), e.g. "createDesktops"), a
     * regular expression over the path when it starts with '/' or '^', or empty for every route.
     */
    QString route;
    /** How many of the next matching calls it hits; 0 or less: every one until clearFaults(). */
    int count = 1;
    int delayMs = 0; ///< Slow: how long the answer is held back
    int httpStatus = 500; ///< ServerError: the 5xx status
    int retryAfterSeconds = 1; ///< Throttle: the Retry-After value

    /** "throttle", "server-error", "slow", "never-answer", "malformed-body", "expired-token". */
    static QString kindName(Kind kind);
    /** The Kind of a kindName() (any case); nullopt for anything else. */
    static std::optional<Kind> parseKind(const QString &name);
};
