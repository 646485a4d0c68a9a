#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

/**
 * The local Workspace simulator: a real HTTP server (Qt HTTP Server) on a loopback address that
 * speaks the contract of API.md — create desktops, job tracking, IAM tokens and the look-ups —
 * with jobs that progress on a configurable clock and faults on demand for tests.
 */
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    /** What the sandbox accepts; printed by `deskwiz sandbox`, pre-filled by `deskwiz --sandbox`.
     */
    struct Credentials
    {
        QString projectId;
        QString token; ///< a token it issued, valid for X-Auth-Token
        QString accessKey; ///< AK
        QString secretKey; ///< SK
        QString iamDomain;
        QString iamUser;
        QString iamPassword;
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /** Listens on `address` (loopback only); port 0 picks a free one. False with errorString(). */
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QString errorString() const;
    /** http://127.0.0.1:PORT — the Workspace endpoint and the IAM endpoint alike. */
    QUrl url() const;
    Credentials credentials() const;

    /** How long a desktop's sub-job takes from WAITING to its final state (default a few seconds).
     */
    void setJobDurationMs(int milliseconds);

    /** The raw body of the last accepted create call (empty before any), for tests. */
    QByteArray lastCreateBody() const;
    /** How many POST /v2/{project_id}/desktops calls reached the server, accepted or not. */
    int createCallCount() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};
