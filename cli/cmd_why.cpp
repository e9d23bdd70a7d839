// chronograph why EVENT FILES...|GRAPH.json: how an event's date and edges were found.
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/graph_input.h"
#include "graph/event_graph/event_graph.h"
#include "graph/queries/queries.h"

namespace chronograph::cli {
namespace {

struct WhyCommandOptions {
  std::string event;
  GraphInputOptions input;
};

int run_why(const WhyCommandOptions& options, Context& context) {
  const GraphLoad load = load_graph(options.input, context);
  const graph::EventGraph graph(load.graph);
  const auto bounds = load.solve.bounds.find(options.event);
  fmt::print("{}", graph::why_text(graph, options.event,
                                   bounds == load.solve.bounds.end() ? nullptr : &bounds->second));
  return kExitOk;
}

void setup_why(CLI::App& app, Context& context) {
  auto options = std::make_shared<WhyCommandOptions>();
  auto* command = app.add_subcommand("why", "say how an event's date and each of its edges were found");
  command->add_option("event", options->event, "the event id (see `chronograph extract FILES --format yaml`)")
      ->required();
  add_graph_input_options(*command, options->input);
  command->footer(R"(
Prints the event's date and where it comes from (the time expression and the rule that read
it, the tense relative to the document date, the bounds the solver inferred and the chain of
constraints behind them, or the override), its mentions, and each edge with its evidence.

Examples:
  chronograph why video-call article.txt
  chronograph why video-call article.txt --overrides fixes.yaml   after your corrections
  chronograph why video-call graph.json                           on a saved graph

Exit codes: 0 done; 1 bad input or an unknown event (the closest ids are listed); 2 bad usage.)");
  command->callback([options, &context] { context.exit_code = run_why(*options, context); });
}

const CommandRegistration registration{60, &setup_why};

}  // namespace
}  // namespace chronograph::cli
