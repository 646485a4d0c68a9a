#include "ui/BuiltInSandbox.h"

#include "sandbox/SandboxServer.h"
#include "ui/Logging.h"

#include <QHostAddress>

BuiltInSandbox::BuiltInSandbox(QObject *parent)
    : QObject(parent)
{
}

BuiltInSandbox::~BuiltInSandbox() = default;

std::optional<Connection> BuiltInSandbox::start()
{
    if (isRunning())
        return connection();
    auto server = std::make_unique<SandboxServer>();
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        m_errorString = tr("The built-in sandbox did not start: %1").arg(server->errorString());
        qCWarning(lcUi) << "The built-in sandbox did not start:" << server->errorString();
        return std::nullopt;
    }
    m_server = std::move(server);
    m_errorString.clear();
    qCInfo(lcUi) << "The built-in sandbox listens on" << m_server->url().toDisplayString();
    Q_EMIT started();
    return connection();
}

bool BuiltInSandbox::isRunning() const
{
    return m_server != nullptr;
}

Connection BuiltInSandbox::connection() const
{
    Connection prefilled;
    if (!m_server)
        return prefilled;
    const SandboxServer::Credentials credentials = m_server->credentials();
    prefilled.endpoint = m_server->url();
    prefilled.projectId = credentials.projectId;
    prefilled.authKind = Connection::AuthKind::Token;
    prefilled.secrets.token = credentials.token.toUtf8();
    return prefilled;
}

bool BuiltInSandbox::serves(const Connection &connection) const
{
    return m_server && connection.endpoint == m_server->url();
}

QString BuiltInSandbox::errorString() const
{
    return m_errorString;
}
