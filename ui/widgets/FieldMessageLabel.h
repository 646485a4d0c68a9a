#pragma once

#include "models/ValidationIssue.h"

#include <QLabel>
#include <QPointer>

#include <functional>

/**
 * The words under an input that say what is wrong with it: red for errors, amber for warnings,
 * hidden when there is nothing to say. The input's accessible description carries the same
 * messages (always: a screen reader reads them when the input gets focus).
 *
 * The one rule for when a field speaks (followInput()): an empty input the user has not had a go
 * at yet says nothing, so that a page does not open full of "is required". It speaks once it
 * holds a value, or once the user changed it, left it (Tab, Backtab, a click or a shortcut
 * elsewhere) or was sent to it (markTouched()). Next stays disabled meanwhile.
 */
class FieldMessageLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessageLabel(QWidget *parent = nullptr);

    /** Shows `issues` (one line each), or hides the label when there are none. */
    void setIssues(const ValidationIssues &issues);
    /** Shows free lines with a severity (used for table issues that carry a row prefix). */
    void setLines(QStringList lines, bool anyError);
    /** True when an error is shown. */
    bool showsError() const { return m_showsError; }

    /**
     * Speaks for `input` by the rule above; `isEmpty` says whether the input holds nothing.
     * Without this call the label speaks at once.
     */
    void followInput(QWidget *input, std::function<bool()> isEmpty);
    /** The user changed the input or was sent to it: speak from now on. */
    void markTouched();
    /** False while the rule keeps an empty, untouched input quiet. */
    bool speaks() const;
    /** True while an error is kept quiet by the rule (the page then names the field). */
    bool keepsErrorQuiet() const { return m_anyError && !m_lines.isEmpty() && !speaks(); }

    /** The colour used for errors and for warnings (readable on light and dark palettes). */
    static QColor errorColor(const QPalette &palette);
    static QColor warningColor(const QPalette &palette);

Q_SIGNALS:
    /** The label began to speak for its input (markTouched()). */
    void touched();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLines();

    QStringList m_lines;
    bool m_anyError = false;
    bool m_showsError = false;
    QPointer<QWidget> m_input;
    std::function<bool()> m_inputIsEmpty;
    bool m_touched = false;
};
