#include "ui/widgets/ConnectionProfileBar.h"

#include "api/SecretStore.h"
#include "models/ConnectionProfileStore.h"
#include "ui/ConnectionDraft.h"
#include "ui/Logging.h"
#include "ui/TemplateDrafts.h"
#include "ui/widgets/StatusLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace {

/** The secret a login kind needs, and where it lives in the connection. */
SecretKind secretKindOf(Connection::AuthKind kind)
{
    switch (kind) {
    case Connection::AuthKind::Token:
        break;
    case Connection::AuthKind::Password:
        return SecretKind::Password;
    case Connection::AuthKind::AkSk:
        return SecretKind::SecretKey;
    }
    return SecretKind::Token;
}

QByteArray &secretOf(Connection &connection)
{
    switch (connection.authKind) {
    case Connection::AuthKind::Token:
        break;
    case Connection::AuthKind::Password:
        return connection.secrets.password;
    case Connection::AuthKind::AkSk:
        return connection.secrets.secretKey;
    }
    return connection.secrets.token;
}

} // namespace

ConnectionProfileBar::ConnectionProfileBar(ConnectionDraft *connection,
                                           ConnectionProfileStore *profiles, SecretStore *keychain,
                                           SecretStore *session, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_session(session)
    , m_combo(new QComboBox(this))
    , m_nameEdit(new QLineEdit(this))
    , m_saveButton(new QPushButton(tr("Sa&ve connection"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
    , m_remember(new QCheckBox(tr("Remember the secret in the s&ystem keychain"), this))
    , m_status(new StatusLabel(this))
{
    setObjectName(QStringLiteral("connectionProfileBar"));
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setToolTip(tr("A saved connection: choosing one fills in the fields below"));
    m_combo->setAccessibleName(tr("Connection profile"));
    m_nameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_nameEdit->setPlaceholderText(tr("profile name"));
    m_nameEdit->setToolTip(tr("The name to save this connection under (no secret is saved "
                              "with it)"));
    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setToolTip(tr("Save the connection above under the name, replacing a profile "
                                "of the same name"));
    m_deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    m_deleteButton->setToolTip(tr("Delete the chosen profile and its remembered secret"));
    m_remember->setObjectName(QStringLiteral("rememberSecretCheck"));
    m_remember->setToolTip(tr("Keep the token, password or SK in the operating system's "
                              "keychain; never in a file"));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setHiddenWhileEmpty(true); // no empty line on the page

    auto *label = new QLabel(tr("Save&d connection:"), this);
    label->setBuddy(m_combo);
    auto *nameLabel = new QLabel(tr("New na&me:"), this);
    nameLabel->setBuddy(m_nameEdit);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_combo, 0, 1);
    grid->addWidget(m_deleteButton, 0, 2);
    grid->addWidget(nameLabel, 1, 0);
    grid->addWidget(m_nameEdit, 1, 1);
    grid->addWidget(m_saveButton, 1, 2);
    grid->addWidget(m_remember, 2, 1, 1, 2);
    grid->addWidget(m_status, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_combo, &QComboBox::activated, this, &ConnectionProfileBar::applyChosen);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionProfileBar::saveProfile);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &ConnectionProfileBar::saveProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionProfileBar::deleteProfile);
    connect(m_profiles, &ConnectionProfileStore::changed, this, &ConnectionProfileBar::reloadNames);
    setTabOrder(m_combo, m_deleteButton);
    setTabOrder(m_deleteButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_saveButton);
    setTabOrder(m_saveButton, m_remember);
    reloadNames();
}

void ConnectionProfileBar::reloadNames()
{
    const QString current = m_combo->currentData().toString();
    m_combo->clear();
    m_combo->addItem(tr("(none)"), QString());
    for (const QString &name : m_profiles->names())
        m_combo->addItem(name, name);
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(current)));
    m_deleteButton->setEnabled(m_combo->currentIndex() > 0);
}

void ConnectionProfileBar::applyChosen()
{
    const QString name = m_combo->currentData().toString();
    m_deleteButton->setEnabled(!name.isEmpty());
    if (name.isEmpty())
        return;
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile) {
        showStatus(tr("The profile \"%1\" is gone.").arg(name), true);
        reloadNames();
        return;
    }
    m_nameEdit->setText(name);
    TemplateDrafts::applySettings(profile->settings, m_connection);
    showStatus(tr("Looking for the secret of \"%1\"…").arg(name));
    readSecret(name, false);
}

void ConnectionProfileBar::readSecret(const QString &profileName, bool fromKeychain)
{
    SecretStore *store = fromKeychain ? m_keychain : m_session;
    const SecretKind kind = secretKindOf(m_connection->connection().authKind);
    store->read(
        profileName, kind, this, [this, profileName, fromKeychain](const SecretResult &result) {
            if (m_combo->currentData().toString() != profileName)
                return; // another profile was chosen meanwhile
            if (result.ok()) {
                const QByteArray secret = result.secret.toUtf8();
                m_connection->update([&secret](Connection &c) { secretOf(c) = secret; });
                readSecurityToken(profileName, fromKeychain ? m_keychain : m_session);
                showStatus(fromKeychain ? tr("The secret came from the system keychain.")
                                        : tr("The secret was remembered for this session."));
                return;
            }
            if (!fromKeychain) {
                readSecret(profileName, true);
                return;
            }
            switch (result.status) {
            case SecretResult::Status::Ok:
            case SecretResult::Status::NotFound:
                showStatus(
                    tr("No secret is remembered for \"%1\": type it above.").arg(profileName));
                break;
            case SecretResult::Status::NoBackend:
                showStatus(tr("No secret is remembered for \"%1\", and there is no keychain on "
                              "this system to keep one: type it above.")
                               .arg(profileName));
                break;
            case SecretResult::Status::Failed:
                showStatus(result.message, true);
                break;
            }
        });
}

void ConnectionProfileBar::saveProfile()
{
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showStatus(tr("Give the profile a name."), true);
        m_nameEdit->setFocus();
        return;
    }
    ConnectionProfile profile;
    profile.name = name;
    profile.settings =
        TemplateDrafts::settingsOf(m_connection->connection(), m_connection->regionId());
    QString error;
    if (!m_profiles->save(profile, &error)) {
        showStatus(error, true);
        return;
    }
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(name)));
    m_deleteButton->setEnabled(true);
    Connection connection = m_connection->connection();
    const QString secret = QString::fromUtf8(secretOf(connection));
    const QString securityToken = QString::fromUtf8(connection.secrets.securityToken);
    connection.secrets.clear();
    const SecretKind kind = secretKindOf(connection.authKind);
    if (!m_remember->isChecked()) {
        showStatus(tr("Saved \"%1\"; its secret is not remembered.").arg(name));
        forgetSecrets(name); // one remembered before goes: unticked means "not anywhere"
        return;
    }
    if (secret.isEmpty()) {
        showStatus(tr("Saved \"%1\" without a secret: none is typed.").arg(name));
        return;
    }
    showStatus(tr("Saved \"%1\"; saving the secret in the keychain…").arg(name));
    m_keychain->write(
        name, kind, secret, this,
        [this, name, kind, secret, securityToken](const SecretResult &result) {
            if (result.ok()) {
                rememberSecurityToken(name, securityToken, m_keychain);
                // An older copy of this session must not be read instead of the keychain's.
                m_session->remove(name, kind, this, [](const SecretResult &) {});
                showStatus(tr("Saved \"%1\"; the secret is in the system keychain.").arg(name));
                return;
            }
            // No keychain (or it refused): remember for this session only.
            m_session->write(name, kind, secret, this, [](const SecretResult &) {});
            rememberSecurityToken(name, securityToken, m_session);
            if (result.status == SecretResult::Status::NoBackend) {
                showStatus(tr("Saved \"%1\"; with no keychain on this system, its secret is "
                              "remembered for this session only.")
                               .arg(name));
            } else {
                showStatus(tr("Saved \"%1\"; its secret is remembered for this session only, "
                              "because the keychain failed: %2")
                               .arg(name, result.message),
                           true);
            }
        });
}

void ConnectionProfileBar::forgetSecrets(const QString &profileName)
{
    for (SecretKind kind : {SecretKind::Token, SecretKind::Password, SecretKind::SecretKey,
                            SecretKind::SecurityToken}) {
        m_session->remove(profileName, kind, this, [](const SecretResult &) {});
        m_keychain->remove(profileName, kind, this, [this, profileName](const SecretResult &r) {
            if (r.status == SecretResult::Status::Failed) {
                showStatus(tr("The secret remembered for \"%1\" could not be forgotten: %2")
                               .arg(profileName, r.message),
                           true);
            }
        });
    }
}

void ConnectionProfileBar::deleteProfile()
{
    const QString name = m_combo->currentData().toString();
    if (name.isEmpty())
        return;
    m_profiles->remove(name);
    showStatus(tr("Deleted the profile \"%1\".").arg(name));
    forgetSecrets(name);
}

void ConnectionProfileBar::rememberSecurityToken(const QString &profileName,
                                                 const QString &securityToken, SecretStore *store)
{
    if (m_connection->connection().authKind != Connection::AuthKind::AkSk)
        return;
    // An AK/SK without one leaves no older token behind to come back with it.
    if (securityToken.isEmpty())
        store->remove(profileName, SecretKind::SecurityToken, this, [](const SecretResult &) {});
    else
        store->write(profileName, SecretKind::SecurityToken, securityToken, this,
                     [](const SecretResult &) {});
}

void ConnectionProfileBar::readSecurityToken(const QString &profileName, SecretStore *store)
{
    if (m_connection->connection().authKind != Connection::AuthKind::AkSk)
        return;
    store->read(profileName, SecretKind::SecurityToken, this,
                [this, profileName](const SecretResult &result) {
                    if (m_combo->currentData().toString() != profileName)
                        return;
                    const QByteArray token = result.ok() ? result.secret.toUtf8() : QByteArray();
                    m_connection->update([&token](Connection &c) {
                        if (c.authKind == Connection::AuthKind::AkSk)
                            c.secrets.securityToken = token;
                    });
                });
}

void ConnectionProfileBar::showStatus(const QString &message, bool isError)
{
    m_status->showMessage(message,
                          isError ? StatusLabel::Severity::Error : StatusLabel::Severity::Info);
    if (isError)
        qCWarning(lcUi) << "connection profile:" << message;
}
