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

    /**
     * Judges a request read from JSON. `readErrors` are the reader's (members of the wrong type,
     * left unset in `request`), with pointers into the body. The rules always run, so that a
     * type error hides no other problem; they count a reported member as given (a size of the
     * wrong type is still a size, not "neither desktops nor size"). The result is `readErrors`,
     * then the rules' issues except those at or below a pointer the reader already reported:
     * "is required" there would contradict "must be a whole number".
     * The one way reading and judging go together: the commands and the sandbox use it.
     */
    ValidationIssues validate(const CreateDesktopRequest &request, const ValidationContext &context,
                              const ValidationIssues &readErrors) const;

    const ApiLimits &limits() const { return m_limits; }

    /** The pointers the rules report at, one entry a rule, in table order ("*" = any index). */
    static QStringList rulePointers();

private:
    ApiLimits m_limits;
};
