// chronograph extract: what was read from the text, before overrides and drawing.
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/graph_input.h"
#include "cli/output.h"
#include "graph/io/json_io.h"
#include "graph/io/text_listing.h"
#include "graph/overrides/event_listing.h"

namespace chronograph::cli {
namespace {

struct ExtractOptions {
  GraphInputOptions input;
  std::optional<std::string> format;
  std::optional<std::filesystem::path> output;
};

int run_extract(const ExtractOptions& options, Context& context) {
  const std::string format = choose_format(options.format, options.output, "json", {"json", "yaml", "text", "txt"});
  const auto load = load_graph(options.input, context);
  std::string content;
  if (format == "json") content = graph::write_graph_json(load.graph);
  else if (format == "yaml") content = graph::event_listing_yaml(load.graph);
  else content = graph::write_text_listing(load.graph);
  write_output(options.output, content);
  if (load.graph.events.empty() && !load.told_no_events) context.reporter.note("no events were found in the input");
  return kExitOk;
}

void setup_extract(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExtractOptions>();
  auto* command = app.add_subcommand("extract", "find events, dates, actors and links; write them as JSON, YAML or text");
  add_graph_input_options(*command, options->input);
  command->add_option("--format", options->format, "json (default), yaml (every event as an overrides entry: title, date, modality) or text");
  command->add_option("-o,--output", options->output, "output file (default: stdout)");
  command->footer(R"(
Examples:
  chronograph extract article.txt                        JSON interchange v1 on stdout
  chronograph extract article.txt --format yaml          every event id, title, date and modality,
                                                         as `events:` entries an overrides file takes
  chronograph extract news/ --dct 2021-12-04 -o graph.json
  chronograph extract doc.tml --use-gold --format text   a TimeML file's own annotations)");
  command->callback([options, &context] { context.exit_code = run_extract(*options, context); });
}

const CommandRegistration registration{20, &setup_extract};

}  // namespace
}  // namespace chronograph::cli
