// A school or academic year written across two years: "the 2024-25 academic year", "the 2019/20
// school year" is September of the first year to August of the second, the year of the schools
// and universities that write it so (Britain's, America's, most of Europe's), not the fifteen
// months April to June that a year across the year end gets where nothing says what it is of.
//
//   "fees rose in the 2019/20 school year"           -> "2019", 2019-09-01..2020-08-31
//   "closes at the end of the 2024-25 academic year"  -> "2024", 2024-09-01..2025-08-31
#pragma once

#include <vector>

#include "core/timex/timex.h"

namespace chronograph::core {

// Moves the interval of each school or academic year in `timexes` written across two years (a
// whole year, no mod) onto September to August.
void place_school_years(std::vector<Timex>& timexes);

}  // namespace chronograph::core
