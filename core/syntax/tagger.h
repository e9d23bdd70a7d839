// Part-of-speech tagger: a greedy left-to-right averaged perceptron predicting one joint
// label "UPOS XPOS" per token (so AUX/VERB and SCONJ/ADP follow from context), plus
// morphological features (most frequent FEATS of the word with that label in training,
// else of the label). Trained on UD English EWT; see models/README.md.
//
//   const Tagger tagger = Tagger::load("models/tagger.bin");   // InputError names the file
//   tagger.tag(sentence);   // fills upos, xpos, feats of each token (reads Token::norm)
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/syntax/perceptron.h"
#include "core/text/token.h"

namespace chronograph {
class Reporter;
}

namespace chronograph::core {

struct TaggerOptions {
  int epochs = 8;
  std::uint64_t seed = 1;
  int bits = 20;          // 2^bits feature buckets
  float prune = 0.0f;     // averaged weights below this are dropped when saving
};

class Tagger {
 public:
  static constexpr int kVersion = 1;
  static Tagger load(const std::filesystem::path& file);
  static Tagger train(std::span<const std::span<const Token>> sentences, const TaggerOptions& options,
                      Reporter& reporter);
  void save(const std::filesystem::path& file) const;

  // Holds all the weights: a copy is always a mistake. Pass by const&.
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;
  Tagger(Tagger&&) = default;
  Tagger& operator=(Tagger&&) = default;

  void tag(std::span<Token> sentence) const;
  std::size_t label_count() const { return upos_.size(); }

 private:
  Tagger() = default;
  struct Word;
  std::vector<Word> describe(std::span<const Token> sentence) const;
  static void features(const std::vector<Word>& words, std::size_t i, int prev1, int prev2,
                       std::vector<std::uint64_t>& out);
  int known_label(const Word& word) const;
  void fill_feats(Token& token, int label) const;

  std::vector<std::string> upos_, xpos_;        // per label
  std::vector<std::string> default_feats_;      // per label
  std::unordered_map<std::string, int> tag_dictionary_;            // form -> label
  std::unordered_map<std::string, std::string> feats_;             // lower form \t label -> FEATS
  HashedWeights weights_;
};

}  // namespace chronograph::core
