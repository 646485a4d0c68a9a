#pragma once

#include "models/ValidationIssue.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>

#include "ui/widgets/FieldMessageLabel.h"

class QWidget;

/**
 * Binds one input (QLineEdit, QComboBox, QSpinBox, QCheckBox) and its message label to a JSON
 * pointer of the model behind a page. Typing writes through `write` at once; pull() copies the
 * model's value back without echoing; showIssues() puts the validator's words under the input.
 *
 * The message label follows the input (FieldMessageLabel::followInput()): an empty input says
 * nothing until the user has edited it, left it or been sent to it with focusInput().
 *
 * Values travel as QVariant: a QString, an int or a bool; an invalid QVariant means "unset"
 * (an empty line edit or combo box, a spin box at its minimum when it has special value text).
 */
class FieldBinding : public QObject
{
    Q_OBJECT
public:
    using Reader = std::function<QVariant()>;
    using Writer = std::function<void(const QVariant &value)>;

    FieldBinding(QWidget *input, FieldMessageLabel *message, const QString &pointer, Reader read,
                 Writer write, QObject *parent = nullptr);

    QString pointer() const { return m_pointer; }
    QWidget *input() const { return m_input; }
    FieldMessageLabel *message() const { return m_message; }
    /** True once the operator has changed the input (a value put in by pull() does not count). */
    bool wasEdited() const { return m_hasPushed; }

    /** Copies the model's value into the input when it differs (no write back). */
    void pull();
    /** Shows `issues` under the input and as its accessible description. */
    void showIssues(const ValidationIssues &issues);
    /** Focuses the input for a user sent to it (e.g. from the review), its messages shown. */
    void focusInput();

private:
    void push();
    QVariant inputValue() const;
    void setInputValue(const QVariant &value);

    QPointer<QWidget> m_input;
    QPointer<FieldMessageLabel> m_message;
    QString m_pointer;
    Reader m_read;
    Writer m_write;
    bool m_pulling = false;
    bool m_pushing = false;
    bool m_hasPushed = false;
    QVariant m_lastPushed;
    QVariant m_readAfterPush;
};
