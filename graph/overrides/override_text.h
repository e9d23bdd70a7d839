// Small text helpers shared by the overrides parser and applier (not part of the public API).
#pragma once

#include <string>
#include <string_view>

#include "graph/overrides/overrides.h"

namespace chronograph::graph::detail {

// "Hold  a VIDEO-call." -> "hold a video call": ASCII lower-cased, ASCII punctuation and
// runs of spaces folded to one space, trimmed; non-ASCII bytes kept as they are.
std::string normalize_words(std::string_view text);

// True when the normalised `words` occur in the normalised `text` on word boundaries.
bool contains_words(const std::string& normalized_text, const std::string& normalized_words);

// "Joe Biden" -> "joe-biden"; never empty ("entity" when nothing is left).
std::string slugify(std::string_view text);

// "2021-12-07", "2021-12-07T14:30", "2021-12-01..2021-12-31", "after 2021-12-01", "an unknown date".
std::string describe_time(const EventTime& time);

// "o.yaml:12:5" for a span (path:line:col).
std::string where(const OverrideSpan& span);

}  // namespace chronograph::graph::detail
