#include "graph/ids/event_ids.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/common/ascii_fold.h"

namespace chronograph::graph {

namespace {

// Function words that carry no identity in a headline-like title. Sorted for binary_search.
constexpr std::array<std::string_view, 44> kStopWords{
    "a",    "about", "after", "an",    "and",   "are",  "as",   "at",   "be",    "been",  "before",
    "but",  "by",    "did",   "do",    "does",  "for",  "from", "had",  "has",   "have",  "her",
    "his",  "in",    "into",  "is",    "it",    "its",  "of",   "on",   "or",    "over",  "than",
    "that", "the",   "their", "this",  "those", "to",   "was",  "were", "which", "will",  "with"};

bool is_stop_word(std::string_view word) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), word);
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Words of the title, its Latin letters folded to ASCII ("Kovač" -> "kovac"); a full stop,
// apostrophe or "&" inside a word joins its parts ("U.S." -> "us", "Biden's" -> "bidens",
// "AT&T" -> "att"), every other byte that is not an ASCII letter or digit separates words
// (dashes, quotes, other scripts).
std::vector<std::string> words_of(std::string_view original) {
  const std::string folded = fold_to_ascii(original);
  const std::string_view title = folded;
  std::vector<std::string> words;
  std::string current;
  const auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < title.size(); ++i) {
    const char c = title[i];
    const auto next = i + 1 < title.size() ? static_cast<unsigned char>(title[i + 1]) : 0;
    if (is_ascii_alnum(c)) {
      current.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else if ((c == '.' || c == '\'' || (c == '&' && is_ascii_alnum(static_cast<char>(next)))) && !current.empty()) {
      continue;  // "U.S.", "Russia's", "AT&T": one word
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// FNV-1a, 64 bits: stable across runs, platforms and compilers (std::hash is not).
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 14695981039346656037ULL) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

bool is_number(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The sentence with every number ("250,000", "4.5", "2011") as one "0": a corrected figure is
// the commonest small edit of a news text, and it should not rename the sentence's events.
std::string with_numbers_masked(std::string_view sentence) {
  const auto digit = [&](std::size_t i) { return i < sentence.size() && sentence[i] >= '0' && sentence[i] <= '9'; };
  std::string masked;
  for (std::size_t i = 0; i < sentence.size();) {
    if (!digit(i)) {
      masked.push_back(sentence[i++]);
      continue;
    }
    masked.push_back('0');
    const auto separator = [&](std::size_t k) { return k < sentence.size() && (sentence[k] == ',' || sentence[k] == '.'); };
    while (digit(i) || (separator(i) && digit(i + 1))) ++i;
  }
  return masked;
}

}  // namespace

std::string slugify(std::string_view title) {
  const std::vector<std::string> words = words_of(title);
  std::vector<std::string> kept;
  // Numbers are left out too, so that a corrected figure keeps the id ("250,000 litres leak"
  // and "260,000 litres leak" are both "litres-leak").
  for (const auto& word : words)
    if (!is_stop_word(word) && !is_number(word)) kept.push_back(word);
  if (kept.empty()) kept = words;  // "It was" keeps "it-was" rather than nothing
  if (kept.size() > kMaxSlugWords) kept.resize(kMaxSlugWords);
  std::string slug;
  for (const auto& word : kept) {
    if (!slug.empty()) slug.push_back('-');
    slug += word;
  }
  return slug.empty() ? "event" : slug;
}

std::string id_suffix(const Event& event) {
  std::uint64_t hash = fnv1a(event.trigger);
  hash = fnv1a("\x1f", hash);
  if (!event.mentions.empty()) {
    const Mention& mention = event.mentions.front();
    const std::string sentence = with_numbers_masked(mention.sentence_text);
    hash = fnv1a(sentence, hash);
    hash = fnv1a("\x1f", hash);
    hash = fnv1a(mention.text, hash);
    // Where the trigger sits inside its sentence tells apart two "said" of one sentence.
    if (!sentence.empty()) {
      const auto at = sentence.find(mention.text);
      hash = fnv1a(std::to_string(at == std::string::npos ? 0 : at), hash);
    }
  }
  constexpr std::string_view kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string suffix;
  for (int i = 0; i < 4; ++i) {
    suffix.push_back(kDigits[hash % 36]);
    hash /= 36;
  }
  return suffix;
}

void assign_event_ids(std::vector<Event>& events) {
  std::vector<std::string> slugs;
  slugs.reserve(events.size());
  std::map<std::string, int> slug_count;
  for (const auto& event : events) {
    slugs.push_back(slugify(event.title.empty() ? event.trigger : event.title));
    ++slug_count[slugs.back()];
  }
  std::set<std::string> taken;
  for (std::size_t i = 0; i < events.size(); ++i) {
    std::string id = slugs[i];
    if (slug_count[id] > 1) {
      id.push_back('-');
      id += id_suffix(events[i]);
    }
    // Only sentences identical but for their numbers, with identical triggers (a repeated
    // paragraph, "rose 5%" and "rose 7%" told alike), still collide; then, and only then, the
    // order decides: "-2", "-3", ...
    std::string unique = id;
    for (int n = 2; taken.count(unique); ++n) unique = fmt::format("{}-{}", id, n);
    taken.insert(unique);
    events[i].id = std::move(unique);
  }
}

}  // namespace chronograph::graph
