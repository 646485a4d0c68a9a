#pragma once

#include "api/JobWatcher.h"
#include "ui/DesktopSubmission.h"

#include <QList>
#include <QTimer>
#include <QWizardPage>

class DesktopProgressModel;
class LostJobSearch;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTableView;
class RequestDraft;
class WorkspaceClient;

/**
 * The last page: "Create N desktops" sends the draft's request once, then one row per desktop
 * follows its sub-job (status, progress, desktop id, failure with code and hint), with an
 * overall progress bar, the elapsed time and the job id to copy. "Resubmit the failed desktops"
 * sends, after a confirmation, a new request with the same configuration for the failed rows
 * only, followed in the same table. Complete (Finish) once every desktop is final.
 *
 * When a create call's answer is lost (a timeout), the desktops may exist: nothing is sent again
 * unasked. "Look for the job" lists the recent jobs (LostJobSearch) and follows the request's job
 * when the service accepted it after all; "Send again…" asks first, saying that the desktops may
 * then be created twice, and goes back to the review (or resubmits the failed desktops again).
 * Meanwhile Close stays possible.
 */
class SubmitPage : public QWizardPage
{
    Q_OBJECT
public:
    SubmitPage(RequestDraft *draft, WorkspaceClient *client, QWidget *parent = nullptr);

    /** The polling clock of the job watcher (tests use a short one). */
    void setWatchTiming(const JobWatcher::Timing &timing);

    DesktopSubmission *submission() const { return m_submission; }
    DesktopProgressModel *progressModel() const { return m_model; }
    /** True while a create call is in flight or desktops are still being created. */
    bool isBusy() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    void submit();
    void askToResubmitFailed();
    void resubmitFailed();
    void onSent(const QString &jobId, const CreateDesktopRequest &request);
    void onSendFailed(const ApiError &error);
    void onFinished(JobWatcher::Outcome outcome, const ApiError &error);
    void copyJobIds();
    void lookForLostJob();
    void onLostJobSearched(const QStringList &jobIds, const ApiError &error);
    void askToSendAgain();
    void updateProgress();
    void updateButtons();
    void showMessage(const QString &text, bool isError);
    int desktopCount() const;

    RequestDraft *m_draft;
    DesktopSubmission *m_submission;
    DesktopProgressModel *m_model;
    QLabel *m_summary;
    QPushButton *m_submitButton;
    QLabel *m_message;
    QTableView *m_table;
    QProgressBar *m_overall;
    QLabel *m_counts;
    QLabel *m_elapsed;
    QLineEdit *m_jobIdEdit;
    QPushButton *m_copyButton;
    QPushButton *m_resubmitButton;
    QPushButton *m_lookForJobButton;
    QPushButton *m_sendAgainButton;
    LostJobSearch *m_lostJobSearch;
    QMessageBox *m_confirmation = nullptr;
    QTimer m_elapsedTimer;
    QList<int> m_resubmittingRows;
    QList<int> m_unconfirmedRows; ///< the rows of a resubmission whose answer was lost
    bool m_ambiguousFailure = false;
    bool m_succeededOnce = false;
};
