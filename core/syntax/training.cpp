#include "core/syntax/training.h"

#include <utility>

#include <fmt/format.h>

#include "core/common/error.h"
#include "core/common/reporter.h"
#include "core/syntax/conllu.h"
#include "core/syntax/lemmatizer.h"
#include "core/syntax/parser.h"
#include "core/syntax/sentences.h"
#include "core/syntax/tagger.h"
#include "core/syntax/word_classes.h"

namespace chronograph::core {

namespace {

TaggerOptions tagger_options(const TrainingOptions& options) {
  TaggerOptions t;
  if (options.tagger_epochs > 0) t.epochs = options.tagger_epochs;
  if (options.tagger_passes > 0) t.passes = options.tagger_passes;
  if (options.tagger_bits > 0) t.bits = options.tagger_bits;
  if (options.tagger_ensemble > 0) t.ensemble = options.tagger_ensemble;
  if (options.tagger_rare_alpha >= 0) t.rare_alpha = options.tagger_rare_alpha;
  if (options.tagger_prune >= 0) t.prune = options.tagger_prune;
  t.seed = options.seed;
  return t;
}

// Replaces the tags of `doc` with jackknifed predictions.
void jackknife_tags(ConlluDocument& doc, const TrainingOptions& options, const WordClasses& classes,
                    Reporter& reporter) {
  const int folds = options.jackknife_folds;
  auto all = sentence_spans(doc.tokens);
  std::vector<std::vector<Token>> predicted(all.size());
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<std::span<const Token>> train;
    for (std::size_t s = 0; s < all.size(); ++s)
      if (static_cast<int>(s % static_cast<std::size_t>(folds)) != fold) train.emplace_back(all[s]);
    NullReporter quiet;
    // Trained as the real tagger is, so that its mistakes are the ones the parser will see
    // (one perceptron instead of three cost 0.1 UAS on EWT dev).
    const Tagger tagger = Tagger::train(train, tagger_options(options), classes, quiet);
    for (std::size_t s = static_cast<std::size_t>(fold); s < all.size(); s += static_cast<std::size_t>(folds)) {
      predicted[s].assign(all[s].begin(), all[s].end());
      tagger.tag(predicted[s]);
    }
    reporter.note(fmt::format("jackknife: fold {}/{} tagged", fold + 1, folds));
  }
  for (std::size_t s = 0; s < all.size(); ++s)
    for (std::size_t i = 0; i < all[s].size(); ++i) {
      all[s][i].upos = predicted[s][i].upos;
      all[s][i].xpos = predicted[s][i].xpos;
    }
}

}  // namespace

void train_models(const TrainingOptions& options, Reporter& reporter) {
  const auto train_file = options.ewt_dir / "en_ewt-ud-train.conllu";
  if (!std::filesystem::exists(train_file))
    throw InputError(fmt::format("'{}' has no en_ewt-ud-train.conllu", options.ewt_dir.string()),
                     "pass the UD English EWT folder, e.g. --ewt corpus/ud-ewt");
  std::filesystem::create_directories(options.out_dir);
  ConlluDocument doc = read_conllu(train_file);
  const auto sentences = sentence_spans(std::as_const(doc.tokens));
  reporter.note(fmt::format("read {} sentences, {} words from {}", sentences.size(), doc.tokens.tokens.size(),
                            train_file.string()));
  const WordClasses classes = WordClasses::read_table(options.word_classes);
  reporter.note(fmt::format("read {} WordNet forms from {}", classes.size(), options.word_classes.string()));
  if (options.tagger) {
    Tagger::train(sentences, tagger_options(options), classes, reporter).save(options.out_dir / "tagger.bin");
    reporter.note(fmt::format("wrote {}", (options.out_dir / "tagger.bin").string()));
  }
  if (options.lemmatizer) {
    Lemmatizer lemmatizer = Lemmatizer::train(sentences);
    lemmatizer.add_irregular_verbs(options.irregular_verbs);
    lemmatizer.save(options.out_dir / "lemmatizer.bin");
    reporter.note(fmt::format("wrote {}", (options.out_dir / "lemmatizer.bin").string()));
  }
  if (options.parser) {
    if (options.jackknife_folds > 1) jackknife_tags(doc, options, classes, reporter);
    ParserOptions p;
    if (options.parser_epochs > 0) p.epochs = options.parser_epochs;
    p.seed = options.seed;
    ConlluDocument dev;
    if (!options.watch_dev.empty()) {
      dev = read_conllu(options.watch_dev);
      const Tagger tagger = Tagger::load(options.out_dir / "tagger.bin");
      for (const auto sentence : sentence_spans(dev.tokens)) tagger.tag(sentence);
      p.after_epoch = [&dev, &reporter](int epoch, const Parser& parser) {
        std::size_t uas = 0, las = 0;
        for (const auto sentence : sentence_spans(dev.tokens)) {
          std::vector<Token> copy(sentence.begin(), sentence.end());
          parser.parse(copy);
          for (std::size_t i = 0; i < copy.size(); ++i)
            if (copy[i].head == sentence[i].head) {
              ++uas;
              las += universal_relation(copy[i].deprel) == universal_relation(sentence[i].deprel);
            }
        }
        const double n = static_cast<double>(dev.tokens.tokens.size());
        reporter.note(fmt::format("  dev after epoch {}: UAS {:.2f} LAS {:.2f}", epoch, 100.0 * static_cast<double>(uas) / n,
                                  100.0 * static_cast<double>(las) / n));
      };
    }
    const Parser parser = Parser::train(sentence_spans(std::as_const(doc.tokens)), p, reporter);
    parser.save(options.out_dir / "parser.bin");
    reporter.note(fmt::format("wrote {}", (options.out_dir / "parser.bin").string()));
  }
}

}  // namespace chronograph::core
