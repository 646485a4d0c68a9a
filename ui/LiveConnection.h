#pragma once

#include "api/ApiCall.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class ConnectionDraft;
class ConnectionPage;
class WorkspaceClient;

/**
 * Ties the connection the first page edits to the WorkspaceClient: the client always uses the
 * ConnectionDraft as it is (secrets in memory only), "Test connection" logs in (password login)
 * and reads the service configuration asynchronously, with the button disabled while it runs, and
 * a project id found by a password login is written back into the draft. Nothing here runs inside
 * validatePage().
 */
class LiveConnection : public QObject
{
    Q_OBJECT
public:
    LiveConnection(ConnectionDraft *draft, WorkspaceClient *client, QObject *parent = nullptr);
    ~LiveConnection() override;

    /** Shows the page's "Test connection" button and answers it. */
    void attachPage(ConnectionPage *page);
    /** Starts a test unless one runs; testFinished() follows. */
    void test();
    bool isTesting() const { return m_call != nullptr; }

Q_SIGNALS:
    /** A test ended: `ok`, and what to tell the operator. */
    void testFinished(bool ok, const QString &message);

private:
    void syncClient();
    void onLoggedIn(const QString &projectId);
    void finishTest(bool ok, const QString &message);

    ConnectionDraft *m_draft;
    WorkspaceClient *m_client;
    QPointer<ConnectionPage> m_page;
    QPointer<ApiCall> m_call;
};
