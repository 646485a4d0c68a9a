#include "sandbox/SandboxAuth.h"

#include "api/AkSkSigner.h"
#include "sandbox/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxAuth", text);
}

SandboxReply authFailure(const QString &code, const QString &message)
{
    return SandboxReply::error(401, code, message);
}

/** The fields of `SDK-HMAC-SHA256 Access=.., SignedHeaders=.., Signature=..`; empty if malformed.
 */
QHash<QByteArray, QByteArray> authorizationFields(const QByteArray &authorization)
{
    static const QByteArray scheme = QByteArrayLiteral("SDK-HMAC-SHA256 ");
    QHash<QByteArray, QByteArray> fields;
    if (!authorization.startsWith(scheme))
        return fields;
    const QList<QByteArray> parts = authorization.mid(scheme.size()).split(',');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals <= 0)
            return {};
        fields.insert(trimmed.left(equals), trimmed.mid(equals + 1));
    }
    return fields;
}

/** Compares without stopping at the first difference. */
bool sameBytes(const QByteArray &left, const QByteArray &right)
{
    if (left.size() != right.size())
        return false;
    int difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= left.at(i) ^ right.at(i);
    return difference == 0;
}

QString isoTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace

SandboxAuth::SandboxAuth(const SandboxServer::Credentials &credentials)
    : m_credentials(credentials)
{
}

QString SandboxAuth::issueToken(const QDateTime &expiresAtUtc)
{
    const QString token = QStringLiteral("sandbox-token-")
        + QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
    m_tokenExpiry.insert(token, expiresAtUtc);
    return token;
}

QStringList SandboxAuth::issuedTokens() const
{
    return m_tokenExpiry.keys();
}

std::optional<SandboxReply> SandboxAuth::check(const SandboxRequest &request,
                                               const QDateTime &nowUtc,
                                               bool tokenExpiredFault) const
{
    if (tokenExpiredFault) {
        return authFailure(QStringLiteral("APIGW.0307"),
                           tr("The token must be updated: it has expired."));
    }
    if (request.hasHeader("X-Auth-Token"))
        return checkToken(request.header("X-Auth-Token"), nowUtc);
    if (request.hasHeader("Authorization"))
        return checkSignature(request, nowUtc);
    return authFailure(QStringLiteral("APIGW.0301"),
                       tr("Incorrect IAM authentication information: no X-Auth-Token and no "
                          "Authorization header."));
}

std::optional<SandboxReply> SandboxAuth::checkToken(const QByteArray &token,
                                                    const QDateTime &nowUtc) const
{
    const auto found = m_tokenExpiry.constFind(QString::fromLatin1(token.trimmed()));
    if (found == m_tokenExpiry.constEnd()) {
        return authFailure(QStringLiteral("APIGW.0301"),
                           tr("Incorrect IAM authentication information: verify token failed."));
    }
    if (found.value() <= nowUtc) {
        return authFailure(QStringLiteral("APIGW.0307"),
                           tr("The token must be updated: it has expired."));
    }
    return std::nullopt;
}

std::optional<SandboxReply> SandboxAuth::checkSignature(const SandboxRequest &request,
                                                        const QDateTime &nowUtc) const
{
    const QHash<QByteArray, QByteArray> fields =
        authorizationFields(request.header("Authorization"));
    const QByteArray accessKey = fields.value("Access");
    const QByteArray signedHeaders = fields.value("SignedHeaders");
    const QByteArray signature = fields.value("Signature");
    if (accessKey.isEmpty() || signedHeaders.isEmpty() || signature.isEmpty()) {
        return authFailure(QStringLiteral("APIGW.0301"),
                           tr("Incorrect IAM authentication information: the Authorization "
                              "header is not SDK-HMAC-SHA256 Access=..., SignedHeaders=..., "
                              "Signature=...."));
    }
    if (accessKey != m_credentials.accessKey.toLatin1()) {
        return authFailure(QStringLiteral("APIGW.0301"),
                           tr("Incorrect IAM authentication information: unknown access key."));
    }

    const QByteArray sdkDate = request.header("X-Sdk-Date");
    QDateTime signedAt =
        QDateTime::fromString(QString::fromLatin1(sdkDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    signedAt.setTimeSpec(Qt::UTC);
    if (!signedAt.isValid() || qAbs(signedAt.secsTo(nowUtc)) > maxClockSkewSeconds) {
        return authFailure(QStringLiteral("APIGW.0303"),
                           tr("Incorrect app authentication information: X-Sdk-Date is missing, "
                              "malformed or more than 15 minutes from the server's clock."));
    }

    AkSkSigner::Headers headers;
    const QList<QByteArray> names = signedHeaders.split(';');
    for (const QByteArray &name : names) {
        if (!request.hasHeader(name)) {
            return authFailure(QStringLiteral("APIGW.0301"),
                               tr("Incorrect IAM authentication information: a signed header "
                                  "was not sent."));
        }
        headers.append({name, request.header(name)});
    }
    const QByteArray expected = AkSkSigner::authorization(
        accessKey, m_credentials.secretKey.toLatin1(), request.method, request.url,
        AkSkSigner::queryItems(request.url), headers, request.body);
    const QHash<QByteArray, QByteArray> expectedFields = authorizationFields(expected);
    if (expectedFields.value("SignedHeaders") != signedHeaders
        || !sameBytes(expectedFields.value("Signature"), signature)) {
        qCDebug(lcSandbox) << "signature mismatch; canonical request:"
                           << AkSkSigner::canonicalRequest(request.method, request.url,
                                                           AkSkSigner::queryItems(request.url),
                                                           headers, request.body);
        return authFailure(QStringLiteral("APIGW.0301"),
                           tr("Incorrect IAM authentication information: the signature does "
                              "not match."));
    }
    return std::nullopt;
}

SandboxReply SandboxAuth::login(const SandboxRequest &request, const QDateTime &nowUtc)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject identity = document.object()
                                     .value(QStringLiteral("auth"))
                                     .toObject()
                                     .value(QStringLiteral("identity"))
                                     .toObject();
    const QJsonObject user = identity.value(QStringLiteral("password"))
                                 .toObject()
                                 .value(QStringLiteral("user"))
                                 .toObject();
    if (parseError.error != QJsonParseError::NoError || user.isEmpty()
        || !identity.value(QStringLiteral("methods"))
                .toArray()
                .contains(QJsonValue(QStringLiteral("password")))) {
        return SandboxReply::iamError(400, QStringLiteral("Bad Request"),
                                      tr("The request body is not an IAM password login."));
    }
    const QString domain =
        user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString();
    if (domain != m_credentials.iamDomain
        || user.value(QStringLiteral("name")).toString() != m_credentials.iamUser
        || user.value(QStringLiteral("password")).toString() != m_credentials.iamPassword) {
        return SandboxReply::iamError(401, QStringLiteral("Unauthorized"),
                                      tr("The username or password is wrong."));
    }
    const QJsonObject project = document.object()
                                    .value(QStringLiteral("auth"))
                                    .toObject()
                                    .value(QStringLiteral("scope"))
                                    .toObject()
                                    .value(QStringLiteral("project"))
                                    .toObject();
    const bool scopeMatches = project.contains(QStringLiteral("id"))
        ? project.value(QStringLiteral("id")).toString() == m_credentials.projectId
        : project.value(QStringLiteral("name")).toString() == m_credentials.projectName;
    if (!scopeMatches) {
        return SandboxReply::iamError(401, QStringLiteral("Unauthorized"),
                                      tr("No project of this user matches the scope."));
    }

    const QDateTime expiresAt = nowUtc.addSecs(tokenLifetimeSeconds);
    const QString token = issueToken(expiresAt);
    const QJsonObject domainObject {{QStringLiteral("id"), m_credentials.iamDomainId},
                                    {QStringLiteral("name"), m_credentials.iamDomain}};
    const QJsonObject body {
        {QStringLiteral("token"),
         QJsonObject {{QStringLiteral("expires_at"), isoTime(expiresAt)},
                      {QStringLiteral("issued_at"), isoTime(nowUtc)},
                      {QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
                      {QStringLiteral("project"),
                       QJsonObject {{QStringLiteral("id"), m_credentials.projectId},
                                    {QStringLiteral("name"), m_credentials.projectName},
                                    {QStringLiteral("domain"), domainObject}}},
                      {QStringLiteral("user"),
                       QJsonObject {{QStringLiteral("id"), QStringLiteral("sandbox-user-0001")},
                                    {QStringLiteral("name"), m_credentials.iamUser},
                                    {QStringLiteral("domain"), domainObject}}}}}};
    SandboxReply reply = SandboxReply::json(201, body);
    reply.headers.append({QByteArrayLiteral("X-Subject-Token"), token.toLatin1()});
    return reply;
}
