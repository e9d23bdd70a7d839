// chronograph train-tlinks: trains the TLINK classifier on TimeML with gold TLINKs (TBAQ train).
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/corpus_training.h"
#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/timeml/split_list.h"
#include "core/tlinks/tlink_training.h"

namespace {

struct TrainTlinksOptions {
  chronograph::cli::CorpusTraining corpus{{}, {}, "models/tlinks/tlinks.bin", 10};
  std::vector<std::string> silent;
  std::vector<std::string> none_bias;
  bool perceptron = false;
  double cost = chronograph::core::TlinkTrainOptions{}.cost;
};

chronograph::core::TlinkPairKind kind_named(const std::string& name, const std::string& flag) {
  using chronograph::core::TlinkPairKind;
  for (std::size_t k = 0; k < chronograph::core::kTlinkPairKinds; ++k)
    if (chronograph::core::to_string(static_cast<TlinkPairKind>(k)) == name) return static_cast<TlinkPairKind>(k);
  throw chronograph::UsageError(fmt::format(
      "{}: unknown kind '{}'; use event-dct, event-timex, event-event, cross-sentence, prior-timex or same-word", flag, name));
}

int run_train_tlinks(const TrainTlinksOptions& o, chronograph::cli::Context& context) {
  using namespace chronograph;
  const DataDir data = DataDir::locate(context.data_dir);
  const auto files = core::read_split_list(o.corpus.list, o.corpus.data_root);
  const core::TlinkPrepare prepare = cli::run_time_preparation(data, true);
  core::TlinkTrainOptions options;
  options.epochs = o.corpus.epochs;
  options.seed = o.corpus.seed;
  options.min_feature_count = o.corpus.min_count;
  options.cost = o.cost;
  if (o.perceptron) options.learner = core::TlinkTrainOptions::Learner::Perceptron;
  for (const auto& name : o.silent) options.silent.push_back(kind_named(name, "--silent"));
  for (const auto& item : o.none_bias) {
    const auto eq = item.find('=');
    double value = 0;
    const char* number = eq == std::string::npos ? nullptr : item.c_str() + eq + 1;
    char* end = nullptr;
    if (number) value = std::strtod(number, &end);
    if (!number || end == number || *end != '\0')
      throw UsageError(fmt::format("--none-bias: expected KIND=NUMBER, got '{}'", item));
    options.none_bias[static_cast<std::size_t>(kind_named(item.substr(0, eq), "--none-bias"))] = value;
  }
  const core::TlinkClassifier model = core::train_tlink_classifier(files, prepare, options, context.reporter);
  write_file_atomically(o.corpus.output, model.serialize());
  context.reporter.note(fmt::format("wrote {}", o.corpus.output.string()));
  return cli::kExitOk;
}

void setup_train_tlinks(CLI::App& app, chronograph::cli::Context& context) {
  auto options = std::make_shared<TrainTlinksOptions>();
  auto* sub = app.add_subcommand("train-tlinks", "train the TLINK classifier on TimeML with gold TLINKs");
  chronograph::cli::add_corpus_training_options(*sub, options->corpus);
  sub->add_option("--cost", options->cost, "logistic regression's cost C (liblinear)")->capture_default_str();
  sub->add_flag("--perceptron", options->perceptron, "an averaged perceptron (--epochs) instead of logistic regression");
  sub->add_option("--silent", options->silent,
                  "candidate kinds the model does not link at run time (rules still do): "
                  "event-dct, event-timex, event-event, cross-sentence, prior-timex, same-word");
  sub->add_option("--none-bias", options->none_bias,
                  "KIND=NUMBER added to the NONE score of a kind (below 0: more links); defaults "
                  "event-dct=-3.5 event-timex=-1.5 event-event=-3.5 cross-sentence=-3.5 prior-timex=-3.5 same-word=-4 "
                  "(tuned by cross-validation on TBAQ train: bench/tlinks/tlinks_cv, bench/tlinks/abc_cv.sh)");
  sub->footer(R"(
Examples:
  chronograph train-tlinks --tbaq-list corpus/splits/tbaq-train.txt \
      --data-root corpus -o models/tlinks/tlinks.bin
  chronograph train-tlinks --tbaq-list my-list.txt --data-root corpus --cost 1 \
      --silent cross-sentence -o /tmp/tlinks.bin
  chronograph train-tlinks --tbaq-list my-list.txt --data-root corpus --perceptron --epochs 5 \
      --none-bias event-dct=-12 -o /tmp/tlinks.bin

The model is written whole or not at all; models/tlinks/README.md says how the shipped one was made.)");
  sub->callback([&context, options] { context.exit_code = run_train_tlinks(*options, context); });
}

const chronograph::cli::CommandRegistration registration{92, &setup_train_tlinks};

}  // namespace
