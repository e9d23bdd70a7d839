// A company's fiscal year, where its text says when the year ends: "fiscal 2025" is then the
// twelve months to that end in 2025, not the calendar year, and its fiscal quarters and halves
// count from the year's start. A fiscal year's TimeML value stays the rules' ("2025"); a fiscal
// quarter or half is written as TimeBank does, the company's number in the calendar year the
// part ends in (a first quarter to Sept. 30, 2025 is "2025-Q1").
//
//   "Its fiscal year ends in June. Profit for fiscal 2025 rose"   -> 2024-07-01..2025-06-30
//   "fiscal 2026, which began on July 1"                          -> 2025-07-01..2026-06-30
//   "the fiscal fourth quarter, the three months to June 30", DCT 2025-08-14
//                                                                 -> 2025-04-01..2025-06-30, "2025-Q4"
//   "the second half of fiscal 2026" (year to June)              -> 2026-01-01..2026-06-30
//
// A year ending in January to March is named after its first year by some companies (Japan's,
// many retailers') and after its last by others: "fiscal 2024" is then the span of both readings.
#pragma once

#include <date/date.h>

#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "core/timex/timex.h"

namespace chronograph::core {

// The month the fiscal year ends in, from the first thing the text says of it: "fiscal year
// ends in June", "the fiscal year ended Sept. 30", "fiscal 2026, which began on July 1", "the
// fiscal fourth quarter, which ended June 30". Nothing when the text does not say.
std::optional<date::month> fiscal_year_end(std::string_view text, const std::vector<Timex>& timexes);

// Moves the intervals of the fiscal years, quarters and halves in `timexes` (those whose words
// say "fiscal") onto the fiscal calendar the text gives; where it gives none, a fiscal year
// written across two years ("the 2025-26 financial year") runs April to March. `told_ahead` holds where the timexes of
// a future clause begin: "will report results for its fiscal first quarter", said in that
// quarter, means the quarter under way, not the one a year before.
void place_fiscal_periods(std::string_view text, std::vector<Timex>& timexes, std::optional<date::sys_days> dct,
                          const std::set<std::size_t>& told_ahead = {});

}  // namespace chronograph::core
