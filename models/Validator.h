#pragma once

#include "models/ApiLimits.h"
#include "models/CreateDesktopRequest.h"
#include "models/ValidationContext.h"
#include "models/ValidationIssue.h"

#include <QStringList>

/**
 * The one place that judges a request: every rule of API.md §3, with its limits from ApiLimits.
 * Serves the live wizard, the review page, `deskwiz validate`, the sandbox and the tests alike.
 */
class Validator
{
public:
    explicit Validator(ApiLimits limits = ApiLimits::builtIn());

    /** Every issue of `request` judged in `context`, in body order. */
    ValidationIssues validate(const CreateDesktopRequest &request,
                              const ValidationContext &context) const;

    const ApiLimits &limits() const { return m_limits; }

    /** The pointers the rules report at, one entry a rule, in table order ("*" = any index). */
    static QStringList rulePointers();

private:
    ApiLimits m_limits;
};
