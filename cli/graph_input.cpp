#include "cli/graph_input.h"

#include "cli/about_note.h"
#include "cli/document_dates.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/documents/document_reader.h"
#include "core/events/language.h"
#include "core/pipeline/pipeline.h"
#include "graph/assemble/assemble_graph.h"
#include "graph/gold/gold_graph.h"
#include "graph/io/json_io.h"
#include "graph/queries/about.h"

namespace chronograph::cli {

namespace {

bool is_saved_graph(const std::vector<std::string>& inputs) {
  return inputs.size() == 1 && std::filesystem::path(inputs[0]).extension() == ".json";
}

void append(graph::GraphData& into, graph::GraphData&& part) {
  auto move_all = [](auto& to, auto& from) { std::move(from.begin(), from.end(), std::back_inserter(to)); };
  move_all(into.documents, part.documents);
  move_all(into.timexes, part.timexes);
  move_all(into.entities, part.entities);
  move_all(into.events, part.events);
  move_all(into.edges, part.edges);
  move_all(into.conflicts, part.conflicts);
}

graph::GraphData gold_graphs(const std::vector<core::Document>& documents) {
  graph::GraphData graph;
  for (const auto& document : documents) {
    if (!document.gold)
      throw InputError(fmt::format("--use-gold needs TimeML input; '{}' has no annotations", document.path),
                       "give .tml files, or drop --use-gold to extract events from the text");
    append(graph, graph::gold_graph(document.id, document.path, document.text, document.dct, *document.gold));
  }
  return graph;
}

// Long documents are read in parts of this size, so memory stays bounded (Pipeline::analyse_in_parts).
constexpr std::size_t kPartBytes = std::size_t{1} << 20;

graph::GraphData extracted_graph(std::vector<core::Document>& documents, const GraphInputOptions& options,
                                 Context& context) {
  const auto pipeline = core::Pipeline::load(DataDir::locate(context.data_dir));
  date_from_datelines(documents, pipeline.timex_tagger(), context);
  graph::GraphAssembler assembler({options.all_events});
  std::size_t total = 0, done = 0;
  for (const auto& document : documents) total += document.text.size();
  for (const auto& document : documents) {
    // The English models read another language as nonsense ("teilte die Feuerwehr mit" as "dies"):
    // such a document is listed in the graph without events.
    if (!core::looks_english(document.text)) {
      context.reporter.warning(fmt::format("'{}' does not look like English; chronograph reads English news only, "
                                           "so no events were extracted from it", document.path));
      core::DocumentAnalysis unread;
      unread.document = document;
      assembler.add(unread);
      done += document.text.size();
      continue;
    }
    pipeline.analyse_in_parts(document, kPartBytes, [&](core::DocumentAnalysis&& analysis) {
      done += analysis.document.text.size();
      assembler.add(analysis);
      context.reporter.progress("extracting (bytes)", done, total);
    });
  }
  return std::move(assembler).finish();
}

}  // namespace

void add_graph_input_options(CLI::App& command, GraphInputOptions& options) {
  command.add_option("inputs", options.inputs, "articles (.txt .md .tml .jsonl), folders, or one graph.json")
      ->required();
  add_dct_option(command, options.dct);
  command.add_option("--overrides", options.overrides, "a YAML overrides file (applied after extraction)");
  command.add_flag("--use-gold", options.use_gold, "draw a TimeML file's own annotations instead of extracting");
  command.add_flag("--all-events", options.all_events, "keep reporting events (said, told) and comparisons' standards (\"than expected\") as events of their own");
  command.add_option("--about", options.about,
                     "only the events about one entity: an actor NAME names, or NAME in the title "
                     "(\"Steve Jobs\", \"iPod\"); dated with the whole graph");
}

GraphLoad load_graph(const GraphInputOptions& options, Context& context) {
  GraphLoad load;
  std::optional<graph::OverridesFile> overrides;
  // (an entry's errors wait for apply_overrides, which names them with the unknown ids, in file order)
  if (options.overrides) overrides = graph::load_overrides(*options.overrides, graph::EntryErrors::KeepForApply);
  if (is_saved_graph(options.inputs)) {
    load.graph = graph::read_graph_json(read_file(options.inputs[0]), options.inputs[0]);
    load.graph.conflicts.clear();  // solving again below finds them afresh
  } else {
    std::vector<std::filesystem::path> paths(options.inputs.begin(), options.inputs.end());
    auto documents = core::read_documents(paths);
    core::DctChoices dcts;
    if (options.dct) dcts.command_line = core::parse_dct(*options.dct, "--dct");
    if (overrides) dcts.by_document = graph::document_dcts(*overrides);
    choose_dcts(documents, dcts, context);
    if (options.use_gold) note_missing_dates(documents, context);
    load.graph = options.use_gold ? gold_graphs(documents) : extracted_graph(documents, options, context);
  }
  if (overrides) {
    load.overrides_report = graph::apply_overrides(load.graph, *overrides);
    load.view = graph::view_settings(*overrides);
    for (const auto* list : {&load.overrides_report.warnings, &load.overrides_report.stale})
      for (const auto& line : *list) load.override_warnings.push_back(line);
  }
  load.solve = graph::solve_graph(load.graph);
  if (options.about) {
    graph::GraphData about = graph::about(load.graph, *options.about);
    if (about.events.empty()) {
      context.reporter.note(about_note(load.graph, *options.about));
      load.told_no_events = true;
    }
    load.graph = std::move(about);
  }
  return load;
}

}  // namespace chronograph::cli
