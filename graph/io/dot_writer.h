// Graphviz DOT as plain text (no Graphviz library needed): one box per event labelled with
// its title and date, one arrow per edge labelled with its type; temporal edges solid,
// causal and discourse edges dashed; non-extracted edges (inferred, override) grey.
//
//   chronograph extract article.txt --format json > g.json ... write_dot(graph) | dot -Tsvg
#pragma once

#include <string>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

std::string write_dot(const GraphData& graph);

}  // namespace chronograph::graph
