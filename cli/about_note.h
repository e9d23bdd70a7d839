// What `--about NAME` tells the user when no event is about NAME: one note that names NAME,
// says whether the input had events at all, and what to type instead (the entity names closest
// to NAME, or the names the articles use most).
//
//   about_note(whole_graph, "Fedrer")
//     -> "no event is about 'Fedrer' (of 12 events found); did you mean 'Roger Federer'?"
#pragma once

#include <string>
#include <string_view>

#include "graph/model/graph_data.h"

namespace chronograph::cli {

// `graph` is the graph before --about filtered it.
std::string about_note(const graph::GraphData& graph, std::string_view name);

}  // namespace chronograph::cli
