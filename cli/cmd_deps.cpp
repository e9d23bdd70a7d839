// chronograph deps EVENT [--up|--down] [--depth N] [--type T...] FILES...|GRAPH.json
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/graph_input.h"
#include "core/common/error.h"
#include "graph/event_graph/event_graph.h"
#include "graph/queries/queries.h"

namespace chronograph::cli {
namespace {

struct DepsCommandOptions {
  std::string event;
  bool up = false, down = false;
  int depth = 3;
  std::vector<std::string> types;
  GraphInputOptions input;
};

std::vector<graph::EdgeType> parse_types(const std::vector<std::string>& names) {
  static const std::vector<std::string> kNames{"before",      "includes", "simultaneous", "causes", "enables",
                                                "responds_to", "reports",  "refers_to",    "part_of"};
  std::vector<graph::EdgeType> types;
  for (const auto& name : names) {
    const auto type = graph::edge_type_from_string(name);
    if (!type) {
      const std::string hint = did_you_mean(name, kNames);
      throw UsageError(fmt::format("--type: unknown edge type '{}'; {}", name,
                                   hint.empty() ? fmt::format("expected one of {}", fmt::join(kNames, ", ")) : hint));
    }
    types.push_back(*type);
  }
  return types;
}

int run_deps(const DepsCommandOptions& options, Context& context) {
  const auto types = parse_types(options.types);
  const GraphLoad load = load_graph(options.input, context);
  const graph::EventGraph graph(load.graph);
  const graph::DepsOptions deps{options.down ? graph::Direction::Down : graph::Direction::Up, options.depth, types};
  fmt::print("{}", graph::deps_text(graph, options.event, deps));
  return kExitOk;
}

void setup_deps(CLI::App& app, Context& context) {
  auto options = std::make_shared<DepsCommandOptions>();
  auto* command = app.add_subcommand("deps", "show the events an event depends on, or that depend on it, as a tree");
  command->add_option("event", options->event, "the event id (see `chronograph extract FILES --format yaml`)")
      ->required();
  add_graph_input_options(*command, options->input);
  auto* up = command->add_flag("--up", options->up, "what EVENT depends on: causes, earlier events, what it reports (default)");
  auto* down = command->add_flag("--down", options->down, "what depends on EVENT: its effects, later events, reports of it");
  up->excludes(down);
  command->add_option("--depth", options->depth, "how many edges away to go; -1 for no limit (default 3)")
      ->check(CLI::Range(-1, 1000000));
  command->add_option("--type", options->types,
                      "follow only these edge types: before includes simultaneous causes enables responds_to "
                      "reports refers_to part_of (repeatable)");
  command->footer(R"(
Each line is an event with the edge that links it to the line above it, its date, title and
the edge's evidence (cue, document:sentence):
  video-call  2021-12-07  Biden and Putin hold video call  [planned]
    geneva-summit -before-> video-call  2021-06-16  Geneva summit  (cue "since", ukraine-call:3)

Examples:
  chronograph deps video-call article.txt                       what the call depends on, 3 levels
  chronograph deps video-call graph.json --down --depth -1      everything that follows from it
  chronograph deps build-up graph.json --type causes --type enables
  chronograph deps said-expects wsj_0670.tml --use-gold         on a TimeML file's own annotations

Exit codes: 0 done; 1 bad input or an unknown event (the closest ids are listed); 2 bad usage.)");
  command->callback([options, &context] { context.exit_code = run_deps(*options, context); });
}

const CommandRegistration registration{50, &setup_deps};

}  // namespace
}  // namespace chronograph::cli
