#pragma once

#include "ui/RegionCatalogue.h"

#include <QHash>
#include <QList>
#include <QWizardPage>

class ConnectionDraft;
class FieldBinding;
class FieldMessageLabel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * Page 1: where and how to connect. A region from the catalogue (or a custom endpoint, which also
 * overrides the catalogue's), the project ID and the login: a token, an IAM user and password, or
 * an AK/SK pair. Secrets stay in memory (ConnectionDraft). Complete when the connection has no
 * error; nothing here talks to the network.
 *
 * "Test connection" is for whoever owns the api layer to wire: call
 * setConnectionTestAvailable(true), connect testConnectionRequested(), and report with
 * showConnectionTestResult(); the button is hidden until then.
 */
class ConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    ConnectionPage(ConnectionDraft *connection, RegionCatalogue catalogue,
                   QWidget *parent = nullptr);

    ConnectionDraft *connectionDraft() const { return m_connection; }

    /** Shows the "Test connection" button (hidden until something can test). */
    void setConnectionTestAvailable(bool available);
    /** Disables the button while a test is running (so it never runs twice). */
    void setConnectionTestRunning(bool running);
    /** Shows the outcome of a test next to the button. */
    void showConnectionTestResult(bool ok, const QString &message);

    /** Puts `tools` (templates, connection profiles) above the form; the page takes it. */
    void addTools(QWidget *tools);

    bool isComplete() const override;

Q_SIGNALS:
    /** The operator asked to test the connection as it is now filled in. */
    void testConnectionRequested();

private:
    FieldMessageLabel *addRow(QFormLayout *form, const QString &label, QWidget *input,
                              const QString &rule);
    FieldBinding *bindText(QLineEdit *edit, FieldMessageLabel *message, const QString &pointer,
                           const std::function<QString()> &read,
                           const std::function<void(const QString &)> &write);
    void onRegionChosen();
    void onConnectionChanged();

    ConnectionDraft *m_connection;
    RegionCatalogue m_catalogue;
    QComboBox *m_regionCombo;
    QLabel *m_regionNote;
    QComboBox *m_loginKindCombo;
    QFormLayout *m_form = nullptr;
    /** The inputs of each login kind, in the order of m_loginKindCombo. */
    QList<QList<QWidget *>> m_loginInputs;
    QHash<QWidget *, int> m_rowOf; ///< the form row of each input
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QList<FieldBinding *> m_bindings;
};
