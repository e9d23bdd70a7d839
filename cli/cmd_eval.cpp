// `chronograph eval`: TempEval-3 scores of system TimeML against gold, the figures and JSON
// keys of the TempEval-3 scorer te3score.py (core/eval/tempeval_scorer.h says how they are computed).
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/command.h"
#include "core/common/error.h"
#include "core/eval/tempeval_report.h"
#include "core/eval/tempeval_scorer.h"

namespace chronograph::cli {
namespace {

namespace fs = std::filesystem;

struct EvalCommandOptions {
  std::optional<fs::path> gold;
  std::optional<fs::path> gold_list;
  fs::path system;
  bool json = false;
  bool per_document = false;
  bool missing_as_empty = false;
};

constexpr const char* kEvalFooter = R"(
Documents are paired by file name; the text of <TEXT> must be the same in both (markup may
differ). Figures are percent, micro-averaged over documents: TIMEX3 and EVENT extents
(strict: same span; relaxed: overlapping), TIMEX3 type and value, EVENT class, and TLINK
temporal awareness (reduced graphs, exact closure), exactly as te3score.py computes them.

Examples:
  chronograph eval --gold corpus/timeml/tbaq/AQUAINT --system out/
  chronograph eval --gold-list corpus/splits/tbaq-dev.txt --system out/ --json
  chronograph eval --gold gold/ --system out/ --per-doc --missing-as-empty

Exit codes: 0 scored; 1 a file is missing or not valid TimeML (nothing scored); 2 bad usage.)";

int run_eval(const EvalCommandOptions& options, Context& context) {
  if (!options.gold && !options.gold_list)
    throw UsageError("eval needs --gold DIR or --gold-list FILE");
  const core::EvalOptions eval_options{options.missing_as_empty};
  core::EvalResult result;
  std::string gold_label;
  if (options.gold) {
    result = core::score_folders(*options.gold, options.system, eval_options, context.reporter);
    gold_label = options.gold->string();
  } else {
    const auto files = core::read_gold_list(*options.gold_list);
    result = core::score_gold_files(files, options.system, eval_options, context.reporter);
    gold_label = options.gold_list->string();
  }
  context.reporter.clear_progress();
  if (options.json) {
    fmt::print("{}", core::tempeval_json(result, gold_label, options.system.string(),
                                         options.per_document));
    return kExitOk;
  }
  std::string out = core::format_tempeval_table(result.total, core::tempeval_title(result.documents.size()));
  if (options.per_document)
    for (const auto& document : result.documents)
      out += "\n" + core::format_tempeval_table(document.counts, document.name);
  fmt::print("{}", out);
  return kExitOk;
}

void setup_eval(CLI::App& app, Context& context) {
  auto options = std::make_shared<EvalCommandOptions>();
  auto* eval = app.add_subcommand("eval", "TempEval-3 scores of system TimeML files against gold ones");
  auto* gold = eval->add_option("--gold", options->gold, "folder of gold .tml files");
  auto* gold_list = eval->add_option(
      "--gold-list", options->gold_list,
      "a split list of gold files (e.g. corpus/splits/tbaq-dev.txt), paths relative to "
      "the list's folder's parent");
  gold->excludes(gold_list);
  eval->add_option("--system", options->system, "folder of system .tml files, named as the gold ones")
      ->required();
  eval->add_flag("--json", options->json, "print JSON with te3score.py's keys instead of the table");
  eval->add_flag("--per-doc", options->per_document, "add every document's figures");
  eval->add_flag("--missing-as-empty", options->missing_as_empty,
                 "score a gold document without a system file as an empty annotation "
                 "(default: it is an error)");
  eval->footer(kEvalFooter);
  eval->callback([&context, options] { context.exit_code = run_eval(*options, context); });
}

const CommandRegistration registration{40, &setup_eval};

}  // namespace
}  // namespace chronograph::cli
