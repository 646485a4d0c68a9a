#include "api/Connection.h"

#include "api/TransportPolicy.h"

#include <QCoreApplication>

namespace {

/** This file's texts, in the translation context "Connection" (a class lupdate can read). */
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

void ApiSecrets::clear()
{
    wipe(token);
    wipe(password);
    wipe(secretKey);
    wipe(securityToken);
}

QString Connection::authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Token:
        return QStringLiteral("token");
    case AuthKind::Password:
        return QStringLiteral("password");
    case AuthKind::AkSk:
        return QStringLiteral("aksk");
    }
    return {};
}

std::optional<Connection::AuthKind> Connection::parseAuthKind(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("token"))
        return AuthKind::Token;
    if (lower == QLatin1String("password"))
        return AuthKind::Password;
    if (lower == QLatin1String("aksk"))
        return AuthKind::AkSk;
    return std::nullopt;
}

QUrl Connection::defaultIamEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return {};
    if (TransportPolicy::isLoopbackHost(endpoint.host()))
        return endpoint;
    // Only a Workspace host says under which region and suffix its IAM is: from any other host,
    // the IAM password could go to a host nobody configured.
    QStringList labels = endpoint.host().toLower().split(QLatin1Char('.'));
    if (labels.first() != QLatin1String("workspace") || regionOf(endpoint).isEmpty())
        return {};
    labels[0] = QStringLiteral("iam");
    QUrl iam;
    iam.setScheme(QStringLiteral("https"));
    iam.setHost(labels.join(QLatin1Char('.')));
    return iam;
}

QString Connection::regionOf(const QUrl &endpoint)
{
    if (TransportPolicy::isLoopbackHost(endpoint.host()))
        return {};
    const QStringList labels = endpoint.host().split(QLatin1Char('.'));
    // service.region.myhuaweicloud.com: a region has a dash (cn-north-4, ap-southeast-1).
    if (labels.size() >= 4 && labels.at(1).contains(QLatin1Char('-')))
        return labels.at(1);
    return {};
}

QUrl Connection::effectiveIamEndpoint() const
{
    return iamEndpoint.isEmpty() ? defaultIamEndpoint(endpoint) : iamEndpoint;
}

QString Connection::effectiveRegion() const
{
    return region.isEmpty() ? regionOf(endpoint) : region;
}

QStringList Connection::problems() const
{
    QStringList problems;
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        problems.append(ConnectionText::tr("The endpoint URL is missing or not a valid URL."));
    else if (const auto refusal = TransportPolicy::refusalReason(endpoint))
        problems.append(*refusal);
    switch (authKind) {
    case AuthKind::Token:
        if (projectId.isEmpty())
            problems.append(ConnectionText::tr("The project id is missing."));
        if (secrets.token.isEmpty())
            problems.append(ConnectionText::tr("No token was given."));
        break;
    case AuthKind::Password:
        if (iamDomain.isEmpty())
            problems.append(ConnectionText::tr("The IAM account (domain) name is missing."));
        if (iamUser.isEmpty())
            problems.append(ConnectionText::tr("The IAM user name is missing."));
        if (secrets.password.isEmpty())
            problems.append(ConnectionText::tr("No IAM password was given."));
        if (projectId.isEmpty() && effectiveRegion().isEmpty())
            problems.append(ConnectionText::tr(
                "Neither a project id nor a region is known to scope the IAM login."));
        if (!effectiveIamEndpoint().isValid() || effectiveIamEndpoint().host().isEmpty())
            problems.append(
                ConnectionText::tr("The IAM endpoint is missing and cannot be derived from the "
                                   "endpoint; give it explicitly."));
        else if (const auto refusal = TransportPolicy::refusalReason(effectiveIamEndpoint()))
            problems.append(*refusal);
        break;
    case AuthKind::AkSk:
        if (projectId.isEmpty())
            problems.append(ConnectionText::tr("The project id is missing."));
        if (accessKey.isEmpty())
            problems.append(ConnectionText::tr("No access key (AK) was given."));
        if (secrets.secretKey.isEmpty())
            problems.append(ConnectionText::tr("No secret key (SK) was given."));
        break;
    }
    return problems;
}
