#pragma once

#include <QObject>
#include <QStringList>

class ConnectionProfileStore;
class KeychainSecretStore;
class ProvisionWizard;
class RequestFile;
class SessionSecretStore;
class StatusLabel;
class TemplateStore;
struct Template;

/**
 * Templates and connection profiles in the wizard (issue 6): "Start from template…" and the
 * connection profiles on the connection page, "Save as template…" on the review page. Owns the
 * stores (templates in the application data folder, profiles in QSettings, secrets in the system
 * keychain or, without one, in memory for the session). Dialogs open with open(), never exec().
 */
class WizardTemplates : public QObject
{
    Q_OBJECT
public:
    /** Adds its tools to `wizard`'s pages; `wizard` owns it. */
    explicit WizardTemplates(ProvisionWizard *wizard);
    ~WizardTemplates() override;

    TemplateStore *templateStore() const { return m_templates; }

    /**
     * Fills the drafts from `value` and shows what the operator still has to do, with the
     * `warnings` of its file (e.g. a secret that was ignored).
     */
    void startFrom(const Template &value, const QStringList &warnings = {});
    /** Fills the drafts from a template or a bare API body read from a file (--template). */
    void startFromFile(const RequestFile &file);

    /** Opens the template manager; opening a template starts the drafts from it. */
    void openTemplateManager();
    /** Opens "Save as template". */
    void openSaveDialog();

private:
    /** Shows `notes` beside "Start from template…", as a warning when `warnings` is not empty. */
    void showNotes(QStringList notes, const QStringList &warnings);

    ProvisionWizard *m_wizard;
    TemplateStore *m_templates;
    ConnectionProfileStore *m_profiles;
    KeychainSecretStore *m_keychain;
    SessionSecretStore *m_session;
    StatusLabel *m_templateNote = nullptr;
};
