#pragma once

#include "sandbox/SandboxFault.h"

#include <QList>

#include <optional>

/** The faults waiting to be played, in the order they were injected; counts down as they hit. */
class SandboxFaultPlan
{
public:
    void add(const SandboxFault &fault);
    void clear();
    int pendingCount() const { return int(m_faults.size()); }

    /**
     * The first waiting fault of a kind other than ExpiredToken that matches the call (route
     * name and path), consumed; nullopt when none does.
     */
    std::optional<SandboxFault> takeAnswerFault(const QString &routeName, const QString &path);
    /** True (and consumed) when an ExpiredToken fault matches the call. */
    bool takeExpiredToken(const QString &routeName, const QString &path);

private:
    std::optional<SandboxFault> take(const QString &routeName, const QString &path,
                                     bool expiredToken);
    static bool matches(const SandboxFault &fault, const QString &routeName, const QString &path);

    QList<SandboxFault> m_faults;
};
