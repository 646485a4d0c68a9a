#pragma once

#include "api/ApiError.h"

/**
 * When a read is tried again (API.md §6): 429, 5xx and connection errors, with exponential
 * back-off and jitter, honouring Retry-After, within a bound on attempts and total time. A create
 * is never retried: WorkspaceClient never asks this policy about one.
 */
struct RetryPolicy
{
    int maxAttempts = 4; ///< including the first; 1 means never retry
    int initialDelayMs = 500;
    int maxDelayMs = 8000;
    int maxTotalMs = 30000; ///< no retry starts after this much time since the first attempt
    double jitter = 0.25; ///< each delay varies by up to this fraction, up or down

    /** A policy that never retries. */
    static RetryPolicy none();

    /**
     * The delay before attempt `attempt + 1` after `error` (attempt counts from 1), or -1 when
     * there is to be no further attempt. `elapsedMs` is the time since the first attempt.
     */
    int delayBeforeRetry(const ApiError &error, int attempt, qint64 elapsedMs) const;

    /** The back-off of attempt `attempt` (from 1) without Retry-After: doubling, capped, jittered.
     */
    int backoffMs(int attempt) const;
};
