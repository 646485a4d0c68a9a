#include "ui/pages/DraftPage.h"

#include "ui/LabelText.h"
#include "ui/widgets/DraftTableEditor.h"
#include "ui/widgets/FieldMessageLabel.h"
#include "ui/widgets/StillNeededNote.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

DraftPage::DraftPage(RequestDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_pageMessage(new FieldMessageLabel(this))
    , m_stillNeeded(new StillNeededNote(this))
{
    m_pageMessage->setObjectName(QStringLiteral("pageMessage"));
    auto *body = new QWidget;
    m_bodyLayout = new QVBoxLayout(body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_pageMessage);
    layout->addWidget(m_stillNeeded);
    connect(m_draft, &RequestDraft::changed, this, &DraftPage::onDraftChanged);
}

bool DraftPage::coversPointer(const QString &pointer) const
{
    for (const QString &own : m_pointers) {
        if (pointer == own || pointer.startsWith(own + QLatin1Char('/')))
            return true;
    }
    return false;
}

ValidationIssues DraftPage::pageIssues() const
{
    ValidationIssues result;
    const ValidationIssues &all = m_draft->issues();
    for (const ValidationIssue &issue : all) {
        if (coversPointer(issue.pointer))
            result.append(issue);
    }
    return result;
}

bool DraftPage::focusPointer(const QString &pointer)
{
    for (DraftTableEditor *editor : std::as_const(m_tableEditors)) {
        if (editor->focusPointer(pointer))
            return true;
    }
    // The binding with the longest pointer that is the given one or above it.
    FieldBinding *best = nullptr;
    for (FieldBinding *binding : std::as_const(m_bindings)) {
        const QString own = binding->pointer();
        const bool matches = pointer == own || pointer.startsWith(own + QLatin1Char('/'))
            || own.startsWith(pointer + QLatin1Char('/'));
        if (matches && binding->input() && binding->input()->isEnabled()
            && (!best || own.size() > best->pointer().size()))
            best = binding;
    }
    if (!best)
        return false;
    best->focusInput();
    return true;
}

QString DraftPage::describePointer(const QString &pointer) const
{
    for (DraftTableEditor *editor : std::as_const(m_tableEditors)) {
        int row = -1;
        int column = -1;
        if (!editor->model()->locate(pointer, &row, &column))
            continue;
        const QString table = editor->table()->accessibleName();
        if (row < 0)
            return table;
        if (column < 0)
            return tr("%1, row %2").arg(table).arg(row + 1);
        return tr("%1, row %2, %3")
            .arg(table)
            .arg(row + 1)
            .arg(editor->model()->headerData(column, Qt::Horizontal).toString());
    }
    // The binding with the longest pointer that is the given one or above it.
    FieldBinding *best = nullptr;
    for (FieldBinding *binding : std::as_const(m_bindings)) {
        const QString own = binding->pointer();
        const bool covers = pointer == own || pointer.startsWith(own + QLatin1Char('/'));
        if (covers && binding->input() && (!best || own.size() > best->pointer().size()))
            best = binding;
    }
    return best ? best->input()->accessibleName() : QString();
}

bool DraftPage::isComplete() const
{
    return !hasErrors(pageIssues());
}

QFormLayout *DraftPage::addForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_bodyLayout->addLayout(form);
    return form;
}

void DraftPage::addPointer(const QString &pointer)
{
    if (!m_pointers.contains(pointer))
        m_pointers.append(pointer);
}

FieldBinding *
DraftPage::bindField(QWidget *input, FieldMessageLabel *message, const QString &pointer,
                     const std::function<QVariant(const CreateDesktopRequest &)> &read,
                     const std::function<void(CreateDesktopRequest &, const QVariant &)> &write)
{
    addPointer(pointer);
    RequestDraft *draft = m_draft;
    auto *binding = new FieldBinding(
        input, message, pointer, [draft, read] { return read(draft->request()); },
        [draft, write](const QVariant &value) {
            draft->update([&](CreateDesktopRequest &request) { write(request, value); });
        },
        this);
    binding->showIssues(m_draft->issuesUnder(pointer));
    m_bindings.append(binding);
    if (message)
        connect(message, &FieldMessageLabel::touched, this, &DraftPage::showStillNeeded);
    showUnplacedIssues();
    showStillNeeded();
    return binding;
}

void DraftPage::addTableEditor(DraftTableEditor *editor)
{
    addPointer(editor->model()->listPointer());
    m_tableEditors.append(editor);
    connect(editor, &DraftTableEditor::quietErrorsChanged, this, &DraftPage::showStillNeeded);
    showStillNeeded();
}

FieldMessageLabel *DraftPage::addFormRow(QFormLayout *form, const QString &label, QWidget *input,
                                         const QString &rule)
{
    QWidget *owner = input->parentWidget() ? input->parentWidget() : this;
    auto *caption = new QLabel(label, owner);
    caption->setBuddy(input);
    input->setToolTip(rule);
    input->setAccessibleName(LabelText::plain(label));
    auto *message = new FieldMessageLabel(owner);
    if (!input->objectName().isEmpty())
        message->setObjectName(input->objectName() + QStringLiteral("Message"));
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(input);
    column->addWidget(message);
    form->addRow(caption, column);
    return message;
}

QVariant DraftPage::textOf(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<QString> DraftPage::textFrom(const QVariant &value)
{
    const QString text = value.toString();
    if (!value.isValid() || text.isEmpty())
        return std::nullopt;
    return text;
}

QVariant DraftPage::numberOf(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> DraftPage::numberFrom(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toInt();
}

void DraftPage::onDraftChanged()
{
    for (FieldBinding *binding : std::as_const(m_bindings)) {
        binding->pull();
        binding->showIssues(m_draft->issuesUnder(binding->pointer()));
    }
    showUnplacedIssues();
    refreshFromDraft();
    showStillNeeded();
    Q_EMIT completeChanged();
}

void DraftPage::showStillNeeded()
{
    QStringList fields;
    for (FieldBinding *binding : std::as_const(m_bindings)) {
        if (binding->message() && binding->message()->keepsErrorQuiet() && binding->input())
            fields.append(binding->input()->accessibleName());
    }
    for (DraftTableEditor *editor : std::as_const(m_tableEditors)) {
        if (editor->keepsErrorQuiet())
            fields.append(editor->table()->accessibleName());
    }
    m_stillNeeded->showFields(fields);
}

void DraftPage::showUnplacedIssues()
{
    ValidationIssues unplaced;
    const ValidationIssues issues = pageIssues();
    for (const ValidationIssue &issue : issues) {
        bool placed = false;
        for (FieldBinding *binding : std::as_const(m_bindings)) {
            const QString own = binding->pointer();
            if (issue.pointer == own || issue.pointer.startsWith(own + QLatin1Char('/')))
                placed = true;
        }
        for (DraftTableEditor *editor : std::as_const(m_tableEditors)) {
            const QString own = editor->model()->listPointer();
            if (issue.pointer == own || issue.pointer.startsWith(own + QLatin1Char('/')))
                placed = true;
        }
        if (!placed)
            unplaced.append(issue);
    }
    m_pageMessage->setIssues(unplaced);
}
