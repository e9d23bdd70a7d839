#include "cli/render_output.h"

#include <algorithm>

#include "graph/io/graphml_writer.h"
#include "graph/io/json_io.h"
#include "graph/io/text_listing.h"
#include "core/common/data_dir.h"
#include "render/graphviz/graphviz.h"
#include "render/html/html_timeline.h"
#include "render/png/png_timeline.h"
#include "render/timeline/svg_timeline.h"

namespace chronograph::cli {

namespace {

render::TimelineOptions timeline_options(const GraphLoad& load, const RenderChoices& choices) {
  using Lanes = render::TimelineOptions::Lanes;
  using Edges = render::TimelineOptions::Edges;
  render::TimelineOptions options;
  if (choices.title) options.title = *choices.title;
  options.range = load.view.range;
  const std::string lanes = choices.lanes.value_or(load.view.lanes_mode.value_or(load.view.lanes.empty() ? "actor" : "custom"));
  if (lanes == "class") options.lanes = Lanes::Class;
  else if (lanes == "none") options.lanes = Lanes::None;
  else if (lanes == "custom") options.lanes = Lanes::Custom, options.custom_lanes = load.view.lanes;
  if (choices.edges == "none") options.edges = Edges::None;
  else if (choices.edges == "temporal") options.edges = Edges::Temporal;
  else if (choices.edges == "causal") options.edges = Edges::Causal;
  return options;
}

}  // namespace

void add_render_options(CLI::App& command, RenderChoices& choices) {
  command.add_option("--layout", choices.layout, "timeline or graph (Graphviz dependency diagram); default: graph for -o .dot, .gv or .pdf, else timeline")
      ->check(CLI::IsMember({"timeline", "graph"}));
  command.add_option("--lanes", choices.lanes, "actor, class or none (default: the overrides' view, else actor)")
      ->check(CLI::IsMember({"actor", "class", "none"}));
  command.add_option("--edges", choices.edges, "which links to draw: none, temporal, causal or all (default)")
      ->check(CLI::IsMember({"none", "temporal", "causal", "all"}));
  command.add_option("--title", choices.title, "the timeline's title (default: the documents' titles)");
}

namespace {
const std::vector<std::string> kGraphFormats = {"dot", "gv", "svg", "png", "pdf", "json", "graphml", "txt"};
const std::vector<std::string> kTimelineFormats = {"svg", "html", "htm", "png", "json", "graphml", "txt"};
}  // namespace

std::vector<std::string> output_formats(const RenderChoices& choices) {
  if (choices.layout == "graph") return kGraphFormats;
  if (choices.layout == "timeline") return kTimelineFormats;
  std::vector<std::string> both = kTimelineFormats;
  for (const auto& format : kGraphFormats)
    if (std::find(both.begin(), both.end(), format) == both.end()) both.push_back(format);
  return both;
}

std::string layout_for(const RenderChoices& choices, const std::string& format) {
  if (choices.layout) return *choices.layout;
  const bool graph_only = std::find(kTimelineFormats.begin(), kTimelineFormats.end(), format) == kTimelineFormats.end();
  return graph_only ? "graph" : "timeline";
}

std::string render_graph(const GraphLoad& load, const std::string& format, const RenderChoices& choices,
                         Context& context) {
  if (format == "json") return graph::write_graph_json(load.graph);
  if (format == "graphml") return graph::write_graphml(load.graph);
  if (format == "txt") return graph::write_text_listing(load.graph);
  if (layout_for(choices, format) == "graph") return render::render_graphviz(load.graph, format == "gv" ? "dot" : format);
  const auto options = timeline_options(load, choices);
  if (format == "html" || format == "htm")
    return render::render_html_timeline(load.graph, options, DataDir::locate(context.data_dir));
  if (format == "png") return render::render_png_timeline(load.graph, options);
  return render::render_svg_timeline(load.graph, options);
}

}  // namespace chronograph::cli
