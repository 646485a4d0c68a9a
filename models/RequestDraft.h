#pragma once

#include "models/CreateDesktopRequest.h"
#include "models/ValidationContext.h"
#include "models/ValidationIssue.h"
#include "models/Validator.h"

#include <QObject>

#include <functional>

/**
 * The one editable request behind the wizard: a QObject around CreateDesktopRequest and its
 * ValidationContext. Pages read it and change it through update(); after every change the request
 * is validated once and `changed()` is emitted, so every page sees the same issues.
 */
class RequestDraft : public QObject
{
    Q_OBJECT
public:
    explicit RequestDraft(QObject *parent = nullptr);
    /** A draft judged with `limits` instead of the built-in ones (e.g. a test's). */
    explicit RequestDraft(ApiLimits limits, QObject *parent = nullptr);

    const CreateDesktopRequest &request() const { return m_request; }
    const ValidationContext &context() const { return m_context; }
    /** Every issue of the current request (validated once per change). */
    const ValidationIssues &issues() const { return m_issues; }
    /** The limits the draft is validated with (for input ranges and word lists). */
    const ApiLimits &limits() const { return m_validator.limits(); }
    /** The issues at or below `pointer`. */
    ValidationIssues issuesUnder(const QString &pointer) const;

    /** Applies `change` to the request; revalidates and emits changed() if anything differs. */
    void update(const std::function<void(CreateDesktopRequest &)> &change);
    void setRequest(const CreateDesktopRequest &request);
    void setContext(const ValidationContext &context);

Q_SIGNALS:
    void changed();

private:
    void revalidate();

    Validator m_validator;
    CreateDesktopRequest m_request;
    ValidationContext m_context;
    ValidationIssues m_issues;
};
