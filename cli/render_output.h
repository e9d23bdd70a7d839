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
  std::optional<std::string> layout;      // timeline | graph (default: graph for .dot/.gv/.pdf, else timeline)
  std::optional<std::string> lanes;       // actor | class | none (default: the overrides' view, else actor)
  std::string edges = "all";              // none | temporal | causal | all
  std::optional<std::string> title;
};

void add_render_options(CLI::App& command, RenderChoices& choices);

// The formats `build` can write with these choices.
std::vector<std::string> output_formats(const RenderChoices& choices);

// The layout to draw in: the one asked for, else the Graphviz diagram for a format only it writes
// (`-o deps.dot`), else the timeline.
std::string layout_for(const RenderChoices& choices, const std::string& format);

std::string render_graph(const GraphLoad& load, const std::string& format, const RenderChoices& choices, Context& context);

}  // namespace chronograph::cli
