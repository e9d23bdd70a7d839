// chronograph overrides init|check: write a starter overrides file listing every event id;
// say which entries of an overrides file still apply to the articles as they are now.
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/graph_input.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "graph/overrides/overrides.h"
#include "graph/overrides/starter_file.h"

namespace chronograph::cli {
namespace {

struct InitOptions {
  GraphInputOptions input;
  std::filesystem::path output;
  bool force = false;
};

struct CheckOptions {
  std::filesystem::path overrides;
  GraphInputOptions input;
};

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code error;
  return std::filesystem::equivalent(a, b, error);
}

std::string command_line(const InitOptions& options) {
  std::string line = "chronograph overrides init";
  for (const auto& input : options.input.inputs) line += " " + input;
  return line + " -o " + options.output.string();
}

int run_init(const InitOptions& options, Context& context) {
  // The user's own file is never rewritten in place, not even with --force.
  if (options.input.overrides && same_file(*options.input.overrides, options.output))
    throw UsageError(fmt::format("-o {} is the overrides file being read; chronograph never rewrites it in place",
                                 options.output.string()));
  std::error_code error;
  if (!options.force && std::filesystem::exists(options.output, error))
    throw InputError(fmt::format("'{}' exists; chronograph does not overwrite an overrides file", options.output.string()),
                     "pass --force to replace it, or choose another name with -o");
  const auto load = load_graph(options.input, context);
  write_file_atomically(options.output, graph::starter_overrides(load.graph, command_line(options)));
  context.reporter.note(fmt::format("wrote {} with {} event ids; edit it and pass it with --overrides",
                                    options.output.string(), load.graph.events.size()));
  return kExitOk;
}

void print_section(std::string_view title, const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  fmt::print("{} ({}):\n", title, lines.size());
  for (const auto& line : lines) fmt::print("  {}\n", line);
}

int run_check(CheckOptions options, Context& context) {
  options.input.overrides = options.overrides;
  const auto load = load_graph(options.input, context);
  const auto& report = load.overrides_report;
  print_section("stale: fixes that no longer apply", report.stale);
  print_section("contradictions and fallbacks", report.warnings);
  print_section("unused: fixes the graph no longer needs", report.unused);
  if (report.stale.empty() && report.warnings.empty() && report.unused.empty())
    fmt::print("{}: every entry applies\n", options.overrides.string());
  else
    fmt::print("{}: {} stale, {} warnings, {} unused\n", options.overrides.string(), report.stale.size(),
               report.warnings.size(), report.unused.size());
  return report.stale.empty() && report.warnings.empty() ? kExitOk : kExitBadInput;
}

void setup_overrides(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("overrides", "start an overrides file, or check one against the articles");
  command->require_subcommand(1);
  command->footer(R"(
Examples:
  chronograph overrides init article.txt -o overrides.yaml     a starter file listing every event id
  chronograph overrides check overrides.yaml article.txt       which fixes still apply after a re-run

The file format is in `chronograph overrides init --help`.)");

  auto init = std::make_shared<InitOptions>();
  auto* init_command = command->add_subcommand("init", "write a starter overrides file listing every event id");
  add_graph_input_options(*init_command, init->input);
  init_command->add_option("-o,--output", init->output, "the overrides file to write")->required();
  init_command->add_flag("--force", init->force, "replace the output file if it exists");
  init_command->footer(R"(
Examples:
  chronograph overrides init article.txt -o overrides.yaml
  chronograph overrides init news/ --dct 2021-12-04 -o overrides.yaml --force
  chronograph overrides init graph.json -o overrides.yaml      from a saved graph

The file lists every event as a comment (`id:  # title · date`) and shows every kind of entry:
  events:
    video-call: {title: Biden–Putin video call, date: 2021-12-07, lane: Diplomacy}
    geneva-summit: {modality: actual}      # actual | planned | possible | hypothetical | negated
    red-line-warning: {remove: true}
  add:   [{id: invasion, title: Russia invades Ukraine, date: early 2022}]
  merge: [[possible-offensive, potential-invasion]]
  edges: [{from: geneva-summit, to: video-call, type: refers_to}]
An `add`ed event is planned when its date starts after the article's date, unless it says
`modality:`. `chronograph extract ARTICLE --format yaml` writes every event as an `events:`
entry (title, date, modality) that can be copied into the file as it is.

Dates: 2021-12-07, 2021-06, 2022, early 2022, mid 2021, late 2021, -0499 (500 BCE); what the
timeline prints: 7 Dec 2021, Feb 2026, early Feb 2026, mid-Nov 2020, Q1 2026, late Q1 2026,
summer 2024, the 2030s, mid-1980s, the 20th century, by 4 Dec 2021, not before 2022;
TIMEX3 values: 2026-Q1, 2026-W07, 2024-SU, 2021-12-07T14:30; ranges: 2026-02-06..2026-02-08,
May – Jul 2024, {start: 2021-12-01, end: 2021-12-10} (either side may be left out).

Every error in the file is reported in one run, in file order, and then nothing is applied.
Then: chronograph build article.txt --overrides overrides.yaml -o timeline.svg
It is written whole or not at all, and never over an existing file without --force.)");
  init_command->callback([init, &context] { context.exit_code = run_init(*init, context); });

  auto check = std::make_shared<CheckOptions>();
  auto* check_command =
      command->add_subcommand("check", "apply an overrides file and list stale, contradicting and unused entries");
  check_command->add_option("overrides_file", check->overrides, "the overrides file to check")->required();
  add_graph_input_options(*check_command, check->input);
  check_command->footer(R"(
Examples:
  chronograph overrides check overrides.yaml article.txt
  chronograph overrides check overrides.yaml graph.json

Prints the entries whose event is gone (stale, with the event they most likely meant), dates
that contradict the text (applied anyway), and entries that change nothing. Exit code 1 when
an entry is stale or contradicts the text; an unknown id or a bad date is an error.)");
  check_command->callback([check, &context] { context.exit_code = run_check(*check, context); });
}

const CommandRegistration registration{80, &setup_overrides};

}  // namespace
}  // namespace chronograph::cli
