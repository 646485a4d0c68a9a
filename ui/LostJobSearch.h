#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "models/CreateDesktopRequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class WorkspaceClient;

/**
 * Looks for the job of a create request whose answer was lost (a timeout: the desktops may have
 * been created, API.md §3). Lists the recent createDesktops sub-jobs (API.md §5) and keeps the
 * jobs that began after the request was sent and, for desktops assigned to users, hold the
 * request's users. Reads only; nothing is created.
 */
class LostJobSearch : public QObject
{
    Q_OBJECT
public:
    explicit LostJobSearch(WorkspaceClient *client, QObject *parent = nullptr);

    /** Starts a search for `request`, sent at `sentUtc`; finished() follows. False while one runs.
     */
    bool start(const CreateDesktopRequest &request, const QDateTime &sentUtc);
    bool isRunning() const { return !m_call.isNull(); }

    /**
     * The job ids among `subJobs` that match `request` sent at `sentUtc` (for tests and start()):
     * begun no earlier than a minute before it (clocks differ), holding only users of the request
     * when it assigns desktops, most desktops first.
     */
    static QStringList matchingJobs(const QList<SubJob> &subJobs,
                                    const CreateDesktopRequest &request, const QDateTime &sentUtc);

Q_SIGNALS:
    /** The job ids that may be the request's (none: not found), or the error of the listing. */
    void finished(const QStringList &jobIds, const ApiError &error);

private:
    WorkspaceClient *m_client;
    QPointer<ApiCall> m_call;
};
