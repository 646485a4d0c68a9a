#pragma once

#include "models/RequestDraft.h"
#include "ui/RegionCatalogue.h"

#include <QWizard>

class ConnectionDraft;
class ConnectionPage;
class DraftPage;

/**
 * The wizard that creates Workspace desktops: a QWizard (ModernStyle, IndependentPages) over one
 * RequestDraft and one ConnectionDraft. It owns the page list; each page is its own class in
 * ui/pages/. Pages are visited in id order, so a later page (e.g. submit and progress) is added
 * with setPage(SubmitPageId, page).
 */
class ProvisionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ConnectionPageId = 0,
        DesktopPageId = 10,
        StoragePageId = 20,
        NetworkPageId = 30,
        UsersPageId = 40,
        TagsPageId = 50,
        ReviewPageId = 60,
        SubmitPageId = 70, ///< reserved for the submit and progress page
    };

    ProvisionWizard(RequestDraft *draft, ConnectionDraft *connection,
                    RegionCatalogue regions = RegionCatalogue::builtIn(),
                    QWidget *parent = nullptr);

    RequestDraft *draft() const { return m_draft; }
    ConnectionDraft *connectionDraft() const { return m_connection; }
    ConnectionPage *connectionPage() const;

    /** The request a new wizard starts from: DEDICATED, a smallest system disk, notification on. */
    static CreateDesktopRequest startingRequest(const ApiLimits &limits);

    /** The draft page whose pointers cover `pointer`, or -1. */
    int pageIdForPointer(const QString &pointer) const;
    /**
     * Goes to the page that edits `pointer` and focuses its input (a table cell for a table).
     * False when no page edits it.
     */
    bool showPointer(const QString &pointer);
    /** "Page title › field" for an issue list. */
    QString describePointer(const QString &pointer) const;

private:
    RequestDraft *m_draft;
    ConnectionDraft *m_connection;
};
