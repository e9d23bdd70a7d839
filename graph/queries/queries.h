// The text that `chronograph deps`, `why` and `check` print, built from an EventGraph. Each
// returns the whole output, so the commands stay thin and the golden tests compare it.
//
//   EventGraph graph(data);
//   std::cout << deps_text(graph, "video-call", {Direction::Up, 3, {}});
//   std::cout << why_text(graph, "video-call");
//   CheckResult check = check_graph(graph, {report.stale, report.unused, report.warnings});  // failed() -> exit 1
//
// Edges are shown with the event of the line first:
//   build-up -causes-> video-call     the line's event (build-up) causes its parent
//   invasion <-before- video-call     its parent (video-call) is before the line's event
// and their evidence as (cue "…", DOC:SENTENCE, source, confidence), where SENTENCE is the
// 0-based index of the JSON; source is shown when not `extracted`, confidence when it rounds
// below 1.00.
// An unknown event id throws InputError naming the closest ids.
#pragma once

#include <string>
#include <vector>

#include "graph/event_graph/event_graph.h"
#include "graph/solver/temporal_network.h"

namespace chronograph::graph {

struct DepsOptions {
  Direction direction = Direction::Up;
  int depth = 3;                 // edges away from the event; negative: no limit
  std::vector<EdgeType> types;   // only these edge types; all when empty
};

// The dependency tree, one event per line, indented two spaces per level:
//   video-call  2021-12-07  Biden and Putin hold video call
//     geneva-summit <-refers_to- video-call  2021-06-16  Geneva summit  (cue "agreements reached at", doc:3)
std::string deps_text(const EventGraph& graph, const std::string& id, const DepsOptions& options);

// How the event's date was found (the time expression and its rule, the tense relative to
// the document date, the bounds the solver inferred and the chain of constraints behind them,
// an override) and each of its edges with its evidence. `bounds` is the solver's result for
// this event when the caller has it (graph/solver), else nullptr.
std::string why_text(const EventGraph& graph, const std::string& id, const EventBounds* bounds = nullptr);

// What applying an overrides file found (graph/overrides ApplyReport), one
// "path:line:col: message" line each.
struct OverrideFindings {
  std::vector<std::string> stale;     // fixes that no longer apply, with the event they most likely meant
  std::vector<std::string> unused;    // fixes that change nothing
  std::vector<std::string> warnings;  // override dates that contradict the text, `match:` fallbacks
};

struct CheckResult {
  std::string text;
  std::size_t conflicts = 0, cycles = 0, misdated = 0, unreal_causes = 0, undated = 0, stale = 0, unused = 0,
              override_warnings = 0;
  // Conflicts, cycles, misdated events, causes from unreal events and stale overrides make
  // `check` exit 1; undated events, unused overrides and override warnings are reported only.
  bool failed() const { return conflicts > 0 || cycles > 0 || misdated > 0 || unreal_causes > 0 || stale > 0; }
};

// Conflicts (GraphData::conflicts), cycles of `before` edges, misdated events (an interval
// that ends before it starts, a past-tense actual event after its document date, a planned
// one over before it), causal links from negated events (or from hypothetical ones to actual
// ones), events with no date, and what the caller's overrides file left stale,
// unused or contradicted.
CheckResult check_graph(const EventGraph& graph, const OverrideFindings& overrides = {});

// "(cue \"led to\", doc:2, override, confidence 0.7)", or "" when the edge has no evidence.
std::string evidence_text(const Edge& edge);

}  // namespace chronograph::graph
