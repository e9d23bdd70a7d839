// chronograph train tagger|parser|all --ewt DIR: retrains the morphosyntax models
// (core/syntax) from UD English EWT. Deterministic given --seed; models/README.md has the
// commands that made the committed models.
#include <filesystem>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/command.h"
#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/syntax/training.h"

namespace {

struct TrainOptions {
  std::string what;
  std::filesystem::path ewt;
  std::filesystem::path out = "models";
  int epochs = 0;
  unsigned long long seed = 1;
  int folds = 4;
};

int run_train(const TrainOptions& o, chronograph::cli::Context& context) {
  using namespace chronograph;
  core::TrainingOptions options;
  options.ewt_dir = o.ewt;
  options.word_classes = DataDir::locate(context.data_dir).data("syntax/word_classes.txt");
  options.out_dir = o.out;
  options.tagger = o.what == "tagger" || o.what == "all";
  options.lemmatizer = options.tagger;
  options.parser = o.what == "parser" || o.what == "all";
  options.tagger_epochs = o.epochs;
  options.parser_epochs = o.epochs;
  options.seed = o.seed;
  options.jackknife_folds = o.folds;
  core::train_models(options, context.reporter);
  return cli::kExitOk;
}

void setup_train(CLI::App& app, chronograph::cli::Context& context) {
  auto options = std::make_shared<TrainOptions>();
  auto* sub = app.add_subcommand("train", "retrain the tagger, lemmatizer and parser on UD English EWT");
  sub->add_option("what", options->what, "tagger (tagger.bin + lemmatizer.bin), parser (parser.bin) or all")
      ->required()
      ->check(CLI::IsMember({"tagger", "parser", "all"}));
  sub->add_option("--ewt", options->ewt, "the folder holding en_ewt-ud-train.conllu")->required();
  sub->add_option("--out", options->out, "where the .bin files go (default: models)");
  sub->add_option("--epochs", options->epochs,
                  "training epochs (default: 8 for the tagger, 12 for the parser)");
  sub->add_option("--seed", options->seed, "random seed: the same seed gives the same files (default: 1)");
  sub->add_option("--folds", options->folds,
                  "jackknife folds for the parser's training tags; 0 trains it on gold tags (default: 4)");
  sub->footer(R"(
Examples:
  chronograph train all --ewt corpus/ud-ewt --out models
      retrain everything (a few minutes on one core); the committed models were made so
  chronograph train tagger --ewt corpus/ud-ewt --out /tmp/m --seed 2
      another tagger and lemmatizer, to see how much the seed matters
  bench/syntax: syntax_eval --conllu corpus/ud-ewt/en_ewt-ud-dev.conllu --models /tmp/m
      scores a set of models (UPOS, XPOS, lemma, UAS, LAS, speed))");
  sub->callback([options, &context] { context.exit_code = run_train(*options, context); });
}

const chronograph::cli::CommandRegistration registration{90, &setup_train};

}  // namespace
