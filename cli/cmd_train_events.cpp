// chronograph train-events: trains the event trigger/class model on TimeML (TBAQ train).
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/corpus_training.h"
#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/events/event_training.h"
#include "core/timeml/split_list.h"

namespace {

struct TrainEventsOptions {
  // min-count 1: logistic regression keeps singleton features usefully (cross-validated on train).
  chronograph::cli::CorpusTraining corpus{{}, {}, "models/events/trigger.model", 12, 1, 1};
  bool parse = true;
  bool perceptron = false;
  double cost = chronograph::core::TriggerModel::TrainOptions{}.cost;
};

int run_train_events(const TrainEventsOptions& o, chronograph::cli::Context& context) {
  using namespace chronograph;
  const DataDir data = DataDir::locate(context.data_dir);
  const core::EventLexicon lexicon = core::EventLexicon::load(data);
  const auto files = core::read_split_list(o.corpus.list, o.corpus.data_root);
  const core::PrepareText prepare = cli::run_time_preparation(data, o.parse);
  core::TrainingSummary summary;
  core::TriggerModel::TrainOptions options;
  options.epochs = o.corpus.epochs;
  options.seed = o.corpus.seed;
  options.min_feature_count = o.corpus.min_count;
  options.cost = o.cost;
  if (o.perceptron) options.learner = core::TriggerModel::TrainOptions::Learner::perceptron;
  const core::TriggerModel model = core::train_trigger_model(files, lexicon, prepare, options, summary, context.reporter);
  write_file_atomically(o.corpus.output, model.serialize());
  context.reporter.note(fmt::format("wrote {} ({} features)", o.corpus.output.string(), summary.features));
  return cli::kExitOk;
}

void setup_train_events(CLI::App& app, chronograph::cli::Context& context) {
  auto options = std::make_shared<TrainEventsOptions>();
  auto* sub = app.add_subcommand("train-events", "train the event trigger and class model on TimeML");
  chronograph::cli::add_corpus_training_options(*sub, options->corpus);
  sub->add_flag("!--no-parse", options->parse, "train on tags and lemmas only (no dependency features)");
  sub->add_option("--cost", options->cost, "logistic regression's cost C (liblinear)")->capture_default_str();
  sub->add_flag("--perceptron", options->perceptron, "an averaged perceptron (--epochs) instead of logistic regression");
  sub->footer(R"(
Examples:
  chronograph train-events --tbaq-list corpus/splits/tbaq-train.txt \
      --data-root corpus -o models/events/trigger.model
  chronograph train-events --tbaq-list my-list.txt --data-root corpus --cost 1 --min-count 1 -o /tmp/t.model
  chronograph train-events --tbaq-list my-list.txt --data-root corpus --perceptron --epochs 5 -o /tmp/p.model

The model is written whole or not at all; models/events/README.md says how the shipped one was made.)");
  sub->callback([&context, options] { context.exit_code = run_train_events(*options, context); });
}

const chronograph::cli::CommandRegistration registration{91, &setup_train_events};

}  // namespace
