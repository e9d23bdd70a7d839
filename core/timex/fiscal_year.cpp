#include "core/timex/fiscal_year.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

// Where a fiscal year's code with two digits starts in lower-cased words ("fy27", "fy-27", "fy 27").
std::size_t fiscal_code_at(const std::string& words) {
  for (std::size_t at = words.find("fy"); at != std::string::npos; at = words.find("fy", at + 1)) {
    std::size_t k = at + 2;
    while (k < words.size() && (words[k] == '-' || words[k] == ' ')) ++k;
    if (k + 2 <= words.size() && std::isdigit(static_cast<unsigned char>(words[k])) &&
        std::isdigit(static_cast<unsigned char>(words[k + 1])) && (at == 0 || !std::isalpha(static_cast<unsigned char>(words[at - 1]))))
      return at;
  }
  return std::string::npos;
}

// "fiscal 2025", "the financial year", "the fiscal first quarter", "the 2023-24 fiscal year" (its
// "-24" and "fiscal year" are no part of the year the rules tag), "the first quarter of the
// fiscal year", "FY 2025", "Q1 FY27".
bool says_fiscal(std::string_view text, const Timex& t) {
  const std::string words = lowercase_ascii(t.text);
  if (words.find("fiscal") != std::string::npos || words.find("financial") != std::string::npos) return true;
  if (fiscal_code_at(words) != std::string::npos) return true;
  std::string after = lowercase_ascii(text.substr(t.span.end, 24));
  const std::size_t next = after.find_first_not_of("-0123456789 ");
  if (next == std::string::npos) return false;
  after.erase(0, next);
  for (const std::string_view lead : {"fiscal", "financial", "of the fiscal", "of the financial", "of its fiscal",
                                      "of its financial", "of their fiscal", "of their financial"})
    if (after.starts_with(lead)) return true;
  const std::string before = lowercase_ascii(text.substr(t.span.begin >= 3 ? t.span.begin - 3 : 0, std::min<std::size_t>(t.span.begin, 3)));
  return before == "fy " || before.ends_with("fy");
}

// The words after the last "fiscal", "fiscal year" or "financial year" in `words` and the year's
// digits after them ("fiscal 2023, which ends in" -> ", which ends in"); empty when there is none.
std::string after_fiscal_year(const std::string& words) {
  const auto fiscal = words.rfind("fiscal"), financial = words.rfind("financial year");
  const bool said_financial = financial != std::string::npos && (fiscal == std::string::npos || financial > fiscal);
  const auto at = said_financial ? financial : fiscal;
  if (at == std::string::npos) return {};
  std::string rest = words.substr(at + (said_financial ? 9 : 6));
  if (rest.starts_with(" year")) rest.erase(0, 5);
  std::size_t digits = rest.find_first_not_of(' ');
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  return rest.substr(std::min(digits, rest.size()));
}

// The lower-cased words of the sentence before `t`, up to 60 bytes ("its fiscal year ends in").
std::string words_before(std::string_view text, const Timex& t) {
  const std::size_t from = t.span.begin > 60 ? t.span.begin - 60 : 0;
  std::string before = lowercase_ascii(text.substr(from, t.span.begin - from));
  if (const auto stop = before.find_last_of(".!?\n"); stop != std::string::npos) before.erase(0, stop + 1);
  before.erase(before.find_last_not_of(' ') + 1);
  return before;
}

// Whether `rest` is one of `verbs`, maybe after ", which" or "that" and before "in" or "on".
bool is_verb_of(std::string rest, const std::array<std::string_view, 4>& verbs) {
  for (const std::string_view lead : {",", " ", "which ", "that ", " "})
    if (rest.starts_with(lead)) rest.erase(0, lead.size());
  for (const std::string_view tail : {" in", " on"})
    if (rest.ends_with(tail)) rest.erase(rest.size() - tail.size());
  return std::find(verbs.begin(), verbs.end(), rest) != verbs.end();
}

// "fiscal year ends in June", "the fiscal year ended Sept. 30", "fiscal 2023, which ends in
// September": the month of `day`.
std::optional<date::month> said_to_end(std::string_view text, const Timex& day) {
  static constexpr std::array<std::string_view, 4> kEnds = {"ends", "ended", "ending", "closes"};
  if (!is_verb_of(after_fiscal_year(words_before(text, day)), kEnds)) return std::nullopt;
  return date::year_month_day{day.interval->end}.month();
}

// "fiscal 2026, which began on July 1", "the fiscal year that started in October": the month
// before `day`'s.
std::optional<date::month> said_to_begin(std::string_view text, const Timex& day) {
  static constexpr std::array<std::string_view, 4> kBegins = {"began", "begins", "started", "starts"};
  if (!is_verb_of(after_fiscal_year(words_before(text, day)), kBegins)) return std::nullopt;
  return date::year_month_day{day.interval->start}.month() - date::months{1};
}

// The number of a numbered quarter ("the fiscal fourth quarter", "Q3"), 0 for none.
int quarter_number(const Timex& quarter) {
  static constexpr std::string_view kNumbers[] = {"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
                                                  "q1",    "q2",     "q3",    "q4"};
  const std::string words = lowercase_ascii(quarter.text);
  for (int k = 0; k < 12; ++k)
    if (words.find(kNumbers[k]) != std::string::npos) return k % 4 + 1;
  return 0;
}

// "its fourth quarter, which ended Aug. 26" (closed by its day already), "the fiscal fourth
// quarter, the three months to June 30" (a gloss after it): the last day of a numbered quarter.
std::optional<date::sys_days> numbered_quarter_end(std::string_view text, const Timex& quarter, const Timex* gloss) {
  if (quarter_number(quarter) == 0 || !quarter.interval || quarter.interval->precision != Precision::Quarter)
    return std::nullopt;
  if (quarter.interval != interval_of_value(quarter.value, quarter.mod)) return quarter.interval->end;
  const bool apposed = gloss && gloss->type == "DURATION" && gloss->interval &&
                       lowercase_ascii(text.substr(quarter.span.end, gloss->span.begin - quarter.span.end)) == ", ";
  if (apposed) return gloss->interval->end;
  return std::nullopt;
}

// The year's last month from a numbered quarter's last day: three months a quarter later.
std::optional<date::month> closed_quarter_end(std::string_view text, const Timex& quarter, const Timex* gloss) {
  const auto last = numbered_quarter_end(text, quarter, gloss);
  if (!last) return std::nullopt;
  return date::year_month_day{*last}.month() + date::months{3 * (4 - quarter_number(quarter))};
}

// The first month of fiscal year `fy` (named after the year it ends in) ending in month `end`.
date::year_month first_month(date::year fy, date::month end) {
  return (fy - date::years{1}) / end + date::months{1};
}

Interval months_from(date::year_month first, int count, Precision precision) {
  const date::year_month last = first + date::months{count - 1};
  return {date::sys_days{first / 1}, date::sys_days{last / date::last}, precision};
}

// Fiscal year `fy`: the twelve months to `end` of that year; for a year ending in January to
// March, also the twelve months after (the year some name after its first year).
Interval fiscal_year(date::year fy, date::month end) {
  const bool named_either_way = end <= date::mar;
  return months_from(first_month(fy, end), named_either_way ? 24 : 12, Precision::Year);
}

// The fiscal year the DCT falls in, named after the year it ends in.
date::year current_fiscal_year(date::sys_days dct, date::month end) {
  const date::year_month_day today{dct};
  return today.month() > end ? today.year() + date::years{1} : today.year();
}

// "the first quarter of the fiscal year", "the second half of its financial year": a part of the
// year the DCT is in, not the latest such part before it.
bool of_the_current_year(const std::string& text) {
  const std::string words = lowercase_ascii(text);
  for (const std::string_view whose : {"of the ", "of its ", "of their "})
    for (const std::string_view kind : {"fiscal year", "financial year"})
      if (words.ends_with(std::string(whose) + std::string(kind))) return true;
  return false;
}

// "the fiscal year", "last financial year", "by the end of the financial year": the twelve months
// the DCT falls in, moved by as many years as the rules' calendar reading (`calendar`) lies from
// the DCT's year; with START, MID or END, their first, middle or last four months. No name is
// read, so a year ending in January to March is twelve months here too.
Interval fiscal_year_from_dct(const Interval& calendar, date::sys_days dct, date::month end, std::string_view mod) {
  const date::years step = date::year_month_day{calendar.start}.year() - date::year_month_day{dct}.year();
  const date::year_month first = first_month(current_fiscal_year(dct, end) + step, end);
  const int third = mod == "START" ? 0 : mod == "MID" ? 1 : mod == "END" ? 2 : -1;
  return third < 0 ? months_from(first, 12, Precision::Year) : months_from(first + date::months{4 * third}, 4, Precision::Year);
}

// "the fiscal year that ended Oct. 31", "the financial year ending 31 March 2024": the day the
// timex after `timexes[k]` names, when the words between say it ends that fiscal year.
std::optional<date::sys_days> closing_day(std::string_view text, const std::vector<Timex>& timexes, std::size_t k) {
  if (k + 1 >= timexes.size()) return std::nullopt;
  const Timex &year = timexes[k], &day = timexes[k + 1];
  if (!day.interval || day.interval->precision != Precision::Day || day.span.begin < year.span.end ||
      day.span.begin - year.span.end > 16 || !said_to_end(text, day))
    return std::nullopt;
  return day.interval->end;
}

// Part `n` (of `count` months) of fiscal year `fy`.
Interval fiscal_part(date::year fy, date::month end, int n, int count, Precision precision) {
  return months_from(first_month(fy, end) + date::months{count * (n - 1)}, count, precision);
}

// The fiscal year of a quarter or half the rules placed by the DCT alone, on the side of the
// DCT the calendar reading lay: the latest one ended before it, the first begun after it, or
// the one it falls in (else the latest ended; in a future clause the one under way, which will
// have ended by then).
date::year year_by_dct(const Interval& calendar, date::sys_days dct, date::month end, int n, int count, Precision precision,
                       bool ahead) {
  const date::year now = date::year_month_day{dct}.year();
  std::optional<date::year> before, after, around;
  for (date::year fy = now - date::years{1}; fy <= now + date::years{2}; fy += date::years{1}) {
    const Interval part = fiscal_part(fy, end, n, count, precision);
    if (part.end < dct) before = fy;
    if (part.start > dct && !after) after = fy;
    if (part.start <= dct && dct <= part.end) around = fy;
  }
  if (calendar.start > dct && after) return *after;
  if (((calendar.start <= dct && dct <= calendar.end) || ahead) && around) return *around;
  return before.value_or(now);
}

// Whether a year is written: four digits ("fiscal 2025") or a code's two ("Q1 FY27").
bool has_year_digits(const Timex& t) {
  const auto digit = [](char c, int) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  if (std::search_n(t.text.begin(), t.text.end(), 4, 0, digit) != t.text.end()) return true;
  return fiscal_code_at(lowercase_ascii(t.text)) != std::string::npos;
}

// "2025-Q4" / "2025-H2": the year, the part and how many months a part has.
struct Part {
  date::year year;
  int n, count;
  Precision precision;
};

std::optional<Part> part_of(const Timex& t) {
  const std::string& v = t.value;
  if (v.size() != 7 || v[4] != '-' || v[6] < '1' || v[6] > '4') return std::nullopt;
  const date::year y{std::stoi(v.substr(0, 4))};
  if (v[5] == 'Q') return Part{y, v[6] - '0', 3, Precision::Quarter};
  if (v[5] == 'H' && v[6] <= '2') return Part{y, v[6] - '0', 6, kHalfYearPrecision};
  return std::nullopt;
}

// TimeML's value of a fiscal quarter or half, as TimeBank writes it: the company's number in the
// calendar year the part ends in (Sun's fiscal first quarter, July to September 1989: "1989-Q1").
std::string fiscal_label(date::sys_days last, char unit, int n) {
  return fmt::format("{}-{}{}", static_cast<int>(date::year_month_day{last}.year()), unit, n);
}

void place_part(Timex& t, date::month end, std::optional<date::sys_days> dct, bool ahead) {
  const auto part = part_of(t);
  // (not one its own day closed already, nor one of a year named either way by its number)
  if (!part || (end <= date::mar && has_year_digits(t)) || t.interval != interval_of_value(t.value, t.mod)) return;
  if (!has_year_digits(t) && !dct) return;
  const date::year fy = has_year_digits(t)           ? part->year
                        : of_the_current_year(t.text) ? current_fiscal_year(*dct, end)
                                                      : year_by_dct(*t.interval, *dct, end, part->n, part->count, part->precision, ahead);
  t.interval = fiscal_part(fy, end, part->n, part->count, part->precision);
  t.value = fiscal_label(t.interval->end, part->precision == Precision::Quarter ? 'Q' : 'H', part->n);
}

// "fiscal 2023, which ends in September", "fiscal 2026, which began on July 1": the month or day
// right after a fiscal year that says where that year ends or begins lies in it, not where the
// clause's tense put it (not for a year named either way, whose end has two years).
void place_stated_bound(std::string_view text, const Timex& year, Timex& bound) {
  constexpr std::size_t kReach = 24;  // bytes between them: ", which ended on"
  if (!year.interval || !bound.interval || bound.span.begin < year.span.end || bound.span.begin - year.span.end > kReach ||
      year.interval->end - year.interval->start > date::days{366})
    return;
  if (bound.interval->precision != Precision::Day && bound.interval->precision != Precision::Month) return;
  const bool ends = said_to_end(text, bound).has_value();
  if (!ends && !said_to_begin(text, bound)) return;
  const date::year y = date::year_month_day{ends ? year.interval->end : year.interval->start}.year();
  bound.value.replace(0, 4, fmt::format("{:04}", static_cast<int>(y)));
  bound.interval = interval_of_value(bound.value, bound.mod);
}

// Whether `t` names a whole year (a half, "2026-H1", has a year's precision too: kHalfYearPrecision).
bool names_a_whole_year(const Timex& t) { return t.interval->precision == Precision::Year && !part_of(t); }

// The month a fiscal year written across two years ends in where the text does not say: March.
// "the 2025-26 financial year" is how the countries whose years run April to March (Britain,
// India, Canada, Japan) write theirs; a year to June or September is said to end then, or written
// as one year ("fiscal 2026").
constexpr date::month kUnstatedEndOfYearAcross = date::mar;

// "fiscal year 2011-12", "the 2025-26 financial year", "the 2000/01 tax year" (rule
// fiscal-year-across) in a text that does not say when its fiscal year ends: the twelve months
// to March of the second year.
void place_fiscal_years_across(std::vector<Timex>& timexes) {
  for (Timex& t : timexes) {
    if (t.rule != "fiscal-year-across" || !t.interval || !t.mod.empty() || !names_a_whole_year(t)) continue;
    const date::year last = date::year_month_day{t.interval->end}.year();
    if (last == date::year_month_day{t.interval->start}.year()) continue;
    t.interval = months_from(first_month(last, kUnstatedEndOfYearAcross), 12, Precision::Year);
  }
}

}  // namespace

std::optional<date::month> fiscal_year_end(std::string_view text, const std::vector<Timex>& timexes) {
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const Timex& t = timexes[k];
    if (!t.interval) continue;
    const bool day_or_month = t.interval->precision == Precision::Day || t.interval->precision == Precision::Month;
    if (day_or_month) {
      if (const auto end = said_to_end(text, t)) return end;
      if (const auto end = said_to_begin(text, t)) return end;
    }
    if (const auto end = closed_quarter_end(text, t, k + 1 < timexes.size() ? &timexes[k + 1] : nullptr)) return end;
  }
  return std::nullopt;
}

void place_fiscal_periods(std::string_view text, std::vector<Timex>& timexes, std::optional<date::sys_days> dct,
                          const std::set<std::size_t>& told_ahead) {
  const auto end = fiscal_year_end(text, timexes);
  if (!end) place_fiscal_years_across(timexes);
  if (!end || *end == date::dec) return;
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    Timex& t = timexes[k];
    if (t.type != "DATE" || !t.interval || !says_fiscal(text, t)) continue;
    if (const auto closed = closing_day(text, timexes, k); closed && names_a_whole_year(t) && t.mod.empty()) {
      const date::year fy = date::year_month_day{*closed}.year();
      t.interval = months_from(first_month(fy, *end), 12, Precision::Year);
      t.value = fmt::format("{}", static_cast<int>(fy));
      continue;
    }
    if (names_a_whole_year(t) && !has_year_digits(t) && dct) {
      t.interval = fiscal_year_from_dct(*t.interval, *dct, *end, t.mod);
      continue;
    }
    if (names_a_whole_year(t) && t.mod.empty()) {
      // ("the 2023-24 fiscal year", "fiscal 2021-22": the year that ends in the second, named
      // both ways at once)
      const date::year last = date::year_month_day{t.interval->end}.year();
      t.interval = last != date::year_month_day{t.interval->start}.year()
                       ? months_from(first_month(last, *end), 12, Precision::Year)
                       : fiscal_year(last, *end);
      if (k + 1 < timexes.size() && has_year_digits(t)) place_stated_bound(text, t, timexes[k + 1]);
      continue;
    }
    // (a numbered quarter closed by a day is the three months to it, in the fiscal year that day
    // falls in: "the fiscal fourth quarter, the three months to June 30" is 2025-Q4)
    const Timex* gloss = k + 1 < timexes.size() ? &timexes[k + 1] : nullptr;
    if (const auto last = numbered_quarter_end(text, t, gloss)) {
      const date::year_month_day day{*last};
      if (t.interval == interval_of_value(t.value, t.mod))  // (glossed, not closed by its own day)
        t.interval = Interval{gloss->interval->start, *last, Precision::Quarter};
      t.value = fiscal_label(*last, 'Q', quarter_number(t));
      continue;
    }
    place_part(t, *end, dct, told_ahead.contains(t.span.begin));
  }
}

}  // namespace chronograph::core
