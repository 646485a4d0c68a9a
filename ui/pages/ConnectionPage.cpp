#include "ui/pages/ConnectionPage.h"

#include "ui/BuiltInSandbox.h"
#include "ui/ConnectionDraft.h"
#include "ui/FieldBinding.h"
#include "ui/LabelText.h"
#include "ui/widgets/FieldMessageLabel.h"
#include "ui/widgets/StillNeededNote.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *objectName, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                  | Qt::ImhNoPredictiveText);
    }
    return edit;
}

QFormLayout *newForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

} // namespace

ConnectionPage::ConnectionPage(ConnectionDraft *connection, RegionCatalogue catalogue,
                               QWidget *parent)
    : QWizardPage(parent)
    , m_connection(connection)
    , m_catalogue(std::move(catalogue))
    , m_regionCombo(new QComboBox(this))
    , m_regionNote(new QLabel(this))
    , m_loginKindCombo(new QComboBox(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_stillNeeded(new StillNeededNote(this))
{
    setObjectName(QStringLiteral("connectionPage"));
    setTitle(tr("Connection"));
    setSubTitle(tr("Where the desktops are created and how you log in. Secrets never go into "
                   "a file: they stay in memory, or in your system keychain if you ask."));

    auto *form = newForm(nullptr);

    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->addItem(tr("Custom endpoint"), QString());
    for (const Region &region : m_catalogue.regions())
        m_regionCombo->addItem(tr("%1 (%2)").arg(region.name, region.id), region.id);
    addRow(form, tr("&Region:"), m_regionCombo,
           tr("The region of the Workspace service; choosing one fills in its endpoints, which "
              "you can still change"));
    m_regionNote->setObjectName(QStringLiteral("regionNote"));
    m_regionNote->setWordWrap(true);
    m_regionNote->hide();
    // Below the region list, in its column (a row of its own would wrap below an empty label).
    if (auto *regionColumn = qobject_cast<QBoxLayout *>(
            form->itemAt(m_rowOf.value(m_regionCombo), QFormLayout::FieldRole)->layout())) {
        regionColumn->addWidget(m_regionNote);
    }

    auto *endpointEdit = lineEdit(this, "endpointEdit");
    endpointEdit->setPlaceholderText(
        QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com"));
    auto *endpointMessage = addRow(form, tr("Workspace &endpoint:"), endpointEdit,
                                   tr("An https URL (plain http only for this computer, e.g. the "
                                      "sandbox)"));
    auto *projectIdEdit = lineEdit(this, "projectIdEdit");
    auto *projectIdMessage = addRow(form, tr("&Project ID:"), projectIdEdit,
                                    tr("The ID of the project in the region (no spaces)"));

    m_loginKindCombo->setObjectName(QStringLiteral("loginKindCombo"));
    m_loginKindCombo->addItem(tr("Token"), int(Connection::AuthKind::Token));
    m_loginKindCombo->addItem(tr("IAM user and password"), int(Connection::AuthKind::Password));
    m_loginKindCombo->addItem(tr("Access key (AK/SK)"), int(Connection::AuthKind::AkSk));
    addRow(form, tr("&Log in with:"), m_loginKindCombo,
           tr("A token you already have, an IAM user and password, or an access key pair"));

    // The inputs of every login kind share the form; only the chosen kind's rows are shown.
    QWidget *tokenPage = this;
    QFormLayout *tokenForm = form;
    auto *tokenEdit = lineEdit(tokenPage, "tokenEdit", true);
    auto *tokenMessage = addRow(tokenForm, tr("T&oken:"), tokenEdit,
                                tr("An IAM token (X-Auth-Token), valid for 24 hours"));

    QWidget *passwordPage = this;
    QFormLayout *passwordForm = form;
    auto *domainEdit = lineEdit(passwordPage, "iamDomainEdit");
    auto *domainMessage = addRow(passwordForm, tr("Acco&unt (domain):"), domainEdit,
                                 tr("The account the IAM user belongs to"));
    auto *userEdit = lineEdit(passwordPage, "iamUserEdit");
    auto *userMessage = addRow(passwordForm, tr("IAM u&ser:"), userEdit, tr("The IAM user name"));
    auto *passwordEdit = lineEdit(passwordPage, "passwordEdit", true);
    auto *passwordMessage = addRow(passwordForm, tr("Pass&word:"), passwordEdit,
                                   tr("The IAM user's password (never in a file)"));
    auto *iamEndpointEdit = lineEdit(passwordPage, "iamEndpointEdit");
    iamEndpointEdit->setPlaceholderText(tr("derived from the Workspace endpoint"));
    auto *iamEndpointMessage = addRow(passwordForm, tr("&IAM endpoint:"), iamEndpointEdit,
                                      tr("Optional: the IAM URL; empty means the one of the "
                                         "region"));

    QWidget *akskPage = this;
    QFormLayout *akskForm = form;
    auto *accessKeyEdit = lineEdit(akskPage, "accessKeyEdit");
    auto *accessKeyMessage =
        addRow(akskForm, tr("&Access key (AK):"), accessKeyEdit, tr("The access key ID"));
    auto *secretKeyEdit = lineEdit(akskPage, "secretKeyEdit", true);
    auto *secretKeyMessage = addRow(akskForm, tr("&Secret key (SK):"), secretKeyEdit,
                                    tr("The secret access key (never in a file)"));

    auto *securityTokenEdit = lineEdit(akskPage, "securityTokenEdit", true);
    auto *securityTokenMessage =
        addRow(akskForm, tr("Security to&ken (optional):"), securityTokenEdit,
               tr("Only for temporary credentials: the security token that came with the AK/SK "
                  "(sent as X-Security-Token; never in a file)"));

    m_form = form;
    m_loginInputs = {{tokenEdit},
                     {domainEdit, userEdit, passwordEdit, iamEndpointEdit},
                     {accessKeyEdit, secretKeyEdit, securityTokenEdit}};

    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Log in and read the service configuration, without changing "
                                "anything"));
    m_testButton->hide();
    m_testResult->setObjectName(QStringLiteral("connectionTestResult"));
    m_testResult->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(m_stillNeeded);

    ConnectionDraft *draft = m_connection;
    bindText(
        endpointEdit, endpointMessage, QStringLiteral("/endpoint"),
        [draft] { return draft->connection().endpoint.toString(); },
        [draft](const QString &text) {
            draft->update([&](Connection &c) { c.endpoint = QUrl(text.trimmed()); });
        });
    bindText(
        projectIdEdit, projectIdMessage, QStringLiteral("/project_id"),
        [draft] { return draft->connection().projectId; },
        [draft](const QString &text) {
            draft->update([&](Connection &c) { c.projectId = text; });
        });
    bindText(
        tokenEdit, tokenMessage, QStringLiteral("/token"),
        [draft] { return QString::fromUtf8(draft->connection().secrets.token); },
        [draft](const QString &text) {
            draft->update([&](Connection &c) { c.secrets.token = text.trimmed().toUtf8(); });
        });
    bindText(
        domainEdit, domainMessage, QStringLiteral("/iam_domain"),
        [draft] { return draft->connection().iamDomain; },
        [draft](const QString &text) {
            draft->update([&](Connection &c) { c.iamDomain = text; });
        });
    bindText(
        userEdit, userMessage, QStringLiteral("/iam_user"),
        [draft] { return draft->connection().iamUser; },
        [draft](const QString &text) { draft->update([&](Connection &c) { c.iamUser = text; }); });
    bindText(
        passwordEdit, passwordMessage, QStringLiteral("/password"),
        [draft] { return QString::fromUtf8(draft->connection().secrets.password); },
        [draft](const QString &text) {
            draft->update([&](Connection &c) { c.secrets.password = text.toUtf8(); });
        });
    bindText(
        iamEndpointEdit, iamEndpointMessage, QStringLiteral("/iam_endpoint"),
        [draft] { return draft->connection().iamEndpoint.toString(); },
        [draft](const QString &text) {
            draft->update([&](Connection &c) { c.iamEndpoint = QUrl(text.trimmed()); });
        });
    bindText(
        accessKeyEdit, accessKeyMessage, QStringLiteral("/access_key"),
        [draft] { return draft->connection().accessKey; },
        [draft](const QString &text) {
            draft->update([&](Connection &c) { c.accessKey = text.trimmed(); });
        });
    bindText(
        secretKeyEdit, secretKeyMessage, QStringLiteral("/secret_key"),
        [draft] { return QString::fromUtf8(draft->connection().secrets.secretKey); },
        [draft](const QString &text) {
            draft->update([&](Connection &c) { c.secrets.secretKey = text.toUtf8(); });
        });
    bindText(
        securityTokenEdit, securityTokenMessage, QStringLiteral("/security_token"),
        [draft] { return QString::fromUtf8(draft->connection().secrets.securityToken); },
        [draft](const QString &text) {
            draft->update(
                [&](Connection &c) { c.secrets.securityToken = text.trimmed().toUtf8(); });
        });

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &ConnectionPage::onRegionChosen);
    connect(m_loginKindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = Connection::AuthKind(m_loginKindCombo->currentData().toInt());
        m_connection->update([&](Connection &c) { c.authKind = kind; });
    });
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionPage::testConnectionRequested);
    connect(m_connection, &ConnectionDraft::changed, this, &ConnectionPage::onConnectionChanged);

    m_tabChain = {m_regionCombo, endpointEdit,      projectIdEdit, m_loginKindCombo, tokenEdit,
                  domainEdit,    userEdit,          passwordEdit,  iamEndpointEdit,  accessKeyEdit,
                  secretKeyEdit, securityTokenEdit, m_testButton};
    chainTabOrder(m_tabChain);
    onConnectionChanged();
}

void ConnectionPage::setConnectionTestAvailable(bool available)
{
    m_testButton->setVisible(available);
}

void ConnectionPage::setConnectionTestRunning(bool running)
{
    m_testButton->setEnabled(!running);
    if (running)
        m_testResult->setText(tr("Testing…"));
}

void ConnectionPage::showConnectionTestResult(bool ok, const QString &message)
{
    QPalette colours = m_testResult->palette();
    colours.setColor(QPalette::WindowText,
                     ok ? colours.color(QPalette::Text) : FieldMessageLabel::errorColor(colours));
    m_testResult->setPalette(colours);
    m_testResult->setText(message);
}

void ConnectionPage::addTools(QWidget *tools)
{
    tools->setParent(this);
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->insertWidget(0, tools);
    // Tab follows the screen: the tools above the form come first, in their own order.
    QList<QWidget *> toolInputs;
    for (QWidget *widget = nextInFocusChain(); widget != this;
         widget = widget->nextInFocusChain()) {
        if (tools->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus)
            && !toolInputs.contains(widget))
            toolInputs.append(widget);
    }
    m_tabChain = toolInputs + m_tabChain;
    chainTabOrder(m_tabChain);
}

void ConnectionPage::chainTabOrder(const QList<QWidget *> &inputs)
{
    for (int i = 0; i + 1 < inputs.size(); ++i)
        setTabOrder(inputs.at(i), inputs.at(i + 1));
}

bool ConnectionPage::hasTypedInput() const
{
    return std::any_of(m_bindings.begin(), m_bindings.end(),
                       [](const FieldBinding *binding) { return binding->wasEdited(); });
}

bool ConnectionPage::isComplete() const
{
    return !hasErrors(m_connection->issues());
}

FieldMessageLabel *ConnectionPage::addRow(QFormLayout *form, const QString &label, QWidget *input,
                                          const QString &rule)
{
    auto *caption = new QLabel(label, input->parentWidget());
    caption->setBuddy(input);
    input->setToolTip(rule);
    input->setAccessibleName(LabelText::plain(label));
    auto *message = new FieldMessageLabel(input->parentWidget());
    message->setObjectName(input->objectName() + QStringLiteral("Message"));
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(input);
    column->addWidget(message);
    form->addRow(caption, column);
    m_rowOf.insert(input, form->rowCount() - 1);
    return message;
}

FieldBinding *ConnectionPage::bindText(QLineEdit *edit, FieldMessageLabel *message,
                                       const QString &pointer, const std::function<QString()> &read,
                                       const std::function<void(const QString &)> &write)
{
    auto *binding = new FieldBinding(
        edit, message, pointer,
        [read] {
            const QString text = read();
            return text.isEmpty() ? QVariant() : QVariant(text);
        },
        [write](const QVariant &value) { write(value.toString()); }, this);
    m_bindings.append(binding);
    connect(message, &FieldMessageLabel::touched, this, &ConnectionPage::showStillNeeded);
    return binding;
}

void ConnectionPage::offerBuiltInSandbox(BuiltInSandbox *sandbox)
{
    if (m_sandbox || !sandbox)
        return;
    m_sandbox = sandbox;
    m_sandboxIndex = 1;
    {
        const QSignalBlocker blocker(m_regionCombo);
        m_regionCombo->insertItem(m_sandboxIndex,
                                  tr("Built-in sandbox (simulator, no cloud account)"));
        m_regionCombo->setItemData(m_sandboxIndex,
                                   tr("A simulator on this computer; nothing is created in a "
                                      "cloud"),
                                   Qt::ToolTipRole);
    }
    m_sandboxChosen =
        m_sandbox->serves(m_connection->connection()) && m_connection->regionId().isEmpty();
    onConnectionChanged();
}

bool ConnectionPage::chooseBuiltInSandbox()
{
    if (!m_sandbox)
        return false;
    m_sandboxStartPending = false;
    const std::optional<Connection> sandbox = m_sandbox->start();
    if (!sandbox) {
        m_sandboxChosen = false;
        m_sandboxError = m_sandbox->errorString();
        onConnectionChanged();
        return false;
    }
    m_sandboxError.clear();
    m_sandboxChosen = true;
    {
        // One change for the whole switch: the region and the connection together.
        const QSignalBlocker blocker(m_connection);
        m_connection->setRegionId(QString());
    }
    m_connection->setConnection(*sandbox);
    return true;
}

void ConnectionPage::chooseBuiltInSandboxAfterFirstPaint()
{
    if (!m_sandbox)
        return;
    if (m_sandbox->isRunning()) {
        chooseBuiltInSandbox();
        return;
    }
    m_sandboxChosen = true;
    m_sandboxStartPending = true;
    onConnectionChanged();
    update();
}

bool ConnectionPage::chooseRegion(const QString &regionId)
{
    const int index = regionId.isEmpty() ? -1 : m_regionCombo->findData(regionId);
    if (index < 0 || !m_catalogue.find(regionId))
        return false;
    if (m_regionCombo->currentIndex() == index)
        onRegionChosen();
    else
        m_regionCombo->setCurrentIndex(index);
    return true;
}

void ConnectionPage::paintEvent(QPaintEvent *event)
{
    QWizardPage::paintEvent(event);
    if (m_sandboxStartPending) {
        // After this paint has reached the screen, never before it.
        QTimer::singleShot(0, this, [this] {
            if (m_sandboxStartPending)
                chooseBuiltInSandbox();
        });
    }
}

void ConnectionPage::leaveBuiltInSandbox()
{
    m_sandboxError.clear();
    if (!m_sandboxChosen)
        return;
    m_sandboxChosen = false;
    m_sandboxStartPending = false;
    if (m_sandbox->isRunning()) {
        // Its endpoint, project ID and token mean nothing anywhere else.
        const Connection sandbox = m_sandbox->connection();
        m_connection->update([&](Connection &c) {
            if (c.endpoint == sandbox.endpoint)
                c.endpoint.clear();
            if (c.projectId == sandbox.projectId)
                c.projectId.clear();
            if (c.secrets.token == sandbox.secrets.token)
                c.secrets.token.clear();
        });
    }
    onConnectionChanged();
}

void ConnectionPage::onRegionChosen()
{
    if (m_sandbox && m_regionCombo->currentIndex() == m_sandboxIndex) {
        chooseBuiltInSandbox();
        return;
    }
    const QString id = m_regionCombo->currentData().toString();
    leaveBuiltInSandbox();
    m_connection->setRegionId(id);
    const Region *region = m_catalogue.find(id);
    if (!region)
        return;
    m_connection->update([&](Connection &c) {
        c.endpoint = QUrl(region->workspaceEndpoint);
        c.iamEndpoint = QUrl(region->iamEndpoint);
        c.region = region->id;
    });
}

void ConnectionPage::onConnectionChanged()
{
    const Connection &connection = m_connection->connection();
    if (m_sandboxChosen && !m_sandboxStartPending
        && (!m_connection->regionId().isEmpty() || !m_sandbox->serves(connection))) {
        m_sandboxChosen = false; // another region, an edited endpoint, a profile or a template
    }
    {
        const QSignalBlocker blocker(m_regionCombo);
        const int regionIndex = m_regionCombo->findData(m_connection->regionId());
        m_regionCombo->setCurrentIndex(m_sandboxChosen ? m_sandboxIndex : qMax(regionIndex, 0));
        const QSignalBlocker kindBlocker(m_loginKindCombo);
        m_loginKindCombo->setCurrentIndex(m_loginKindCombo->findData(int(connection.authKind)));
    }
    for (int kind = 0; kind < m_loginInputs.size(); ++kind) {
        for (QWidget *input : std::as_const(m_loginInputs.at(kind)))
            m_form->setRowVisible(m_rowOf.value(input), kind == m_loginKindCombo->currentIndex());
    }
    showRegionNote();
    for (FieldBinding *binding : std::as_const(m_bindings)) {
        binding->pull();
        binding->showIssues(m_connection->issuesUnder(binding->pointer()));
    }
    showStillNeeded();
    Q_EMIT completeChanged();
}

void ConnectionPage::showStillNeeded()
{
    QStringList fields;
    for (FieldBinding *binding : std::as_const(m_bindings)) {
        if (binding->message() && binding->message()->keepsErrorQuiet() && binding->input())
            fields.append(binding->input()->accessibleName());
    }
    m_stillNeeded->showFields(fields);
}

void ConnectionPage::showRegionNote()
{
    QString note;
    bool isError = false;
    const Region *region = m_catalogue.find(m_connection->regionId());
    if (m_sandboxChosen) {
        note = tr("The built-in sandbox is a simulator on this computer; nothing is created in a "
                  "cloud and no cloud account is needed.");
        note += QLatin1Char(' ')
            + (m_sandboxStartPending
                   ? tr("Starting it…")
                   : tr("It answers at %1; its project ID and token are filled in.")
                         .arg(m_sandbox->connection().endpoint.toDisplayString()));
    } else if (!m_sandboxError.isEmpty()) {
        note = m_sandboxError;
        isError = true;
    } else if (region && !region->alternativeEndpoints.isEmpty()) {
        note = tr("The host of this region is not certain (%1 or %2): check the endpoint "
                  "and change it if needed.")
                   .arg(region->workspaceEndpoint, region->alternativeEndpoints.join(tr(" or ")));
    }
    QPalette colours = m_regionNote->palette();
    colours.setColor(QPalette::WindowText,
                     isError ? FieldMessageLabel::errorColor(colours)
                             : palette().color(QPalette::WindowText));
    m_regionNote->setPalette(colours);
    m_regionNote->setText(note);
    m_regionNote->setVisible(!note.isEmpty());
}
