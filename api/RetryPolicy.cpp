#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <cmath>

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

int RetryPolicy::delayBeforeRetry(const ApiError &error, int attempt, qint64 elapsedMs) const
{
    if (attempt >= maxAttempts || !error.isTransient())
        return -1;
    int delay = backoffMs(attempt);
    if (error.retryAfterMs() >= 0)
        delay = qMax(delay, error.retryAfterMs());
    if (elapsedMs + delay > maxTotalMs)
        return -1;
    return delay;
}

int RetryPolicy::backoffMs(int attempt) const
{
    const double base = qMin<double>(maxDelayMs, initialDelayMs * std::pow(2.0, attempt - 1));
    const double spread = base * qBound(0.0, jitter, 1.0);
    const double jittered =
        base - spread + QRandomGenerator::global()->generateDouble() * 2 * spread;
    return qMax(0, int(std::lround(jittered)));
}
