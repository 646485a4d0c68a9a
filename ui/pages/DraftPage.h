#pragma once

#include "models/RequestDraft.h"
#include "ui/FieldBinding.h"
#include "ui/widgets/FieldMessageLabel.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

#include <optional>

class DraftTableEditor;
class FieldMessageLabel;
class QFormLayout;
class QLabel;
class QVBoxLayout;
class StillNeededNote;

/**
 * A wizard page that edits part of the one RequestDraft. It knows the JSON pointers its inputs
 * edit; it is complete while no error lies under them (warnings never block), and it re-checks on
 * every change of the draft; while Next waits for fields that keep quiet (empty, not touched yet),
 * a line at the foot names them (StillNeededNote). Subclasses build their inputs and bind them with
 * bindField() / addTableEditor(); the wizard asks coversPointer()/focusPointer() to send the user
 * to a field.
 */
class DraftPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DraftPage(RequestDraft *draft, QWidget *parent = nullptr);

    RequestDraft *draft() const { return m_draft; }
    /** The JSON pointers this page edits (each covers the pointers below it). */
    QStringList pointers() const { return m_pointers; }
    /** True when `pointer` is one of pointers() or lies below one. */
    bool coversPointer(const QString &pointer) const;
    /** The draft's issues under this page's pointers. */
    ValidationIssues pageIssues() const;
    /** Focuses the input bound closest to `pointer` (a table cell for a table); false if none. */
    virtual bool focusPointer(const QString &pointer);
    /**
     * The field of `pointer` as the page labels it: "System disk size", or for a table
     * "Users and their desktops, row 2, E-mail" (rows counted from 1, as the table's messages
     * do); empty when no input of the page is at or above it.
     */
    QString describePointer(const QString &pointer) const;

    bool isComplete() const override;

protected:
    /**
     * The layout the page's inputs go in: inside a scroll area, so that a small window still
     * reaches every input; the page-level message label sits under it.
     */
    QVBoxLayout *bodyLayout() const { return m_bodyLayout; }
    /** A form layout appended to bodyLayout(), wrapping long rows in narrow windows. */
    QFormLayout *addForm();
    /** Declares that this page edits `pointer` (and everything below it). */
    void addPointer(const QString &pointer);
    /**
     * Binds `input` and `message` to `pointer` (which the page then covers) through `read` and
     * `write`, which see the draft's request. Returns the binding (owned by the page).
     */
    FieldBinding *
    bindField(QWidget *input, FieldMessageLabel *message, const QString &pointer,
              const std::function<QVariant(const CreateDesktopRequest &)> &read,
              const std::function<void(CreateDesktopRequest &, const QVariant &)> &write);
    /** Registers a table editor: its list pointer is covered, and focusPointer() reaches cells. */
    void addTableEditor(DraftTableEditor *editor);
    /**
     * Adds a labelled row to `form`: `label` (with `input` as buddy), the input, and a message
     * label under it, which is returned. Also sets the tooltip and accessible name of `input`.
     */
    FieldMessageLabel *addFormRow(QFormLayout *form, const QString &label, QWidget *input,
                                  const QString &rule);
    /**
     * The label for issues under this page's pointers that no input shows (e.g. a missing
     * `root_volume` as a whole); subclasses put it in their layout.
     */
    FieldMessageLabel *pageMessage() const { return m_pageMessage; }
    /** Called after every change of the draft, once the bindings are up to date. */
    virtual void refreshFromDraft() { }

    static QVariant textOf(const std::optional<QString> &value);
    static std::optional<QString> textFrom(const QVariant &value);
    static QVariant numberOf(const std::optional<int> &value);
    static std::optional<int> numberFrom(const QVariant &value);

private:
    void onDraftChanged();
    void showUnplacedIssues();
    /** Names the fields whose errors are kept quiet, at the foot of the page. */
    void showStillNeeded();

    RequestDraft *m_draft;
    QStringList m_pointers;
    QList<FieldBinding *> m_bindings;
    QList<DraftTableEditor *> m_tableEditors;
    FieldMessageLabel *m_pageMessage;
    StillNeededNote *m_stillNeeded;
    QVBoxLayout *m_bodyLayout;
};
