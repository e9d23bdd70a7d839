// The event dependency diagram (issue 7) through Graphviz's cgraph + gvc: events ranked left
// to right by date, clustered by lane (the event's lane, else its first actor), nodes showing
// title and date, edges styled by type, modality shown by the node's outline.
//
//   std::string dot = render_graphviz(graph, "dot");   // also "svg", "png", "pdf"
//   write_file_atomically("graph.svg", render_graphviz(graph, "svg"));
#pragma once

#include <string>
#include <string_view>

#include "graph/model/graph_data.h"

namespace chronograph::render {

// Returns the file's bytes. Throws UsageError for a format other than dot (or gv), svg, png or pdf.
std::string render_graphviz(const graph::GraphData& graph, std::string_view format);

}  // namespace chronograph::render
