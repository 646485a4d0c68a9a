#include "ui/ProvisionWizard.h"

#include "api/WorkspaceClient.h"
#include "ui/BuiltInSandbox.h"
#include "ui/LiveConnection.h"
#include "ui/LookupLoader.h"
#include "ui/RecentConnection.h"
#include "ui/WizardLookups.h"
#include "ui/WizardTemplates.h"
#include "ui/pages/SubmitPage.h"

#include "ui/ConnectionDraft.h"
#include "ui/pages/ConnectionPage.h"
#include "ui/pages/DesktopPage.h"
#include "ui/pages/NetworkPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/pages/StoragePage.h"
#include "ui/pages/TagsPage.h"
#include "ui/pages/UsersPage.h"
#include "ui/widgets/WheelGuard.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

ProvisionWizard::ProvisionWizard(RequestDraft *draft, ConnectionDraft *connection,
                                 RegionCatalogue regions, QWidget *parent)
    : QWizard(parent)
    , m_draft(draft)
    , m_connection(connection)
    , m_client(new WorkspaceClient(this))
    , m_lookupLoader(new LookupLoader(m_client, this))
    , m_liveConnection(new LiveConnection(connection, m_client, this))
    , m_sandbox(new BuiltInSandbox(this))
    , m_startRequest(draft->request())
{
    setObjectName(QStringLiteral("provisionWizard"));
    setWindowTitle(tr("Create Workspace desktops"));
    setWindowIcon(QIcon(QStringLiteral(":/deskwiz/icons/deskwiz.svg")));
    // ModernStyle everywhere: the Aero style ignores the palette (unreadable in dark mode).
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::IndependentPages, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setButtonText(QWizard::FinishButton, tr("&Close"));

    setPage(ConnectionPageId, new ConnectionPage(m_connection, std::move(regions), this));
    setPage(DesktopPageId, new DesktopPage(m_draft, this));
    setPage(StoragePageId, new StoragePage(m_draft, this));
    setPage(NetworkPageId, new NetworkPage(m_draft, this));
    setPage(UsersPageId, new UsersPage(m_draft, this));
    setPage(TagsPageId, new TagsPage(m_draft, this));
    auto *review = new ReviewPage(m_draft, this);
    setPage(ReviewPageId, review);
    review->setPointerDescriber(
        [this](const QString &pointer) { return describePointer(pointer); });
    review->setValueNamer(
        [this](const QString &pointer, const QString &id) { return nameOfValue(pointer, id); });
    connect(review, &ReviewPage::issueActivated, this, &ProvisionWizard::showPointer);
    m_submitPage = new SubmitPage(m_draft, m_client, this);
    setPage(SubmitPageId, m_submitPage);

    connectionPage()->offerBuiltInSandbox(m_sandbox);
    m_liveConnection->attachPage(connectionPage());
    m_wizardLookups = new WizardLookups(this, m_lookupLoader, this);
    m_templates = new WizardTemplates(this);
    // The wheel scrolls the pages; it changes a list or number only when that has focus.
    WheelGuard::guardChildrenOf(this);

    setMinimumSize(640, 520);
    resize(880, 720);
}

ProvisionWizard::~ProvisionWizard() = default;

void ProvisionWizard::rememberConnections(const QString &settingsFile)
{
    m_recentConnection = settingsFile.isEmpty() ? std::make_unique<RecentConnection>()
                                                : std::make_unique<RecentConnection>(settingsFile);
}

void ProvisionWizard::startOnRecentConnection()
{
    const std::optional<RecentConnection::Record> record =
        m_recentConnection ? m_recentConnection->load() : std::nullopt;
    if (record && record->region == RecentConnection::customRegion()
        && record->endpoint.isValid()) {
        m_connection->setRegionId(QString());
        m_connection->update([&](Connection &c) { c.endpoint = record->endpoint; });
        return;
    }
    if (record && connectionPage()->chooseRegion(record->region))
        return;
    connectionPage()->chooseBuiltInSandboxAfterFirstPaint();
}

bool ProvisionWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() == ConnectionPageId && m_recentConnection
        && !connectionPage()->isBuiltInSandboxChosen()) {
        m_recentConnection->record(m_connection->regionId(), m_connection->connection().endpoint);
    }
    return true;
}

ConnectionPage *ProvisionWizard::connectionPage() const
{
    return qobject_cast<ConnectionPage *>(page(ConnectionPageId));
}

CreateDesktopRequest ProvisionWizard::startingRequest(const ApiLimits &limits)
{
    CreateDesktopRequest request;
    if (!limits.desktopTypes.isEmpty())
        request.desktopType = limits.desktopTypes.first();
    Volume root;
    if (!limits.volumeTypes.isEmpty())
        root.type = limits.volumeTypes.first();
    root.size = limits.rootVolumeSize.min;
    request.rootVolume = root;
    request.desktops = QList<Desktop>();
    // Sent explicitly, as the operator leaves or changes it (API.md §3).
    request.emailNotification = CreateDesktopRequest::kEmailNotificationDefault;
    return request;
}

int ProvisionWizard::pageIdForPointer(const QString &pointer) const
{
    const QList<int> ids = pageIds();
    for (int id : ids) {
        auto *draftPage = qobject_cast<DraftPage *>(page(id));
        if (draftPage && id != ReviewPageId && draftPage->coversPointer(pointer))
            return id;
    }
    return -1;
}

bool ProvisionWizard::showPointer(const QString &pointer)
{
    const int id = pageIdForPointer(pointer);
    if (id < 0)
        return false;
    if (currentId() != id)
        setCurrentId(id);
    if (currentId() != id)
        return false;
    return qobject_cast<DraftPage *>(page(id))->focusPointer(pointer);
}

QString ProvisionWizard::describePointer(const QString &pointer) const
{
    const int id = pageIdForPointer(pointer);
    if (id < 0)
        return pointer;
    const QString field = qobject_cast<DraftPage *>(page(id))->describePointer(pointer);
    if (field.isEmpty())
        return page(id)->title();
    return tr("%1 › %2").arg(page(id)->title(), field);
}

bool ProvisionWizard::hasUnsentInput() const
{
    if (!m_submitPage->submission()->jobIds().isEmpty())
        return false; // sent: the request lives on as a job
    return m_draft->request() != m_startRequest || connectionPage()->hasTypedInput();
}

QString ProvisionWizard::nameOfValue(const QString &pointer, const QString &id) const
{
    using Named = LookupLoader::Named;
    if (pointer == QLatin1String("/image_id"))
        return m_lookupLoader->nameOf(Named::Image, id);
    if (pointer == QLatin1String("/desktop_name_policy_id"))
        return m_lookupLoader->nameOf(Named::NamePolicy, id);
    if (pointer.startsWith(QLatin1String("/nics/")))
        return m_lookupLoader->nameOf(Named::Subnet, id);
    if (pointer.startsWith(QLatin1String("/security_groups/")))
        return m_lookupLoader->nameOf(Named::SecurityGroup, id);
    return QString();
}

void ProvisionWizard::reject()
{
    if (m_closeConfirmation)
        return;
    if (m_submitPage->isBusy()) {
        askBeforeClosing(
            QStringLiteral("closeWhileBusyConfirmation"), tr("Desktops are being created"),
            tr("The request was sent and the desktops are still being created. Close anyway?"),
            tr("Closing does not stop the job. Follow it later with `deskwiz jobs %1`.")
                .arg(m_submitPage->submission()->jobIds().join(QLatin1Char(' '))));
        return;
    }
    if (hasUnsentInput()) {
        askBeforeClosing(QStringLiteral("closeWithInputConfirmation"), tr("Close the wizard"),
                         tr("Close the wizard and discard what you entered?"),
                         tr("Nothing has been sent. To keep the request for later, cancel and "
                            "save it as a template on the Review page."));
        return;
    }
    QWizard::reject();
}

void ProvisionWizard::askBeforeClosing(const QString &objectName, const QString &title,
                                       const QString &text, const QString &details)
{
    m_closeConfirmation = new QMessageBox(QMessageBox::Warning, title, text,
                                          QMessageBox::Close | QMessageBox::Cancel, this);
    m_closeConfirmation->setObjectName(objectName);
    m_closeConfirmation->setInformativeText(details);
    m_closeConfirmation->setDefaultButton(QMessageBox::Cancel);
    m_closeConfirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_closeConfirmation, &QMessageBox::finished, this, [this](int result) {
        m_closeConfirmation = nullptr;
        if (result == QMessageBox::Close)
            QWizard::reject();
    });
    m_closeConfirmation->open();
}
