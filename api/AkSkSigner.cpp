#include "api/AkSkSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("SDK-HMAC-SHA256");

/** Unreserved characters stay, everything else becomes %XX of its UTF-8 bytes (upper-case hex). */
QByteArray encodeComponent(const QString &text)
{
    return text.toUtf8().toPercentEncoding();
}

QByteArray canonicalUri(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const QStringList segments = path.split(QLatin1Char('/'));
    QByteArrayList encoded;
    encoded.reserve(segments.size());
    for (const QString &segment : segments)
        encoded.append(encodeComponent(segment));
    QByteArray uri = encoded.join('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray canonicalQuery(const AkSkSigner::QueryItems &query)
{
    AkSkSigner::QueryItems sorted = query;
    // By name, then the values of a repeated name: UTF-16 code unit order, as the SDKs sort.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &left, const auto &right) {
        if (left.first != right.first)
            return left.first < right.first;
        return left.second < right.second;
    });
    QByteArrayList pairs;
    pairs.reserve(sorted.size());
    for (const auto &item : std::as_const(sorted))
        pairs.append(encodeComponent(item.first) + '=' + encodeComponent(item.second));
    return pairs.join('&');
}

/** The headers to sign with lower-case names, `host` added when absent, sorted by name. */
AkSkSigner::Headers normalisedHeaders(const QUrl &url, const AkSkSigner::Headers &headers)
{
    AkSkSigner::Headers normalised;
    normalised.reserve(headers.size() + 1);
    bool hasHost = false;
    for (const auto &header : headers) {
        const QByteArray name = header.first.trimmed().toLower();
        hasHost = hasHost || name == "host";
        normalised.append({name, header.second.trimmed()});
    }
    if (!hasHost)
        normalised.append({QByteArrayLiteral("host"), AkSkSigner::hostHeader(url)});
    std::stable_sort(normalised.begin(), normalised.end(),
                     [](const auto &left, const auto &right) { return left.first < right.first; });
    return normalised;
}

QByteArray joinedNames(const AkSkSigner::Headers &normalised)
{
    QByteArrayList names;
    names.reserve(normalised.size());
    for (const auto &header : normalised)
        names.append(header.first);
    return names.join(';');
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray findHeader(const AkSkSigner::Headers &headers, const QByteArray &lowerName)
{
    for (const auto &header : headers) {
        if (header.first.trimmed().toLower() == lowerName)
            return header.second.trimmed();
    }
    return {};
}

} // namespace

QByteArray AkSkSigner::sdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray AkSkSigner::canonicalRequest(const QByteArray &method, const QUrl &url,
                                        const Headers &headers, const QByteArray &body)
{
    return canonicalRequest(method, url, queryItems(url), headers, body);
}

QByteArray AkSkSigner::canonicalRequest(const QByteArray &method, const QUrl &url,
                                        const QueryItems &query, const Headers &headers,
                                        const QByteArray &body)
{
    const Headers normalised = normalisedHeaders(url, headers);
    QByteArray canonicalHeaders;
    for (const auto &header : normalised)
        canonicalHeaders += header.first + ':' + header.second + '\n';
    return method.toUpper() + '\n' + canonicalUri(url) + '\n' + canonicalQuery(query) + '\n'
        + canonicalHeaders + '\n' + joinedNames(normalised) + '\n' + sha256Hex(body);
}

QByteArray AkSkSigner::signedHeaders(const QUrl &url, const Headers &headers)
{
    return joinedNames(normalisedHeaders(url, headers));
}

QByteArray AkSkSigner::authorization(const QByteArray &accessKey, const QByteArray &secretKey,
                                     const QByteArray &method, const QUrl &url,
                                     const Headers &headers, const QByteArray &body)
{
    return authorization(accessKey, secretKey, method, url, queryItems(url), headers, body);
}

QByteArray AkSkSigner::authorization(const QByteArray &accessKey, const QByteArray &secretKey,
                                     const QByteArray &method, const QUrl &url,
                                     const QueryItems &query, const Headers &headers,
                                     const QByteArray &body)
{
    const QByteArray canonical = canonicalRequest(method, url, query, headers, body);
    const QByteArray stringToSign =
        kAlgorithm + '\n' + findHeader(headers, "x-sdk-date") + '\n' + sha256Hex(canonical);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256)
            .toHex();
    return kAlgorithm + " Access=" + accessKey + ", SignedHeaders=" + signedHeaders(url, headers)
        + ", Signature=" + signature;
}

AkSkSigner::QueryItems AkSkSigner::queryItems(const QUrl &url)
{
    QueryItems items;
    if (!url.hasQuery())
        return items;
    // Split the encoded query ourselves: QUrlQuery would leave `+` ambiguous.
    const QByteArray encoded = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

QByteArray AkSkSigner::encodedQuery(const QueryItems &query)
{
    QByteArrayList pairs;
    pairs.reserve(query.size());
    for (const auto &item : query)
        pairs.append(encodeComponent(item.first) + '=' + encodeComponent(item.second));
    return pairs.join('&');
}

QByteArray AkSkSigner::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() >= 0)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray AkSkSigner::accessKeyOf(const QByteArray &authorizationHeader)
{
    const QByteArray prefix = kAlgorithm + " Access=";
    if (!authorizationHeader.startsWith(prefix))
        return {};
    const qsizetype end = authorizationHeader.indexOf(',', prefix.size());
    return end < 0 ? QByteArray() : authorizationHeader.mid(prefix.size(), end - prefix.size());
}
