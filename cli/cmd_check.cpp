// chronograph check FILES...|GRAPH.json: conflicts, cycles in before, misdated and undated events, overrides.
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/graph_input.h"
#include "graph/event_graph/event_graph.h"
#include "graph/queries/queries.h"

namespace chronograph::cli {
namespace {

int run_check(const GraphInputOptions& options, Context& context) {
  const GraphLoad load = load_graph(options, context);
  const graph::EventGraph graph(load.graph);
  const auto& report = load.overrides_report;
  const graph::CheckResult result = graph::check_graph(graph, {report.stale, report.unused, report.warnings});
  fmt::print("{}", result.text);
  return result.failed() ? kExitBadInput : kExitOk;
}

void setup_check(CLI::App& app, Context& context) {
  auto options = std::make_shared<GraphInputOptions>();
  auto* command = app.add_subcommand("check", "list conflicts, cycles, misdated and undated events, and stale or unused overrides");
  add_graph_input_options(*command, *options);
  command->footer(R"(
Examples:
  chronograph check article.txt --overrides fixes.yaml   are my fixes still used? any conflicts?
  chronograph check graph.json                           a saved graph
  chronograph check doc.tml --use-gold                   a TimeML file's own TLINKs

Stale overrides are fixes that no longer match anything after the article changed (each names
the event it most likely meant); unused ones change nothing because the graph already says so.

Misdated events are dates that cannot be right: an interval that ends before it starts, an
event told as done (past tense) dated after its document date, a planned one over before it.
Unreal causes are causes, enables or responds_to links out of an event the text says did not
happen, or out of a hypothetical event into an actual one.

Exit codes: 0 no conflict, no cycle, no misdated event, no unreal cause and no stale override
(undated events, unused overrides and override warnings are only listed); 1 a conflict, a cycle
in `before`, a misdated event, an unreal cause or a stale override was found, or the input was bad; 2 bad usage.)");
  command->callback([options, &context] { context.exit_code = run_check(*options, context); });
}

const CommandRegistration registration{70, &setup_check};

}  // namespace
}  // namespace chronograph::cli
