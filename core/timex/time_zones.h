// Time zones of clock times: "3 p.m. EST" is 15:00 five hours behind UTC. The TIMEX3 value keeps
// the offset as ISO 8601 writes it ("2019-11-24T15:00-05:00"; "2026-02-12T06:00Z" for UTC and
// GMT), so a timeline can put times told in different zones in their true order; the day stays
// the one the text names. The TimeML writer leaves the offset out, as TBAQ's gold does ("5 p.m.
// EST Nov. 9" is 1989-11-09T17:00 there); core/common/utc_offset.h reads it.
//
//   "3 p.m. EST"        -> ...T15:00-05:00     "18:30 GMT", "0600 UTC" -> ...T18:30Z, ...T06:00Z
//   "noon ET" in July   -> ...T12:00-04:00 (US daylight time), in January -05:00
#pragma once

#include <vector>

#include "core/timex/timex.h"
#include "core/timex/timex_rules.h"

namespace chronograph::core {

// Appends the UTC offset of the zone its words name (a ZONE word, or a ZONEWORD before "time") to
// each clock time of `timexes`; one that names no zone, "local time", or is no clock time stays.
void add_zone_offsets(const TimexRuleSet& set, std::vector<Timex>& timexes);

}  // namespace chronograph::core
