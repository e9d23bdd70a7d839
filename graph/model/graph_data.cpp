#include "graph/model/graph_data.h"

namespace chronograph::graph {

std::set<std::string> set_aside_edges(const GraphData& graph) {
  std::set<std::string> labels;
  for (const auto& conflict : graph.conflicts) labels.insert(conflict.set_aside.begin(), conflict.set_aside.end());
  return labels;
}

}  // namespace chronograph::graph
