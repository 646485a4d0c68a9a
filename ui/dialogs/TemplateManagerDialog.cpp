#include "ui/dialogs/TemplateManagerDialog.h"

#include "models/TemplateStore.h"
#include "ui/Logging.h"
#include "ui/widgets/StatusLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

enum ItemRole {
    PathRole = Qt::UserRole + 1,
    BrokenRole,
    SearchTextRole,
    ProblemRole, ///< a broken file's error, or an ok file's warnings
};

} // namespace

TemplateManagerDialog::TemplateManagerDialog(TemplateStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Templates"));
    buildLayout();
    connect(m_store, &TemplateStore::changed, this, &TemplateManagerDialog::refresh);
    refresh();
}

TemplateManagerDialog::~TemplateManagerDialog() = default;

void TemplateManagerDialog::buildLayout()
{
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Name or description"));
    m_filterEdit->setToolTip(tr("Shows only the templates whose name or description contains "
                                "this text (case does not matter)."));
    m_filterEdit->setAccessibleName(tr("Search templates"));
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filterEdit);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("The saved templates. A broken file is marked and cannot be opened."));
    m_list->setAccessibleName(tr("Saved templates"));
    auto *listLabel = new QLabel(tr("&Templates:"), this);
    listLabel->setBuddy(m_list);

    auto makeButton = [this](const QString &objectName, const QString &text,
                             const QString &toolTip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setToolTip(toolTip);
        button->setAutoDefault(false);
        return button;
    };
    m_openButton = makeButton(QStringLiteral("openButton"), tr("&Open"),
                              tr("Start the wizard from the selected template."));
    m_renameButton = makeButton(QStringLiteral("renameButton"), tr("&Rename…"),
                                tr("Give the selected template another name."));
    m_duplicateButton = makeButton(QStringLiteral("duplicateButton"), tr("D&uplicate"),
                                   tr("Save a copy of the selected template."));
    m_deleteButton = makeButton(QStringLiteral("deleteButton"), tr("&Delete"),
                                tr("Delete the selected file; Undo delete brings it back."));
    m_undoButton = makeButton(QStringLiteral("undoButton"), tr("U&ndo delete"),
                              tr("Bring back the template deleted last."));
    m_importButton = makeButton(QStringLiteral("importButton"), tr("&Import…"),
                                tr("Copy a template from any file into your templates."));
    m_exportButton = makeButton(QStringLiteral("exportButton"), tr("&Export…"),
                                tr("Write the selected template to a file of your choice."));
    m_openButton->setDefault(true);

    m_statusLabel = new StatusLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_openButton, m_renameButton, m_duplicateButton, m_deleteButton,
                                m_undoButton, m_importButton, m_exportButton})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit);

    auto *listColumn = new QVBoxLayout;
    listColumn->addLayout(filterRow);
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list);

    auto *body = new QHBoxLayout;
    body->addLayout(listColumn, 1);
    body->addLayout(buttons);

    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_statusLabel);
    layout->addWidget(closeBox);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &TemplateManagerDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &TemplateManagerDialog::updateButtons);
    connect(m_list, &QListWidget::currentItemChanged, this,
            &TemplateManagerDialog::showSelectedProblem);
    connect(m_list, &QListWidget::itemActivated, this, &TemplateManagerDialog::openSelected);
    connect(m_openButton, &QPushButton::clicked, this, &TemplateManagerDialog::openSelected);
    connect(m_renameButton, &QPushButton::clicked, this, &TemplateManagerDialog::renameSelected);
    connect(m_duplicateButton, &QPushButton::clicked, this,
            &TemplateManagerDialog::duplicateSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplateManagerDialog::removeSelected);
    connect(m_undoButton, &QPushButton::clicked, this, &TemplateManagerDialog::undoRemove);
    connect(m_importButton, &QPushButton::clicked, this, &TemplateManagerDialog::importFile);
    connect(m_exportButton, &QPushButton::clicked, this, &TemplateManagerDialog::exportSelected);
}

void TemplateManagerDialog::refresh()
{
    const QString previous = selectedPath();
    m_list->clear();
    const QList<TemplateEntry> entries = m_store->entries();
    for (const TemplateEntry &entry : entries) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(PathRole, entry.path);
        item->setData(BrokenRole, entry.isBroken());
        item->setData(SearchTextRole, QString(entry.name + QLatin1Char('\n') + entry.description));
        item->setData(ProblemRole, entry.isBroken() ? entry.error : entry.warnings);
        if (entry.isBroken()) {
            item->setText(tr("%1 (broken)").arg(entry.name));
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(entry.error);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            item->setText(entry.name);
            QString toolTip = entry.path;
            if (!entry.description.isEmpty())
                toolTip = entry.description + QLatin1Char('\n') + entry.path;
            if (!entry.warnings.isEmpty())
                toolTip += QLatin1Char('\n') + entry.warnings;
            item->setToolTip(toolTip);
        }
        if (QFileInfo(entry.path) == QFileInfo(previous))
            m_list->setCurrentItem(item);
    }
    applyFilter();
    updateButtons();
}

void TemplateManagerDialog::applyFilter()
{
    const QString filter = m_filterEdit->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool matches = filter.isEmpty()
            || item->data(SearchTextRole).toString().contains(filter, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
    if (QListWidgetItem *current = m_list->currentItem(); current && current->isHidden())
        m_list->setCurrentItem(nullptr);
    if (!m_list->currentItem()) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isHidden()) {
                m_list->setCurrentRow(row);
                break;
            }
        }
    }
    updateButtons();
}

void TemplateManagerDialog::updateButtons()
{
    const bool hasSelection = selectedItem() != nullptr;
    const bool usable = hasSelection && !selectedIsBroken();
    m_openButton->setEnabled(usable);
    m_renameButton->setEnabled(usable);
    m_duplicateButton->setEnabled(usable);
    m_exportButton->setEnabled(usable);
    m_deleteButton->setEnabled(hasSelection);
    m_undoButton->setEnabled(m_store->canUndoRemove());
    m_undoButton->setToolTip(m_store->canUndoRemove()
                                 ? tr("Bring back \"%1\".").arg(m_store->lastRemovedName())
                                 : tr("Nothing was deleted in this session."));
}

void TemplateManagerDialog::showStatus(const QString &message, bool isError)
{
    showStatus(message, isError ? StatusLabel::Severity::Error : StatusLabel::Severity::Info);
}

void TemplateManagerDialog::showStatus(const QString &message, StatusLabel::Severity severity)
{
    m_statusLabel->showMessage(message, severity);
    m_statusShowsSelection = false;
    if (severity == StatusLabel::Severity::Error)
        qCWarning(lcUi) << "template manager:" << message;
}

void TemplateManagerDialog::showSelectedProblem()
{
    // What the tooltip of the entry says, also for those who choose with the keyboard.
    const QListWidgetItem *item = selectedItem();
    const QString problem = item ? item->data(ProblemRole).toString() : QString();
    if (problem.isEmpty()) {
        if (m_statusShowsSelection)
            showStatus(QString(), StatusLabel::Severity::Info);
        return;
    }
    if (selectedIsBroken()) {
        m_statusLabel->showMessage(
            tr("This file cannot be opened; mend it in a text editor or delete it.\n%1")
                .arg(problem),
            StatusLabel::Severity::Error);
    } else {
        m_statusLabel->showMessage(problem, StatusLabel::Severity::Warning);
    }
    m_statusShowsSelection = true;
}

QListWidgetItem *TemplateManagerDialog::selectedItem() const
{
    QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item : nullptr;
}

QString TemplateManagerDialog::selectedPath() const
{
    const QListWidgetItem *item = selectedItem();
    return item ? item->data(PathRole).toString() : QString();
}

bool TemplateManagerDialog::selectedIsBroken() const
{
    const QListWidgetItem *item = selectedItem();
    return item && item->data(BrokenRole).toBool();
}

void TemplateManagerDialog::openSelected()
{
    if (!selectedItem() || selectedIsBroken())
        return;
    const Template::ReadResult read = m_store->load(selectedPath());
    if (!read.ok()) {
        showStatus(read.errorString(), true);
        refresh();
        return;
    }
    m_chosen = read.value;
    QStringList warnings;
    for (const Template::Problem &warning : read.warnings)
        warnings.append(warning.toString());
    Q_EMIT templateChosen(*read.value, warnings);
    accept();
}

void TemplateManagerDialog::renameSelected()
{
    const QListWidgetItem *item = selectedItem();
    if (!item || selectedIsBroken())
        return;
    const QString path = selectedPath();
    auto *input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("renameInput"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Rename template"));
    input->setLabelText(tr("New &name:"));
    input->setTextValue(item->text());
    connect(input, &QInputDialog::textValueSelected, this, [this, path](const QString &newName) {
        const TemplateStore::Result result = m_store->rename(path, newName);
        if (result.ok)
            showStatus(tr("Renamed to \"%1\".").arg(newName.trimmed()), false);
        else
            showStatus(result.error, true);
    });
    input->open();
}

void TemplateManagerDialog::duplicateSelected()
{
    if (!selectedItem() || selectedIsBroken())
        return;
    const TemplateStore::Result result = m_store->duplicate(selectedPath());
    if (!result.ok) {
        showStatus(result.error, true);
        return;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (QFileInfo(m_list->item(row)->data(PathRole).toString()) == QFileInfo(result.path))
            m_list->setCurrentRow(row);
    }
    showStatus(tr("Saved a copy as \"%1\".").arg(m_list->currentItem()->text()), false);
}

void TemplateManagerDialog::removeSelected()
{
    if (!selectedItem())
        return;
    const TemplateStore::Result result = m_store->remove(selectedPath());
    if (result.ok)
        showStatus(tr("Deleted \"%1\". Undo delete brings it back until you quit deskwiz.")
                       .arg(m_store->lastRemovedName()),
                   false);
    else
        showStatus(result.error, true);
    updateButtons();
}

void TemplateManagerDialog::undoRemove()
{
    const QString name = m_store->lastRemovedName();
    const TemplateStore::Result result = m_store->undoRemove();
    if (result.ok)
        showStatus(tr("Restored \"%1\".").arg(name), false);
    else
        showStatus(result.error, true);
    updateButtons();
}

void TemplateManagerDialog::askForFile(bool saving, const QString &caption, const QString &path,
                                       const QString &filter,
                                       const std::function<void(const QString &)> &chosen)
{
    auto *dialog = new QFileDialog(this, caption, path, filter);
    dialog->setObjectName(QStringLiteral("templateFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(saving ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(saving ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (saving)
        dialog->selectFile(path);
    connect(dialog, &QFileDialog::fileSelected, this, chosen);
    dialog->open();
}

void TemplateManagerDialog::importFile()
{
    askForFile(false, tr("Import template"), QDir::homePath(),
               tr("deskwiz templates (*.deskwiz.json);;JSON files (*.json);;All files (*)"),
               [this](const QString &source) {
                   const TemplateStore::Result result = m_store->importFrom(source);
                   if (!result.ok) {
                       showStatus(result.error, true);
                   } else if (!result.warnings.isEmpty()) {
                       showStatus(tr("Imported %1 without what looked like a secret (templates "
                                     "never hold one); the file itself still has it:\n%2")
                                      .arg(QDir::toNativeSeparators(source),
                                           result.warnings.join(QLatin1Char('\n'))),
                                  StatusLabel::Severity::Warning);
                   } else {
                       showStatus(tr("Imported %1.").arg(QDir::toNativeSeparators(source)), false);
                   }
               });
}

void TemplateManagerDialog::exportSelected()
{
    const QListWidgetItem *item = selectedItem();
    if (!item || selectedIsBroken())
        return;
    const QString path = selectedPath();
    const QString name = item->text();
    const QString suggested = QDir::homePath() + QLatin1Char('/') + QFileInfo(path).fileName();
    askForFile(
        true, tr("Export template"), suggested,
        tr("deskwiz templates (*.deskwiz.json);;All files (*)"),
        [this, path, name](const QString &destination) {
            const TemplateStore::Result result = m_store->exportTo(path, destination);
            if (result.ok)
                showStatus(
                    tr("Exported \"%1\" to %2.").arg(name, QDir::toNativeSeparators(destination)),
                    false);
            else
                showStatus(result.error, true);
        });
}
