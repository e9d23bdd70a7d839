// A title for an article that prints no headline: the opening words of its lead, after any
// dateline ("REDDING, Calif., Aug. 9, 2021 (AP) — The Dixie Fire, already the largest single
// wildfire in California history, grew ..." -> "The Dixie Fire, already the largest single
// wildfire in California history…"), so that a timeline is not titled by its file name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronograph::core {

// Empty when the text has no words. A first line that is only a date is skipped, and a
// sentence ends at each of `sentence_ends` too (Document::sentence_ends).
std::string lead_title(std::string_view text, const std::vector<std::size_t>& sentence_ends = {});

}  // namespace chronograph::core
