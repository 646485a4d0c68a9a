#include "api/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

/** This file's texts, in the translation context "ApiError" (a class lupdate can read). */
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInt());
    return {};
}

QString statusSentence(int status)
{
    switch (status) {
    case 400:
        return ApiErrorText::tr("The service rejected the request as invalid (HTTP 400).");
    case 401:
        return ApiErrorText::tr(
            "The service did not accept the credentials (HTTP 401): the token is wrong or "
            "expired, or the password or AK/SK is wrong.");
    case 403:
        return ApiErrorText::tr(
            "The credentials are valid but not allowed to do this (HTTP 403): check the "
            "user's permissions and the project id.");
    case 404:
        return ApiErrorText::tr(
            "The service does not know this resource (HTTP 404): check the endpoint, the "
            "project id and the job id.");
    case 409:
        return ApiErrorText::tr("The request conflicts with the current state (HTTP 409).");
    case 429:
        return ApiErrorText::tr(
            "The service is throttling requests (HTTP 429): too many calls, try again "
            "shortly.");
    default:
        break;
    }
    if (status >= 500)
        return ApiErrorText::tr("The service had an internal error (HTTP %1); try again later.")
            .arg(status);
    if (status >= 300 && status < 400)
        return ApiErrorText::tr(
                   "The service answered with a redirect (HTTP %1), which is not followed for "
                   "API calls: check the endpoint URL.")
            .arg(status);
    return ApiErrorText::tr("The service answered with HTTP %1.").arg(status);
}

QString networkSentence(QNetworkReply::NetworkError error, const QString &host,
                        const QString &qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiErrorText::tr(
                   "The connection to %1 was refused: is the endpoint right and the service "
                   "reachable?")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return ApiErrorText::tr(
                   "The host %1 was not found: check the endpoint URL and the network (DNS).")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed after the request; Qt may not resend it
        return ApiErrorText::tr("%1 closed the connection before answering.").arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return ApiErrorText::tr("The network is not available.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiErrorText::tr("The proxy failed: %1. Check the system proxy settings.")
            .arg(qtText);
    default:
        break;
    }
    return ApiErrorText::tr("The connection to %1 failed: %2.").arg(host, qtText);
}

/** What to do when the gateway rejects the credentials (APIGW.0301), for each kind of login. */
QString rejectedLoginHint(std::optional<Connection::AuthKind> loginKind)
{
    if (!loginKind) {
        return ApiErrorText::tr(
            "The credentials were rejected. A token may have expired or be for another project "
            "or region: get a new one. After a password login, check the project ID and the "
            "region. With AK/SK, check the key pair and this computer's clock (five failures in "
            "a row lock the AK for 5 minutes).");
    }
    switch (*loginKind) {
    case Connection::AuthKind::Token:
        return ApiErrorText::tr(
            "The token was rejected: it has expired (a token lasts 24 hours) or it is for "
            "another project or region. Get a new token for this project and region.");
    case Connection::AuthKind::Password:
        return ApiErrorText::tr(
            "The token of the password login was rejected: check that the project ID belongs "
            "to this region and that the IAM endpoint is the region's. The next call logs in "
            "again.");
    case Connection::AuthKind::AkSk:
        break;
    }
    return ApiErrorText::tr(
        "The AK/SK signature was rejected: check the access key and the secret key, and that "
        "this computer's clock is right. Five failures in a row lock the AK for 5 minutes.");
}

/**
 * How to find out whether a create sent at `sentAtUtc` (invalid: not known) made desktops, when
 * no answer gave its job id (API.md §5).
 */
QString createCheckAdvice(const QDateTime &sentAtUtc)
{
    const QString since = sentAtUtc.isValid()
        ? ApiErrorText::tr("since %1 UTC (by this computer's clock)")
              .arg(sentAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
        : ApiErrorText::tr("in the last minutes");
    return ApiErrorText::tr(
               "The desktops may have been created anyway, but no job id came back. Before "
               "sending the request again, look for them: in the Workspace console's desktop "
               "list, desktops of these users created %1; or the project's sub-jobs of type "
               "createDesktops begun %1 (GET /v2/{project_id}/workspace-sub-jobs?job_type="
               "createDesktops; their begin_time is UTC). A job found that way can be followed "
               "with `deskwiz jobs JOB_ID`. Send again only the desktops that are not there.")
        .arg(since);
}

/** The words of `text` with three or more letters or digits, in lower case. */
QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> words;
    const QStringList parts = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.size() >= 3)
            words.insert(part);
    }
    return words;
}

} // namespace

ApiError ApiError::fromResponse(const ResponseFacts &facts)
{
    ApiError error;
    error.m_httpStatus = facts.httpStatus;
    error.m_networkError = facts.networkError;
    error.m_networkErrorString = facts.networkErrorString;
    error.m_requestId = QString::fromLatin1(facts.requestId);
    error.m_host = facts.url.host();
    error.m_retryAfterMs = parseRetryAfter(facts.retryAfter);
    error.m_location = QString::fromUtf8(facts.location);

    if (facts.cancelledByCaller) {
        error.m_kind = Kind::Cancelled;
        return error;
    }
    // Qt reports a timeout as OperationCanceledError: only our own flag tells them apart. A
    // cancel nobody asked for can only be a transfer timeout.
    if (facts.timedOut || facts.networkError == QNetworkReply::OperationCanceledError
        || facts.networkError == QNetworkReply::TimeoutError) {
        error.m_kind = Kind::Timeout;
        return error;
    }
    if (!facts.sslErrors.isEmpty()
        || facts.networkError == QNetworkReply::SslHandshakeFailedError) {
        error.m_kind = Kind::Tls;
        QStringList problems;
        for (const QSslError &sslError : facts.sslErrors)
            problems.append(sslError.errorString());
        problems.removeDuplicates();
        error.m_tlsProblems =
            problems.isEmpty() ? facts.networkErrorString : problems.join(QStringLiteral("; "));
        return error;
    }
    if (facts.httpStatus == 0) {
        if (facts.networkError == QNetworkReply::NoError)
            return error;
        error.m_kind = Kind::Network;
        return error;
    }
    if (facts.httpStatus >= 200 && facts.httpStatus < 300
        && (facts.networkError == QNetworkReply::NoError)) {
        return error;
    }
    error.m_kind = Kind::Http;
    error.readErrorBody(facts.body);
    error.m_hint = hintFor(error.m_code, error.m_httpStatus, facts.loginKind);
    return error;
}

ApiError ApiError::refused(const QString &reason)
{
    ApiError error;
    error.m_kind = Kind::Refused;
    error.m_reason = reason;
    return error;
}

ApiError ApiError::invalidAnswer(const QString &what, int httpStatus, const QByteArray &requestId)
{
    ApiError error;
    error.m_kind = Kind::InvalidAnswer;
    error.m_reason = what;
    error.m_httpStatus = httpStatus;
    error.m_requestId = QString::fromLatin1(requestId);
    return error;
}

ApiError ApiError::gaveUpWaiting(const QString &what)
{
    ApiError error;
    error.m_kind = Kind::Timeout;
    error.m_reason = what;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.m_kind = Kind::Cancelled;
    return error;
}

void ApiError::readErrorBody(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.isEmpty())
        return;
    const QJsonValue iamError = json.value(QLatin1String("error"));
    if (iamError.isObject()) { // IAM: {"error":{"code","message","title"}}
        const QJsonObject object = iamError.toObject();
        m_code = jsonText(object.value(QLatin1String("code")));
        m_serviceMessage = jsonText(object.value(QLatin1String("message")));
        m_detail = jsonText(object.value(QLatin1String("title")));
        return;
    }
    // WKS and APIGW: {"error_code","error_msg","error_detail"}; some gateways: {"code","message"}.
    m_code = jsonText(json.value(QLatin1String("error_code")));
    m_serviceMessage = jsonText(json.value(QLatin1String("error_msg")));
    m_detail = jsonText(json.value(QLatin1String("error_detail")));
    if (m_code.isEmpty())
        m_code = jsonText(json.value(QLatin1String("code")));
    if (m_serviceMessage.isEmpty())
        m_serviceMessage = jsonText(json.value(QLatin1String("message")));
}

QString ApiError::hintFor(const QString &errorCode, int httpStatus,
                          std::optional<Connection::AuthKind> loginKind)
{
    const QString code = errorCode.toUpper();
    if (code == QLatin1String("APIGW.0301"))
        return rejectedLoginHint(loginKind);
    if (code == QLatin1String("APIGW.0303"))
        return ApiErrorText::tr(
            "Authentication failed: check the credentials; with AK/SK, check that this "
            "computer's clock is right (the gateway allows 15 minutes of difference).");
    if (code == QLatin1String("APIGW.0308") || httpStatus == 429)
        return ApiErrorText::tr(
            "The API is throttled: wait a little and try again; deskwiz already backs off "
            "on reads.");
    if (code == QLatin1String("WKS.0001"))
        return ApiErrorText::tr("The request body was empty or unreadable.");
    if (code == QLatin1String("WKS.00010099"))
        return ApiErrorText::tr(
            "Workspace is not enabled for this project: subscribe to the service in the "
            "console first (or check the project id and region).");
    if (code == QLatin1String("WKS.00010032"))
        return ApiErrorText::tr(
            "A desktop's current state does not allow this operation: wait until it is "
            "stable and try again.");
    if (code == QLatin1String("WKS.00010109"))
        return ApiErrorText::tr(
            "A computer name is empty: give each desktop a computer name, a name prefix or "
            "a name policy.");
    if (code == QLatin1String("WKS.00010110"))
        return ApiErrorText::tr(
            "A desktop got no IP address: check the subnet's free addresses and DHCP.");
    if (httpStatus == 401)
        return ApiErrorText::tr(
            "Log in again with valid credentials; a rejected password login is never "
            "retried automatically (repeated failures lock the IAM account).");
    return {};
}

bool ApiError::hintAddsTo(const QString &hint, const QString &alreadySaid)
{
    const QSet<QString> said = wordsOf(alreadySaid);
    const QSet<QString> hintWords = wordsOf(hint);
    return std::any_of(hintWords.begin(), hintWords.end(),
                       [&](const QString &word) { return !said.contains(word); });
}

QString ApiError::summary() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Refused:
    case Kind::InvalidAnswer:
        return m_reason;
    case Kind::Cancelled:
        return ApiErrorText::tr("The request was cancelled.");
    case Kind::Timeout:
        if (!m_reason.isEmpty())
            return m_reason;
        return m_host.isEmpty()
            ? ApiErrorText::tr("The request timed out: its answer was not complete in time.")
            : ApiErrorText::tr("The request to %1 timed out: its answer was not complete in time.")
                  .arg(m_host);
    case Kind::Tls:
        return ApiErrorText::tr(
                   "The secure connection to %1 failed: %2. The certificate is not trusted, so "
                   "nothing was sent.")
            .arg(m_host, m_tlsProblems);
    case Kind::Network:
        return networkSentence(m_networkError, m_host, m_networkErrorString);
    case Kind::Http:
        return statusSentence(m_httpStatus);
    }
    return {};
}

QString ApiError::toString() const
{
    if (m_kind == Kind::None)
        return {};
    QStringList lines {summary()};
    if (m_mayHaveCreated)
        lines.append(createCheckAdvice(m_createSentAtUtc));
    if (!m_code.isEmpty())
        lines.append(ApiErrorText::tr("Code: %1").arg(m_code));
    if (!m_serviceMessage.isEmpty())
        lines.append(ApiErrorText::tr("Message: %1").arg(m_serviceMessage));
    if (!m_detail.isEmpty())
        lines.append(ApiErrorText::tr("Detail: %1").arg(m_detail));
    if (!m_location.isEmpty())
        lines.append(ApiErrorText::tr("Redirected to: %1").arg(m_location));
    if (!m_requestId.isEmpty())
        lines.append(ApiErrorText::tr("Request id: %1").arg(m_requestId));
    if (hintAddsTo(m_hint, m_serviceMessage + QLatin1Char(' ') + m_detail))
        lines.append(ApiErrorText::tr("Hint: %1").arg(m_hint));
    return lines.join(QLatin1Char('\n'));
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Timeout:
        return true;
    case Kind::Network:
        return m_networkError != QNetworkReply::HostNotFoundError;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::isAmbiguous() const
{
    if (m_kind == Kind::Timeout)
        return true;
    // A 2xx answer took the request; that its body could not be read says nothing about what
    // the service did with it.
    if (m_kind == Kind::InvalidAnswer)
        return m_httpStatus >= 200 && m_httpStatus < 300;
    if (m_kind != Kind::Network)
        return false;
    switch (m_networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return false; // nothing reached the server
    default:
        return true;
    }
}

void ApiError::markAsCreateFailure(const QDateTime &sentAtUtc)
{
    m_mayHaveCreated = isAmbiguous();
    m_createSentAtUtc = sentAtUtc.toUTC();
}

int ApiError::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin(seconds * 1000.0, 3600.0 * 1000.0));
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 delta = QDateTime::currentDateTimeUtc().msecsTo(utc);
    return int(qBound<qint64>(qint64(0), delta, qint64(3600) * 1000));
}
