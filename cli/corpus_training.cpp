#include "cli/corpus_training.h"

#include <memory>

#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"

namespace chronograph::cli {

void add_corpus_training_options(CLI::App& command, CorpusTraining& options) {
  command.add_option("--tbaq-list", options.list, "file listing the training .tml files, one a line")
      ->required()
      ->check(CLI::ExistingFile);
  command.add_option("--data-root", options.data_root, "folder the listed paths are relative to")
      ->required()
      ->check(CLI::ExistingDirectory);
  command.add_option("-o,--output", options.output, "the model file to write")->capture_default_str();
  command.add_option("--epochs", options.epochs, "averaged-perceptron passes over the data")->capture_default_str();
  command.add_option("--seed", options.seed, "shuffling seed (the same seed gives the same model)")
      ->capture_default_str();
  command.add_option("--min-count", options.min_count, "drop features seen fewer times")->capture_default_str();
}

std::function<core::TokenizedText(std::string_view)> run_time_preparation(const DataDir& data, bool parse) {
  auto tokenizer = std::make_shared<const core::Tokenizer>(core::Tokenizer::load(data));
  auto syntax = std::make_shared<const core::MorphoSyntax>(core::MorphoSyntax::load(data));
  return [tokenizer, syntax, parse](std::string_view text) {
    core::TokenizedText tokens = tokenizer->tokenize(text);
    if (parse) syntax->annotate(tokens);
    else syntax->tag(tokens);
    return tokens;
  };
}

}  // namespace chronograph::cli
