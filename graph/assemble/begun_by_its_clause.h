// An event the text dates only by its end, named by a noun whose relative clause tells what it
// has done since a time, began by then:
//
//   "..., ending a siege that had paralysed the town centre since Friday morning"
//                                  -> the siege: Friday .. the day it ended
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "graph/model/event.h"

namespace chronograph::graph {

// Starts each such event on the first day of its relative clause's event. `event_of` maps each
// mention to its event in `events`.
void begin_with_its_clause(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                           const std::map<std::size_t, std::size_t>& event_of);

}  // namespace chronograph::graph
