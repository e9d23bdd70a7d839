// GraphML (http://graphml.graphdrawing.org/) for Gephi, yEd, Cytoscape and NetworkX: every
// attribute is declared as a <key> with its type, node ids are event ids, edge ids "e0", "e1", ...
// in the graph's edge order. Dates are ISO days as strings (GraphML has no date type), empty
// when unknown.
//
//   write_file_atomically("graph.graphml", write_graphml(graph));
//   networkx.read_graphml("graph.graphml")   # nodes with title, start, end, ...; edges with type, cue, ...
#pragma once

#include <string>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

std::string write_graphml(const GraphData& graph);

}  // namespace chronograph::graph
