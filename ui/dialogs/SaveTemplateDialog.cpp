#include "ui/dialogs/SaveTemplateDialog.h"

#include "models/TemplateStore.h"
#include "ui/Logging.h"
#include "ui/TemplateDrafts.h"
#include "ui/widgets/StatusLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SaveTemplateDialog::SaveTemplateDialog(RequestDraft *draft, ConnectionDraft *connection,
                                       TemplateStore *store, QWidget *parent)
    : QDialog(parent)
    , m_draft(draft)
    , m_connection(connection)
    , m_store(store)
    , m_nameEdit(new QLineEdit(this))
    , m_descriptionEdit(new QLineEdit(this))
    , m_leaveOutUsers(new QCheckBox(tr("Leave out the &users and desktop IPs"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_status(new StatusLabel(this))
{
    setObjectName(QStringLiteral("saveTemplateDialog"));
    setWindowTitle(tr("Save as template"));

    m_nameEdit->setObjectName(QStringLiteral("templateNameEdit"));
    m_nameEdit->setToolTip(tr("A name to find the template by; it must not be empty"));
    m_nameEdit->setAccessibleName(tr("Template name"));
    m_descriptionEdit->setObjectName(QStringLiteral("templateDescriptionEdit"));
    m_descriptionEdit->setToolTip(tr("Optional: what the template is for"));
    m_descriptionEdit->setAccessibleName(tr("Template description"));
    m_leaveOutUsers->setObjectName(QStringLiteral("leaveOutUsersCheck"));
    m_leaveOutUsers->setToolTip(tr("Save the configuration only; the users and IPs are typed or "
                                   "imported for each run"));
    m_leaveOutUsers->setChecked(true);
    m_saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveButton->setDefault(true);
    m_status->setObjectName(QStringLiteral("saveTemplateStatus"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_descriptionEdit);
    form->addRow(descriptionLabel, m_descriptionEdit);
    form->addRow(QString(), m_leaveOutUsers);
    auto *note =
        new QLabel(tr("Secrets (token, password, SK) are never saved in a template."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveTemplateDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        m_confirmedReplace.clear();
        m_saveButton->setText(tr("&Save"));
        showStatus(QString(), false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void SaveTemplateDialog::save()
{
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showStatus(tr("Give the template a name."), true);
        m_nameEdit->setFocus();
        return;
    }
    const bool exists = m_store->findByName(name).has_value();
    if (exists && m_confirmedReplace != name) {
        m_confirmedReplace = name;
        m_saveButton->setText(tr("&Replace"));
        showStatus(tr("A template called \"%1\" exists already. Press Replace to overwrite it, "
                      "or change the name.")
                       .arg(name),
                   false);
        return;
    }
    const Template value = TemplateDrafts::templateOf(
        *m_draft, *m_connection, name, m_descriptionEdit->text(), m_leaveOutUsers->isChecked());
    const TemplateStore::Result result = m_store->save(
        value, exists ? TemplateStore::SaveMode::Replace : TemplateStore::SaveMode::FailIfExists);
    if (!result.ok) {
        showStatus(result.error, true);
        return;
    }
    qCInfo(lcUi) << "template saved to" << result.path;
    Q_EMIT templateSaved(result.path);
    accept();
}

void SaveTemplateDialog::showStatus(const QString &message, bool isError)
{
    m_status->showMessage(message,
                          isError ? StatusLabel::Severity::Error : StatusLabel::Severity::Info);
}
