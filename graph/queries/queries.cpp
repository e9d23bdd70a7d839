#include "graph/queries/queries.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "graph/io/time_text.h"
#include "graph/model/going_on.h"

namespace chronograph::graph {

namespace {

std::string event_summary(const GraphData& data, const Event& event) {
  std::string line = fmt::format("{}  {}", format_event_time(data, event), event.title.empty() ? event.trigger : event.title);
  if (event.modality != Modality::Actual) line += fmt::format("  [{}]", to_string(event.modality));
  return line;
}

// The edge with `event` first: "a -causes-> b" when it starts at event, "a <-causes- b" when it ends there.
std::string edge_from_side(const Edge& edge, const std::string& event) {
  if (edge.from == event) return fmt::format("{} -{}-> {}", edge.from, to_string(edge.type), edge.to);
  return fmt::format("{} <-{}- {}", edge.to, to_string(edge.type), edge.from);
}

std::string confidence_text(double confidence) { return fmt::format("confidence {:.2f}", confidence); }

const char* plural(std::size_t n, const char* one, const char* many) { return n == 1 ? one : many; }

std::optional<date::sys_days> dct_of(const GraphData& data, const std::string& doc) {
  for (const auto& document : data.documents)
    if (document.id == doc) return document.dct;
  return std::nullopt;
}

// The time expression that most likely anchors the event: same document, same value, nearest.
const TimexInfo* anchoring_timex(const GraphData& data, const Event& event) {
  const TimexInfo* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& mention : event.mentions)
    for (const auto& timex : data.timexes) {
      if (timex.doc != mention.doc || timex.value != event.time.value) continue;
      const std::size_t distance = timex.begin > mention.begin ? timex.begin - mention.begin : mention.begin - timex.begin;
      if (!best || distance < best_distance) {
        best = &timex;
        best_distance = distance;
      }
    }
  return best;
}

std::string date_explanation(const EventGraph& graph, const Event& event) {
  const GraphData& data = graph.data();
  const EventTime& time = event.time;
  std::string out = fmt::format("  date: {} ({}, {})\n", format_event_time(data, event), to_string(time.precision),
                                time.source == TimeSource::None ? "no source" : to_string(time.source));
  const std::string doc = event.mentions.empty() ? std::string() : event.mentions.front().doc;
  const auto dct = dct_of(data, doc);
  switch (time.source) {
    case TimeSource::Explicit:
      if (const TimexInfo* timex = time.value.empty() ? nullptr : anchoring_timex(data, event)) {
        out += fmt::format("    from the time expression \"{}\" ({} in {}, bytes {}..{}): value {}", timex->text,
                           timex->id, timex->doc, timex->begin, timex->end, timex->value);
        if (!timex->mod.empty()) out += fmt::format(", mod {}", timex->mod);
        out += fmt::format(", rule {}\n", timex->rule.empty() ? "unknown" : timex->rule);
      } else if (!time.value.empty()) {
        out += fmt::format("    from a time expression with value {}\n", time.value);
      } else {
        out += "    bounded by a date in the text\n";
      }
      break;
    case TimeSource::Dct:
      out += fmt::format("    {} the document date {} (its tense: {}{})\n",
                         time.going_on() ? "going on at" : "placed relative to", dct ? format_iso_day(*dct) : "(none)",
                         event.tense, event.aspect == "NONE" ? "" : ", " + event.aspect);
      break;
    case TimeSource::Inferred:
      out += "    inferred from its links to dated events (below)\n";
      break;
    case TimeSource::Override:
      out += time.value.empty() ? "    set by the overrides file\n"
                                : fmt::format("    set by the overrides file (value {})\n", time.value);
      break;
    case TimeSource::None:
      out += "    no time expression, tense or link places it\n";
      break;
  }
  if (!time.mod.empty()) out += fmt::format("    mod {}\n", time.mod);
  return out;
}

std::string bounds_explanation(const EventBounds& bounds) {
  std::string out = "  solver bounds:\n";
  const auto side = [&](const char* name, const VariableBound& bound) {
    out += fmt::format("    {}: {}\n", name, bound.day ? format_iso_day(*bound.day) : "unbounded");
    for (const auto& label : bound.chain) out += fmt::format("      because {}\n", label);
  };
  side("earliest start", bounds.earliest_start);
  side("latest end", bounds.latest_end);
  return out;
}

// The last day an event can fall on: its end; or, for one day or a time of day with no end
// ("Thursday night", 2026-02-12TNI, may run into Friday morning), the day after its start.
std::optional<date::sys_days> latest_day(const EventTime& time) {
  if (time.end) return time.end;
  if (time.start && (time.precision == Precision::Day || time.precision == Precision::Instant))
    return *time.start + date::days{1};
  return std::nullopt;
}

// Why the event's date cannot be right, or "" when nothing says it is wrong:
//   an interval that ends before it starts              2026-02-12..2026-02-11
//   a done event (actual, past tense) after the article  "revenue rose" in 2027-Q1, DCT 2026-11-04
//   a planned event over before the article             "a storm will dump snow" on 2026-02-05, DCT 2026-02-10
std::string misdating(const Event& event, const std::optional<date::sys_days>& dct) {
  const EventTime& time = event.time;
  if (time.start && time.end && *time.end < *time.start) return "ends before it starts";
  if (!dct) return {};
  // Whatever told it (a past- or present-tense verb, a noun, a merge: t60 #64), a fact cannot
  // start after the article was written; a future tense told it as to come, as its date does.
  if (event.modality == Modality::Actual && event.tense != "FUTURE" && time.start && *time.start > *dct)
    return event.tense == "PAST" ? "told as done (past tense) but starts after the document date"
                                 : "told as happened but starts after the document date";
  if (event.modality == Modality::Planned)
    if (const auto last = latest_day(time); last && *last < *dct) return "planned but over before the document date";
  return {};
}

}  // namespace

std::string evidence_text(const Edge& edge) {
  std::vector<std::string> parts;
  if (edge.gap) parts.push_back(describe(*edge.gap) + " apart");
  if (!edge.evidence.cue.empty()) parts.push_back(fmt::format("cue \"{}\"", edge.evidence.cue));
  if (!edge.evidence.doc.empty())
    parts.push_back(edge.evidence.sentence >= 0 ? fmt::format("{}:{}", edge.evidence.doc, edge.evidence.sentence)
                                                : edge.evidence.doc);
  if (edge.source != EdgeSource::Extracted) parts.emplace_back(to_string(edge.source));
  // Only when it shows below 1.00: "confidence 1.00" on a 0.999 edge would read as a contradiction.
  if (edge.confidence < 0.995) parts.push_back(confidence_text(edge.confidence));
  if (parts.empty()) return {};
  return fmt::format("({})", fmt::join(parts, ", "));
}

std::string deps_text(const EventGraph& graph, const std::string& id, const DepsOptions& options) {
  const GraphData& data = graph.data();
  const std::size_t root = graph.require(id);
  const DependencyTree tree = graph.dependencies(root, options.direction, options.depth, options.types);
  std::string out;
  for (const DependencyNode& node : tree) {
    const Event& event = data.events[node.event];
    std::string line(static_cast<std::size_t>(node.depth) * 2, ' ');
    if (!node.edge) {
      line += event.id;
    } else {
      line += edge_from_side(data.edges[*node.edge], event.id);
    }
    line += "  " + event_summary(data, event);
    if (node.edge)
      if (const std::string evidence = evidence_text(data.edges[*node.edge]); !evidence.empty()) line += "  " + evidence;
    out += line + "\n";
  }
  if (tree.size() == 1) {
    const std::string direction = options.direction == Direction::Up ? "depends on nothing" : "nothing depends on it";
    out += fmt::format("  ({} {} through {})\n", id, direction,
                       options.types.empty() ? std::string("any edge")
                                             : [&] {
                                                 std::vector<std::string> names;
                                                 for (const auto type : options.types) names.emplace_back(to_string(type));
                                                 return fmt::format("{} edges", fmt::join(names, "/"));
                                               }());
  }
  return out;
}

std::string why_text(const EventGraph& graph, const std::string& id, const EventBounds* bounds) {
  const GraphData& data = graph.data();
  const Event& event = data.events[graph.require(id)];
  std::string out = fmt::format("{}  {}\n", event.id, event.title.empty() ? event.trigger : event.title);
  out += date_explanation(graph, event);
  const std::string doc = event.mentions.empty() ? std::string() : event.mentions.front().doc;
  const auto dct = dct_of(data, doc);
  out += fmt::format("  tense {}, aspect {}, polarity {}, modality {}; document date {}\n", event.tense, event.aspect,
                     event.polarity, to_string(event.modality), dct ? format_iso_day(*dct) : "none");
  if (bounds) out += bounds_explanation(*bounds);
  for (const auto& mention : event.mentions) {
    out += fmt::format("  mention: {}:{} \"{}\" (bytes {}..{})\n", mention.doc, mention.sentence, mention.text,
                       mention.begin, mention.end);
    if (!mention.sentence_text.empty()) out += fmt::format("    {}\n", mention.sentence_text);
  }
  const auto index = *graph.find(id);
  std::vector<std::size_t> edges = graph.out_edges(index);
  const std::vector<std::size_t> incoming = graph.in_edges(index);
  edges.insert(edges.end(), incoming.begin(), incoming.end());
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  out += fmt::format("  edges ({}):\n", edges.size());
  for (const std::size_t k : edges) {
    const Edge& edge = data.edges[k];
    const std::string& other_id = edge.from == event.id ? edge.to : edge.from;
    const Event& other = data.events[*graph.find(other_id)];
    std::string line = fmt::format("    {}  {}  {}", edge_from_side(edge, event.id), format_event_time(data, other),
                                   other.title.empty() ? other.trigger : other.title);
    if (const std::string evidence = evidence_text(edge); !evidence.empty()) line += "  " + evidence;
    out += line + "\n";
  }
  return out;
}

namespace {

// Each section of `check` appends its lines to `out` and returns how many problems it found.

std::size_t list_conflicts(const GraphData& data, std::string& out) {
  out += fmt::format("conflicts: {}\n", data.conflicts.size());
  for (const auto& conflict : data.conflicts) {
    out += fmt::format("  {}\n", conflict.message);
    for (const auto& edge : conflict.edges) out += fmt::format("    {}\n", edge);
  }
  return data.conflicts.size();
}

std::size_t list_cycles(const EventGraph& graph, std::string& out) {
  const GraphData& data = graph.data();
  const auto cycles = graph.cycles_in_before();
  out += fmt::format("cycles in before: {}\n", cycles.size());
  for (const auto& cycle : cycles) {
    std::string line = "  " + data.edges[cycle.edges.front()].from;
    for (const std::size_t k : cycle.edges) line += " -before-> " + data.edges[k].to;
    if (cycle.component_size > cycle.edges.size())
      line += fmt::format("  ({} events are tangled in this cycle)", cycle.component_size);
    out += line + "\n";
    for (const std::size_t k : cycle.edges)
      if (const std::string evidence = evidence_text(data.edges[k]); !evidence.empty())
        out += fmt::format("    {}  {}\n", edge_label(data.edges[k]), evidence);
  }
  return cycles.size();
}

std::size_t list_misdated(const GraphData& data, std::string& out) {
  std::size_t misdated = 0;
  std::string lines;
  for (const auto& event : data.events) {
    const auto dct = event.mentions.empty() ? std::nullopt : dct_of(data, event.mentions.front().doc);
    const std::string why = misdating(event, dct);
    if (why.empty()) continue;
    ++misdated;
    lines += fmt::format("  {}  {}  {} (document date {})\n", event.id, format_time_range(event.time), why,
                         dct ? format_iso_day(*dct) : "none");
  }
  out += fmt::format("dates against the document date: {}\n{}", misdated, lines);
  return misdated;
}

// A reason edge (causes, enables, responds_to) from an event the text says did not happen, or
// from a hypothetical one to an actual one: the text cannot make something real follow from it.
bool cause_from_unreal(const EventGraph& graph, const Edge& edge) {
  if (edge.type != EdgeType::Causes && edge.type != EdgeType::Enables && edge.type != EdgeType::RespondsTo) return false;
  const GraphData& data = graph.data();
  const Event& from = data.events[*graph.find(edge.from)];
  if (from.modality == Modality::Negated || from.polarity == "NEG") return true;
  return from.modality == Modality::Hypothetical && data.events[*graph.find(edge.to)].modality == Modality::Actual;
}

std::size_t list_unreal_causes(const EventGraph& graph, std::string& out) {
  std::string lines;
  std::size_t found = 0;
  for (const Edge& edge : graph.data().edges) {
    if (!cause_from_unreal(graph, edge)) continue;
    ++found;
    const Event& from = graph.data().events[*graph.find(edge.from)];
    lines += fmt::format("  {}  (the source is {})\n", edge_label(edge),
                         from.modality == Modality::Negated || from.polarity == "NEG" ? "negated" : "hypothetical");
    if (const std::string evidence = evidence_text(edge); !evidence.empty()) lines += fmt::format("    {}\n", evidence);
  }
  out += fmt::format("causal links from events that did not happen: {}\n{}", found, lines);
  return found;
}

std::size_t list_undated(const GraphData& data, std::string& out) {
  std::vector<const Event*> undated;
  for (const auto& event : data.events)
    if (!event.time.known() && !day_going_on(data, event)) undated.push_back(&event);
  out += fmt::format("events with no date: {}\n", undated.size());
  for (const Event* event : undated) out += fmt::format("  {}  {}\n", event->id, event->title);
  return undated.size();
}

std::size_t list_lines(const char* title, const std::vector<std::string>& lines, std::string& out) {
  out += fmt::format("{}: {}\n", title, lines.size());
  for (const auto& line : lines) out += fmt::format("  {}\n", line);
  return lines.size();
}

std::string summary_line(const CheckResult& result) {
  return fmt::format("{}: {} {}, {} {} in before, {} misdated {}, {} unreal {}, {} undated {}, {} stale {}, {} unused, "
                     "{} override {}\n",
                     result.failed() ? "problems found" : "ok", result.conflicts,
                     plural(result.conflicts, "conflict", "conflicts"), result.cycles,
                     plural(result.cycles, "cycle", "cycles"), result.misdated, plural(result.misdated, "event", "events"),
                     result.unreal_causes, plural(result.unreal_causes, "cause", "causes"),
                     result.undated, plural(result.undated, "event", "events"),
                     result.stale, plural(result.stale, "override", "overrides"), result.unused,
                     result.override_warnings, plural(result.override_warnings, "warning", "warnings"));
}

}  // namespace

CheckResult check_graph(const EventGraph& graph, const OverrideFindings& overrides) {
  const GraphData& data = graph.data();
  CheckResult result;
  std::string& out = result.text;
  result.conflicts = list_conflicts(data, out);
  result.cycles = list_cycles(graph, out);
  result.misdated = list_misdated(data, out);
  result.unreal_causes = list_unreal_causes(graph, out);
  result.undated = list_undated(data, out);
  result.stale = list_lines("stale overrides", overrides.stale, out);
  result.unused = list_lines("unused overrides", overrides.unused, out);
  result.override_warnings = list_lines("override warnings", overrides.warnings, out);
  out += summary_line(result);
  return result;
}

}  // namespace chronograph::graph
