// syntax_train --ewt DIR [--out DIR] [--what tagger|lemmatizer|parser|all] [--tagger-epochs N]
//              [--tagger-passes N] [--tagger-bits N] [--tagger-ensemble N] [--tagger-rare-alpha X] [--tagger-prune N]
//              [--parser-epochs N] [--seed N] [--folds N] [--watch-dev DEV.conllu]
//              [--word-classes FILE]   (default data/syntax/word_classes.txt: run it from the repository root)
// The same training as `chronograph train`, without linking the whole command.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "bench/support/printing_reporter.h"
#include "core/common/error.h"
#include "core/syntax/parser.h"
#include "core/syntax/tagger.h"
#include "core/syntax/training.h"

using namespace chronograph;

int main(int argc, char** argv) {
  core::TrainingOptions options;
  std::string what = "all";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i], value = argv[i + 1];
    if (arg == "--ewt") options.ewt_dir = value;
    else if (arg == "--out") options.out_dir = value;
    else if (arg == "--what") what = value;
    else if (arg == "--tagger-epochs") options.tagger_epochs = std::atoi(value.c_str());
    else if (arg == "--tagger-passes") options.tagger_passes = std::atoi(value.c_str());
    else if (arg == "--tagger-bits") options.tagger_bits = std::atoi(value.c_str());
    else if (arg == "--tagger-ensemble") options.tagger_ensemble = std::atoi(value.c_str());
    else if (arg == "--tagger-rare-alpha") options.tagger_rare_alpha = std::atof(value.c_str());
    else if (arg == "--tagger-prune") options.tagger_prune = std::atoi(value.c_str());
    else if (arg == "--parser-epochs") options.parser_epochs = std::atoi(value.c_str());
    else if (arg == "--seed") options.seed = std::strtoull(value.c_str(), nullptr, 10);
    else if (arg == "--folds") options.jackknife_folds = std::atoi(value.c_str());
    else if (arg == "--watch-dev") options.watch_dev = value;
    else if (arg == "--word-classes") options.word_classes = value;
    else {
      std::fprintf(stderr, "syntax_train: unknown option %s\n", arg.c_str());
      return 2;
    }
  }
  if (what.rfind("prune-parser=", 0) == 0) {  // --what prune-parser=N: prune out/parser.bin in place
    auto parser = core::Parser::load(options.out_dir / "parser.bin");
    parser.prune(std::atoi(what.c_str() + 13));
    parser.save(options.out_dir / "parser.bin");
    return 0;
  }
  if (what.rfind("prune-tagger=", 0) == 0) {  // --what prune-tagger=N: prune out/tagger.bin in place
    auto tagger = core::Tagger::load(options.out_dir / "tagger.bin");
    tagger.prune(std::atoi(what.c_str() + 13));
    tagger.save(options.out_dir / "tagger.bin");
    return 0;
  }
  options.tagger = what == "tagger" || what == "all";
  options.lemmatizer = what == "tagger" || what == "lemmatizer" || what == "all";
  options.parser = what == "parser" || what == "all";
  try {
    bench::PrintingReporter reporter;
    core::train_models(options, reporter);
  } catch (const InputError& error) {
    std::fprintf(stderr, "syntax_train: error: %s\n   help: %s\n", error.what(), error.help().c_str());
    return 1;
  }
  return 0;
}
