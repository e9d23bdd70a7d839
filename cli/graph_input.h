// How the graph commands (build, deps, why, check, overrides init) get their graph:
//   - one GRAPH.json written by chronograph          -> read it (graph/io)
//   - .tml files with --use-gold                      -> their own gold annotations (graph/gold)
//   - article files (.txt .md .tml .jsonl, folders)   -> extract (core) and assemble (graph/assemble)
// then the overrides file, if any, is applied, and the temporal network is solved.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "graph/model/graph_data.h"
#include "graph/overrides/overrides.h"
#include "graph/solver/solve_graph.h"

namespace chronograph::cli {

struct GraphInputOptions {
  std::vector<std::string> inputs;                   // files, folders, or one graph.json
  std::optional<std::string> dct;                    // --dct YYYY-MM-DD for every document
  std::optional<std::filesystem::path> overrides;    // --overrides FILE
  bool use_gold = false;                             // --use-gold: a .tml file's own annotations
  bool all_events = false;                           // --all-events: keep reporting events and comparisons' standards as nodes
  std::optional<std::string> about;                  // --about NAME: only the events about one entity (graph/queries/about.h)
};

// Adds FILES..., --dct, --overrides, --use-gold, --all-events and --about to a subcommand.
void add_graph_input_options(CLI::App& command, GraphInputOptions& options);

// What load_graph found besides the graph: override problems for `check`, solver chains for `why`.
struct GraphLoad {
  graph::GraphData graph;
  std::vector<std::string> override_warnings;  // stale or contradicting overrides, one line each (build prints them)
  graph::ApplyReport overrides_report;         // stale, unused and contradicting entries, by kind, for `check`
  graph::ViewSettings view;                    // the overrides' `view:` (empty without overrides)
  graph::SolveReport solve;                    // the bounds and the chains that give them, for `why`
  bool told_no_events = false;                // an empty graph was already explained (--about matched nothing)
};

GraphLoad load_graph(const GraphInputOptions& options, Context& context);

}  // namespace chronograph::cli
