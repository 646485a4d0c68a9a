#pragma once

#include <QList>
#include <QString>

/** One problem found in a request, at a JSON pointer (RFC 6901) into its API body. */
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    QString pointer; ///< e.g. "/root_volume/size", "/desktops/3/user_name"; "" is the whole body
    Severity severity = Severity::Error;
    QString message; ///< translated; says what is wrong and what would be right

    bool isError() const { return severity == Severity::Error; }
};

using ValidationIssues = QList<ValidationIssue>;

/**
 * True when `pointer` is `ancestor` or below it: "/desktops" covers "/desktops/0/user_name" but
 * not "/desktops_extra"; "" (the whole body) covers every pointer.
 */
bool isPointerAtOrBelow(const QString &pointer, const QString &ancestor);
/** The issues at `pointer` or below it ("/desktops" covers "/desktops/0/user_name"). */
ValidationIssues issuesUnder(const ValidationIssues &issues, const QString &pointer);
/** One reference token of a JSON pointer, escaped as RFC 6901 says ("~" → "~0", "/" → "~1"). */
QString escapeJsonPointerToken(const QString &token);
/** True when any of `issues` is an error. */
bool hasErrors(const ValidationIssues &issues);
