// The drawing options of `build` and how each output format is produced.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "cli/graph_input.h"

namespace chronograph::cli {

struct RenderChoices {
  std::string layout = "timeline";        // timeline | graph
  std::optional<std::string> lanes;       // actor | class | none (default: the overrides' view, else actor)
  std::string edges = "all";              // none | temporal | causal | all
  std::optional<std::string> title;
};

void add_render_options(CLI::App& command, RenderChoices& choices);

// The formats `build` can write with these choices.
std::vector<std::string> output_formats(const RenderChoices& choices);

std::string render_graph(const GraphLoad& load, const std::string& format, const RenderChoices& choices, Context& context);

}  // namespace chronograph::cli
