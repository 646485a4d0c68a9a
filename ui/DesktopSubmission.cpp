#include "ui/DesktopSubmission.h"

#include "api/WorkspaceClient.h"
#include "ui/Logging.h"

DesktopSubmission::DesktopSubmission(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_watcher(client)
{
    connect(&m_watcher, &JobWatcher::desktopChanged, this, &DesktopSubmission::desktopChanged);
    connect(&m_watcher, &JobWatcher::pollFailed, this,
            [this](const ApiError &error, int) { Q_EMIT pollFailed(error); });
    connect(&m_watcher, &JobWatcher::finished, this, &DesktopSubmission::onWatchFinished);
}

DesktopSubmission::~DesktopSubmission()
{
    // The create call is not cancelled by a destroyed context (it is never half-sent on purpose);
    // its handler is simply not called any more.
    m_watcher.stop();
}

void DesktopSubmission::setWatchTiming(const JobWatcher::Timing &timing)
{
    m_watcher.setTiming(timing);
}

bool DesktopSubmission::submit(const CreateDesktopRequest &request)
{
    if (m_state == State::Sending || m_createCall) {
        qCWarning(lcUi) << "a create call is already in flight; not sending another";
        return false;
    }
    if (!m_clock.isValid())
        m_clock.start(); // still running when jobs are being followed
    m_lastSendTimeUtc = QDateTime::currentDateTimeUtc();
    m_lastSentRequest = request;
    setState(State::Sending);
    m_createCall =
        m_client->createDesktops(request, this, [this, request](const ApiResult<QString> &result) {
            m_createCall.clear();
            if (!result.ok()) {
                m_lastSendError = result.error;
                qCWarning(lcUi) << "create call failed:" << result.error.summary();
                // Jobs of earlier requests may still be followed.
                setState(m_watcher.isWatching() ? State::Watching : State::SendFailed);
                if (!m_watcher.isWatching())
                    stopClock();
                Q_EMIT sendFailed(result.error);
                return;
            }
            follow(result.value, request);
        });
    return true;
}

void DesktopSubmission::follow(const QString &jobId, const CreateDesktopRequest &request)
{
    if (m_jobIds.contains(jobId))
        return;
    if (!m_clock.isValid())
        m_clock.start();
    m_jobIds.append(jobId);
    m_sentRequests.append(request);
    setState(State::Watching);
    Q_EMIT sent(jobId, request);
    m_watcher.watch({jobId});
}

qint64 DesktopSubmission::elapsedMs() const
{
    return m_spentMs + (m_clock.isValid() ? m_clock.elapsed() : 0);
}

void DesktopSubmission::stopClock()
{
    if (!m_clock.isValid())
        return;
    m_spentMs += m_clock.elapsed();
    m_clock.invalidate();
}

void DesktopSubmission::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DesktopSubmission::onWatchFinished(JobWatcher::Outcome outcome, const ApiError &error)
{
    if (m_state != State::Sending) {
        stopClock();
        setState(State::Finished);
    }
    Q_EMIT finished(outcome, error);
}
