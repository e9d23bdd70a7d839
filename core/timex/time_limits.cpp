#include "core/timex/time_limits.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/syntax/sentences.h"

namespace chronograph::core {
namespace {

// The lower-case word that starts at `at` in `text` (letters only), and where it ends.
std::pair<std::string, std::size_t> word_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return {lowercase_ascii(text.substr(at, end - at)), end};
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at;
}

// Whether the words end at `at`: a mark or the text's end follows, or a word that opens another
// clause ("at the earliest if the appeal fails"), not a noun ("at the latest count").
bool ends_a_phrase(std::string_view text, std::size_t at) {
  static constexpr std::string_view kOpeners[] = {"and", "or", "but", "if", "unless", "when", "after", "before", "because"};
  const std::size_t next = skip_spaces(text, at);
  if (next >= text.size() || !std::isalnum(static_cast<unsigned char>(text[next]))) return true;
  const std::string word = word_at(text, next).first;
  return std::find(std::begin(kOpeners), std::end(kOpeners), word) != std::end(kOpeners);
}

struct Bound {
  std::size_t end = 0;  // where the words end
  bool after_comma = false;
  std::string mod;      // empty: none
};

// "at the earliest" (", at the latest") right after `at`.
Bound bound_after(const TimexRuleSet& set, std::string_view text, std::size_t at) {
  Bound found;
  at = skip_spaces(text, at);
  found.after_comma = at < text.size() && text[at] == ',';
  if (found.after_comma) at = skip_spaces(text, at + 1);
  const auto [first, after_first] = word_at(text, at);
  if (first != "at") return {};
  const auto [second, after_second] = word_at(text, skip_spaces(text, after_first));
  if (second != "the") return {};
  const auto [bound, end] = word_at(text, skip_spaces(text, after_second));
  if (!ends_a_phrase(text, end)) return {};
  found.end = end;
  if (set.in_class(bound, "EARLIESTWORD")) found.mod = "ON_OR_AFTER";
  if (set.in_class(bound, "LATESTWORD")) found.mod = "ON_OR_BEFORE";
  return found;
}

}  // namespace

void mark_earliest_and_latest(const TimexRuleSet& set, std::string_view text, std::vector<Timex>& timexes) {
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    Timex& t = timexes[k];
    if ((t.type != "DATE" && t.type != "TIME") || !t.mod.empty()) continue;
    const Bound bound = bound_after(set, text, t.span.end);
    // (not over the next expression: "by June, at the latest July" is two)
    if (bound.mod.empty() || (k + 1 < timexes.size() && timexes[k + 1].span.begin < bound.end)) continue;
    t.mod = bound.mod;
    if (bound.after_comma) continue;  // (the words set apart stay out of the extent)
    t.span.end = bound.end;
    t.text = std::string(text.substr(t.span.begin, bound.end - t.span.begin));
  }
}

}  // namespace chronograph::core
