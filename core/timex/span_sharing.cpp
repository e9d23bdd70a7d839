#include "core/timex/span_sharing.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "core/timex/timex_calendar.h"
#include "core/timex/value_functions.h"

namespace chronograph::core {

namespace {

struct BareDay {
  std::size_t begin, end;
  unsigned day;
};

std::optional<unsigned> day_number_at(std::string_view text, std::size_t at, std::size_t& end) {
  std::size_t k = at;
  while (k < text.size() && k - at < 3 && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
  if (k == at || k - at > 2 || (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1])))) return std::nullopt;
  const unsigned n = static_cast<unsigned>(std::stoi(std::string(text.substr(at, k - at))));
  for (const std::string_view suffix : {"st", "nd", "rd", "th"})
    if (text.substr(k, 2) == suffix) { k += 2; break; }
  if (k < text.size() && std::isalnum(static_cast<unsigned char>(text[k]))) return std::nullopt;
  end = k;
  return n >= 1 && n <= 31 ? std::optional{n} : std::nullopt;
}

// The words right after `at` are none, a punctuation mark or a word that goes on the clause, not a noun.
bool nothing_counted_after(std::string_view text, std::size_t at) {
  static const std::set<std::string, std::less<>> kClauseWords = {
      "and", "or", "at", "in", "on", "when", "while", "before", "after", "as", "but", "to", "for", "with",
      "from", "by", "respectively", "because", "until", "during", "last", "this", "next", "of"};
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || !std::isalpha(static_cast<unsigned char>(text[at]))) return true;
  std::size_t k = at;
  while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
  std::string word(text.substr(at, k - at));
  std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return kClauseWords.contains(word);
}

// The joiner between two days ("and", "&", "or", ","): where it ends after `at`, or `at`.
std::size_t after_day_joiner(std::string_view text, std::size_t at) {
  std::size_t k = at;
  while (k < text.size() && text[k] == ' ') ++k;
  for (const std::string_view joiner : {"and", "&", "or", ","})
    if (text.substr(k, joiner.size()) == joiner && (joiner.size() == 1 || k + joiner.size() >= text.size() ||
                                                    !std::isalpha(static_cast<unsigned char>(text[k + joiner.size()])))) {
      k += joiner.size();
      if (joiner == ",") {  // (", and 23")
        std::size_t j = k;
        while (j < text.size() && text[j] == ' ') ++j;
        if (text.substr(j, 4) == "and ") k = j + 3;
      }
      while (k < text.size() && text[k] == ' ') ++k;
      return k > at ? k : at;
    }
  return at;
}
// "The frost of April 7-8", "June 12–14": a day of the same month right after a dash touching
// both, later than the first (not a score, "the March 3-2 vote"); the day and where it is.
std::optional<std::pair<unsigned, Span>> last_day_of_a_dash_range(std::string_view text, const Timex& first, std::size_t limit) {
  std::size_t at = first.span.end;
  if (text.substr(at, 1) == "-") at += 1;
  else if (text.substr(at, 3) == "\xE2\x80\x93") at += 3;
  else return std::nullopt;
  std::size_t end = 0;
  const auto day = at < limit ? day_number_at(text, at, end) : std::nullopt;
  if (!day || !first.interval) return std::nullopt;
  const unsigned first_day = static_cast<unsigned>(date::year_month_day{first.interval->start}.day());
  if (*day <= first_day || (end < text.size() && text[end] == '-')) return std::nullopt;  // (nor "7-8-2024")
  return std::pair{*day, Span{at, end}};
}
}  // namespace

bool looks_resolved(const std::string& value) {
  return !value.empty() && (std::isdigit(static_cast<unsigned char>(value[0])) || value[0] == '-') &&
         value.find('X') == std::string::npos;
}

// The words between two time expressions, trimmed.
std::string joint_between(std::string_view text, const Timex& first, const Timex& second) {
  std::string joint(text.substr(first.span.end, second.span.begin - first.span.end));
  joint.erase(0, joint.find_first_not_of(' '));
  joint.erase(joint.find_last_not_of(' ') + 1);
  return joint;
}

// "between 3 a.m. and 5 a.m. on Sunday", "from 9 p.m. to 2 a.m. Friday": a time of day alone
// that opens a span of two times is on the day the second one names (the day before when the
// span crosses midnight), not on the day last mentioned.
void share_day_with_span_end(std::string_view text, std::vector<Timex>& timexes) {
  static constexpr std::string_view kJoints[] = {"and", "to", "-", "\u2013", "until", "till"};
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& first = timexes[k];
    const Timex& second = timexes[k + 1];
    if (first.rule != "clock" || second.rule == "clock" || first.span.end > second.span.begin) continue;
    if (first.value.size() < 11 || second.value.size() < 11 || first.value[10] != 'T' || second.value[10] != 'T') continue;
    const std::string joint = joint_between(text, first, second);
    if (std::find(std::begin(kJoints), std::end(kJoints), joint) == std::end(kJoints)) continue;
    // (the second's day, whether a clock time or a part of one: "and Sunday morning")
    const auto second_day = interval_of_value(second.value.substr(0, 10), "");
    if (!second_day) continue;
    const bool clocks = std::isdigit(static_cast<unsigned char>(second.value[11])) != 0;
    const bool overnight = clocks && first.value.substr(11) > second.value.substr(11);  // "from 9 p.m. to 2 a.m."
    const date::sys_days day = second_day->start - date::days{overnight ? 1 : 0};
    first.value = format_iso_day(day) + first.value.substr(10);
    first.interval = interval_of_value(first.value, first.mod);
  }
}

// "closed on Nov. 22 and 23", "held on 22 and 23 November": a bare day number joined by "and" (or
// "&", "or", a comma) to a day of a month is a day of that month too, an expression of its own
// (TimeML tags it apart). Not a number that counts a noun after it ("Nov. 22 and 23 people").
void tag_days_sharing_a_month(std::string_view text, std::vector<Timex>& timexes) {
  std::vector<std::pair<std::size_t, Timex>> found;  // (insert before index, timex)
  const auto day_of_month = [](const Timex& t, unsigned day) -> std::optional<std::string> {
    if (t.value.size() != 10 || !t.interval || t.interval->precision != Precision::Day) return std::nullopt;
    const date::year_month_day ymd{t.interval->start};
    if (!(ymd.year() / ymd.month() / date::day{day}).ok()) return std::nullopt;
    return format_day(date::sys_days{ymd.year() / ymd.month() / date::day{day}});
  };
  const auto make = [&](const Timex& from, std::size_t b, std::size_t e, const std::string& value) {
    Timex t;
    t.span = {b, e};
    t.text = std::string(text.substr(b, e - b));
    t.type = "DATE";
    t.value = value;
    t.interval = interval_of_value(value);
    t.rule = from.rule + "+day";
    return t;
  };
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const Timex& date = timexes[k];
    if (date.type != "DATE" || date.text.empty() || !std::isdigit(static_cast<unsigned char>(date.text.back()))) continue;
    if (auto last = last_day_of_a_dash_range(text, date, k + 1 < timexes.size() ? timexes[k + 1].span.begin : text.size())) {
      if (const auto value = day_of_month(date, last->first)) found.emplace_back(k + 1, make(date, last->second.begin, last->second.end, *value));
      continue;
    }
    // forward: "Nov. 22 and 23", "Nov. 22, 23 and 24"
    std::size_t at = date.span.end;
    for (std::size_t next = after_day_joiner(text, at); next != at; next = after_day_joiner(text, at)) {
      if (k + 1 < timexes.size() && timexes[k + 1].span.begin <= next) break;
      std::size_t end = 0;
      const auto day = day_number_at(text, next, end);
      const auto value = day ? day_of_month(date, *day) : std::nullopt;
      if (!value || !nothing_counted_after(text, end)) break;
      found.emplace_back(k + 1, make(date, next, end, *value));
      at = end;
    }
  }
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const Timex& date = timexes[k];
    // backward: "on 22 and 23 November" (a day-month expression starting with its number)
    if (date.type != "DATE" || date.text.empty() || !std::isdigit(static_cast<unsigned char>(date.text.front()))) continue;
    std::size_t b = date.span.begin;
    while (b > 0 && text[b - 1] == ' ') --b;
    std::size_t j = b;
    while (j > 0 && std::isalpha(static_cast<unsigned char>(text[j - 1]))) --j;
    const std::string_view joiner = text.substr(j, b - j);
    if (joiner != "and" && joiner != "or") continue;
    while (j > 0 && text[j - 1] == ' ') --j;
    std::size_t first = j;
    while (first > 0 && std::isalnum(static_cast<unsigned char>(text[first - 1]))) --first;
    std::size_t end = 0;
    const auto day = day_number_at(text, first, end);
    if (!day || end != j || (k > 0 && timexes[k - 1].span.end > first)) continue;
    std::size_t w = first;
    while (w > 0 && text[w - 1] == ' ') --w;
    std::size_t ws = w;
    while (ws > 0 && std::isalpha(static_cast<unsigned char>(text[ws - 1]))) --ws;
    const std::string_view before = text.substr(ws, w - ws);
    if (before != "on" && before != "On" && before != "between" && before != "from") continue;  // (not "sold 22 and 23 November")
    if (const auto value = day_of_month(date, *day)) found.emplace_back(k, make(date, first, end, *value));
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second.span.begin > b.second.span.begin; });
  for (auto& [before, t] : found) timexes.insert(timexes.begin() + static_cast<long>(before), std::move(t));
  if (!found.empty())
    for (std::size_t k = 0; k < timexes.size(); ++k) timexes[k].id = fmt::format("t{}", k + 1);
}

// "from March to May 2023", "between March and May last year", "from June 3 to July 9, 2021":
// a month (or a month's day) whose year is not written, opening a span whose end names one, is
// in that year, or the year before when its month comes later in the calendar. A span with no
// year at all that opens after the DCT ("will run from August to June", said in March) goes on
// from its start instead: the end is the first such month after it.
void share_year_with_span_end(std::string_view text, std::vector<Timex>& timexes, std::optional<date::sys_days> dct) {
  static constexpr std::string_view kJoints[] = {"and", "to", "-", "\u2013", "until", "till", "through"};
  static constexpr std::string_view kYearless[] = {"month", "mod-month", "pos-month", "month-day"};
  const auto month_of = [](const std::string& value) { return value.substr(5, 2); };
  // "2023-05", "XXXX-03-14": a value with a month
  const auto names_month = [](const std::string& value) {
    return value.size() >= 7 && value[4] == '-' && std::isdigit(static_cast<unsigned char>(value[5])) &&
           std::isdigit(static_cast<unsigned char>(value[6]));
  };
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& first = timexes[k];
    Timex& second = timexes[k + 1];
    if (std::find(std::begin(kYearless), std::end(kYearless), first.rule) == std::end(kYearless)) continue;
    if (!looks_resolved(second.value) || first.span.end > second.span.begin || !names_month(first.value) ||
        !names_month(second.value))
      continue;
    std::string joint(text.substr(first.span.end, second.span.begin - first.span.end));
    // (a dash between spaces is one between clauses: "in December - October saw a rise")
    const bool spaced = !joint.empty() && (joint.front() == ' ' || joint.back() == ' ');
    joint.erase(0, joint.find_first_not_of(' '));
    joint.erase(joint.find_last_not_of(' ') + 1);
    if (spaced && (joint == "-" || joint == "\u2013")) continue;
    if (std::find(std::begin(kJoints), std::end(kJoints), joint) == std::end(kJoints)) continue;
    const auto year = to_long(second.value.substr(0, 4));
    if (!year) continue;
    const bool both_yearless = std::find(std::begin(kYearless), std::end(kYearless), second.rule) != std::end(kYearless);
    if (both_yearless && dct && first.interval && first.interval->start > *dct) {
      const auto start_year = to_long(first.value.substr(0, 4));
      if (!start_year) continue;
      const long end_year = month_of(first.value) > month_of(second.value) ? *start_year + 1 : *start_year;
      second.value = fmt::format("{:04d}", end_year) + second.value.substr(4);
      second.interval = interval_of_value(second.value, second.mod);
      continue;
    }
    const long first_year = month_of(first.value) > month_of(second.value) ? *year - 1 : *year;
    first.value = fmt::format("{:04d}", first_year) + first.value.substr(4);
    first.interval = interval_of_value(first.value, first.mod);
  }
}

// "between the 12th and 14th centuries", "the 15th to 17th centuries": the ordinal that opens a
// span of centuries written once, in the plural, at its end is a century too (an expression of
// its own: TimeML tags each end).
void tag_first_century_of_span(std::string_view text, std::vector<Timex>& timexes) {
  static constexpr std::string_view kJoints[] = {"and", "to", "-", "\u2013", "through"};
  const auto skip_spaces_back = [&](std::size_t at) {
    while (at > 0 && text[at - 1] == ' ') --at;
    return at;
  };
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    if (timexes[k].rule != "centuries-span-end") continue;
    std::size_t at = skip_spaces_back(timexes[k].span.begin);
    const auto joint = std::find_if(std::begin(kJoints), std::end(kJoints), [&](std::string_view j) {
      return at >= j.size() && text.substr(at - j.size(), j.size()) == j;
    });
    if (joint == std::end(kJoints)) continue;
    const std::size_t end = skip_spaces_back(at - joint->size());
    if (end < 3 || !std::isalpha(static_cast<unsigned char>(text[end - 1]))) continue;
    std::size_t digits = end - 2;  // (the suffix: "12th", "21st", "2nd", "3rd")
    std::size_t first = digits;
    while (first > 0 && std::isdigit(static_cast<unsigned char>(text[first - 1]))) --first;
    const auto n = to_long(text.substr(first, digits - first));
    if (first == digits || !n || *n < 1 || *n > 99 || (first > 0 && std::isalnum(static_cast<unsigned char>(text[first - 1]))) ||
        (k > 0 && timexes[k - 1].span.end > first))
      continue;
    if (first >= 4 && text.substr(first - 4, 4) == "the ") first -= 4;
    Timex century;
    century.span = {first, end};
    century.text = std::string(text.substr(first, end - first));
    century.type = "DATE";
    century.rule = "century+span";
    century.value = fmt::format("{:02}", *n - 1);
    century.interval = interval_of_value(century.value, "");
    timexes.insert(timexes.begin() + static_cast<long>(k), std::move(century));
    ++k;
  }
  for (std::size_t k = 0; k < timexes.size(); ++k) timexes[k].id = fmt::format("t{}", k + 1);
}

// "between about 1800 and 1450 BCE", "from 500 to 400 BC": the first year of a span whose end
// is before Christ, and higher than it, is before Christ too (tagged as a year of our era, or
// not tagged at all when too short for one: then a time expression of its own).
void share_era_with_span_end(std::string_view text, std::vector<Timex>& timexes) {
  static constexpr std::string_view kJoints[] = {"and", "to", "-", "\u2013", "until", "till", "through"};
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    if (timexes[k].rule != "year-bce") continue;
    const auto end_year = to_long(std::string_view(timexes[k].text).substr(0, timexes[k].text.find_first_not_of("0123456789,")));
    std::size_t at = timexes[k].span.begin;
    while (at > 0 && text[at - 1] == ' ') --at;
    const auto joint = std::find_if(std::begin(kJoints), std::end(kJoints), [&](std::string_view j) {
      return at >= j.size() && text.substr(at - j.size(), j.size()) == j;
    });
    if (joint == std::end(kJoints) || !end_year) continue;
    at -= joint->size();
    while (at > 0 && text[at - 1] == ' ') --at;
    std::size_t first = at;
    while (first > 0 && std::isdigit(static_cast<unsigned char>(text[first - 1]))) --first;
    const auto start_year = to_long(text.substr(first, at - first));
    if (first == at || !start_year || *start_year <= *end_year || *start_year > 9999 ||
        (first > 0 && std::isalnum(static_cast<unsigned char>(text[first - 1]))))
      continue;
    const auto tagged = std::find_if(timexes.begin(), timexes.end(), [&](const Timex& t) { return t.span.begin == first; });
    if (tagged == timexes.end() && std::any_of(timexes.begin(), timexes.end(), [&](const Timex& t) {
          return t.span.begin < at && first < t.span.end;
        }))
      continue;  // (a piece of another expression)
    const bool untagged = tagged == timexes.end();
    Timex& year = untagged ? *timexes.insert(timexes.begin() + static_cast<long>(k), Timex{}) : *tagged;
    if (untagged) {
      year.span = {first, at};
      year.text = std::string(text.substr(first, at - first));
      year.type = "DATE";
      year.rule = "year-bce";
      ++k;
    }
    year.value = format_year(date::year{static_cast<int>(1 - *start_year)});
    year.interval = interval_of_value(year.value, year.mod);
  }
  for (std::size_t k = 0; k < timexes.size(); ++k) timexes[k].id = fmt::format("t{}", k + 1);
}

}  // namespace chronograph::core
