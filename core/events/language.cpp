#include "core/events/language.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace chronograph::core {

namespace {

// The commonest English function words; a built-in list (not data/) because the check
// must work before any data is found, e.g. to explain a failure.
constexpr std::array<std::string_view, 48> kEnglish{
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on",
    "with", "he", "as", "his", "by", "at", "from", "be", "this", "have", "has", "are",
    "not", "but", "they", "an", "were", "had", "been", "their", "which", "said", "would", "will",
    "or", "its", "who", "she", "her", "we", "after", "than", "about", "there", "when", "into"};

// Function words of German, French, Spanish, Italian, Dutch and Swedish that English does not
// use: a short text with two of them is not English, whatever English words it shares.
constexpr std::array<std::string_view, 26> kForeign = {"der", "das", "und", "ist", "nicht", "mit", "hat", "auf", "sich", "wurde",
                                                        "nach", "les", "des", "est", "une", "pour", "sur", "los", "las", "het",
                                                        "een", "che", "del", "och", "dem", "zum"};

// Calls `visit` with each word of the text, lower-cased; a non-ASCII letter becomes '#', so no
// word holding one matches a list.
void for_each_word(std::string_view text, auto visit) {
  std::string word;
  for (std::size_t k = 0; k <= text.size(); ++k) {
    const unsigned char u = k < text.size() ? static_cast<unsigned char>(text[k]) : ' ';
    if (u >= 128) {
      word += '#';
    } else if (std::isalpha(u)) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      visit(word);
      word.clear();
    }
  }
}

std::size_t foreign_function_words(std::string_view text) {
  std::size_t hits = 0;
  for_each_word(text, [&](const std::string& word) {
    if (std::find(kForeign.begin(), kForeign.end(), word) != kForeign.end()) ++hits;
  });
  return hits;
}

}  // namespace

double english_function_word_share(std::string_view text) {
  std::size_t words = 0, english = 0;
  for_each_word(text, [&](const std::string& word) {
    ++words;
    if (std::find(kEnglish.begin(), kEnglish.end(), word) != kEnglish.end()) ++english;
  });
  return words == 0 ? 0.0 : static_cast<double>(english) / static_cast<double>(words);
}

bool looks_english(std::string_view text) {
  std::size_t words = 0;
  for_each_word(text, [&](const std::string&) { ++words; });
  if (words < 8) return true;
  // (a short text may be headlines, which leave function words out: "Forecasters expect heavy
  // rain on Wednesday" has one in six; only one with almost none is another language)
  constexpr std::size_t kShort = 40;
  if (words < kShort && foreign_function_words(text) >= 2) return false;
  return english_function_word_share(text) >= (words < kShort ? 0.04 : 0.12);
}

}  // namespace chronograph::core
