// Part-of-speech tagger: greedy averaged perceptrons predicting one joint label "UPOS XPOS"
// per token (so AUX/VERB and SCONJ/ADP follow from context), plus morphological features
// (most frequent FEATS of the word with that label in training, else of the label).
// Two passes: the first (right to left in the shipped model, `first_right_to_left_`) sees the
// words and its own tags on the side it came from; the second, left to right, also sees the
// first pass's tags to its right ("that" before a verb is SCONJ).
// Both read a lexicon of the label sets of the training words (ambiguity classes), which
// tells an unseen context what the next words can be, and the parts of speech WordNet allows
// each word (word_classes.h), which the web text of the treebank under-represents in news
// ("prices rose", "a military offensive"). Trained on UD English EWT; see models/README.md.
//
//   const Tagger tagger = Tagger::load("models/tagger.bin");   // InputError names the file
//   tagger.tag(sentence);   // fills upos, xpos, feats of each token (reads Token::norm)
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/syntax/perceptron.h"
#include "core/syntax/word_classes.h"
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
  // In training, a word seen n times is hidden (its own features left out, as if unseen) with
  // chance rare_alpha / (rare_alpha + n): the model must then also learn to tag rare words from
  // their context and WordNet classes, which carry over to text unlike the treebank's.
  double rare_alpha = 1;
  int prune = 600;        // weights under this many quantisation steps (of 32767) are dropped
};

class Tagger {
 public:
  static constexpr int kVersion = 3;
  static Tagger load(const std::filesystem::path& file);
  // `classes` (WordClasses::read_table) is kept inside the model.
  static Tagger train(std::span<const std::span<const Token>> sentences, const TaggerOptions& options,
                      const WordClasses& classes, Reporter& reporter);
  void save(const std::filesystem::path& file) const;

  // Holds all the weights: a copy is always a mistake. Pass by const&.
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;
  Tagger(Tagger&&) = default;
  Tagger& operator=(Tagger&&) = default;

  void tag(std::span<Token> sentence) const;
  // Drops weights under `min_units` quantisation steps (a smaller model).
  void prune(int min_units);
  std::size_t label_count() const { return upos_.size(); }
  // Whether the training text tagged this lower-case word `xpos` (10%+ of its uses), for
  // repairs after parsing: "hit" was VBD, "hike" never.
  bool seen_as(const std::string& lower, std::string_view xpos) const;
  // The WordNet classes kept in the model (word_classes.h), for repairs after parsing.
  const WordClasses& word_classes() const { return word_classes_; }

 private:
  Tagger() = default;
  struct Word;
  // What the tagger knows of a lower-case training word.
  struct LexiconEntry {
    std::string labels;    // its ambiguity class: the label ids it took (10%+ of the time), ascending
    std::uint64_t hash;    // of `labels`, the feature value
    std::vector<std::pair<std::uint8_t, std::string>> feats;  // (label, FEATS) unlike the label's default
    std::uint16_t word_classes = 0;  // WordClasses::of the word, looked up once
  };
  std::vector<Word> describe(std::span<const Token> sentence) const;
  // The features of words[i] (the words padded by two on each side), given the labels
  // already chosen to its left.
  static void features(const std::vector<Word>& words, std::size_t i, int prev1, int prev2, bool second_pass,
                       std::vector<std::uint64_t>& out);
  // Gives each word the first pass's labels, for the second pass.
  static void set_first_pass(std::vector<Word>& words, std::span<const int> labels);
  // A word that could be a sentence's finite verb: where, its likeliest finite label, and how
  // much score choosing that label gives up against the label the tagger preferred there.
  struct FiniteChoice {
    std::size_t at = 0;
    int label = -1;
    float cost = 0;
  };
  // One greedy pass; `forced` fixes one word's label, and `finite` (when given) receives the
  // words that could be a finite verb.
  std::vector<int> decode(const std::vector<Word>& words, const HashedWeights& weights,
                          const FiniteChoice* forced = nullptr, std::vector<FiniteChoice>* finite = nullptr) const;
  std::vector<int> decode_right_to_left(std::vector<Word> words, const HashedWeights& weights) const;
  bool tensed_label(int label) const;
  bool finite_verb_label(int label) const;
  bool could_be_finite_verb(const std::vector<Word>& words, std::size_t i, int prev1, int prev2) const;
  bool finite_for_word(const Word& word, int label) const;
  std::optional<FiniteChoice> cheapest_finite(const Word& word, const std::vector<float>& scores, int best,
                                              std::size_t i) const;
  std::optional<FiniteChoice> chosen_finite_verb(const std::vector<FiniteChoice>& candidates) const;
  const LexiconEntry* find_entry(const std::string& lower) const;
  void fill_feats(Token& token, const Word& word, int label) const;
  static Tagger train_pass(std::span<const std::span<const Token>> sentences,
                           const std::vector<std::vector<int>>* first_pass, bool right_to_left,
                           const TaggerOptions& options, const WordClasses& classes, Reporter& reporter);

  std::vector<std::string> upos_, xpos_;        // per label
  std::vector<std::string> default_feats_;      // per label
  std::unordered_map<std::string, int> tag_dictionary_;            // form -> label
  std::unordered_map<std::string, LexiconEntry> lexicon_;          // lower form -> what is known of it
  WordClasses word_classes_;
  HashedWeights first_, second_;                // second_ is empty in a one-pass tagger
  bool first_right_to_left_ = false;
};

}  // namespace chronograph::core
