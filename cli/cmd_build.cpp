// chronograph build: the main job. Reads articles, extracts the dated event graph, applies
// the overrides, solves the dates, and draws or writes it in the format of the output file.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/graph_input.h"
#include "cli/output.h"
#include "cli/render_output.h"
#include "core/common/error.h"

namespace chronograph::cli {
namespace {

struct BuildOptions {
  GraphInputOptions input;
  std::optional<std::filesystem::path> output;
  std::optional<std::string> format;
  RenderChoices render;
};

// An override that contradicts the text is both an override warning, told with its
// file:line:col, and a conflict of the graph; the conflict is not told again without them.
bool told_as_override_warning(const std::string& message, const std::vector<std::string>& override_warnings) {
  const std::string tail = ": warning: " + message;
  return std::any_of(override_warnings.begin(), override_warnings.end(), [&](const std::string& line) {
    return line.size() >= tail.size() && line.compare(line.size() - tail.size(), tail.size(), tail) == 0;
  });
}

int run_build(const BuildOptions& options, Context& context) {
  const std::string format = choose_format(options.format, options.output, "svg", output_formats(options.render));
  const auto load = load_graph(options.input, context);
  // Override warnings already read "file:line:col: warning: ...".
  for (const auto& line : load.override_warnings) context.reporter.raw(line);
  for (const auto& conflict : load.graph.conflicts)
    if (!told_as_override_warning(conflict.message, load.override_warnings)) context.reporter.warning(conflict.message);
  write_output(options.output, render_graph(load, format, options.render, context));
  if (load.graph.events.empty() && !load.told_no_events)
    context.reporter.note("no events were found; the timeline shows the time expressions found, if any");
  return kExitOk;
}

void setup_build(CLI::App& app, Context& context) {
  auto options = std::make_shared<BuildOptions>();
  auto* command = app.add_subcommand("build", "draw the dated event graph of articles: SVG, HTML, PNG, Graphviz, JSON");
  add_graph_input_options(*command, options->input);
  command->add_option("-o,--output", options->output, "output file; its extension picks the format (default: SVG on stdout)");
  command->add_option("--format", options->format, "svg, html, png, json, graphml, txt; with --layout graph: dot, svg, png, pdf");
  add_render_options(*command, options->render);
  command->footer(R"(
Examples:
  chronograph build article.txt -o timeline.svg                 SVG timeline
  chronograph build article.txt -o timeline.html                interactive page, one file
  chronograph build news/ --overrides fixes.yaml -o news.png    a folder, with your fixes
  chronograph build article.txt --layout graph -o deps.svg      Graphviz dependency diagram
  chronograph build article.txt --dct 2021-12-04 -o graph.json  JSON interchange v1
  chronograph build article.txt --lanes class --edges causal -o t.svg)");
  command->callback([options, &context] { context.exit_code = run_build(*options, context); });
}

const CommandRegistration registration{10, &setup_build};

}  // namespace
}  // namespace chronograph::cli
