// Part-of-speech tagger: greedy averaged perceptrons predicting one joint label "UPOS XPOS"
// per token (so AUX/VERB and SCONJ/ADP follow from context), plus morphological features
// (most frequent FEATS of the word with that label in training, else of the label).
// Two passes, left to right: the first sees the words and its own tags to the left; the
// second also sees the first pass's tags to the right ("that" before a verb is SCONJ).
// Both read a lexicon of the label sets of the training words (ambiguity classes), which
// tells an unseen context what the next words can be. Trained on UD English EWT; see
// models/README.md.
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
  int bits = 20;          // 2^bits feature buckets, for each pass
  int passes = 2;         // 1: left context only
  int ensemble = 3;       // perceptrons averaged per pass, each from its own shuffles
  int folds = 4;          // the second pass learns from first-pass tags jackknifed over this many folds
};

class Tagger {
 public:
  static constexpr int kVersion = 2;
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
  // What the tagger knows of a lower-case training word.
  struct LexiconEntry {
    std::string labels;    // its ambiguity class: the label ids it took (10%+ of the time), ascending
    std::uint64_t hash;    // of `labels`, the feature value
    std::vector<std::pair<std::uint8_t, std::string>> feats;  // (label, FEATS) unlike the label's default
  };
  std::vector<Word> describe(std::span<const Token> sentence) const;
  // The features of words[i] (the words padded by two on each side), given the labels
  // already chosen to its left.
  static void features(const std::vector<Word>& words, std::size_t i, int prev1, int prev2, bool second_pass,
                       std::vector<std::uint64_t>& out);
  std::vector<int> decode(const std::vector<Word>& words, const HashedWeights& weights) const;
  std::vector<int> decode_right_to_left(std::vector<Word> words, const HashedWeights& weights) const;
  const LexiconEntry* find_entry(const std::string& lower) const;
  void fill_feats(Token& token, const Word& word, int label) const;
  static Tagger train_pass(std::span<const std::span<const Token>> sentences,
                           const std::vector<std::vector<int>>* first_pass, bool right_to_left,
                           const TaggerOptions& options, Reporter& reporter);

  std::vector<std::string> upos_, xpos_;        // per label
  std::vector<std::string> default_feats_;      // per label
  std::unordered_map<std::string, int> tag_dictionary_;            // form -> label
  std::unordered_map<std::string, LexiconEntry> lexicon_;          // lower form -> what is known of it
  HashedWeights first_, second_;                // second_ is empty in a one-pass tagger
  bool first_right_to_left_ = false;
};

}  // namespace chronograph::core
