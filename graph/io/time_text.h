// An event's time as the text outputs (listing, deps, why, check) show it:
//   "2021-12-07"              one day
//   "2021-06-01..2021-06-30"  a range
//   "2021-12-05.."            no later bound (after the DCT, say)
//   "..2021-12-03"            no earlier bound
//   "undated"                 nothing known
#pragma once

#include <string>

#include "graph/model/event_time.h"

namespace chronograph::graph {

std::string format_time_range(const EventTime& time);

}  // namespace chronograph::graph
