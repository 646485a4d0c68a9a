#pragma once

#include "sandbox/SandboxCatalog.h"
#include "sandbox/SandboxJobStore.h"
#include "sandbox/SandboxMessage.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

/**
 * What the Workspace routes answer once a call is authenticated and in the right project: the
 * create call judged with the project's Validator, job tracking, and the look-ups of API.md §4
 * with their filters and paging.
 */
class SandboxWorkspaceApi
{
public:
    explicit SandboxWorkspaceApi(const SandboxCatalog &catalog);

    SandboxCatalog &catalog() { return m_catalog; }
    SandboxJobStore &jobs() { return m_jobs; }
    /** The raw body of the last create call that was accepted. */
    QByteArray lastAcceptedBody() const { return m_lastAcceptedBody; }

    SandboxReply createDesktops(const SandboxRequest &request, const QDateTime &nowUtc);
    SandboxReply subJobs(const SandboxRequest &request, const QDateTime &nowUtc) const;
    SandboxReply job(const QString &jobId, const QDateTime &nowUtc) const;
    SandboxReply workspaces() const;
    SandboxReply products(const SandboxRequest &request) const;
    SandboxReply images(const SandboxRequest &request) const;
    SandboxReply availabilityZones() const;
    SandboxReply subnets() const;
    SandboxReply securityGroups() const;
    SandboxReply users(const SandboxRequest &request) const;
    SandboxReply namePolicies() const;
    SandboxReply quotas(const QDateTime &nowUtc) const;
    SandboxReply desktopsDetail(const SandboxRequest &request, const QDateTime &nowUtc) const;

private:
    struct Paging
    {
        int offset = 0;
        int limit = 0;
    };
    /** limit/offset of `request`, or the 400 answer naming the wrong one. */
    static std::optional<SandboxReply> readPaging(const SandboxRequest &request, int defaultLimit,
                                                  int maxLimit, Paging *paging);
    static QJsonArray page(const QList<QJsonObject> &items, const Paging &paging);
    QList<SandboxJobStore::Order> ordersFor(const QJsonObject &body);

    SandboxCatalog m_catalog;
    SandboxJobStore m_jobs;
    QByteArray m_lastAcceptedBody;
    int m_desktopsNamed = 0; ///< numbers the generated desktop names and addresses
};
