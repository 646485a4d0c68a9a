#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/JobWatcher.h"
#include "models/CreateDesktopRequest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class WorkspaceClient;

/**
 * Sends create requests and follows their jobs: each submit() posts one request exactly once (a
 * create is never retried, and a second submit() while one is in flight is refused), then its job
 * is added to one JobWatcher, so a resubmission of failed desktops is followed alongside the
 * first request.
 */
class DesktopSubmission : public QObject
{
    Q_OBJECT
public:
    /** Where the submission stands. */
    enum class State {
        Idle, ///< nothing sent yet
        Sending, ///< a create call is in flight
        Watching, ///< the jobs are being followed
        Finished, ///< every desktop is final (or following them gave up)
        SendFailed, ///< the last create call failed; nothing is being followed
    };
    Q_ENUM(State)

    explicit DesktopSubmission(WorkspaceClient *client, QObject *parent = nullptr);
    ~DesktopSubmission() override;

    /** The polling clock of the job watcher (tests use a short one). */
    void setWatchTiming(const JobWatcher::Timing &timing);

    /**
     * Posts `request` once. False (and nothing is sent) while a create call is in flight.
     * sent() or sendFailed() follows.
     */
    bool submit(const CreateDesktopRequest &request);
    /**
     * Follows `jobId` as the job of `request`, whose create call's answer was lost but which the
     * service accepted after all (found by LostJobSearch): as if sent() had come. Sends nothing.
     */
    void follow(const QString &jobId, const CreateDesktopRequest &request);

    State state() const { return m_state; }
    /** True while a create call is in flight or jobs are being followed. */
    bool isBusy() const { return m_state == State::Sending || m_state == State::Watching; }
    /** The job ids so far, oldest first. */
    QStringList jobIds() const { return m_jobIds; }
    /** The requests sent so far, in the order of jobIds() (a failed send is not listed). */
    QList<CreateDesktopRequest> sentRequests() const { return m_sentRequests; }
    /** The error of the last failed create call. */
    ApiError lastSendError() const { return m_lastSendError; }
    /** When the last create call was sent (UTC), and what it sent. */
    QDateTime lastSendTimeUtc() const { return m_lastSendTimeUtc; }
    CreateDesktopRequest lastSentRequest() const { return m_lastSentRequest; }
    /**
     * Milliseconds spent sending and following (0 before the first submit()): the clock runs
     * from a submit() until everything is final and stands still meanwhile, so the wait before
     * a resubmission is not counted.
     */
    qint64 elapsedMs() const;

Q_SIGNALS:
    void stateChanged(DesktopSubmission::State state);
    /** The request was accepted as job `jobId`. */
    void sent(const QString &jobId, const CreateDesktopRequest &request);
    /** The create call failed (`error.mayHaveCreatedDesktops()` tells whether it is ambiguous). */
    void sendFailed(const ApiError &error);
    /** A desktop's sub-job appeared or changed. */
    void desktopChanged(const SubJob &subJob);
    /** A job poll failed; following goes on unless finished() comes. */
    void pollFailed(const ApiError &error);
    /** Every followed desktop is final, or following gave up (`error`). */
    void finished(JobWatcher::Outcome outcome, const ApiError &error);

private:
    void setState(State state);
    void onWatchFinished(JobWatcher::Outcome outcome, const ApiError &error);
    /** Adds the running span to m_spentMs and stops the clock. */
    void stopClock();

    WorkspaceClient *m_client;
    JobWatcher m_watcher;
    QPointer<ApiCall> m_createCall;
    State m_state = State::Idle;
    QStringList m_jobIds;
    QList<CreateDesktopRequest> m_sentRequests;
    ApiError m_lastSendError;
    QDateTime m_lastSendTimeUtc;
    CreateDesktopRequest m_lastSentRequest;
    QElapsedTimer m_clock; ///< running while something is sent or followed
    qint64 m_spentMs = 0; ///< the spans that have ended
};
