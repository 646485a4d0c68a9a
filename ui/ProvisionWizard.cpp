#include "ui/ProvisionWizard.h"

#include "ui/ConnectionDraft.h"
#include "ui/pages/ConnectionPage.h"
#include "ui/pages/DesktopPage.h"
#include "ui/pages/NetworkPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/pages/StoragePage.h"
#include "ui/pages/TagsPage.h"
#include "ui/pages/UsersPage.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QTimer>
#include <QWidget>

ProvisionWizard::ProvisionWizard(RequestDraft *draft, ConnectionDraft *connection,
                                 RegionCatalogue regions, QWidget *parent)
    : QWizard(parent)
    , m_draft(draft)
    , m_connection(connection)
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
    connect(review, &ReviewPage::issueActivated, this, &ProvisionWizard::showPointer);

    setMinimumSize(640, 520);
    resize(880, 720);
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
    request.emailNotification = true;
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
    return tr("%1 › %2").arg(page(id)->title(), pointer);
}
