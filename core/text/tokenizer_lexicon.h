// The word lists the tokenizer decides with, read from data/lexicons/*.txt. Each file has
// one entry per line; blank lines and lines starting with '#' are ignored.
//
//   abbreviations.txt      "Mr. title" / "Inc."  — the period belongs to the token; a
//                          `title` never ends a sentence ("Mr. Biden"), the others may
//                          ("... of Apple Inc. The company")
//   hyphens.txt            "prefix co" / "date-modifier early" / "date-word June" /
//                          "unit year" / "compound year-end" — when a hyphenated word
//                          stays one token
//   clitics.txt            "suffix n't" / "split cannot can not" — Penn/UD clitic splits
//   emoticons.txt          ":-)" — one token each
//   sentence_starters.txt  "The" — capitalised words that, after an abbreviation such as
//                          "Inc.", show that a new sentence has begun
//   number_suffixes.txt    "pm" — units split off a number written with them ("7:30pm")
//
//   auto lexicon = TokenizerLexicon::load_from(data.data("lexicons"));  // throws ParseError
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace chronograph::core {

struct TokenizerLexicon {
  std::unordered_set<std::string> abbreviations;  // as written, with the final period
  std::unordered_set<std::string> titles;         // subset of abbreviations
  std::unordered_set<std::string> hyphen_prefixes, date_modifiers, date_words, units;  // lower
  std::unordered_set<std::string> hyphen_compounds;  // lower-case "left-right" pairs
  std::vector<std::string> clitic_suffixes;  // lower-case, straight apostrophe, longest first
  std::unordered_map<std::string, std::vector<std::string>> word_splits;  // lower-case
  std::vector<std::string> emoticons;                                     // longest first
  std::unordered_set<std::string> sentence_starters;
  std::unordered_set<std::string> number_suffixes;  // lower-case: "m", "k", "pm"

  // Reads the six files of `dir`. Throws InputError when one is missing, ParseError
  // ("path:line:col: message") on a bad line.
  static TokenizerLexicon load_from(const std::filesystem::path& dir);
};

}  // namespace chronograph::core
