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
// use (nor its names: not "von", "le", "la", "el", "di", "van"): a short text is another
// language when these outnumber its English ones.
constexpr std::array<std::string_view, 40> kForeign = {
    "der",  "das",  "und",  "ist",  "nicht", "mit",   "hat",  "auf",  "sich", "wurde", "nach", "les", "des", "est",
    "une",  "pour", "sur",  "los",  "las",   "het",   "een",  "che",  "del",  "och",   "dem",  "zum", "eine", "ein",
    "dans", "avec", "una",  "por",  "delle", "della", "sono", "heeft", "zijn", "niet", "werd", "wordt"};

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

template <std::size_t N>
std::size_t words_of(std::string_view text, const std::array<std::string_view, N>& list) {
  std::size_t hits = 0;
  for_each_word(text, [&](const std::string& word) {
    if (std::find(list.begin(), list.end(), word) != list.end()) ++hits;
  });
  return hits;
}

}  // namespace

double english_function_word_share(std::string_view text) {
  std::size_t words = 0;
  for_each_word(text, [&](const std::string&) { ++words; });
  return words == 0 ? 0.0 : static_cast<double>(words_of(text, kEnglish)) / static_cast<double>(words);
}

bool looks_english(std::string_view text) {
  std::size_t words = 0;
  for_each_word(text, [&](const std::string&) { ++words; });
  if (words < 8) return true;
  // A short text may be a headline, which can leave out every function word ("Central bank
  // holds rates, signals cuts could begin next spring"): too few English ones prove nothing,
  // so only another language's own outnumbering them does ("Die Polizei hat ... in Berlin ...
  // mit" has two to one).
  constexpr std::size_t kShort = 40;
  if (words < kShort) {
    const std::size_t foreign = words_of(text, kForeign);
    return foreign < 2 || foreign <= words_of(text, kEnglish);
  }
  return english_function_word_share(text) >= 0.12;
}

}  // namespace chronograph::core
