// Entities across articles: a one-word name in one article ("Mendes", "Veltra") and the one
// full name it stands for in another ("Carla Mendes", "Veltra Semiconductor") are one entity.
// A person's short name is the last or first word of the full name, a firm's its first word;
// places and groups keep their own. Within one article EntityFinder already did this.
//
//   merge_short_names(graph);   // after every article was added; events' actors follow
#pragma once

#include "graph/model/graph_data.h"

namespace chronograph::graph {

void merge_short_names(GraphData& graph);

}  // namespace chronograph::graph
