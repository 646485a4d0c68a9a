#pragma once

// Small helpers the pages use to change nested optional parts of a request.

#include <optional>

namespace DraftEdits {

/**
 * Applies `change` to `part`, creating it when unset; a part left equal to a fresh one (nothing
 * set, nothing unknown kept) becomes unset again, so it is omitted from the body.
 */
template<typename Part, typename Change>
void editPart(std::optional<Part> &part, Change change)
{
    if (!part)
        part = Part();
    change(*part);
    if (*part == Part())
        part.reset();
}

/** The member of an optional part, or unset when the part is. */
template<typename Part, typename Value>
std::optional<Value> memberOf(const std::optional<Part> &part, std::optional<Value> Part::*member)
{
    if (!part)
        return std::nullopt;
    return (*part).*member;
}

} // namespace DraftEdits
