#pragma once

#include <QLabel>

/**
 * The line under a tool that says how the operator's last action went, or what is wrong with the
 * thing chosen: in the error colour for a failure and the warning colour for a remark (the colours
 * of FieldMessageLabel, readable on light and dark palettes), in the text colour otherwise. Its
 * accessible description carries the same words, so a screen reader says them too. Hidden while
 * it has nothing to say, when asked (setHiddenWhileEmpty()).
 */
class StatusLabel : public QLabel
{
    Q_OBJECT
public:
    enum class Severity { Info, Warning, Error };

    explicit StatusLabel(QWidget *parent = nullptr);

    /** Shows `message` with `severity`; an empty message clears the label. */
    void showMessage(const QString &message, Severity severity = Severity::Info);
    /** The severity of what is shown (Info when nothing is). */
    Severity severity() const { return m_severity; }
    /** Takes no room while empty (off by default, so that a dialog does not change size). */
    void setHiddenWhileEmpty(bool hidden);

private:
    Severity m_severity = Severity::Info;
    bool m_hiddenWhileEmpty = false;
};
