// What the TimeML-trained commands (train-events, train-tlinks) share: the training corpus,
// the perceptron's settings, the model file, and text prepared as it will be at run time.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>

#include <CLI/CLI.hpp>

#include "core/common/data_dir.h"
#include "core/text/token.h"

namespace chronograph::cli {

struct CorpusTraining {
  std::filesystem::path list;       // --tbaq-list: the .tml files, one a line
  std::filesystem::path data_root;  // --data-root: what the listed paths are relative to
  std::filesystem::path output;     // -o: the model file (default set by the command)
  int epochs = 10;
  unsigned seed = 1;
  int min_count = 2;
};

// Adds --tbaq-list, --data-root, -o, --epochs, --seed and --min-count.
void add_corpus_training_options(CLI::App& command, CorpusTraining& options);

// The project's tokenizer, tagger and (with `parse`) parser, loaded once: the models learn from
// what they will see at run time.
std::function<core::TokenizedText(std::string_view)> run_time_preparation(const DataDir& data, bool parse);

}  // namespace chronograph::cli
