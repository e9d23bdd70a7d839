#include "graph/io/graphml_writer.h"

#include <array>

#include <fmt/format.h>

namespace chronograph::graph {

namespace {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 forbids most control characters even when escaped.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') continue;
        out.push_back(c);
    }
  }
  return out;
}

struct Key {
  std::string_view id, domain, name, type;
};

constexpr std::array<Key, 16> kKeys{{
    {"n_title", "node", "title", "string"},         {"n_class", "node", "class", "string"},
    {"n_start", "node", "start", "string"},         {"n_end", "node", "end", "string"},
    {"n_precision", "node", "precision", "string"}, {"n_time_source", "node", "time_source", "string"},
    {"n_modality", "node", "modality", "string"},   {"n_tense", "node", "tense", "string"},
    {"n_actors", "node", "actors", "string"},       {"n_confidence", "node", "confidence", "double"},
    {"e_type", "edge", "type", "string"},           {"e_source", "edge", "source", "string"},
    {"e_doc", "edge", "doc", "string"},             {"e_sentence", "edge", "sentence", "int"},
    {"e_cue", "edge", "cue", "string"},             {"e_confidence", "edge", "confidence", "double"},
}};

void data(std::string& out, std::string_view key, std::string_view value) {
  out += fmt::format("      <data key=\"{}\">{}</data>\n", key, xml_escape(value));
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::string write_graphml(const GraphData& graph) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : kKeys)
    out += fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", key.id, key.domain,
                       key.name, key.type);
  out += "  <graph id=\"chronograph\" edgedefault=\"directed\">\n";
  for (const auto& event : graph.events) {
    out += fmt::format("    <node id=\"{}\">\n", xml_escape(event.id));
    data(out, "n_title", event.title);
    data(out, "n_class", event.event_class);
    data(out, "n_start", event.time.start ? format_iso_day(*event.time.start) : "");
    data(out, "n_end", event.time.end ? format_iso_day(*event.time.end) : "");
    data(out, "n_precision", to_string(event.time.precision));
    data(out, "n_time_source", to_string(event.time.source));
    data(out, "n_modality", to_string(event.modality));
    data(out, "n_tense", event.tense);
    data(out, "n_actors", join(event.actors));
    data(out, "n_confidence", fmt::format("{}", event.confidence));
    out += "    </node>\n";
  }
  for (std::size_t k = 0; k < graph.edges.size(); ++k) {
    const Edge& edge = graph.edges[k];
    out += fmt::format("    <edge id=\"e{}\" source=\"{}\" target=\"{}\">\n", k, xml_escape(edge.from),
                       xml_escape(edge.to));
    data(out, "e_type", to_string(edge.type));
    data(out, "e_source", to_string(edge.source));
    data(out, "e_doc", edge.evidence.doc);
    if (edge.evidence.sentence >= 0) data(out, "e_sentence", std::to_string(edge.evidence.sentence));
    data(out, "e_cue", edge.evidence.cue);
    data(out, "e_confidence", fmt::format("{}", edge.confidence));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace chronograph::graph
