#include "graph/solver/solve_graph.h"

#include <unordered_map>

#include <fmt/format.h>

#include "core/common/interval.h"
#include "graph/model/going_on.h"

namespace chronograph::graph {

namespace {

std::string describe_time(const Event& event) {
  const auto& time = event.time;
  const std::string span = fmt::format("{}..{}", time.start ? format_iso_day(*time.start) : "",
                                       time.end ? format_iso_day(*time.end) : "");
  switch (time.source) {
    case TimeSource::Explicit:
      return fmt::format("'{}' is dated {} by its time expression{}", event.id, time.value.empty() ? span : time.value,
                         time.value.empty() ? "" : " (" + span + ")");
    case TimeSource::Dct:
      return fmt::format("'{}' is {} the document date ({})", event.id, time.start ? "after" : "before", span);
    case TimeSource::Override: return fmt::format("'{}' set to {} by the overrides file", event.id, span);
    case TimeSource::Inferred: return fmt::format("'{}' was inferred to lie in {}", event.id, span);
    case TimeSource::None: break;
  }
  return event.id;
}

std::string describe_edge(const Edge& edge) {
  std::string label = fmt::format("'{}' {} '{}'", edge.from, to_string(edge.type), edge.to);
  if (edge.type == EdgeType::Before && edge.gap) label += " by " + describe(*edge.gap);
  if (edge.source == EdgeSource::Override) return label + " (overrides file)";
  if (!edge.evidence.doc.empty()) {
    // "doc:sentence" with the JSON's 0-based sentence index, as `deps` and `why` print it.
    label += fmt::format(" ({}", edge.evidence.doc);
    if (edge.evidence.sentence >= 0) label += fmt::format(":{}", edge.evidence.sentence);
    if (!edge.evidence.cue.empty()) label += fmt::format(", cue \"{}\"", edge.evidence.cue);
    label += ")";
  }
  return label;
}

void add_time(TemporalNetwork& network, int index, const Event& event, std::optional<date::sys_days> going_on) {
  const auto& time = event.time;
  const Strength strength = time.source == TimeSource::Override ? Strength::Hard : Strength::Soft;
  // (before the source test: a going-on event bounded by others is saved as inferred, and a
  // saved graph solved again must keep it around the article's date)
  if (going_on) {
    network.require_going_on(index, *going_on, fmt::format("'{}' is told as going on at the document date", event.id),
                             strength, {Basis::Tense, event.confidence});
    if (time.source == TimeSource::Dct) return;
  }
  if (time.source == TimeSource::None || time.source == TimeSource::Inferred) return;
  const std::string label = describe_time(event);
  const Trust trust{time.source == TimeSource::Dct ? Basis::Tense : Basis::Date, event.confidence};
  if (time.start) network.bound_start_after(index, *time.start, label, strength, trust);
  if (time.end) network.bound_end_before(index, *time.end, label, strength, trust);
}

// A statement reports a happening already over when it is made: the happening is in the past
// tense and not going on ("announced on Tuesday that it had cut 200 jobs", "said it cut"). A
// state ("said it was profitable"), a progressive, a future or a possibility has no such order.
bool reports_finished_happening(const Event& report, const Event& reported) {
  return (report.tense == "PAST" || report.tense == "PRESENT") && reported.tense == "PAST" &&
         reported.event_class == "OCCURRENCE" && reported.modality == Modality::Actual &&
         reported.aspect.find("PROGRESSIVE") == std::string::npos;
}

// Each edge type's meaning in time (DESIGN.md "Edge types"); refers_to says nothing about order,
// nor does a report, unless what it reports is over (reports_finished_happening). A cause or a
// precondition may go on after its effect starts, so it only has to start first: a cause the
// dates put after its effect ("a trial next year causes a study released last weekend") is a
// conflict, and its link (weaker than a date, as a response's is) is the one set aside.
void add_edge(TemporalNetwork& network, int from, int to, const Edge& edge, const std::vector<Event>& events) {
  const Strength strength = edge.source == EdgeSource::Override ? Strength::Hard : Strength::Soft;
  const std::string label = describe_edge(edge);
  const Trust trust{Basis::Link, edge.confidence}, loose{Basis::Link, edge.confidence * 0.5};
  switch (edge.type) {
    case EdgeType::Before:
      if (edge.gap) network.require_gap(from, to, *edge.gap, label, strength, trust);
      else network.require_before(from, to, label, strength, trust);
      break;
    case EdgeType::Includes: network.require_includes(from, to, label, strength, trust); break;
    case EdgeType::Simultaneous: network.require_simultaneous(from, to, label, strength, trust); break;
    case EdgeType::PartOf: network.require_includes(to, from, label, strength, trust); break;
    case EdgeType::Causes:
    case EdgeType::Enables:
      network.require_starts_by_start_of(from, to, label, Strength::Soft, loose);
      break;
    case EdgeType::RespondsTo: network.require_before(to, from, label, Strength::Soft, loose); break;
    case EdgeType::Reports:
      if (reports_finished_happening(events[static_cast<std::size_t>(from)], events[static_cast<std::size_t>(to)]))
        network.require_over_by_end_of(to, from, label, Strength::Soft, loose);
      break;
    case EdgeType::RefersTo: break;
  }
}

// The edges a constraint's label stands for (one link may be given twice), as edge_label()
// names them: what a conflict set aside, when it set aside a link rather than a date.
std::vector<std::string> edges_described_as(const std::vector<Edge>& edges, const std::string& label) {
  std::vector<std::string> found;
  for (const auto& edge : edges)
    if (describe_edge(edge) == label) found.push_back(edge_label(edge));
  return found;
}

// A day the value names that the bounds now leave out (2024-07-04 for "two weeks before the
// election on 4 July", solved to 2024-06-20) gives way to the day solved, or to none.
void renew_day_value(EventTime& time) {
  const auto day = parse_iso_day(time.value);
  if (!day || ((!time.start || *time.start <= *day) && (!time.end || *day <= *time.end))) return;
  time.value = time.closed() && *time.start == *time.end ? format_iso_day(*time.start) : std::string{};
}

void write_back(Event& event, const EventBounds& bounds) {
  auto& time = event.time;
  const auto old = time;
  if (bounds.earliest_start.day && (!time.start || *time.start < *bounds.earliest_start.day))
    time.start = bounds.earliest_start.day;
  if (bounds.latest_end.day && (!time.end || *time.end > *bounds.latest_end.day)) time.end = bounds.latest_end.day;
  // The solver set aside the event's own date to resolve a conflict (reported apart): the date
  // the text gives stays rather than an interval that ends before it starts.
  if (time.closed() && *time.start > *time.end) time = old;
  if (time == old) return;
  renew_day_value(time);
  if (time.source == TimeSource::None || time.source == TimeSource::Dct) time.source = TimeSource::Inferred;
  if (time.source == TimeSource::Inferred)
    time.precision = time.closed() && *time.start == *time.end ? Precision::Day : Precision::Unknown;
}

}  // namespace

SolveReport solve_graph(GraphData& graph) {
  TemporalNetwork network;
  std::unordered_map<std::string, int> index_of;
  for (const auto& event : graph.events) {
    const int index = network.add_event(event.id);
    index_of.emplace(event.id, index);
    add_time(network, index, event, day_going_on(graph, event));
  }
  for (const auto& edge : graph.edges) {
    const auto from = index_of.find(edge.from), to = index_of.find(edge.to);
    if (from == index_of.end() || to == index_of.end()) continue;
    add_edge(network, from->second, to->second, edge, graph.events);
  }
  const NetworkSolution solution = network.solve();
  SolveReport report;
  report.constraints = network.constraint_count();
  for (std::size_t i = 0; i < graph.events.size(); ++i) {
    write_back(graph.events[i], solution.events[i]);
    report.bounds.emplace(graph.events[i].id, solution.events[i]);
  }
  for (const auto& conflict : solution.conflicts)
    graph.conflicts.push_back({conflict.labels,
                               fmt::format("these {} constraints cannot all hold; set aside: {}",
                                           conflict.labels.size(), conflict.dropped),
                               edges_described_as(graph.edges, conflict.dropped)});
  return report;
}

}  // namespace chronograph::graph
