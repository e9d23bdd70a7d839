// "Neither the mayor nor the governor attended": a subject opened by "neither" and closed by a
// conjunct after "nor" names two who did not do the thing. The parser hangs "neither" on the
// subject or, as often, on the verb; either way it stands before the subject's first word.
//
//   if (const auto second = nor_conjunct(tokens, parse, subject)) ...   // "governor"
#pragma once

#include <cstddef>
#include <optional>

#include "core/events/parse_view.h"

namespace chronograph::core {

// The conjunct after "nor" when `subject` opens "neither X nor Y"; nothing otherwise.
std::optional<std::size_t> nor_conjunct(const TokenizedText& text, const ParseView& parse, std::size_t subject);

}  // namespace chronograph::core
