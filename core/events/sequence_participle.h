// "will host a ceremonial welcome, followed by a carriage procession", "a reception preceded by
// speeches": a participle of sequence only orders what it hangs on and its "by" phrase. It is no
// event of its own (core/links/cues.txt links the two), and its agent stands as the event it
// hangs on does: a procession after a welcome still to come is still to come.
//
//   if (const auto host = sequence_host(tokens, parse, procession)) ...   // "welcome"
#pragma once

#include <cstddef>
#include <optional>

#include "core/events/parse_view.h"

namespace chronograph::core {

// Whether `verb` is "followed" or "preceded" as a bare participle (no auxiliary or subject of
// its own) with a "by" phrase.
bool sequence_participle(const TokenizedText& text, const ParseView& parse, std::size_t verb);

// The word the sequence participle over `agent` hangs on, when `agent` is its "by" phrase.
std::optional<std::size_t> sequence_host(const TokenizedText& text, const ParseView& parse, std::size_t agent);

}  // namespace chronograph::core
