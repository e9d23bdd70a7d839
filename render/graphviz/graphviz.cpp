#include "render/graphviz/graphviz.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "core/common/error.h"
#include "graph/model/going_on.h"
#include "render/text_metrics/text_metrics.h"
#include "render/timeline/time_text.h"

namespace chronograph::render {

namespace {

using graph::EdgeType;
using graph::Modality;

// Graphviz keeps global state (the plugin registry, error handler): one diagram at a time.
std::mutex graphviz_mutex;

constexpr std::array<std::string_view, 8> kLaneFills{"#dbe9f6", "#f8e0d2", "#d5efe6", "#f3e1ec",
                                                     "#fbeccc", "#ddeffa", "#eee4d3", "#e6e6e6"};

struct Style {
  std::string_view color, style;
};
Style edge_style(EdgeType type) {
  switch (type) {
    case EdgeType::Before: return {"#555555", "solid"};
    case EdgeType::Includes: return {"#555555", "dotted"};
    case EdgeType::Simultaneous: return {"#555555", "dashed"};
    case EdgeType::Causes: return {"#C0392B", "bold"};
    case EdgeType::Enables: return {"#E67E22", "dashed"};
    case EdgeType::RespondsTo: return {"#8E44AD", "solid"};
    case EdgeType::Reports: return {"#2980B9", "dotted"};
    case EdgeType::RefersTo: return {"#16A085", "dashed"};
    case EdgeType::PartOf: return {"#7F8C8D", "dashed"};
  }
  return {"#555555", "solid"};
}
// A link the solver set aside to resolve a conflict: grey, dotted, no arrow (as on the timeline).
constexpr Style kSetAsideStyle{"#9a9a9a", "dotted"};

// Undated events have no rank of their own: they share one cluster, laid out in rows across
// the ranks of the dated ones, instead of a tall column in the first rank of every lane that
// stretches each lane's box over the whole width (t59 #80). The timeline too lists them apart.
constexpr std::string_view kUndatedCluster = "Undated (not placed in time)";

std::string lane_of(const graph::Event& event, const graph::EventTime& placed,
                    const std::map<std::string, std::string>& names) {
  if (!placed.known()) return std::string(kUndatedCluster);
  if (!event.lane.empty()) return event.lane;
  if (event.actors.empty()) return "No actor named";
  const auto found = names.find(event.actors.front());
  return found == names.end() ? event.actors.front() : found->second;
}

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

// One Graphviz context for the whole process, never freed: Graphviz 2.42's pango plugin keeps
// a pointer into the context's font cache, so a second context after gvFreeContext reads
// freed memory (valgrind shows it). Used under graphviz_mutex.
GVC_t* graphviz_context() {
  static GVC_t* const context = gvContext();
  return context;
}

// cgraph's default ID discipline uses the address of each interned name as its ID and keeps
// subgraphs ordered by ID, so cluster order (in the .dot and in the layout) changed from run
// to run. This one numbers named objects in creation order: the same graph, the same bytes.
struct SequentialIds {
  Agraph_t* root = nullptr;
  std::map<std::pair<int, std::string>, IDTYPE> ids;
  std::map<IDTYPE, char*> names;  // interned with agstrdup: cgraph reads flags stored before them
  IDTYPE next_named = 2;  // named objects get even IDs, anonymous ones odd (as cgraph expects)
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* root, Agdisc_t*) {
  // cgraph owns this state through the discipline and hands it back to ids_close.
  auto* state = new SequentialIds();
  state->root = root;
  return state;
}
long ids_map(void* state, int type, char* name, IDTYPE* id, int create) {
  auto& ids = *static_cast<SequentialIds*>(state);
  if (!name) {
    *id = ids.next_anonymous;
    ids.next_anonymous += 2;
    return 1;
  }
  const auto key = std::make_pair(type, std::string(name));
  if (const auto found = ids.ids.find(key); found != ids.ids.end()) {
    *id = found->second;
    return 1;
  }
  if (!create) return 0;
  *id = ids.next_named;
  ids.next_named += 2;
  ids.ids.emplace(key, *id);
  ids.names.emplace(*id, agstrdup(ids.root, name));  // freed with the graph
  return 1;
}
long ids_alloc(void*, int, IDTYPE) { return 1; }
void ids_free(void*, int, IDTYPE) {}
char* ids_print(void* state, int, IDTYPE id) {
  auto& names = static_cast<SequentialIds*>(state)->names;
  const auto found = names.find(id);
  return found == names.end() ? nullptr : found->second;
}
void ids_close(void* state) { delete static_cast<SequentialIds*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t sequential_id_discipline{ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};
Agdisc_t discipline{&AgMemDisc, &sequential_id_discipline, &AgIoDisc};

// cgraph takes char*; it copies names and values.
Agraph_t* open_graph() {
  Agraph_t* g = agopen(const_cast<char*>("events"), Agdirected, &discipline);
  set(g, "rankdir", "LR");
  set(g, "fontname", std::string(kFontFamily));
  set(g, "nodesep", "0.25");
  set(g, "ranksep", "0.3");
  set(g, "newrank", "true");
  agattr(g, AGNODE, const_cast<char*>("fontname"), const_cast<char*>(std::string(kFontFamily).c_str()));
  agattr(g, AGNODE, const_cast<char*>("fontsize"), const_cast<char*>("11"));
  agattr(g, AGNODE, const_cast<char*>("shape"), const_cast<char*>("box"));
  agattr(g, AGEDGE, const_cast<char*>("fontname"), const_cast<char*>(std::string(kFontFamily).c_str()));
  agattr(g, AGEDGE, const_cast<char*>("fontsize"), const_cast<char*>("9"));
  return g;
}

// The title broken at spaces into lines of at most `limit` characters, each filled as far as
// it goes (a longer word is a line of its own).
std::vector<std::string> filled_lines(const std::string& title, std::size_t limit) {
  std::vector<std::string> lines;
  for (std::size_t begin = 0; begin < title.size();) {
    const std::size_t end = std::min(title.find(' ', begin), title.size());
    const std::string word = title.substr(begin, end - begin);
    if (!lines.empty() && lines.back().size() + 1 + word.size() <= limit) lines.back() += ' ' + word;
    else lines.push_back(word);
    begin = end + 1;
  }
  return lines;
}

// A title longer than `width` characters broken at spaces into as few lines as fit the width,
// of about even length (the narrowest limit that needs no more lines: "Pipeline near Peace /
// River does not have / significant leak", not a last line of one word), joined by Graphviz's
// own centred line break "\\n" (a raw newline would be written into the .dot): a rank is as
// wide as its widest box, and one long title on one line widens the whole diagram (t59 #80).
std::string wrapped(const std::string& title, std::size_t width) {
  if (title.size() <= width) return title;
  // (ends by the time `count` reaches the number of words: at the limit `width` every word
  // then fits on a line of its own, a word longer than the width alone on its line)
  for (std::size_t count = (title.size() + width - 1) / width;; ++count) {
    for (std::size_t limit = (title.size() + count - 1) / count; limit <= width; ++limit) {
      const auto lines = filled_lines(title, limit);
      if (lines.size() > count) continue;
      std::string out = lines.front();
      for (std::size_t k = 1; k < lines.size(); ++k) out += "\\n" + lines[k];
      return out;
    }
  }
}

// A title longer than this is split into lines of about even length: four or five words a line,
// which keeps boxes compact in the diagram's ranks and leaves short titles on one line.
constexpr std::size_t kTitleLineChars = 28;

void style_node(Agnode_t* node, const graph::Event& event, std::optional<date::sys_days> going_on,
                std::string_view fill) {
  std::string title = event.title.empty() ? event.id : event.title;
  std::string label = wrapped(title, kTitleLineChars) + "\\n" + describe_date(event.time, going_on);
  if (event.modality != Modality::Actual) label += fmt::format("\\n({})", to_string(event.modality));
  set(node, "label", label);
  set(node, "tooltip", describe_certainty(event.time, going_on.has_value()));
  std::string style = "rounded,filled", fillcolor(fill), color = "#555555";
  switch (event.modality) {
    case Modality::Actual: break;
    case Modality::Planned: style = "rounded,filled,bold"; fillcolor = "#ffffff"; break;
    case Modality::Possible: style = "rounded,filled,dashed"; break;
    case Modality::Hypothetical: style = "rounded,dotted"; break;
    case Modality::Negated: fillcolor = "#dddddd"; color = "#999999"; set(node, "fontcolor", "#777777"); break;
  }
  set(node, "style", style);
  set(node, "fillcolor", fillcolor);
  set(node, "color", color);
}

// The middle of the time, in days; a day's clock time or part of day ("10:52", "evening")
// places it inside the day, so that the events of one day rank in the order of their hours.
double mid_day(const graph::EventTime& time) {
  const double a = time.start ? time.start->time_since_epoch().count() : time.end->time_since_epoch().count();
  const double b = time.end ? time.end->time_since_epoch().count() : a;
  if (a == b) {
    if (const auto clock = clock_of(time)) return a + *clock;
    if (const auto part = part_of_day_of(time)) return a + (part->first + part->second) / 2;
  }
  return (a + b) / 2;
}

// The links between two events, drawn as one edge: Graphviz 2.42 (Debian 12) aborts laying out
// parallel edges that do not constrain the ranks, and one edge labelled "simultaneous, responds to"
// reads better than two on top of each other. Its labels are external ones (xlabel): dot frees
// memory twice laying out a labelled edge between nodes of one rank, which linked events often are.
void draw_links(Agraph_t* g, const graph::GraphData& data, const std::map<std::string, Agnode_t*>& nodes) {
  const std::set<std::string> set_aside = graph::set_aside_edges(data);
  std::map<std::pair<std::string, std::string>, std::vector<const graph::Edge*>> by_pair;
  std::vector<std::pair<std::string, std::string>> order;  // pairs in the order their first link comes
  for (const auto& edge : data.edges) {
    if (!nodes.count(edge.from) || !nodes.count(edge.to) || edge.from == edge.to) continue;
    const auto pair = std::minmax(edge.from, edge.to);
    auto& links = by_pair[{pair.first, pair.second}];
    if (links.empty()) order.emplace_back(pair.first, pair.second);
    links.push_back(&edge);
  }
  for (const auto& pair : order) {
    const auto& links = by_pair.at(pair);
    const graph::Edge& first = *links.front();
    std::string label, tooltip;
    bool all_aside = true, both_ways = false;
    for (const auto* edge : links) {
      const bool aside = set_aside.count(graph::edge_label(*edge)) > 0;
      all_aside = all_aside && aside;
      both_ways = both_ways || edge->from != first.from;
      std::string name(to_string(edge->type));
      std::replace(name.begin(), name.end(), '_', ' ');
      label += (label.empty() ? "" : ", ") + name + (aside ? " (set aside)" : "");
      std::string why = edge->evidence.cue;
      if (aside) why += (why.empty() ? "" : " \u2014 ") + std::string("set aside: the dates contradict it");
      if (!why.empty()) tooltip += (tooltip.empty() ? "" : "; ") + why;
    }
    const std::string key = fmt::format("{}-{}-{}", first.from, to_string(first.type), first.to);
    Agedge_t* e = agedge(g, nodes.at(first.from), nodes.at(first.to), const_cast<char*>(key.c_str()), 1);
    const auto style = all_aside ? kSetAsideStyle : edge_style(first.type);
    set(e, "xlabel", label);
    set(e, "color", std::string(style.color));
    set(e, "fontcolor", std::string(style.color));
    set(e, "style", std::string(style.style));
    set(e, "constraint", "false");
    if (both_ways) set(e, "dir", "both");
    else if ((first.type == EdgeType::Simultaneous && links.size() == 1) || all_aside) set(e, "arrowhead", "none");
    if (!tooltip.empty()) set(e, "tooltip", tooltip);
  }
}

// Events in order of their date (undated last, by id), so clusters read top to bottom like the
// timeline; `placed` holds each one's time as drawn (going-on events at their day).
std::vector<const graph::Event*> in_date_order(const graph::GraphData& data,
                                               std::map<const graph::Event*, graph::EventTime>& placed) {
  std::vector<const graph::Event*> order;
  for (const auto& event : data.events) {
    order.push_back(&event);
    placed.emplace(&event, graph::placed_time(data, event));
  }
  std::stable_sort(order.begin(), order.end(), [&](const graph::Event* a, const graph::Event* b) {
    const auto &p = placed.at(a), &q = placed.at(b);
    if (p.known() != q.known()) return p.known();
    if (!p.known()) return a->id < b->id;
    const double x = mid_day(p), y = mid_day(q);
    return x != y ? x < y : a->id < b->id;
  });
  return order;
}

// One node per event, inside its lane's cluster (made at the lane's first event).
std::map<std::string, Agnode_t*> add_nodes_in_lanes(Agraph_t* g, const graph::GraphData& data,
                                                    const std::vector<const graph::Event*>& order,
                                                    const std::map<const graph::Event*, graph::EventTime>& placed) {
  std::map<std::string, std::string> names;
  for (const auto& entity : data.entities) names.emplace(entity.id, entity.name.empty() ? entity.id : entity.name);
  std::map<std::string, Agraph_t*> clusters;
  std::map<std::string, Agnode_t*> nodes;
  for (const auto* event : order) {
    const std::string lane = lane_of(*event, placed.at(event), names);
    auto cluster = clusters.find(lane);
    if (cluster == clusters.end()) {
      const std::string name = fmt::format("cluster_{}", clusters.size());
      Agraph_t* sub = agsubg(g, const_cast<char*>(name.c_str()), 1);
      set(sub, "label", lane);
      set(sub, "style", "rounded");
      set(sub, "color", "#bbbbbb");
      set(sub, "fontname", std::string(kFontFamily));
      set(sub, "fontsize", "12");
      cluster = clusters.emplace(lane, sub).first;
    }
    Agnode_t* node = agnode(cluster->second, const_cast<char*>(event->id.c_str()), 1);
    style_node(node, *event, graph::day_going_on(data, *event), kLaneFills[(clusters.size() - 1) % kLaneFills.size()]);
    nodes.emplace(event->id, node);
  }
  return nodes;
}

// An invisible edge that puts `later` in a later rank than `earlier`; with a weight of 0 it
// pulls it no nearer, with 1 into the next rank.
void chain(Agraph_t* g, Agnode_t* earlier, Agnode_t* later, int weight) {
  Agedge_t* edge = agedge(g, earlier, later, nullptr, 1);
  set(edge, "style", "invis");
  set(edge, "weight", std::to_string(weight));
}

// Ranking by date: an invisible chain through the dated events in time order puts a later
// date in a later rank; the real edges then do not constrain the ranks (constraint=false),
// so a "before" pointing back in time cannot reorder the diagram. Every event of a time is
// chained from one of the time before it: an event left out of the chain would float to the
// first rank, out of order in its cluster (t59 #80). Returns the number of ranks they take.
std::size_t chain_dated_events(Agraph_t* g, const std::vector<const graph::Event*>& order,
                               const std::map<const graph::Event*, graph::EventTime>& placed,
                               const std::map<std::string, Agnode_t*>& nodes) {
  const graph::Event* earlier = nullptr;  // an event of the time before the current one
  const graph::Event* current = nullptr;  // the first event of the current time
  std::size_t ranks = 0;
  for (const auto* event : order) {
    if (!placed.at(event).known()) break;
    if (current && mid_day(placed.at(current)) < mid_day(placed.at(event))) earlier = current;
    if (!current || earlier == current) {
      current = event;
      ++ranks;
    }
    if (earlier) chain(g, nodes.at(earlier->id), nodes.at(event->id), 0);
  }
  return ranks;
}

// The undated events (last in `order`) in rows of one event a rank, as many ranks a row as
// the dated events take (at least about the square root of their number, so that a story
// with few dates gets a block, not a column): each event is chained from the one before it
// in its row and pulled into the next rank (left free, Graphviz moves the last of a row to an
// emptier rank), the first of a row from nothing, so it starts again in the first rank.
void lay_undated_in_rows(Agraph_t* g, const std::vector<const graph::Event*>& order,
                         const std::map<const graph::Event*, graph::EventTime>& placed,
                         const std::map<std::string, Agnode_t*>& nodes, std::size_t dated_ranks) {
  std::vector<Agnode_t*> undated;
  for (const auto* event : order)
    if (!placed.at(event).known()) undated.push_back(nodes.at(event->id));
  const auto square = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(undated.size()))));
  const std::size_t row = std::max(dated_ranks, square);
  for (std::size_t i = 1; i < undated.size(); ++i)
    if (i % row != 0) chain(g, undated[i - 1], undated[i], 1);
}

// Lays the graph out and writes it; closes it either way.
std::string lay_out_and_write(GVC_t* gvc, Agraph_t* g, std::string_view format) {
  if (gvLayout(gvc, g, "dot") != 0) {
    agclose(g);
    throw Error("graphviz could not lay out the event diagram; please report");
  }
  // "canon" writes the graph as built, without coordinates: users edit .dot files and run dot.
  const std::string renderer = format == "dot" ? "canon" : std::string(format);
  char* bytes = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(gvc, g, renderer.c_str(), &bytes, &length);
  std::string out;
  if (status == 0 && bytes) out.assign(bytes, length);
  if (bytes) gvFreeRenderData(bytes);
  gvFreeLayout(gvc, g);
  agclose(g);
  if (status != 0) throw Error(fmt::format("graphviz could not write {}; please report", format));
  return out;
}

std::string build_and_render(const graph::GraphData& data, std::string_view format) {
  std::map<const graph::Event*, graph::EventTime> placed;
  const auto order = in_date_order(data, placed);
  GVC_t* gvc = graphviz_context();
  Agraph_t* g = open_graph();
  const auto nodes = add_nodes_in_lanes(g, data, order, placed);
  lay_undated_in_rows(g, order, placed, nodes, chain_dated_events(g, order, placed, nodes));
  draw_links(g, data, nodes);
  if (data.events.empty()) {
    Agnode_t* note = agnode(g, const_cast<char*>("no-events"), 1);
    set(note, "label", "No events were found");
    set(note, "shape", "plaintext");
  }
  return lay_out_and_write(gvc, g, format);
}

}  // namespace

std::string render_graphviz(const graph::GraphData& graph, std::string_view format) {
  static constexpr std::array<std::string_view, 5> kFormats{"dot", "gv", "svg", "png", "pdf"};
  if (std::find(kFormats.begin(), kFormats.end(), format) == kFormats.end())
    throw UsageError(fmt::format("graphviz cannot write '{}'; use dot, svg, png or pdf", format));
  if (format == "gv") format = "dot";  // .gv is the other usual name of a .dot file
  const std::lock_guard lock(graphviz_mutex);
  return build_and_render(graph, format);
}

}  // namespace chronograph::render
