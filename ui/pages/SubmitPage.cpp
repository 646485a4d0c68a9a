#include "ui/pages/SubmitPage.h"

#include "models/RequestDraft.h"
#include "ui/DesktopProgressModel.h"
#include "ui/LostJobSearch.h"
#include "ui/widgets/FieldMessageLabel.h"
#include "ui/widgets/ProgressBarDelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString elapsedText(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    return SubmitPage::tr("Elapsed: %1:%2")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SubmitPage::SubmitPage(RequestDraft *draft, WorkspaceClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_submission(new DesktopSubmission(client, this))
    , m_model(new DesktopProgressModel(this))
    , m_summary(new QLabel(this))
    , m_submitButton(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_overall(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_jobIdEdit(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("Cop&y job ID"), this))
    , m_resubmitButton(new QPushButton(tr("Resubmit the &failed desktops…"), this))
    , m_lookForJobButton(new QPushButton(tr("&Look for the job"), this))
    , m_sendAgainButton(new QPushButton(tr("Send a&gain…"), this))
    , m_lostJobSearch(new LostJobSearch(client, this))
{
    setObjectName(QStringLiteral("submitPage"));
    setTitle(tr("Submit and progress"));
    setSubTitle(tr("Send the request once and follow each desktop until it is ready or has "
                   "failed."));
    setFinalPage(true);

    m_summary->setObjectName(QStringLiteral("submitSummary"));
    m_summary->setWordWrap(true);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setToolTip(tr("Sends the request exactly once; it is never sent again "
                                  "automatically"));
    m_message->setObjectName(QStringLiteral("submitMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Desktops and their progress"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(
        DesktopProgressModel::ProgressColumn,
        new ProgressBarDelegate(DesktopProgressModel::ProgressRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Whole names, ids and failure reasons: the reason column wraps and rows grow to fit.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DesktopProgressModel::ProgressColumn, QHeaderView::Fixed);
    header->resizeSection(DesktopProgressModel::ProgressColumn, 110);
    header->setSectionResizeMode(DesktopProgressModel::FailureColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(DesktopProgressModel::JobColumn, true);

    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 100);
    m_overall->setValue(0);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_counts->setObjectName(QStringLiteral("progressCounts"));
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));

    m_jobIdEdit->setObjectName(QStringLiteral("jobIdEdit"));
    m_jobIdEdit->setReadOnly(true);
    m_jobIdEdit->setPlaceholderText(tr("not submitted yet"));
    m_jobIdEdit->setAccessibleName(tr("Job ID"));
    m_jobIdEdit->setToolTip(tr("The job id of each request sent; `deskwiz jobs JOB_ID` follows it "
                               "from the command line"));
    m_copyButton->setObjectName(QStringLiteral("copyJobIdButton"));
    m_copyButton->setEnabled(false);
    m_resubmitButton->setObjectName(QStringLiteral("resubmitFailedButton"));
    m_resubmitButton->setToolTip(tr("Creates a new request with the same configuration for the "
                                    "failed desktops only"));
    m_resubmitButton->setEnabled(false);
    m_lookForJobButton->setObjectName(QStringLiteral("lookForJobButton"));
    m_lookForJobButton->setToolTip(tr("Lists the recent jobs of the service and follows this "
                                      "request's job if the service accepted it; sends nothing"));
    m_sendAgainButton->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgainButton->setToolTip(tr("After a confirmation: change and send the request again, "
                                     "knowing that the desktops may already exist"));

    auto *submitRow = new QHBoxLayout;
    submitRow->addWidget(m_submitButton);
    submitRow->addWidget(m_summary, 1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_overall, 1);
    progressRow->addWidget(m_counts);
    progressRow->addWidget(m_elapsed);
    auto *jobLabel = new QLabel(tr("&Job ID:"), this);
    jobLabel->setBuddy(m_jobIdEdit);
    auto *jobRow = new QHBoxLayout;
    jobRow->addWidget(jobLabel);
    jobRow->addWidget(m_jobIdEdit, 1);
    jobRow->addWidget(m_copyButton);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_lookForJobButton);
    bottomRow->addWidget(m_sendAgainButton);
    bottomRow->addStretch();
    bottomRow->addWidget(m_resubmitButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(submitRow);
    layout->addWidget(m_message);
    layout->addLayout(progressRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(jobRow);
    layout->addLayout(bottomRow);

    m_elapsedTimer.setInterval(1000);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &SubmitPage::updateProgress);
    connect(m_submitButton, &QPushButton::clicked, this, &SubmitPage::submit);
    connect(m_copyButton, &QPushButton::clicked, this, &SubmitPage::copyJobIds);
    connect(m_resubmitButton, &QPushButton::clicked, this, &SubmitPage::askToResubmitFailed);
    connect(m_lookForJobButton, &QPushButton::clicked, this, &SubmitPage::lookForLostJob);
    connect(m_sendAgainButton, &QPushButton::clicked, this, &SubmitPage::askToSendAgain);
    connect(m_lostJobSearch, &LostJobSearch::finished, this, &SubmitPage::onLostJobSearched);
    connect(m_submission, &DesktopSubmission::sent, this, &SubmitPage::onSent);
    connect(m_submission, &DesktopSubmission::sendFailed, this, &SubmitPage::onSendFailed);
    connect(m_submission, &DesktopSubmission::finished, this, &SubmitPage::onFinished);
    connect(m_submission, &DesktopSubmission::desktopChanged, this, [this](const SubJob &subJob) {
        m_model->applySubJob(subJob);
        updateProgress();
        updateButtons();
    });
    connect(m_submission, &DesktopSubmission::pollFailed, this, [this](const ApiError &error) {
        showMessage(tr("Reading the job's progress failed (trying again): %1").arg(error.summary()),
                    true);
    });
    connect(m_submission, &DesktopSubmission::stateChanged, this, [this] {
        updateButtons();
        Q_EMIT completeChanged();
    });
    connect(m_draft, &RequestDraft::changed, this, &SubmitPage::updateButtons);
    updateButtons();
    updateProgress();
}

void SubmitPage::setWatchTiming(const JobWatcher::Timing &timing)
{
    m_submission->setWatchTiming(timing);
}

bool SubmitPage::isBusy() const
{
    return m_submission->isBusy();
}

void SubmitPage::initializePage()
{
    updateButtons();
}

bool SubmitPage::isComplete() const
{
    // Done when every desktop is final; after a lost answer Close stays possible too (the words
    // on the page say what may exist).
    return !m_submission->isBusy() && (m_succeededOnce || m_ambiguousFailure);
}

int SubmitPage::desktopCount() const
{
    const CreateDesktopRequest &request = m_draft->request();
    if (request.desktops && !request.desktops->isEmpty())
        return int(request.desktops->size());
    return request.size.value_or(0);
}

void SubmitPage::submit()
{
    // Disabled at once, before anything else: a double click never sends twice.
    m_submitButton->setEnabled(false);
    if (hasErrors(m_draft->issues()) || m_succeededOnce || m_ambiguousFailure)
        return;
    m_resubmittingRows.clear();
    m_message->hide();
    if (!m_submission->submit(m_draft->request()))
        return;
    m_elapsedTimer.start();
    showMessage(tr("Sending the request…"), false);
    updateButtons();
}

void SubmitPage::askToResubmitFailed()
{
    const QList<int> rows = m_model->failedRowsNotResubmitted();
    if (rows.isEmpty() || m_confirmation)
        return;
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Resubmit the failed desktops"),
                                     tr("Create a new request for the %n failed desktop(s), with "
                                        "the same configuration?",
                                        nullptr, int(rows.size())),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("resubmitConfirmation"));
    m_confirmation->setInformativeText(
        tr("The failed desktops do not exist; a new job is started for them and followed in this "
           "table."));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::finished, this, [this](int result) {
        m_confirmation = nullptr;
        if (result == QMessageBox::Yes)
            resubmitFailed();
    });
    m_confirmation->open();
}

void SubmitPage::resubmitFailed()
{
    const QList<int> rows = m_model->failedRowsNotResubmitted();
    const QList<CreateDesktopRequest> sent = m_submission->sentRequests();
    if (rows.isEmpty() || sent.isEmpty())
        return;
    m_resubmitButton->setEnabled(false);
    CreateDesktopRequest request = sent.first();
    const QList<Desktop> desktops = m_model->plannedDesktops(rows);
    if (!desktops.isEmpty()) {
        request.desktops = desktops;
    } else {
        request.size = int(rows.size());
    }
    if (!m_submission->submit(request))
        return;
    m_resubmittingRows = rows;
    m_elapsedTimer.start();
    showMessage(tr("Sending a new request for the failed desktops…"), false);
    updateButtons();
}

void SubmitPage::onSent(const QString &jobId, const CreateDesktopRequest &request)
{
    m_succeededOnce = true;
    if (!m_resubmittingRows.isEmpty()) {
        m_model->markResubmitted(m_resubmittingRows);
        m_resubmittingRows.clear();
    }
    m_model->addRequest(jobId, request);
    m_jobIdEdit->setText(m_submission->jobIds().join(QStringLiteral(", ")));
    m_copyButton->setEnabled(true);
    showMessage(tr("Accepted as job %1. The desktops are being created.").arg(jobId), false);
    updateProgress();
    updateButtons();
}

void SubmitPage::onSendFailed(const ApiError &error)
{
    m_unconfirmedRows = error.mayHaveCreatedDesktops() ? m_resubmittingRows : QList<int>();
    m_resubmittingRows.clear();
    if (error.mayHaveCreatedDesktops())
        m_ambiguousFailure = true;
    if (!m_submission->isBusy())
        m_elapsedTimer.stop();
    QString text;
    if (error.mayHaveCreatedDesktops()) {
        text = tr("No answer came to the request.\n%1").arg(error.toString()) + QLatin1Char('\n')
            + tr("The desktops may have been created. Look for the job before sending the "
                 "request again, or check the desktops in the Workspace console.");
    } else {
        text = tr("The request was not accepted.\n%1").arg(error.toString()) + QLatin1Char('\n')
            + tr("No desktop was created: correct the request (Back) and send it again.");
    }
    showMessage(text, true);
    updateButtons();
    Q_EMIT completeChanged();
}

void SubmitPage::lookForLostJob()
{
    if (!m_ambiguousFailure
        || !m_lostJobSearch->start(m_submission->lastSentRequest(),
                                   m_submission->lastSendTimeUtc()))
        return;
    showMessage(tr("Looking for the job among the service's recent jobs…"), false);
    updateButtons();
}

void SubmitPage::onLostJobSearched(const QStringList &jobIds, const ApiError &error)
{
    if (error.isError()) {
        showMessage(tr("Looking for the job failed: %1\nThe desktops may have been created; "
                       "try again, or check the Workspace console.")
                        .arg(error.summary()),
                    true);
    } else if (jobIds.size() == 1) {
        // The service accepted the request after all: follow its job as if the answer had come.
        m_ambiguousFailure = false;
        m_resubmittingRows = m_unconfirmedRows;
        m_unconfirmedRows.clear();
        m_elapsedTimer.start();
        m_submission->follow(jobIds.first(), m_submission->lastSentRequest());
        showMessage(tr("Found the request's job %1: the service accepted it. Following its "
                       "desktops.")
                        .arg(jobIds.first()),
                    false);
    } else if (jobIds.isEmpty()) {
        showMessage(tr("No recent job holds the desktops of this request: it was most likely "
                       "not created. Check the Workspace console to be sure, then send it "
                       "again if needed."),
                    true);
    } else {
        showMessage(tr("Several recent jobs may be this request's: %1. Follow them with "
                       "`deskwiz jobs %2` before sending anything again.")
                        .arg(QLocale().createSeparatedList(jobIds), jobIds.join(QLatin1Char(' '))),
                    true);
    }
    updateButtons();
    Q_EMIT completeChanged();
}

void SubmitPage::askToSendAgain()
{
    if (!m_ambiguousFailure || m_confirmation)
        return;
    m_confirmation =
        new QMessageBox(QMessageBox::Warning, tr("Send the request again"),
                        tr("The desktops of the last request may have been created already. "
                           "Sending again may create them twice. Send again anyway?"),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("sendAgainConfirmation"));
    m_confirmation->setInformativeText(
        m_succeededOnce ? tr("A new request for the failed desktops is sent at once.")
                        : tr("You go back to the review, where you can change the request "
                             "before sending it. Look for the job first, or check the desktops "
                             "in the Workspace console."));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::finished, this, [this](int result) {
        m_confirmation = nullptr;
        if (result != QMessageBox::Yes)
            return;
        m_ambiguousFailure = false; // sent again knowingly
        m_unconfirmedRows.clear();
        m_message->hide();
        updateButtons();
        Q_EMIT completeChanged();
        if (m_succeededOnce)
            resubmitFailed();
        else if (wizard())
            wizard()->back();
    });
    m_confirmation->open();
}

void SubmitPage::onFinished(JobWatcher::Outcome outcome, const ApiError &error)
{
    m_elapsedTimer.stop();
    switch (outcome) {
    case JobWatcher::Outcome::AllSucceeded:
        showMessage(tr("All %n desktop(s) were created.", nullptr, m_model->succeededCount()),
                    false);
        break;
    case JobWatcher::Outcome::SomeFailed:
        showMessage(tr("Done: %1 created, %2 failed. See the failure reasons in the table.")
                        .arg(m_model->succeededCount())
                        .arg(m_model->failedCount()),
                    true);
        break;
    case JobWatcher::Outcome::GaveUp:
        showMessage(tr("Stopped following the job: %1\nThe desktops may still be created; follow "
                       "them with `deskwiz jobs %2`.")
                        .arg(error.toString(), m_submission->jobIds().join(QLatin1Char(' '))),
                    true);
        break;
    }
    updateProgress();
    updateButtons();
}

void SubmitPage::copyJobIds()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_submission->jobIds().join(QLatin1Char('\n')));
}

void SubmitPage::updateProgress()
{
    m_overall->setValue(m_model->overallProgress());
    m_counts->setText(m_model->totalCount() == 0 ? QString()
                                                 : tr("%1 of %2 ready, %3 failed")
                                                       .arg(m_model->succeededCount())
                                                       .arg(m_model->totalCount())
                                                       .arg(m_model->failedCount()));
    m_elapsed->setText(m_submission->elapsedMs() > 0 || m_submission->isBusy()
                           ? elapsedText(m_submission->elapsedMs())
                           : QString());
}

void SubmitPage::updateButtons()
{
    const int count = desktopCount();
    m_submitButton->setText(tr("C&reate %n desktop(s)", nullptr, count));
    const bool sending = m_submission->state() == DesktopSubmission::State::Sending;
    const bool draftValid = !hasErrors(m_draft->issues()) && count > 0;
    m_submitButton->setEnabled(!sending && !m_succeededOnce && !m_ambiguousFailure && draftValid);
    m_submitButton->setVisible(!m_succeededOnce);
    if (m_succeededOnce)
        m_summary->setText(tr("Submitted. Follow each desktop below; this page can be closed "
                              "once all are done."));
    else if (!draftValid)
        m_summary->setText(tr("The request still has errors: go back to the review page."));
    else
        m_summary->setText(tr("Nothing has been sent yet. The request is sent exactly once."));
    const QList<int> failed = m_model->failedRowsNotResubmitted();
    m_resubmitButton->setEnabled(m_succeededOnce && !sending && !m_ambiguousFailure
                                 && !failed.isEmpty());
    m_resubmitButton->setVisible(m_succeededOnce);
    const bool searching = m_lostJobSearch->isRunning();
    m_lookForJobButton->setVisible(m_ambiguousFailure);
    m_sendAgainButton->setVisible(m_ambiguousFailure);
    m_lookForJobButton->setEnabled(m_ambiguousFailure && !sending && !searching);
    m_sendAgainButton->setEnabled(m_ambiguousFailure && !sending && !searching);
    if (wizard()) {
        // Once anything was sent, going back would only invite a second, different request.
        wizard()->setOption(QWizard::NoBackButtonOnLastPage,
                            m_succeededOnce || sending || m_ambiguousFailure);
    }
}

void SubmitPage::showMessage(const QString &text, bool isError)
{
    QPalette colours = m_message->palette();
    colours.setColor(QPalette::WindowText,
                     isError ? FieldMessageLabel::errorColor(colours)
                             : palette().color(QPalette::WindowText));
    m_message->setPalette(colours);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
