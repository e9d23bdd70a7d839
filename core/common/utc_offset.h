// The UTC offset a TIMEX3 clock value may end with, as ISO 8601 writes it: "2019-11-24T15:00-05:00"
// (five hours behind UTC), "2026-02-12T06:00Z" (UTC). core/timex/time_zones.h writes them; the
// TimeML writer leaves them out and the timeline reads them to put times of different zones in order.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronograph {

// The value without its offset: "2019-11-24T15:00-05:00" -> "2019-11-24T15:00"; any other value as it is.
std::string without_utc_offset(std::string_view value);

// The minutes east of UTC the value's offset says ("-05:00" -> -300, "Z" -> 0), nothing without one.
std::optional<int> utc_offset_minutes(std::string_view value);

}  // namespace chronograph
