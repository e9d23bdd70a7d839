// The opening stretch of a thing that a day dates: "the first hour of trading on Monday", "in
// the first hours of the rescue on Sunday" start on that day, not at the date the story was at
// before ("Its shares have fallen since January, and it lost a further 40 per cent in the first
// hour of trading on Monday": Monday's first hour, not January's).
#pragma once

#include <string_view>
#include <vector>

#include "core/timex/timex.h"

namespace chronograph::core {

// Moves the interval of each opening duration (rules first-hour and first-hours) to start on the
// day right after it behind "of" and a few words and then "on": "the first hour of trading on Monday".
void open_spans_on_their_days(std::string_view text, std::vector<Timex>& timexes);

}  // namespace chronograph::core
