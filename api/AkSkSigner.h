#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/**
 * AK/SK request signing, SDK-HMAC-SHA256 (API.md §2.3), as the Huawei Cloud SDKs do it.
 * Pure functions over the exact bytes sent; used by WorkspaceClient to sign and by the sandbox to
 * verify. `headers` are the headers to sign (name, value); `host` is added from `url` when absent.
 */
class AkSkSigner
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /** Decoded query parameters (name, value) in the order sent. */
    using QueryItems = QList<QPair<QString, QString>>;

    /** "YYYYMMDDTHHMMSSZ" of `utc`, the value of X-Sdk-Date. */
    static QByteArray sdkDate(const QDateTime &utc);

    /** The canonical request of API.md §2.3.2 (path and query taken from `url`). */
    static QByteArray canonicalRequest(const QByteArray &method, const QUrl &url,
                                       const Headers &headers, const QByteArray &body);

    /** "content-type;host;x-sdk-date": the sorted lower-case names of `headers` plus host. */
    static QByteArray signedHeaders(const QUrl &url, const Headers &headers);

    /** The whole Authorization header value; `headers` must include X-Sdk-Date. */
    static QByteArray authorization(const QByteArray &accessKey, const QByteArray &secretKey,
                                    const QByteArray &method, const QUrl &url,
                                    const Headers &headers, const QByteArray &body);

    /**
     * The same as authorization(), with the query given as decoded items rather than read from
     * `url` (whose query is then ignored), so that names and values with reserved characters are
     * signed exactly as they are meant.
     */
    static QByteArray authorization(const QByteArray &accessKey, const QByteArray &secretKey,
                                    const QByteArray &method, const QUrl &url,
                                    const QueryItems &query, const Headers &headers,
                                    const QByteArray &body);

    /** canonicalRequest() with an explicit query, as the authorization() overload above. */
    static QByteArray canonicalRequest(const QByteArray &method, const QUrl &url,
                                       const QueryItems &query, const Headers &headers,
                                       const QByteArray &body);

    /** The decoded query items of `url`, in order. */
    static QueryItems queryItems(const QUrl &url);

    /**
     * `query` percent-encoded as the canonical form does (unreserved characters kept, everything
     * else `%XX`), in the order given: the query string to put on the wire so that what is sent is
     * what is signed.
     */
    static QByteArray encodedQuery(const QueryItems &query);

    /** The host header value of `url`: host, plus `:port` when the URL names a port. */
    static QByteArray hostHeader(const QUrl &url);

    /** The value of the `Access=` field of an Authorization header, empty when malformed. */
    static QByteArray accessKeyOf(const QByteArray &authorizationHeader);
};
