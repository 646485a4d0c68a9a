#pragma once

#include "sandbox/SandboxFault.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
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
        QString projectName; ///< the IAM scope name of the project (a region name)
        QString iamDomainId;
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

    /**
     * Plays `fault` on the next matching calls (see SandboxFault); false (and a warning) when it
     * could never fire as meant (SandboxFault::problems()).
     */
    bool injectFault(const SandboxFault &fault);
    /** Forgets every fault not yet played. */
    void clearFaults();
    /** Faults injected and not yet used up. */
    int pendingFaultCount() const;
    /** Requests held by a NeverAnswer fault (released, unanswered, when the server goes). */
    int heldRequestCount() const;

    /** The headers of the last request that reached the server, as received. */
    QList<QPair<QByteArray, QByteArray>> lastRequestHeaders() const;
    /** How many requests reached the server, on any route. */
    int requestCount() const;

    /** Issues another token valid for `lifetimeSeconds` from now (negative: already expired). */
    QString issueToken(qint64 lifetimeSeconds);
    /**
     * Every token the sandbox issued: credentials().token, issueToken()'s and those of password
     * logins (the X-Subject-Token), e.g. for a test that searches files for secrets.
     */
    QStringList issuedTokens() const;
    /** The service's ad_domains.domain_type ("LITE_AS" by default, or "LOCAL_AD"). */
    void setDomainType(const QString &domainType);

    /** The route names faults can aim at, e.g. "createDesktops", "subJobs", "authTokens". */
    static QStringList routeNames();

Q_SIGNALS:
    /** A request was answered (`status`), held for ever (0), or its answer delayed (-delay). */
    void requestHandled(const QString &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};
