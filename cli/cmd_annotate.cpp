// chronograph annotate: our annotations in the standard formats other tools score:
// TimeML (TIMEX3, EVENT, MAKEINSTANCE, TLINK) and CoNLL-U (tokens, tags, lemmas, parse).
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/document_dates.h"
#include "cli/output.h"
#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/documents/document_reader.h"
#include "core/pipeline/pipeline.h"
#include "core/pipeline/timeml_output.h"
#include "core/syntax/conllu.h"
#include "core/timeml/timeml_writer.h"

namespace chronograph::cli {
namespace {

namespace fs = std::filesystem;

struct AnnotateOptions {
  std::vector<std::string> inputs;
  std::string format = "timeml";
  std::optional<fs::path> output;
  std::optional<std::string> dct;
};

bool is_conllu(const std::string& input) { return fs::path(input).extension() == ".conllu"; }

// A CoNLL-U input keeps its tokens and sentences; everything else is predicted again.
std::string annotate_conllu_file(const std::string& input, const core::Pipeline& pipeline) {
  auto document = core::read_conllu(input);
  pipeline.syntax().annotate(document.tokens);
  return core::write_conllu(document.text, document.tokens);
}

std::string annotate_document(core::Document document, const std::string& format, const core::Pipeline& pipeline) {
  if (format == "conllu") {
    auto tokens = pipeline.tokenizer().tokenize(document.text, document.sentence_ends);
    pipeline.syntax().annotate(tokens);
    return core::write_conllu(document.text, tokens);
  }
  const auto analysis = pipeline.analyse(std::move(document));
  return core::write_timeml(analysis.document.id, analysis.document.text, analysis.document.dct,
                            core::to_timeml(analysis));
}

// One output per document: into the folder -o names (file name of the input, new extension),
// to the file -o names when there is one document, or to stdout.
fs::path output_name(const core::Document& document, const std::string& format) {
  fs::path name = document.format == core::DocumentFormat::JsonLines ? fs::path(document.id)
                                                                     : fs::path(document.path).filename();
  name.replace_extension(format == "conllu" ? ".conllu" : ".tml");
  return name;
}

// "-o out/" names a folder: make it, as `mkdir -p` would, before any work is done; a file of
// that name is an error that says so, not a crash.
void make_output_folder(const fs::path& folder) {
  const fs::path plain = folder.parent_path();
  if (fs::exists(plain) && !fs::is_directory(plain))
    throw UsageError(fmt::format("-o '{}' names a folder, but '{}' is a file", folder.string(), plain.string()));
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) throw UsageError(fmt::format("cannot make the folder '{}': {}", folder.string(), error.message()));
}

int run_annotate(const AnnotateOptions& options, Context& context) {
  if (options.format != "timeml" && options.format != "conllu")
    throw UsageError(fmt::format("cannot write format '{}'; expected timeml or conllu", options.format));
  if (options.output && options.output->string().ends_with('/')) make_output_folder(*options.output);
  const auto pipeline = core::Pipeline::load(DataDir::locate(context.data_dir));
  const bool to_folder = options.output && fs::is_directory(*options.output);
  std::vector<std::pair<fs::path, std::string>> results;
  std::vector<fs::path> text_inputs;
  for (const auto& input : options.inputs) {
    if (is_conllu(input)) results.emplace_back(fs::path(input).filename(), annotate_conllu_file(input, pipeline));
    else text_inputs.emplace_back(input);
  }
  if (!text_inputs.empty()) {
    auto documents = core::read_documents(text_inputs);
    if (options.dct) choose_dcts(documents, {core::parse_dct(*options.dct, "--dct"), {}}, context);
    date_from_datelines(documents, pipeline.timex_tagger(), context);
    for (std::size_t i = 0; i < documents.size(); ++i) {
      context.reporter.progress("annotating", i, documents.size());
      const auto name = output_name(documents[i], options.format);
      results.emplace_back(name, annotate_document(std::move(documents[i]), options.format, pipeline));
    }
  }
  if (results.size() > 1 && !to_folder)
    throw UsageError(fmt::format("{} documents need an output folder: -o DIR (an existing folder, or DIR/ to make it)", results.size()));
  for (const auto& [name, content] : results) write_output(to_folder ? std::optional(*options.output / name) : options.output, content);
  return kExitOk;
}

void setup_annotate(CLI::App& app, Context& context) {
  auto options = std::make_shared<AnnotateOptions>();
  auto* command = app.add_subcommand("annotate", "write our annotations as TimeML or CoNLL-U, for scoring");
  command->add_option("inputs", options->inputs, "articles (.txt .md .tml .jsonl .conllu) or folders")->required();
  command->add_option("--format", options->format, "timeml (default) or conllu")->check(CLI::IsMember({"timeml", "conllu"}));
  command->add_option("-o,--output", options->output, "a folder (one file per document; DIR/ makes it) or a file");
  add_dct_option(*command, options->dct);
  command->footer(R"(
Examples:
  chronograph annotate article.txt                            TimeML on stdout
  mkdir out && chronograph annotate gold/*.tml -o out          same TEXT as each .tml, our tags
  chronograph eval --gold gold --system out                    then score it (TempEval-3)
  chronograph annotate article.txt --format conllu             tokens, tags, lemmas, parse
  chronograph annotate dev.conllu --format conllu -o dev.pred.conllu   keep the given tokens)");
  command->callback([options, &context] { context.exit_code = run_annotate(*options, context); });
}

const CommandRegistration registration{30, &setup_annotate};

}  // namespace
}  // namespace chronograph::cli
