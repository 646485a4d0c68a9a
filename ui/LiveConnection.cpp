#include "ui/LiveConnection.h"

#include "api/WorkspaceClient.h"
#include "models/ValidationContext.h"
#include "ui/ConnectionDraft.h"
#include "ui/pages/ConnectionPage.h"

#include <QDateTime>
#include <QLocale>

namespace {

/**
 * The service's domain type as the wizard names it everywhere (the Desktop page's list, the
 * review): the API's "LITE_AS" and the docs' "LITE_AD" are one type, shown as LITE_AD.
 */
QString domainTypeShown(const QString &serviceValue)
{
    const auto type = ValidationContext::parseDomainType(serviceValue);
    return type ? ValidationContext::domainTypeName(*type) : serviceValue;
}

} // namespace

LiveConnection::LiveConnection(ConnectionDraft *draft, WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_client(client)
{
    connect(m_draft, &ConnectionDraft::changed, this, &LiveConnection::syncClient);
    connect(m_client, &WorkspaceClient::projectIdDiscovered, this, [this](const QString &id) {
        if (m_draft->connection().projectId.isEmpty())
            m_draft->update([&](Connection &c) { c.projectId = id; });
    });
    syncClient();
}

LiveConnection::~LiveConnection()
{
    if (m_call)
        m_call->cancel();
}

void LiveConnection::attachPage(ConnectionPage *page)
{
    m_page = page;
    page->setConnectionTestAvailable(true);
    connect(page, &ConnectionPage::testConnectionRequested, this, &LiveConnection::test);
    connect(this, &LiveConnection::testFinished, page, [page](bool ok, const QString &message) {
        page->setConnectionTestRunning(false);
        page->showConnectionTestResult(ok, message);
    });
}

void LiveConnection::syncClient()
{
    const Connection &wanted = m_draft->connection();
    const Connection &current = m_client->connection();
    const bool same = wanted.endpoint == current.endpoint
        && wanted.iamEndpoint == current.iamEndpoint && wanted.projectId == current.projectId
        && wanted.region == current.region && wanted.authKind == current.authKind
        && wanted.iamDomain == current.iamDomain && wanted.iamUser == current.iamUser
        && wanted.accessKey == current.accessKey && wanted.secrets.token == current.secrets.token
        && wanted.secrets.password == current.secrets.password
        && wanted.secrets.secretKey == current.secrets.secretKey
        && wanted.secrets.securityToken == current.secrets.securityToken;
    if (!same)
        m_client->setConnection(wanted);
}

void LiveConnection::test()
{
    if (m_call)
        return;
    const QStringList problems = m_draft->connection().problems();
    if (!problems.isEmpty()) {
        finishTest(false, problems.join(QLatin1Char('\n')));
        return;
    }
    syncClient();
    if (m_page)
        m_page->setConnectionTestRunning(true);
    m_call = m_client->logIn(this, [this](const ApiResult<QString> &result) {
        m_call.clear();
        if (!result.ok()) {
            finishTest(false, tr("Could not log in: %1").arg(result.error.toString()));
            return;
        }
        onLoggedIn(result.value);
    });
}

void LiveConnection::onLoggedIn(const QString &projectId)
{
    const bool passwordLogin = m_client->connection().authKind == Connection::AuthKind::Password;
    m_call = m_client->showServiceConfig(
        this, [this, projectId, passwordLogin](const ApiResult<ServiceConfig> &result) {
            m_call.clear();
            if (!result.ok()) {
                finishTest(false,
                           tr("Logged in, but reading the Workspace service failed: %1")
                               .arg(result.error.toString()));
                return;
            }
            const ServiceConfig &config = result.value;
            const QString project = m_client->connection().projectId.isEmpty()
                ? projectId
                : m_client->connection().projectId;
            QStringList lines;
            const bool usable = config.isSubscribed();
            if (usable) {
                lines.append(
                    tr("Connected: the Workspace service is enabled in project %1 (domain type "
                       "%2).")
                        .arg(project,
                             config.domainType.isEmpty() ? tr("not set")
                                                         : domainTypeShown(config.domainType)));
            } else {
                lines.append(
                    tr("The Workspace service is not enabled in project %1 (status "
                       "%2): subscribe to it in the console first.")
                        .arg(project, config.status.isEmpty() ? tr("unknown") : config.status));
            }
            if (passwordLogin) {
                const QDateTime expiry = m_client->tokenExpiresAt().toLocalTime();
                lines.append(tr("Logged in as %1; the token stays in memory, expires at %2 and "
                                "is renewed before then.")
                                 .arg(m_client->connection().iamUser,
                                      QLocale().toString(expiry, QLocale::ShortFormat)));
            }
            finishTest(usable, lines.join(QLatin1Char('\n')));
        });
}

void LiveConnection::finishTest(bool ok, const QString &message)
{
    Q_EMIT testFinished(ok, message);
}
