#pragma once

#include "ui/RegionCatalogue.h"

#include <QHash>
#include <QList>
#include <QWizardPage>

class BuiltInSandbox;
class ConnectionDraft;
class FieldBinding;
class FieldMessageLabel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class StillNeededNote;

/**
 * Page 1: where and how to connect. A region from the catalogue (or a custom endpoint, which also
 * overrides the catalogue's), the project ID and the login: a token, an IAM user and password, or
 * an AK/SK pair (with the security token of temporary credentials, when there is one). Secrets
 * stay in memory (ConnectionDraft). Complete when the connection has no
 * error; nothing here talks to the network. The region list may also offer the built-in sandbox
 * (offerBuiltInSandbox()), a simulator on this computer.
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

    /**
     * Puts `tools` (templates, connection profiles) above the form, first in the tab order as on
     * the screen; the page takes it.
     */
    void addTools(QWidget *tools);

    /**
     * Offers `sandbox` (not owned) in the region list, right after "Custom endpoint": choosing it
     * starts the sandbox if needed and fills the connection with its endpoint, project ID and
     * token. Choosing another region or editing the endpoint leaves it running but unused.
     */
    void offerBuiltInSandbox(BuiltInSandbox *sandbox);
    /**
     * Chooses the built-in sandbox now: starts it and fills the connection. False when it cannot
     * start (the region note says why). Needs offerBuiltInSandbox().
     */
    bool chooseBuiltInSandbox();
    /**
     * Chooses the built-in sandbox but starts it only once the page has been painted, so that it
     * never delays the first paint (first run). Choosing something else first cancels it.
     */
    void chooseBuiltInSandboxAfterFirstPaint();
    /** True while the built-in sandbox is the chosen connection (or about to be). */
    bool isBuiltInSandboxChosen() const { return m_sandboxChosen; }
    /** Chooses the catalogue region `regionId` and fills its endpoints; false when unknown. */
    bool chooseRegion(const QString &regionId);

    /** True once the operator has typed into any of the page's fields. */
    bool hasTypedInput() const;

    bool isComplete() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

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
    void leaveBuiltInSandbox();
    void showRegionNote();
    /** Tab goes from each of `inputs` to the next. */
    void chainTabOrder(const QList<QWidget *> &inputs);
    /** Names the inputs whose errors are kept quiet, at the foot of the page. */
    void showStillNeeded();

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
    StillNeededNote *m_stillNeeded;
    QList<FieldBinding *> m_bindings;
    QList<QWidget *> m_tabChain; ///< the page's inputs in tab order, top to bottom
    BuiltInSandbox *m_sandbox = nullptr;
    int m_sandboxIndex = -1; ///< the sandbox's entry in m_regionCombo
    bool m_sandboxChosen = false;
    bool m_sandboxStartPending = false; ///< chosen, to be started after the first paint
    QString m_sandboxError;
};
