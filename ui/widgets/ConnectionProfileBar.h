#pragma once

#include <QWidget>

class ConnectionDraft;
class ConnectionProfileStore;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class SecretStore;
class StatusLabel;

/**
 * Named connection profiles on the connection page: choose one (fills the ConnectionDraft and
 * fetches its secret, asynchronously), save the connection under a name, delete one. The secret
 * is remembered in the system keychain only when "Remember the secret in the system keychain" is
 * ticked; without a keychain it is kept for this session only (and the operator is told so).
 * Saved unticked, the secret is not remembered anywhere: one remembered before is forgotten.
 * An AK/SK's security token (temporary credentials) goes and comes back with its SK.
 *
 * Object names for tests: "profileCombo", "profileNameEdit", "saveProfileButton",
 * "deleteProfileButton", "rememberSecretCheck", "profileStatus".
 */
class ConnectionProfileBar : public QWidget
{
    Q_OBJECT
public:
    /** None of the pointers is owned; `keychain` is persistent, `session` is in memory. */
    ConnectionProfileBar(ConnectionDraft *connection, ConnectionProfileStore *profiles,
                         SecretStore *keychain, SecretStore *session, QWidget *parent = nullptr);

private:
    void reloadNames();
    void applyChosen();
    void saveProfile();
    void deleteProfile();
    void readSecret(const QString &profileName, bool fromKeychain);
    /** With an AK/SK: keeps the security token (or forgets an older one) where the SK went. */
    void rememberSecurityToken(const QString &profileName, const QString &securityToken,
                               SecretStore *store);
    /** With an AK/SK: brings the security token back from where the SK came from. */
    void readSecurityToken(const QString &profileName, SecretStore *store);
    /** Removes every secret of `profileName` from the keychain and the session store. */
    void forgetSecrets(const QString &profileName);
    void showStatus(const QString &message, bool isError = false);

    ConnectionDraft *m_connection;
    ConnectionProfileStore *m_profiles;
    SecretStore *m_keychain;
    SecretStore *m_session;
    QComboBox *m_combo;
    QLineEdit *m_nameEdit;
    QPushButton *m_saveButton;
    QPushButton *m_deleteButton;
    QCheckBox *m_remember;
    StatusLabel *m_status;
};
