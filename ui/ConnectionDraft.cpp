#include "ui/ConnectionDraft.h"

#include "api/TransportPolicy.h"

namespace {

ValidationIssue error(const char *pointer, const QString &message)
{
    return {QString::fromLatin1(pointer), ValidationIssue::Severity::Error, message};
}

std::optional<QString> urlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return ConnectionDraft::tr(
            "Give the endpoint URL, e.g. https://workspace.cn-north-4.myhuaweicloud.com.");
    if (!url.isValid() || url.host().isEmpty())
        return ConnectionDraft::tr("This is not a valid URL: it needs a scheme and a host, e.g. "
                                   "https://workspace.cn-north-4.myhuaweicloud.com.");
    return TransportPolicy::refusalReason(url);
}

} // namespace

ConnectionDraft::ConnectionDraft(QObject *parent)
    : QObject(parent)
{
}

ConnectionDraft::~ConnectionDraft()
{
    m_connection.secrets.clear();
}

void ConnectionDraft::update(const std::function<void(Connection &)> &change)
{
    change(m_connection);
    Q_EMIT changed();
}

void ConnectionDraft::setConnection(const Connection &connection)
{
    m_connection = connection;
    Q_EMIT changed();
}

void ConnectionDraft::setRegionId(const QString &regionId)
{
    if (regionId == m_regionId)
        return;
    m_regionId = regionId;
    Q_EMIT changed();
}

ValidationIssues ConnectionDraft::issues() const
{
    ValidationIssues issues;
    if (const auto problem = urlProblem(m_connection.endpoint))
        issues.append(error("/endpoint", *problem));

    const bool passwordLogin = m_connection.authKind == Connection::AuthKind::Password;
    if (passwordLogin && !m_connection.iamEndpoint.isEmpty()) {
        if (const auto problem = urlProblem(m_connection.iamEndpoint))
            issues.append(error("/iam_endpoint", *problem));
    } else if (passwordLogin && m_connection.effectiveIamEndpoint().isEmpty()) {
        issues.append(error("/iam_endpoint",
                            tr("The IAM endpoint cannot be derived from this endpoint: give it, "
                               "e.g. https://iam.cn-north-4.myhuaweicloud.com.")));
    }

    if (m_connection.projectId.isEmpty()) {
        if (passwordLogin)
            issues.append({QStringLiteral("/project_id"), ValidationIssue::Severity::Warning,
                           tr("No project ID: it will be taken from the IAM token of the "
                              "region.")});
        else
            issues.append(error("/project_id",
                                tr("Give the project ID (My Credentials → "
                                   "Projects in the console).")));
    } else if (m_connection.projectId.trimmed() != m_connection.projectId
               || m_connection.projectId.contains(QLatin1Char(' '))) {
        issues.append(error("/project_id", tr("The project ID has spaces in it.")));
    }

    switch (m_connection.authKind) {
    case Connection::AuthKind::Token:
        if (m_connection.secrets.token.isEmpty())
            issues.append(error("/token", tr("Paste the token (X-Auth-Token) to log in with.")));
        break;
    case Connection::AuthKind::Password:
        if (m_connection.iamDomain.isEmpty())
            issues.append(error("/iam_domain",
                                tr("Give the account (domain) name of the IAM "
                                   "user.")));
        if (m_connection.iamUser.isEmpty())
            issues.append(error("/iam_user", tr("Give the IAM user name.")));
        if (m_connection.secrets.password.isEmpty())
            issues.append(error("/password", tr("Give the IAM user's password.")));
        break;
    case Connection::AuthKind::AkSk:
        if (m_connection.accessKey.isEmpty())
            issues.append(error("/access_key", tr("Give the access key ID (AK).")));
        if (m_connection.secrets.secretKey.isEmpty())
            issues.append(error("/secret_key", tr("Give the secret access key (SK).")));
        break;
    }
    return issues;
}

ValidationIssues ConnectionDraft::issuesUnder(const QString &pointer) const
{
    return ::issuesUnder(issues(), pointer);
}
