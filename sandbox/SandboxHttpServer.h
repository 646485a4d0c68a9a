#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

/**
 * Qt HTTP Server's request handling with one entry point: every parsed request, whatever its
 * path, goes to the handler with a responder the handler may answer at once or keep and answer
 * later (or never). Routing is the handler's business.
 */
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
