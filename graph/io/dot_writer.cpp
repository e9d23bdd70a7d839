#include "graph/io/dot_writer.h"

#include <fmt/format.h>

#include "graph/io/time_text.h"

namespace chronograph::graph {

namespace {

// A DOT double-quoted string: quotes and backslashes escaped, newlines as \n.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

std::string write_dot(const GraphData& graph) {
  std::string out =
      "digraph chronograph {\n"
      "  rankdir=LR;\n"
      "  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];\n"
      "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
  for (const auto& event : graph.events) {
    const std::string title = event.title.empty() ? event.id : event.title;
    std::string label = title + "\n" + format_event_time(graph, event);
    if (event.modality != Modality::Actual) label += " [" + std::string(to_string(event.modality)) + "]";
    out += fmt::format("  {} [label={}];\n", quoted(event.id), quoted(label));
  }
  for (const auto& edge : graph.edges) {
    std::string attributes = "label=" + quoted(to_string(edge.type));
    if (!is_temporal(edge.type)) attributes += ", style=dashed";
    if (edge.source != EdgeSource::Extracted) attributes += ", color=gray50, fontcolor=gray50";
    out += fmt::format("  {} -> {} [{}];\n", quoted(edge.from), quoted(edge.to), attributes);
  }
  out += "}\n";
  return out;
}

}  // namespace chronograph::graph
