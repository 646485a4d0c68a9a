#include "sandbox/SandboxFault.h"

#include <array>
#include <utility>

namespace {

const std::array<std::pair<SandboxFault::Kind, const char *>, 6> kKindNames {{
    {SandboxFault::Kind::Throttle, "throttle"},
    {SandboxFault::Kind::ServerError, "server-error"},
    {SandboxFault::Kind::Slow, "slow"},
    {SandboxFault::Kind::NeverAnswer, "never-answer"},
    {SandboxFault::Kind::MalformedBody, "malformed-body"},
    {SandboxFault::Kind::ExpiredToken, "expired-token"},
}};

} // namespace

QString SandboxFault::kindName(Kind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.first == kind)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

std::optional<SandboxFault::Kind> SandboxFault::parseKind(const QString &name)
{
    for (const auto &entry : kKindNames) {
        if (name.compare(QLatin1String(entry.second), Qt::CaseInsensitive) == 0)
            return entry.first;
    }
    return std::nullopt;
}
