// Events across articles: two articles that tell of one happening ("Dock workers began a strike
// on May 6" and, a week later, "The strike, which began on May 6, ...") give two events of one
// kind and one stated date. They are one event: the later article's mentions and actors join
// the earlier's.
//
//   const auto into = same_events_across_documents(graph.events);   // after every article
//   // into[i] == i: event i stays; else it joins event into[i] (into[i] < i)
#pragma once

#include <cstddef>
#include <vector>

#include "graph/model/event.h"

namespace chronograph::graph {

// For each event, the index of the first earlier event of another document it is the same
// happening as (same lemma and modality, a stated date of the same days, actors in common or
// none named on one side, and a title whose words the other's include: "Strike" and "Dock
// workers begin strike"); its own index when there is none.
std::vector<std::size_t> same_events_across_documents(const std::vector<Event>& events);

}  // namespace chronograph::graph
