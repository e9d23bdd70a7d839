// The day an event is told as going on: "Voltra Motors is recalling 362,000 cars", in an
// article dated 8 June, is going on on 8 June. The solver keeps its interval around that day
// and the timeline draws it there.
#pragma once

#include <optional>

#include <date/date.h>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

// The document date of the event's first mention, when its time is going on
// (EventTime::going_on) and that day lies within whatever bounds it has; nullopt otherwise.
std::optional<date::sys_days> day_going_on(const GraphData& graph, const Event& event);

// Where an event goes in time order: its own time, or, going on, the day it is going on.
EventTime placed_time(const GraphData& graph, const Event& event);

}  // namespace chronograph::graph
