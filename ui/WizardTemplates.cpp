#include "ui/WizardTemplates.h"

#include "api/KeychainSecretStore.h"
#include "api/SessionSecretStore.h"
#include "models/ConnectionProfileStore.h"
#include "models/RequestFile.h"
#include "models/TemplateStore.h"
#include "ui/ProvisionWizard.h"
#include "ui/TemplateDrafts.h"
#include "ui/dialogs/SaveTemplateDialog.h"
#include "ui/dialogs/TemplateManagerDialog.h"
#include "ui/pages/ConnectionPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/widgets/ConnectionProfileBar.h"
#include "ui/widgets/StatusLabel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

WizardTemplates::WizardTemplates(ProvisionWizard *wizard)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_templates(new TemplateStore(this))
    , m_profiles(new ConnectionProfileStore(this))
    , m_keychain(new KeychainSecretStore(this))
    , m_session(new SessionSecretStore(this))
{
    setObjectName(QStringLiteral("wizardTemplates"));

    // The connection page: start from a template, and the connection profiles.
    auto *tools = new QWidget;
    auto *startButton = new QPushButton(tr("Start &from template…"), tools);
    startButton->setObjectName(QStringLiteral("startFromTemplateButton"));
    startButton->setToolTip(tr("Fill the whole wizard from a saved template"));
    m_templateNote = new StatusLabel(tools);
    m_templateNote->setObjectName(QStringLiteral("templateNote"));
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(startButton);
    startRow->addWidget(m_templateNote, 1);
    auto *toolsLayout = new QVBoxLayout(tools);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    toolsLayout->addLayout(startRow);
    toolsLayout->addWidget(new ConnectionProfileBar(wizard->connectionDraft(), m_profiles,
                                                    m_keychain, m_session, tools));
    wizard->connectionPage()->addTools(tools);
    connect(startButton, &QPushButton::clicked, this, &WizardTemplates::openTemplateManager);

    // The review page: save as template.
    if (auto *review = qobject_cast<ReviewPage *>(wizard->page(ProvisionWizard::ReviewPageId))) {
        auto *saveButton = new QPushButton(tr("Save as &template…"));
        saveButton->setObjectName(QStringLiteral("saveAsTemplateButton"));
        saveButton->setToolTip(tr("Save this request, its context and the connection (never a "
                                  "secret) as a template"));
        review->addTools(saveButton);
        connect(saveButton, &QPushButton::clicked, this, &WizardTemplates::openSaveDialog);
    }
}

WizardTemplates::~WizardTemplates() = default;

void WizardTemplates::openTemplateManager()
{
    auto *dialog = new TemplateManagerDialog(m_templates, m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplateManagerDialog::templateChosen, this, &WizardTemplates::startFrom);
    dialog->open();
}

void WizardTemplates::openSaveDialog()
{
    auto *dialog = new SaveTemplateDialog(m_wizard->draft(), m_wizard->connectionDraft(),
                                          m_templates, m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WizardTemplates::startFrom(const Template &value, const QStringList &warnings)
{
    QStringList notes =
        TemplateDrafts::applyTemplate(value, m_wizard->draft(), m_wizard->connectionDraft());
    notes.prepend(tr("Started from the template \"%1\".").arg(value.name));
    showNotes(notes, warnings);
}

void WizardTemplates::startFromFile(const RequestFile &file)
{
    if (file.fileTemplate) {
        startFrom(*file.fileTemplate, file.warnings);
        return;
    }
    // A bare API body: the request only, in the context the wizard has.
    m_wizard->draft()->setRequest(file.request);
    showNotes({tr("Started from the request in %1.").arg(QDir::toNativeSeparators(file.path))},
              file.warnings);
}

void WizardTemplates::showNotes(QStringList notes, const QStringList &warnings)
{
    notes += warnings;
    m_templateNote->showMessage(notes.join(QLatin1Char('\n')),
                                warnings.isEmpty() ? StatusLabel::Severity::Info
                                                   : StatusLabel::Severity::Warning);
}
