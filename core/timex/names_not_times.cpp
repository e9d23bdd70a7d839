#include "core/timex/names_not_times.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace chronograph::core {

namespace {

using Kind = ScanToken::Kind;

// Words prose writes in lower case: a capital on one of them marks a name.
bool lower_case_in_prose(const TimexRuleSet& rules, const std::string& word) {
  if (word == "noon" || word == "midnight" || word == "midday") return true;
  for (const std::string_view name : {"UNIT", "PARTOFDAY", "PARTSOFDAY", "SEASON"})
    if (rules.in_class(word, name)) return true;
  return false;
}

// Whether scanned token `i` is a word written with a capital but not all in capitals.
bool title_cased(const std::vector<ScanToken>& t, std::size_t i) {
  return t[i].kind == Kind::Word && t[i].capitalised && t[i].lower.size() > 1 && !t[i].all_caps;
}

// The sentence around token `i` is prose, not a title-case line: it has at least two lower-case
// words of four letters or more (a title-case headline capitalises every such word), or one and
// a final stop ("He appeared on This Week on Sunday.").
bool in_prose(const std::vector<ScanToken>& t, std::size_t i) {
  std::size_t first = i, last = i;
  while (first > 0 && !t[first].break_before) --first;
  while (last + 1 < t.size() && !t[last + 1].break_before) ++last;
  int lower = 0;
  for (std::size_t k = first; k <= last; ++k)
    if (t[k].kind == Kind::Word && !t[k].capitalised && t[k].lower.size() >= 4) ++lower;
  const bool stop = t[last].lower == "." || t[last].lower == "!" || t[last].lower == "?";
  return lower >= 2 || (lower >= 1 && stop);
}

bool is_time_word(const TimexRuleSet& rules, const std::string& word) {
  return rules.in_class(word, "MONTH") || rules.in_class(word, "MONTHABBR") || rules.in_class(word, "WEEKDAY") ||
         lower_case_in_prose(rules, word);
}

// The first of the quote marks right before token `i` (`` or " or '), `i` when there are none.
std::size_t opening_quotes_before(const std::vector<ScanToken>& t, std::size_t i) {
  while (i > 0 && !t[i].break_before && (t[i - 1].lower == "`" || t[i - 1].lower == "\"" || t[i - 1].lower == "'")) --i;
  return i;
}

}  // namespace

bool names_a_title(const MatchSite& site, std::size_t begin, std::size_t end) {
  const auto& t = site.scanned;
  if (t[begin].span.begin < site.headline_end || !in_prose(t, begin)) return false;
  for (std::size_t k = begin; k < end; ++k) {
    if (t[k].kind != Kind::Word) continue;
    if (!title_cased(t, k)) return false;  // "60 Minutes", not "this Week"
  }
  for (std::size_t k = begin + 1; k < end; ++k)
    if (title_cased(t, k) && lower_case_in_prose(site.rules, t[k].lower)) return true;
  // ("High Noon", "Midnight Express": the match's one capitalised word next to another of the
  // sentence that is no time, inside it or opening it)
  if (end - begin != 1 || !lower_case_in_prose(site.rules, t[begin].lower)) return false;
  const bool after_name = begin >= 2 && !t[begin].break_before && !t[begin - 1].break_before && t[begin].space_before &&
                          title_cased(t, begin - 1) && !is_time_word(site.rules, t[begin - 1].lower);
  const bool before_name = end < t.size() && !t[end].break_before && t[end].space_before && title_cased(t, end) &&
                           !is_time_word(site.rules, t[end].lower);
  return after_name || before_name;
}

bool names_an_event(const MatchSite& site, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kLinks[] = {"for", "of", "on", "against", "to"};
  const auto& t = site.scanned;
  if (end - begin != 1 || begin == 0 || end + 1 >= t.size() || !site.rules.in_class(t[begin].lower, "MONTH"))
    return false;
  // ("the Women's March": a month has no named owner)
  const bool possessive = begin >= 3 && t[begin - 1].lower == "s" && t[begin - 2].lower == "'";  // ' or ’
  const bool named_owner = possessive && t[begin - 3].capitalised && !is_time_word(site.rules, t[begin - 3].lower);
  if (named_owner && !t[begin].break_before) return true;
  // (the name may open in quotes: "the ``March of the Combatant Mothers''", "the "March for Life"")
  const std::size_t before = opening_quotes_before(t, begin);
  if (before == 0 || t[before].break_before) return false;
  const bool after_the =
      t[before - 1].lower == "the" || (before >= 2 && t[before - 2].lower == "the" && !t[before - 1].capitalised &&
                                       t[before - 1].kind == Kind::Word && !t[before - 1].break_before);
  if (!after_the || t[begin].break_before || t[end].break_before) return false;
  if (std::find(std::begin(kLinks), std::end(kLinks), t[end].lower) == std::end(kLinks)) return false;
  std::size_t name = end + 1;
  if (name + 1 < t.size() && t[name].lower == "the" && !t[name + 1].break_before) ++name;
  return !t[name].break_before && title_cased(t, name) && !is_time_word(site.rules, t[name].lower);
}

bool opens_a_name(const MatchSite& site, std::size_t begin, std::size_t end) {
  const auto& t = site.scanned;
  if (end >= t.size() || t[begin].span.begin < site.headline_end || !in_prose(t, begin)) return false;
  if (t[end].break_before || !t[end].space_before || !title_cased(t, end) || is_time_word(site.rules, t[end].lower))
    return false;
  const std::size_t last = end - 1;
  if (title_cased(t, last) && site.rules.in_class(t[last].lower, "SEASON")) return true;
  // ("the Daily Telegraph", "The Weekly Standard": a paper's name, not how often it appears)
  if (end - begin == 1 && title_cased(t, begin) && site.rules.in_class(t[begin].lower, "SETADV")) return true;
  // ("the September Fed meeting", "the June Fed rate decision": an institution sitting in that
  // month, where "the August Complex fire" is a name)
  const bool sitting = end + 1 < t.size() && !t[end + 1].break_before && site.rules.in_class(t[end + 1].lower, "SITTINGNOUN");
  if (sitting) return false;
  // (a month after a preposition or a determiner other than "the" dates what follows: "in March
  // Congress passed it", "its June Fed meeting" is rare and left a date)
  const bool opens = begin == 0 || t[begin].break_before || t[begin - 1].lower == "the";
  return end - begin == 1 && opens && site.rules.in_class(t[begin].lower, "MONTH");
}

}  // namespace chronograph::core
