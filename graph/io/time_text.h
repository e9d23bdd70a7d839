// An event's time as the text outputs (listing, deps, why, check) show it:
//   "2021-12-07"              one day
//   "2021-06-01..2021-06-30"  a range
//   "2021-12-05.."            no later bound (after the DCT, say)
//   "..2021-12-03"            no earlier bound
//   "undated"                 nothing known
// and, of an event in a graph, "as of 2021-12-04": going on at its article's date
// (graph/model/going_on.h).
#pragma once

#include <string>

#include "graph/model/event_time.h"
#include "graph/model/graph_data.h"

namespace chronograph::graph {

std::string format_time_range(const EventTime& time);
std::string format_event_time(const GraphData& graph, const Event& event);

}  // namespace chronograph::graph
