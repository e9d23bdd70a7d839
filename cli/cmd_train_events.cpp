// chronograph train-events: trains the event trigger/class model on TimeML (TBAQ train).
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/command.h"
#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/events/event_training.h"
#include "core/timeml/split_list.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"

namespace {

struct TrainEventsOptions {
  std::filesystem::path list;
  std::filesystem::path data_root;
  std::filesystem::path output = "models/events/trigger.model";
  int epochs = 12;
  unsigned seed = 1;
  int min_count = 2;
  bool parse = true;
};

int run_train_events(const TrainEventsOptions& o, chronograph::cli::Context& context) {
  using namespace chronograph;
  const DataDir data = DataDir::locate(context.data_dir);
  const core::EventLexicon lexicon = core::EventLexicon::load(data);
  const auto files = core::read_split_list(o.list, o.data_root);
  // The event model sees what it will see at run time: our tokenizer and parse.
  const core::Tokenizer tokenizer = core::Tokenizer::load(data);
  const core::MorphoSyntax syntax = core::MorphoSyntax::load(data);
  const core::PrepareText prepare = [&](std::string_view text) {
    core::TokenizedText tokens = tokenizer.tokenize(text);
    if (o.parse) syntax.annotate(tokens);
    else syntax.tag(tokens);
    return tokens;
  };
  core::TrainingSummary summary;
  core::TriggerModel::TrainOptions options;
  options.epochs = o.epochs;
  options.seed = o.seed;
  options.min_feature_count = o.min_count;
  const core::TriggerModel model = core::train_trigger_model(files, lexicon, prepare, options, summary, context.reporter);
  write_file_atomically(o.output, model.serialize());
  context.reporter.note(fmt::format("wrote {} ({} features)", o.output.string(), summary.features));
  return cli::kExitOk;
}

void setup_train_events(CLI::App& app, chronograph::cli::Context& context) {
  auto options = std::make_shared<TrainEventsOptions>();
  auto* sub = app.add_subcommand("train-events", "train the event trigger and class model on TimeML");
  sub->add_option("--tbaq-list", options->list, "file listing the training .tml files, one a line")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--data-root", options->data_root, "folder the listed paths are relative to")
      ->required()
      ->check(CLI::ExistingDirectory);
  sub->add_option("-o,--output", options->output, "the model file to write")->capture_default_str();
  sub->add_option("--epochs", options->epochs, "averaged-perceptron passes over the data")->capture_default_str();
  sub->add_option("--seed", options->seed, "shuffling seed (the same seed gives the same model)")
      ->capture_default_str();
  sub->add_option("--min-count", options->min_count, "drop features seen fewer times")->capture_default_str();
  sub->add_flag("!--no-parse", options->parse, "train on tags and lemmas only (no dependency features)");
  sub->footer(R"(
Examples:
  chronograph train-events --tbaq-list ../shared/data/splits/tbaq-train.txt \
      --data-root ../shared/data -o models/events/trigger.model
  chronograph train-events --tbaq-list my-list.txt --data-root corpus --epochs 5 --seed 7 -o /tmp/t.model

The model is written whole or not at all; models/events/README.md says how the shipped one was made.)");
  sub->callback([&context, options] { context.exit_code = run_train_events(*options, context); });
}

const chronograph::cli::CommandRegistration registration{91, &setup_train_events};

}  // namespace
