#pragma once

#include "models/ValidationIssue.h"

#include <QLabel>

/**
 * The words under an input that say what is wrong with it: red for errors, amber for warnings,
 * hidden when there is nothing to say. Its text is also the input's accessible description.
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

    /** The colour used for errors and for warnings (readable on light and dark palettes). */
    static QColor errorColor(const QPalette &palette);
    static QColor warningColor(const QPalette &palette);

private:
    bool m_showsError = false;
};
