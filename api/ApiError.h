#pragma once

#include "api/Connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

/**
 * The one place that turns what went wrong with a call (a transport rule, a network error, an
 * HTTP status and the error body in its WKS, IAM or APIGW shape) into a message a person can act
 * on, keeping the code, message, detail and request id for display and logs.
 */
class ApiError
{
public:
    enum class Kind {
        None, ///< no error
        Refused, ///< a transport rule refused the request before anything was sent
        Network, ///< the connection failed (refused, reset, host not found, ...)
        Timeout, ///< no answer within the request timeout (we aborted it)
        Tls, ///< the TLS handshake or the server certificate failed
        Http, ///< the server answered with an error status
        InvalidAnswer, ///< the server answered 2xx with something that is not the expected JSON
        Cancelled, ///< the caller cancelled the call
    };

    /** Everything known about one finished reply, the input of fromResponse(). */
    struct ResponseFacts
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorString;
        int httpStatus = 0; ///< 0 when no HTTP answer arrived
        QByteArray body;
        QByteArray requestId; ///< X-Request-Id
        QByteArray retryAfter; ///< Retry-After, as sent
        QByteArray location; ///< Location of a redirect, which is never followed
        bool timedOut = false; ///< aborted by us because the timeout passed
        bool cancelledByCaller = false; ///< aborted by us because the caller cancelled
        QList<QSslError> sslErrors;
        QUrl url;
        /** How the call logged in, for hints about rejected credentials; unknown: nullopt. */
        std::optional<Connection::AuthKind> loginKind;
    };

    ApiError() = default;

    /** The error a finished reply describes; Kind::None for a 2xx answer without network error. */
    static ApiError fromResponse(const ResponseFacts &facts);
    /** A request refused by a transport rule (`reason` is translated). */
    static ApiError refused(const QString &reason);
    /** A 2xx answer that could not be understood (`what` is translated). */
    static ApiError invalidAnswer(const QString &what, int httpStatus = 200,
                                  const QByteArray &requestId = {});
    /** The call was cancelled by its caller. */
    static ApiError cancelled();
    /** Waiting for something (e.g. jobs) took longer than allowed (`what` is translated). */
    static ApiError gaveUpWaiting(const QString &what);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    /** The service's error code: "WKS.00010099", "APIGW.0301", IAM's "401"; may be empty. */
    QString code() const { return m_code; }
    /** The service's own message (error_msg, error.message); may be empty. */
    QString serviceMessage() const { return m_serviceMessage; }
    /** error_detail or IAM's error.title; may be empty. */
    QString detail() const { return m_detail; }
    /** X-Request-Id of the answer, for support; may be empty. */
    QString requestId() const { return m_requestId; }
    /** What to do about a known code or status (translated); may be empty. */
    QString hint() const { return m_hint; }
    /**
     * The hint for an error code (e.g. a failed sub-job's) and HTTP status; may be empty. A
     * rejected login gets advice for `loginKind` (token, password, AK/SK), or advice that fits
     * all three when the kind is not known.
     */
    static QString hintFor(const QString &errorCode, int httpStatus = 0,
                           std::optional<Connection::AuthKind> loginKind = std::nullopt);
    /**
     * True when `hint` tells something `alreadySaid` (e.g. a service's fail_reason) does not:
     * it has a word of three or more letters that `alreadySaid` lacks (case ignored). A hint is
     * shown next to such a text only then, so that nothing is said twice.
     */
    static bool hintAddsTo(const QString &hint, const QString &alreadySaid);
    /** Retry-After in milliseconds, or -1 when the answer had none. */
    int retryAfterMs() const { return m_retryAfterMs; }

    /** One translated sentence saying what happened (no code or request id). */
    QString summary() const;
    /**
     * The whole translated message: the summary, then code, service message, detail, request id
     * and hint on lines of their own where known.
     */
    QString toString() const;

    /** True for what a read may retry: 429, 5xx, timeouts and connection failures. */
    bool isTransient() const;
    /**
     * True when a request may have reached the server although no answer says so (a timeout, a
     * connection closed after sending) or the 2xx answer that says so could not be read: for a
     * create, desktops may have been created.
     */
    bool isAmbiguous() const;

    /**
     * Marks this as the failure of a create call sent at `sentAtUtc`; when it is ambiguous,
     * toString() then says how to find out, without a job id, whether desktops were created
     * since then.
     */
    void markAsCreateFailure(const QDateTime &sentAtUtc = {});
    /** True after markAsCreateFailure() on an ambiguous error. */
    bool mayHaveCreatedDesktops() const { return m_mayHaveCreated; }

    /** Parses a Retry-After value (seconds or an HTTP date) into milliseconds; -1 when invalid. */
    static int parseRetryAfter(const QByteArray &value);

private:
    void readErrorBody(const QByteArray &body);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_networkErrorString;
    QString m_code;
    QString m_serviceMessage;
    QString m_detail;
    QString m_requestId;
    QString m_hint;
    QString m_tlsProblems;
    QString m_reason; ///< Refused / InvalidAnswer: the translated reason
    QString m_host;
    QString m_location;
    int m_retryAfterMs = -1;
    bool m_mayHaveCreated = false;
    QDateTime m_createSentAtUtc; ///< a create failure: when the request was sent
};
