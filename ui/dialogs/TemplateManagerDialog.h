#pragma once

#include "models/Template.h"
#include "ui/widgets/StatusLabel.h"

#include <QDialog>

#include <functional>

#include <optional>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class TemplateStore;
struct TemplateEntry;

/**
 * The template manager: the saved templates with a search filter; open, rename, duplicate,
 * delete (with undo), import from and export to any file. A broken file is listed as broken and
 * cannot be opened (only deleted); its error (path:line:column: message) is in its tooltip and,
 * once it is selected, in the status line, as are the warnings of an ok one (a secret that was
 * ignored). Importing a file with a secret says that the secret was left out.
 *
 * Opening a template emits templateChosen() and accepts the dialog; chosenTemplate() then holds it.
 * Widgets have object names for tests: "filterEdit", "templateList", "openButton",
 * "renameButton", "duplicateButton", "deleteButton", "undoButton", "importButton",
 * "exportButton", "statusLabel".
 */
class TemplateManagerDialog : public QDialog
{
    Q_OBJECT
public:
    /** `store` is not owned; the list follows its changed() signal. */
    explicit TemplateManagerDialog(TemplateStore *store, QWidget *parent = nullptr);
    ~TemplateManagerDialog() override;

    /** The template the operator opened, once the dialog was accepted. */
    const std::optional<Template> &chosenTemplate() const { return m_chosen; }

Q_SIGNALS:
    /**
     * The operator opened `value` (from the list); `warnings` are its file's, e.g. a secret that
     * was ignored ("path:line:column /pointer: message", one each).
     */
    void templateChosen(const Template &value, const QStringList &warnings);

private:
    void buildLayout();
    void refresh();
    void applyFilter();
    void updateButtons();
    void showStatus(const QString &message, bool isError);
    void showStatus(const QString &message, StatusLabel::Severity severity);
    /** Shows the selected entry's error or warnings in the status line (or clears them). */
    void showSelectedProblem();
    QListWidgetItem *selectedItem() const;
    QString selectedPath() const;
    bool selectedIsBroken() const;

    void openSelected();
    void renameSelected();
    void duplicateSelected();
    void removeSelected();
    void undoRemove();
    void importFile();
    void exportSelected();
    /**
     * Opens a window-modal file dialog without a nested event loop; `chosen` gets the file the
     * operator picked (nothing happens on cancel).
     */
    void askForFile(bool saving, const QString &caption, const QString &path, const QString &filter,
                    const std::function<void(const QString &)> &chosen);

    TemplateStore *m_store;
    std::optional<Template> m_chosen;
    QLineEdit *m_filterEdit = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    StatusLabel *m_statusLabel = nullptr;
    bool m_statusShowsSelection = false; ///< the status line shows the selected entry's problem
};
