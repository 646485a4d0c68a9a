#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
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
};
