// Lemmatizer: a dictionary of the (form, UPOS, XPOS) -> lemma pairs seen in training, then
// for unseen words an edit script (keep the case, lower-case or title-case the form, drop
// thousands separators, strip N final bytes, append a string) chosen by the word's tags,
// the case of its letters and its longest known suffix, learned from the training word types
// ("hoisted" -> strip "ed" under VBD/VBN, like "listed" -> "list"; "TEHRAN" -> "Tehran" under
// NNP, like "KABUL"). Among the scripts seen with the word's suffixes, the first whose result
// is a known lemma wins ("hottest" -> "hot", not "hott"), else the most frequent with the
// longest suffix.
//
//   const Lemmatizer lemmatizer = Lemmatizer::load("models/lemmatizer.bin");
//   lemmatizer.lemmatize(sentence);   // reads norm, upos, xpos; fills lemma
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text/token.h"

namespace chronograph::core {

class Lemmatizer {
 public:
  static constexpr int kVersion = 2;
  static Lemmatizer load(const std::filesystem::path& file);
  static Lemmatizer train(std::span<const std::span<const Token>> sentences);
  // Adds the past forms of a table of irregular verbs (data/syntax/irregular_verbs.tsv:
  // base<TAB>past<TAB>participle, alternatives joined by commas) that training did not see
  // ("sank" -> sink); a form the treebank has keeps its lemma. Errors name the file and line.
  void add_irregular_verbs(const std::filesystem::path& table);
  void save(const std::filesystem::path& file) const;

  Lemmatizer(const Lemmatizer&) = delete;  // holds the dictionaries: pass by const&
  Lemmatizer& operator=(const Lemmatizer&) = delete;
  Lemmatizer(Lemmatizer&&) = default;
  Lemmatizer& operator=(Lemmatizer&&) = default;

  void lemmatize(std::span<Token> sentence) const;
  std::string lemma(const std::string& form, const std::string& upos, const std::string& xpos) const;
  // Whether the lower-case `form` is a verb's past tense that training or the irregular verbs
  // saw ("cost", "hurt", "shut": pasts the treebank rarely shows, so the tagger may not know them).
  bool known_past(const std::string& form) const;

 private:
  Lemmatizer() = default;
  std::string unseen_lemma(const std::string& form, const std::string& upos, const std::string& xpos) const;
  // For a comparative, superlative or verb form whose guessed lemma is no known word ("hottest" ->
  // "hott", "saddest" -> "sadde"): the stem respelled ("hot", "sad"), preferring one training
  // knows; "" when the guess stands.
  std::string respelled_stem(const std::string& lower, const std::string& guess, const std::string& upos,
                             const std::string& xpos) const;

  static constexpr std::size_t kMaxSuffix = 6;
  std::unordered_map<std::string, std::string> known_;   // form \t upos \t xpos (or form \t upos) -> lemma
  // upos \t xpos \t letter case \t suffix of the lower-case form, digits as 0 -> edit
  // scripts, the most frequent first
  std::unordered_map<std::string, std::vector<std::string>> scripts_;
  std::unordered_set<std::string> vocabulary_;  // the lower-cased lemmas of training
};

}  // namespace chronograph::core
