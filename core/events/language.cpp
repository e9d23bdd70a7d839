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

// Function words of German, French, Spanish, Portuguese, Italian, Dutch and Swedish that English does not
// use (nor its names: not "von", "le", "la", "el", "di", "van"): a short text is another
// language when these outnumber its English ones.
constexpr auto kForeign = std::to_array<std::string_view>({
    "der",  "das",  "und",  "ist",  "nicht", "mit",   "hat",   "auf",  "sich", "wurde", "nach", "les", "des", "est",
    "une",  "pour", "sur",  "los",  "las",   "het",   "een",   "che",  "del",  "och",   "dem",  "zum", "eine", "ein",
    "dans", "avec", "una",  "por",  "delle", "della", "sono",  "heeft", "zijn", "niet", "werd", "wordt",
    "aus",  "im",   "vom",  "bei",  "auch",  "wird",  "wurden", "sind", "oder", "aber", "sont", "leur", "fue", "pero",
    "que",  "para", "como", "sus",  "uma",   "pelo",  "pela"});

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

// Letters of the Latin alphabet (ASCII and its accented forms) and letters of other scripts
// (Greek, Cyrillic, Arabic, Devanagari, Chinese, Japanese, Korean, ...) in a UTF-8 text;
// digits, punctuation and symbols ("。", "–", "€") count as neither.
struct ScriptLetters {
  std::size_t latin = 0, other = 0;
};

bool is_latin_letter(char32_t c) {
  return (c < 0x80 && std::isalpha(static_cast<int>(c))) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

bool is_other_script_letter(char32_t c) {
  return (c >= 0x370 && c <= 0x1DFF) || (c >= 0x1F00 && c <= 0x1FFF) || (c >= 0x2E80 && c <= 0x2FFF) ||
         (c >= 0x3040 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

ScriptLetters script_letters(std::string_view text) {
  ScriptLetters letters;
  for (std::size_t k = 0; k < text.size();) {
    const auto lead = static_cast<unsigned char>(text[k]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t j = 1; j < length && k + j < text.size(); ++j)
      code = (code << 6) | (static_cast<unsigned char>(text[k + j]) & 0x3F);
    k += length;
    if (is_latin_letter(code)) ++letters.latin;
    else if (is_other_script_letter(code)) ++letters.other;
  }
  return letters;
}

}  // namespace

double english_function_word_share(std::string_view text) {
  std::size_t words = 0;
  for_each_word(text, [&](const std::string&) { ++words; });
  return words == 0 ? 0.0 : static_cast<double>(words_of(text, kEnglish)) / static_cast<double>(words);
}

bool looks_english(std::string_view text) {
  // ("山火于周四爆发。", "Пожар начался в четверг."): written mostly in another script
  const ScriptLetters letters = script_letters(text);
  if (letters.other > letters.latin) return false;
  std::size_t words = 0;
  for_each_word(text, [&](const std::string&) { ++words; });
  // A short text may be a headline, which can leave out every function word ("Central bank
  // holds rates, signals cuts could begin next spring"): too few English ones prove nothing,
  // so only another language's own outnumbering them does ("Die Polizei hat ... in Berlin ...
  // mit" has two to one, "Der Waldbrand brach am Donnerstag aus." two to none).
  constexpr std::size_t kShort = 40;
  if (words < kShort) {
    const std::size_t foreign = words_of(text, kForeign);
    return foreign < 2 || foreign <= words_of(text, kEnglish);
  }
  return english_function_word_share(text) >= 0.12;
}

}  // namespace chronograph::core
