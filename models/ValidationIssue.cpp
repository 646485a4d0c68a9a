#include "models/ValidationIssue.h"

#include <algorithm>

bool isPointerAtOrBelow(const QString &pointer, const QString &ancestor)
{
    return pointer.startsWith(ancestor)
        && (pointer.size() == ancestor.size() || pointer.at(ancestor.size()) == QLatin1Char('/'));
}

ValidationIssues issuesUnder(const ValidationIssues &issues, const QString &pointer)
{
    if (pointer.isEmpty())
        return issues;
    ValidationIssues under;
    for (const ValidationIssue &issue : issues) {
        if (isPointerAtOrBelow(issue.pointer, pointer))
            under.append(issue);
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
