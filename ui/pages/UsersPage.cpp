#include "ui/pages/UsersPage.h"

#include "models/DesktopTableModel.h"
#include "ui/widgets/ChoiceCombo.h"
#include "ui/widgets/DraftTableEditor.h"
#include "ui/widgets/FieldMessageLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(RequestDraft *draft, QWidget *parent)
    : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("usersPage"));
    setTitle(tr("Users and desktops"));
    setSubTitle(tr("Give each user a desktop, or create a pool of desktops not yet assigned."));
    const ApiLimits &limits = draft->limits();

    m_assignedRadio = new QRadioButton(tr("Desktops &assigned to users"), this);
    m_assignedRadio->setObjectName(QStringLiteral("assignedRadio"));
    m_assignedRadio->setToolTip(tr("One desktop per row; all desktops of a request get the same "
                                   "configuration"));
    m_poolRadio = new QRadioButton(tr("An unassigned &pool of desktops"), this);
    m_poolRadio->setObjectName(QStringLiteral("poolRadio"));
    m_poolRadio->setToolTip(tr("Desktops that are assigned to users later"));
    auto *modeButtons = new QButtonGroup(this);
    modeButtons->addButton(m_assignedRadio);
    modeButtons->addButton(m_poolRadio);
    bodyLayout()->addWidget(m_assignedRadio);

    m_assignedFields = new QWidget(this);
    auto *assignedLayout = new QVBoxLayout(m_assignedFields);
    assignedLayout->setContentsMargins(20, 0, 0, 0);
    m_desktops =
        new DraftTableEditor(new DesktopTableModel(draft, this), QStringLiteral("desktops"),
                             tr("Users and their desktops"), m_assignedFields);
    m_desktops->setToolTip(tr("1-%1 desktops a request").arg(limits.defaultMaxDesktopsPerRequest));
    m_desktops->table()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_desktops->table()->setMinimumHeight(m_desktops->table()->fontMetrics().height() * 9);
    auto *hint = new QLabel(tr("Select a cell and type to edit it (F2 edits too); the arrow keys "
                               "move between cells and Tab leaves the table."),
                            m_assignedFields);
    hint->setWordWrap(true);
    assignedLayout->addWidget(hint);
    assignedLayout->addWidget(m_desktops);
    bodyLayout()->addWidget(m_assignedFields, 1);
    addTableEditor(m_desktops);

    bodyLayout()->addWidget(m_poolRadio);
    m_poolFields = new QWidget(this);
    auto *poolForm = new QFormLayout(m_poolFields);
    poolForm->setContentsMargins(20, 0, 0, 0);
    poolForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *sizeSpin = new QSpinBox(m_poolFields);
    sizeSpin->setObjectName(QStringLiteral("poolSizeSpin"));
    sizeSpin->setRange(limits.poolSize.min - 1, limits.poolSize.max);
    sizeSpin->setSpecialValueText(tr("not set"));
    auto *nameEdit = new QLineEdit(m_poolFields);
    nameEdit->setObjectName(QStringLiteral("desktopNameEdit"));
    auto *sizeMessage =
        addFormRow(poolForm, tr("Number of &desktops:"), sizeSpin,
                   tr("%1-%2 desktops").arg(limits.poolSize.min).arg(limits.poolSize.max));
    auto *nameMessage = addFormRow(poolForm, tr("Desktop na&me or prefix:"), nameEdit,
                                   tr("Optional: the name (1-%1 characters) of a single desktop, "
                                      "or a prefix (1-%2 characters) for several")
                                       .arg(limits.poolNameSingleMaxLength)
                                       .arg(limits.poolNamePrefixMaxLength));
    bodyLayout()->addWidget(m_poolFields);

    QFormLayout *form = addForm();
    m_namePolicyCombo = createChoiceCombo(this, QStringLiteral("namePolicyCombo"), true, {});
    m_namePolicyCombo->lineEdit()->setPlaceholderText(tr("none"));
    auto *policyMessage = addFormRow(form, tr("Name p&olicy:"), m_namePolicyCombo,
                                     tr("Optional: a desktop name policy; an explicit name wins "
                                        "over it"));
    auto *notifyCheck =
        new QCheckBox(tr("Send each user an &e-mail when the desktop is ready"), this);
    notifyCheck->setObjectName(QStringLiteral("emailNotificationCheck"));
    notifyCheck->setToolTip(tr("email_notification: sent as you choose here"));
    notifyCheck->setAccessibleName(tr("E-mail notification"));
    auto *notifyMessage = new FieldMessageLabel(this);
    form->addRow(notifyCheck);
    form->addRow(notifyMessage);

    bindField(
        sizeSpin, sizeMessage, QStringLiteral("/size"),
        [](const CreateDesktopRequest &r) { return numberOf(r.size); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.size = numberFrom(v); });
    bindField(
        nameEdit, nameMessage, QStringLiteral("/desktop_name"),
        [](const CreateDesktopRequest &r) { return textOf(r.desktopName); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.desktopName = textFrom(v); });
    bindField(
        m_namePolicyCombo, policyMessage, QStringLiteral("/desktop_name_policy_id"),
        [](const CreateDesktopRequest &r) { return textOf(r.desktopNamePolicyId); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.desktopNamePolicyId = textFrom(v); });
    bindField(
        notifyCheck, notifyMessage, QStringLiteral("/email_notification"),
        [](const CreateDesktopRequest &r) { return QVariant(r.sendsEmailNotification()); },
        [](CreateDesktopRequest &r, const QVariant &v) { r.emailNotification = v.toBool(); });

    connect(m_assignedRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseAssigned(true);
    });
    connect(m_poolRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseAssigned(false);
    });

    setTabOrder(m_assignedRadio, m_desktops->table());
    setTabOrder(m_poolRadio, sizeSpin);
    setTabOrder(sizeSpin, nameEdit);
    setTabOrder(nameEdit, m_namePolicyCombo);
    setTabOrder(m_namePolicyCombo, notifyCheck);
    refreshFromDraft();
}

void UsersPage::refreshFromDraft()
{
    const CreateDesktopRequest &request = draft()->request();
    if (request.desktops)
        m_assigned = true;
    else if (request.size || request.desktopName)
        m_assigned = false;
    {
        const QSignalBlocker assigned(m_assignedRadio);
        const QSignalBlocker pool(m_poolRadio);
        m_assignedRadio->setChecked(m_assigned);
        m_poolRadio->setChecked(!m_assigned);
    }
    m_assignedFields->setEnabled(m_assigned);
    m_poolFields->setEnabled(!m_assigned);
    updateUserGroupChoices();
}

void UsersPage::chooseAssigned(bool assigned)
{
    if (assigned == m_assigned)
        return;
    const CreateDesktopRequest &request = draft()->request();
    if (assigned) {
        m_stashedSize = request.size;
        m_stashedDesktopName = request.desktopName;
    } else {
        m_stashedDesktops = request.desktops;
    }
    m_assigned = assigned;
    const std::optional<int> firstPoolSize = draft()->limits().poolSize.min;
    draft()->update([&](CreateDesktopRequest &r) {
        if (assigned) {
            r.size.reset();
            r.desktopName.reset();
            r.desktops = m_stashedDesktops.value_or(QList<Desktop>());
        } else {
            r.desktops.reset();
            r.size = m_stashedSize ? m_stashedSize : firstPoolSize;
            r.desktopName = m_stashedDesktopName;
        }
    });
    refreshFromDraft();
}

void UsersPage::updateUserGroupChoices()
{
    m_desktops->setColumnChoices(DesktopTableModel::UserGroupColumn,
                                 draft()->limits().userGroups(draft()->context().osType));
}
