// Places every event as tightly as the text allows: its dates, its tense relative to the
// document date, its links and the user's overrides become a TemporalNetwork; the solution's
// bounds are written back into each EventTime (source `inferred` where they tighten an
// undated or tense-only event) and every contradiction becomes a Conflict naming its evidence.
#pragma once

#include <map>
#include <string>

#include "graph/model/graph_data.h"
#include "graph/solver/temporal_network.h"

namespace chronograph::graph {

struct SolveReport {
  std::map<std::string, EventBounds> bounds;  // by event id: the bounds and the chains that give them
  std::size_t constraints = 0;
};

// Edits graph.events[].time and appends to graph.conflicts.
SolveReport solve_graph(GraphData& graph);

}  // namespace chronograph::graph
