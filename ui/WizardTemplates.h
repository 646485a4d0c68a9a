#pragma once

#include <QObject>

class ConnectionProfileStore;
class KeychainSecretStore;
class ProvisionWizard;
class QLabel;
class SessionSecretStore;
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

    /** Fills the drafts from `value` and shows what the operator still has to do. */
    void startFrom(const Template &value);

    /** Opens the template manager; opening a template starts the drafts from it. */
    void openTemplateManager();
    /** Opens "Save as template". */
    void openSaveDialog();

private:
    ProvisionWizard *m_wizard;
    TemplateStore *m_templates;
    ConnectionProfileStore *m_profiles;
    KeychainSecretStore *m_keychain;
    SessionSecretStore *m_session;
    QLabel *m_templateNote = nullptr;
};
