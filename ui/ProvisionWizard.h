#pragma once

#include "models/RequestDraft.h"
#include "ui/RegionCatalogue.h"

#include <QWizard>

#include <memory>

class BuiltInSandbox;
class ConnectionDraft;
class ConnectionPage;
class DraftPage;
class LiveConnection;
class LookupLoader;
class QMessageBox;
class RecentConnection;
class SubmitPage;
class WizardLookups;
class WizardTemplates;
class WorkspaceClient;

/**
 * The wizard that creates Workspace desktops: a QWizard (ModernStyle, IndependentPages) over one
 * RequestDraft and one ConnectionDraft. It owns the page list; each page is its own class in
 * ui/pages/. Pages are visited in id order.
 *
 * The live half: one WorkspaceClient that always uses the connection of the first page
 * (LiveConnection, which also answers "Test connection"), the look-ups that fill the lists when
 * a page is entered (LookupLoader, WizardLookups), and the Submit & Progress page. Closing the
 * wizard while desktops are being created asks first. The mouse wheel changes a combo box or
 * spin box only while it has focus (WheelGuard), so scrolling a page never changes a value.
 *
 * The built-in sandbox (BuiltInSandbox, not started until chosen) is offered on the connection
 * page. With rememberConnections(), the wizard records where the operator went on to and
 * startOnRecentConnection() starts there, or on the sandbox on a first run.
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
        SubmitPageId = 70, ///< submit and progress
    };

    ProvisionWizard(RequestDraft *draft, ConnectionDraft *connection,
                    RegionCatalogue regions = RegionCatalogue::builtIn(),
                    QWidget *parent = nullptr);
    ~ProvisionWizard() override;

    RequestDraft *draft() const { return m_draft; }
    ConnectionDraft *connectionDraft() const { return m_connection; }
    ConnectionPage *connectionPage() const;
    SubmitPage *submitPage() const { return m_submitPage; }
    /** The client every look-up and the submission go through (tests tune its timeouts). */
    WorkspaceClient *workspaceClient() const { return m_client; }
    LookupLoader *lookupLoader() const { return m_lookupLoader; }
    LiveConnection *liveConnection() const { return m_liveConnection; }
    WizardLookups *wizardLookups() const { return m_wizardLookups; }
    /** Templates and connection profiles: start from / save as template, profiles. */
    WizardTemplates *templates() const { return m_templates; }
    /** The simulator the connection page offers; started when chosen. */
    BuiltInSandbox *builtInSandbox() const { return m_sandbox; }

    /**
     * From now on, going Next from the connection page records its region, or "custom" and the
     * endpoint (RecentConnection over the application's QSettings, or the INI file
     * `settingsFile`). The built-in sandbox is not recorded. Off until called.
     */
    void rememberConnections(const QString &settingsFile = QString());
    /**
     * Starts on the connection recorded by rememberConnections(): its catalogue region (endpoints
     * from the catalogue) or its custom endpoint. On a first run (no usable record) chooses the
     * built-in sandbox, started once the first page has been painted. For when nothing else
     * (--sandbox, a template's connection) chose the connection.
     */
    void startOnRecentConnection();

    bool validateCurrentPage() override;

    /** The request a new wizard starts from: DEDICATED, a smallest system disk, notification on. */
    static CreateDesktopRequest startingRequest(const ApiLimits &limits);

    /** The draft page whose pointers cover `pointer`, or -1. */
    int pageIdForPointer(const QString &pointer) const;
    /**
     * Goes to the page that edits `pointer` and focuses its input (a table cell for a table).
     * False when no page edits it.
     */
    bool showPointer(const QString &pointer);
    /**
     * "Page title › field" for an issue list, the field as its page labels it ("Storage › System
     * disk size", "Users and desktops › Users and their desktops, row 2, E-mail"); the page title
     * alone when no input is at or above the pointer, the pointer when no page edits it.
     */
    QString describePointer(const QString &pointer) const;

    /**
     * Escape, Cancel and the window's close button: closes at once when nothing would be lost,
     * and asks first while a request is being sent or desktops are being created, or when the
     * operator has entered anything that was not sent (hasUnsentInput()).
     */
    void reject() override;
    /**
     * True when closing would throw input away: the request differs from the one the wizard
     * started with, or a connection field was typed into, and no request has been accepted.
     */
    bool hasUnsentInput() const;
    /** The name the look-ups know the id at `pointer` by (an image's, a subnet's…), or empty. */
    QString nameOfValue(const QString &pointer, const QString &id) const;

private:
    /** Asks with `title` and `text` (and `details`), and closes when the operator says so. */
    void askBeforeClosing(const QString &objectName, const QString &title, const QString &text,
                          const QString &details);

    RequestDraft *m_draft;
    ConnectionDraft *m_connection;
    WorkspaceClient *m_client;
    LookupLoader *m_lookupLoader;
    LiveConnection *m_liveConnection;
    WizardLookups *m_wizardLookups = nullptr;
    WizardTemplates *m_templates = nullptr;
    BuiltInSandbox *m_sandbox;
    std::unique_ptr<RecentConnection> m_recentConnection;
    SubmitPage *m_submitPage = nullptr;
    QMessageBox *m_closeConfirmation = nullptr;
    CreateDesktopRequest m_startRequest; ///< the request as the wizard opened with it
};
