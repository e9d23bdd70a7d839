// Everything one run knows, as plain values: the content of the JSON interchange v1
// (DESIGN.md). Extraction fills it, overrides edit it, the solver tightens its times,
// the renderers read it. graph/event_graph.h puts a Boost.Graph view over it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/model/edge.h"
#include "graph/model/entity.h"
#include "graph/model/event.h"

namespace chronograph::graph {

struct DocumentInfo {
  std::string id, path, title;
  std::optional<date::sys_days> dct;
  friend bool operator==(const DocumentInfo&, const DocumentInfo&) = default;
};

struct Conflict {
  std::vector<std::string> edges;  // "from -type-> to" of each edge in the conflict
  std::string message;
  // edge_label() of each edge the solver set aside to go on (none when it set aside a date):
  // the timeline draws these apart, not as links that hold.
  std::vector<std::string> set_aside = {};
  friend bool operator==(const Conflict&, const Conflict&) = default;
};

// Time expressions are kept beside the events so a timeline can show what was found
// even before (or without) events; JSON: documents[].timexes.
struct TimexInfo {
  std::string doc, id;
  std::size_t begin = 0, end = 0;
  std::string text, type, value, mod, rule;
  std::optional<Interval> interval;
  std::string freq, quant;  // a SET's TimeML freq ("2X" for "twice a week") and quant ("EVERY"), or empty
  friend bool operator==(const TimexInfo&, const TimexInfo&) = default;
};

struct GraphData {
  std::vector<DocumentInfo> documents;
  std::vector<TimexInfo> timexes;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<Edge> edges;
  std::vector<Conflict> conflicts;
  friend bool operator==(const GraphData&, const GraphData&) = default;
};

// The edge_label() of every edge the solver set aside to resolve a conflict ("Bank's final
// meeting" simultaneous with its setting, dated a year apart): the renderers draw these grey and
// dotted, with no arrow; `check` lists them.
std::set<std::string> set_aside_edges(const GraphData& graph);

}  // namespace chronograph::graph
