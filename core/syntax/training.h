// Retraining the morphosyntax models from UD English EWT (`chronograph train`, models/README.md).
// Deterministic given the seed: the same data and options give byte-identical files.
//
//   train_models({.ewt_dir = "corpus/ud-ewt", .out_dir = "models"}, reporter);
#pragma once

#include <cstdint>
#include <filesystem>

namespace chronograph {
class Reporter;
}

namespace chronograph::core {

struct TrainingOptions {
  std::filesystem::path ewt_dir;   // holds en_ewt-ud-train.conllu
  // The parts of speech WordNet allows each word (data/syntax/word_classes.txt), folded into tagger.bin.
  std::filesystem::path word_classes = "data/syntax/word_classes.txt";
  // English irregular verbs whose past forms the treebank lacks, folded into lemmatizer.bin.
  std::filesystem::path irregular_verbs = "data/syntax/irregular_verbs.tsv";
  std::filesystem::path out_dir = "models";
  bool tagger = true;              // tagger.bin
  bool lemmatizer = true;          // lemmatizer.bin
  bool parser = true;              // parser.bin
  int tagger_epochs = 0;           // 0: the defaults of TaggerOptions / ParserOptions
  int parser_epochs = 0;
  int tagger_passes = 0;           // 0: the default of TaggerOptions
  int tagger_bits = 0;             // 0: the default of TaggerOptions
  int tagger_ensemble = 0;         // 0: the default of TaggerOptions
  double tagger_rare_alpha = -1;   // -1: the default of TaggerOptions
  int tagger_prune = -1;           // -1: the default of TaggerOptions
  std::uint64_t seed = 1;
  // The parser learns from tags predicted by taggers trained on the other folds, so it sees
  // the tagger's mistakes as it will at run time; 0 trains it on gold tags.
  int jackknife_folds = 4;
  // When set, the parser's dev UAS/LAS (on tags from the new tagger) is reported after each epoch.
  std::filesystem::path watch_dev;
};

void train_models(const TrainingOptions& options, Reporter& reporter);

}  // namespace chronograph::core
