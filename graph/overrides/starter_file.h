// The starter overrides file `chronograph overrides init` writes: `chronograph: 1`, every
// event id of the graph with its title and date as comments, and a commented example of
// every kind of entry, using the graph's own ids where it has them. It parses as it is.
//
//   write_file_atomically("overrides.yaml", starter_overrides(graph, "chronograph overrides init a.txt"));
#pragma once

#include <string>
#include <string_view>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

// `made_by` is the command line that wrote it, quoted in the header comment.
std::string starter_overrides(const GraphData& graph, std::string_view made_by);

}  // namespace chronograph::graph
