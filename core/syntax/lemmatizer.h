// Lemmatizer: a dictionary of the (form, UPOS, XPOS) -> lemma pairs seen in training, then
// for unseen words an edit script (lower-case or not, strip N final bytes, append a string)
// chosen by the longest known suffix of the word under its tag, learned from the training
// word types ("hoisted" -> strip "ed" under VBD/VBN, like "listed" -> "list").
//
//   const Lemmatizer lemmatizer = Lemmatizer::load("models/lemmatizer.bin");
//   lemmatizer.lemmatize(sentence);   // reads norm, upos, xpos; fills lemma
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/text/token.h"

namespace chronograph::core {

class Lemmatizer {
 public:
  static constexpr int kVersion = 1;
  static Lemmatizer load(const std::filesystem::path& file);
  static Lemmatizer train(std::span<const std::span<const Token>> sentences);
  void save(const std::filesystem::path& file) const;

  Lemmatizer(const Lemmatizer&) = delete;  // holds the dictionaries: pass by const&
  Lemmatizer& operator=(const Lemmatizer&) = delete;
  Lemmatizer(Lemmatizer&&) = default;
  Lemmatizer& operator=(Lemmatizer&&) = default;

  void lemmatize(std::span<Token> sentence) const;
  std::string lemma(const std::string& form, const std::string& upos, const std::string& xpos) const;

 private:
  Lemmatizer() = default;
  static constexpr std::size_t kMaxSuffix = 6;
  std::unordered_map<std::string, std::string> known_;   // form \t upos \t xpos -> lemma
  std::unordered_map<std::string, std::string> scripts_;  // upos \t xpos \t lower suffix -> script
};

}  // namespace chronograph::core
