#include "models/ValidationIssue.h"

#include <algorithm>

ValidationIssues issuesUnder(const ValidationIssues &issues, const QString &pointer)
{
    if (pointer.isEmpty())
        return issues;
    ValidationIssues under;
    for (const ValidationIssue &issue : issues) {
        if (issue.pointer == pointer
            || (issue.pointer.startsWith(pointer)
                && issue.pointer.at(pointer.size()) == QLatin1Char('/'))) {
            under.append(issue);
        }
    }
    return under;
}

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValidationIssue &issue) { return issue.isError(); });
}

QString escapeJsonPointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}
