#include "models/RequestDraft.h"

#include <utility>

RequestDraft::RequestDraft(QObject *parent)
    : RequestDraft(ApiLimits::builtIn(), parent)
{
}

RequestDraft::RequestDraft(ApiLimits limits, QObject *parent)
    : QObject(parent)
    , m_validator(std::move(limits))
{
    revalidate();
}

ValidationIssues RequestDraft::issuesUnder(const QString &pointer) const
{
    return ::issuesUnder(m_issues, pointer);
}

void RequestDraft::update(const std::function<void(CreateDesktopRequest &)> &change)
{
    CreateDesktopRequest changed = m_request;
    change(changed);
    if (changed == m_request)
        return;
    m_request = changed;
    revalidate();
    Q_EMIT this->changed();
}

void RequestDraft::setRequest(const CreateDesktopRequest &request)
{
    if (request == m_request)
        return;
    m_request = request;
    revalidate();
    Q_EMIT changed();
}

void RequestDraft::setContext(const ValidationContext &context)
{
    if (context == m_context)
        return;
    m_context = context;
    revalidate();
    Q_EMIT changed();
}

void RequestDraft::revalidate()
{
    m_issues = m_validator.validate(m_request, m_context);
}
