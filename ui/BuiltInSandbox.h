#pragma once

#include "api/Connection.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class SandboxServer;

/**
 * The built-in sandbox of the wizard: a SandboxServer (the local Workspace simulator) started on
 * demand on a free loopback port, and the connection that logs in to it with a token it issued.
 * The one place that starts the wizard's sandbox (`deskwiz --sandbox` and the region list alike).
 * It runs until this object goes.
 */
class BuiltInSandbox : public QObject
{
    Q_OBJECT
public:
    explicit BuiltInSandbox(QObject *parent = nullptr);
    ~BuiltInSandbox() override;

    /**
     * Starts the sandbox unless it runs and returns its connection (endpoint, project ID, token
     * login). Nothing when it cannot listen: errorString() says why.
     */
    std::optional<Connection> start();
    bool isRunning() const;
    /** The connection start() returned; an empty one before it. */
    Connection connection() const;
    /** True while the sandbox runs and `connection` goes to it (same endpoint). */
    bool serves(const Connection &connection) const;
    /** Why the last start() failed, translated; empty after a success. */
    QString errorString() const;
    /** The server, or nullptr before start() (tests tune its clock and read what it received). */
    SandboxServer *server() const { return m_server.get(); }

Q_SIGNALS:
    /** The sandbox started listening. */
    void started();

private:
    std::unique_ptr<SandboxServer> m_server;
    QString m_errorString;
};
