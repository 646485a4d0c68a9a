#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * A failure the sandbox plays on demand, chosen per route and per count ("the next N calls of
 * this route"): injected in process by tests (SandboxServer::injectFault()) or over HTTP with
 * POST /sandbox/faults (fromJson(); `deskwiz sandbox` prints an example call).
 */
struct SandboxFault
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFault)
public:
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
     * regular expression over the path when it starts with '/' or '^', or empty (or "*") for
     * every route.
     */
    QString route;
    /** How many of the next matching calls it hits; 0 or less: every one until clearFaults(). */
    int count = 1;
    int delayMs = 0; ///< Slow: how long the answer is held back
    int httpStatus = 500; ///< ServerError: the 5xx status, one of serverErrorStatuses()
    int retryAfterSeconds = 1; ///< Throttle: the Retry-After value

    /** "throttle", "server-error", "slow", "never-answer", "malformed-body", "expired-token". */
    static QString kindName(Kind kind);
    /** The Kind of a kindName() (any case); nullopt for anything else. */
    static std::optional<Kind> parseKind(const QString &name);
    /** The statuses a ServerError fault answers with: 500 to 504. */
    static const QList<int> &serverErrorStatuses();

    /**
     * Why this fault could never fire as meant, one line each: a route that is neither one of
     * `routeNames` nor a valid regular expression, a ServerError status that is not one of
     * serverErrorStatuses(), a negative delay or Retry-After. Empty when it can fire.
     */
    QStringList problems(const QStringList &routeNames) const;

    /**
     * The fault a POST /sandbox/faults body asks for: {"kind", "route", "count", "delay_ms",
     * "status", "retry_after"}, all but "kind" optional ("delay_ms" 2000 unless given). Every
     * member that is unknown or of the wrong type, and every one of problems(), adds a line to
     * `errors`; the fault is only fit to play when `errors` stays empty.
     */
    static SandboxFault fromJson(const QJsonObject &body, const QStringList &routeNames,
                                 QStringList &errors);
};
