#include "sandbox/SandboxFaultPlan.h"

#include <QRegularExpression>

void SandboxFaultPlan::add(const SandboxFault &fault)
{
    m_faults.append(fault);
}

void SandboxFaultPlan::clear()
{
    m_faults.clear();
}

std::optional<SandboxFault> SandboxFaultPlan::takeAnswerFault(const QString &routeName,
                                                              const QString &path)
{
    return take(routeName, path, false);
}

bool SandboxFaultPlan::takeExpiredToken(const QString &routeName, const QString &path)
{
    return take(routeName, path, true).has_value();
}

std::optional<SandboxFault> SandboxFaultPlan::take(const QString &routeName, const QString &path,
                                                   bool expiredToken)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        if ((fault.kind == SandboxFault::Kind::ExpiredToken) != expiredToken)
            continue;
        if (!matches(fault, routeName, path))
            continue;
        const SandboxFault hit = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

bool SandboxFaultPlan::matches(const SandboxFault &fault, const QString &routeName,
                               const QString &path)
{
    if (fault.route.isEmpty() || fault.route == QLatin1String("*"))
        return true;
    if (fault.route.startsWith(QLatin1Char('/')) || fault.route.startsWith(QLatin1Char('^')))
        return QRegularExpression(fault.route).match(path).hasMatch();
    return fault.route.compare(routeName, Qt::CaseInsensitive) == 0;
}
