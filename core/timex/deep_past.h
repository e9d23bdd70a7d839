// Dates of the deep past, read after the rules: round counts of years ago, which are
// approximate ("5,000 years ago"), and spans of years before Christ written with a hyphen,
// which are one range ("around 1200-1000 BC").
#pragma once

#include <string_view>
#include <vector>

#include "core/timex/timex.h"

namespace chronograph::core {

// "5,000 years ago", "some 3,500 years ago": a count of years of a thousand or more given to the
// hundred is a round figure, so APPROX; an APPROX count of a hundred years or more widens to the
// years it was rounded from, half the place of its last non-zero digit either side (5,000 years
// ago in 2019: 3481..2481 BC; some 3,500 years ago: 1531..1431 BC).
void approximate_round_ages(std::vector<Timex>& timexes);

// "around 1200-1000 BC", "1200–1000 BCE", "c. 800-700 BC": the two years of a hyphenated span
// before Christ (the first made BC by the span's end) are one expression from the first year to
// the last, APPROX after "around", "about", "c.", "ca." or "circa". Numbers the ids again.
void join_ranges_before_christ(std::string_view text, std::vector<Timex>& timexes);

}  // namespace chronograph::core
