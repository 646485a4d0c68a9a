#pragma once

#include <QDialog>

class ConnectionDraft;
class QCheckBox;
class QLineEdit;
class QPushButton;
class RequestDraft;
class StatusLabel;
class TemplateStore;

/**
 * "Save as template…": a name, a description and whether to leave out the per-run data (users
 * and desktop IPs); saves the drafts' request, context and connection minus secrets into a
 * TemplateStore. A name that is taken asks once for confirmation ("Replace") before the old
 * template is replaced; every error is shown in the dialog, which then stays open.
 *
 * Object names for tests: "templateNameEdit", "templateDescriptionEdit", "leaveOutUsersCheck",
 * "saveTemplateButton", "saveTemplateStatus".
 */
class SaveTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    /** None of the pointers is owned. */
    SaveTemplateDialog(RequestDraft *draft, ConnectionDraft *connection, TemplateStore *store,
                       QWidget *parent = nullptr);

Q_SIGNALS:
    /** The template was written to `path`. */
    void templateSaved(const QString &path);

private:
    void save();
    void showStatus(const QString &message, bool isError);

    RequestDraft *m_draft;
    ConnectionDraft *m_connection;
    TemplateStore *m_store;
    QLineEdit *m_nameEdit;
    QLineEdit *m_descriptionEdit;
    QCheckBox *m_leaveOutUsers;
    QPushButton *m_saveButton;
    StatusLabel *m_status;
    QString m_confirmedReplace; ///< the name the operator agreed to replace
};
