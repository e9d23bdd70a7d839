// When an event happened (DESIGN.md "Dates"): an inclusive day interval whose ends may be
// open ("before 2021-12-04" has no start), its precision, the TIMEX3 value, and where it
// came from.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "core/common/interval.h"

namespace chronograph::graph {

enum class TimeSource { Explicit, Dct, Inferred, Override, None };
std::string_view to_string(TimeSource source);
std::optional<TimeSource> time_source_from_string(std::string_view text);

// The value of an event the text tells as going on at its article's date ("is recalling
// 362,000 cars"): no bound of its own, but its interval holds that day.
inline constexpr std::string_view kGoingOnValue = "PRESENT_REF";

struct EventTime {
  std::string value;                     // TIMEX3 value ("2021-12-07", "2021-06", "PRESENT_REF"); may be empty
  std::optional<date::sys_days> start;   // earliest day it can have started; nullopt = unbounded
  std::optional<date::sys_days> end;     // latest day it can have ended; nullopt = unbounded
  Precision precision = Precision::Unknown;
  TimeSource source = TimeSource::None;
  std::string mod;                       // TIMEX3 mod (START, MID, END, APPROX, BEFORE, ...) or empty
  bool known() const { return start.has_value() || end.has_value(); }
  bool closed() const { return start.has_value() && end.has_value(); }
  bool going_on() const { return value == kGoingOnValue; }
  friend bool operator==(const EventTime&, const EventTime&) = default;
};

}  // namespace chronograph::graph
