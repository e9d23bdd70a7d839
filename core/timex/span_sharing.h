// "between 3 a.m. and 5 a.m. on Sunday", "Nov. 22 and 23", "from March to May 2023", "the 15th to
// 17th centuries", "from 500 to 400 BC": two time expressions joined into a span (or a list)
// where only one writes the day, the month, the year, the unit or the era; the other shares it.
//
// Passes over the tagger's time expressions (TimexTagger::tag), in text order.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "core/timex/timex.h"

namespace chronograph::core {

// Whether a value names a date of the calendar: it starts with a digit (or a minus) and has no "X".
bool looks_resolved(const std::string& value);

// The words between two time expressions, trimmed.
std::string joint_between(std::string_view text, const Timex& first, const Timex& second);

// A time of day alone opening a span of two times goes on the day the second one names.
void share_day_with_span_end(std::string_view text, std::vector<Timex>& timexes);

// Adds the bare day numbers joined to a day of a month ("Nov. 22 and 23", "April 7-8") as days of
// that month, keeping `timexes` in text order and numbering their ids again.
void tag_days_sharing_a_month(std::string_view text, std::vector<Timex>& timexes);

// A month without its year opening a span whose end writes one is in that year (or the one before).
void share_year_with_span_end(std::string_view text, std::vector<Timex>& timexes, std::optional<date::sys_days> dct);

// Adds the ordinal opening a span of centuries written once at its end, numbering the ids again.
void tag_first_century_of_span(std::string_view text, std::vector<Timex>& timexes);

// The first year of a span whose end is before Christ is before Christ too; numbers the ids again.
void share_era_with_span_end(std::string_view text, std::vector<Timex>& timexes);

}  // namespace chronograph::core
