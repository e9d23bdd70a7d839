#include "core/timex/timex_tagger.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "core/syntax/sentences.h"
#include "core/timex/clock_joins.h"
#include "core/timex/deep_past.h"
#include "core/timex/narrative_state.h"
#include "core/timex/fiscal_year.h"
#include "core/timex/names_not_times.h"
#include "core/timex/opening_spans.h"
#include "core/timex/rule_matcher.h"
#include "core/timex/school_year.h"
#include "core/timex/span_sharing.h"
#include "core/timex/sport_season.h"
#include "core/timex/term_ends.h"
#include "core/timex/time_limits.h"
#include "core/timex/time_zones.h"
#include "core/timex/tense_finder.h"
#include "core/timex/timex_calendar.h"
#include "core/timex/timex_rules.h"
#include "core/timex/value_functions.h"

namespace chronograph::core {

namespace {

using Kind = ScanToken::Kind;


// ---- values --------------------------------------------------------------------------

// {LABEL} -> the capture's normalised form; an absent capture becomes `missing`.
std::string substitute(const std::string& tmpl, const TimexRuleSet& set, const std::vector<Capture>& caps,
                       std::string_view missing = {}) {
  std::string out;
  out.reserve(tmpl.size() + 8);
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '{') { out += tmpl[i]; continue; }
    const auto close = tmpl.find('}', i);
    const int label = set.label_id(std::string_view(tmpl).substr(i + 1, close - i - 1));
    bool found = false;
    for (const auto& c : caps)
      if (c.label == label) { out += c.norm; found = true; break; }
    if (!found) out += missing;
    i = close;
  }
  return out;
}

std::vector<std::string> split_args(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t j = s.find(' ', i);
    if (i < s.size()) out.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
    i = j == std::string::npos ? s.size() : j;
  }
  return out;
}


std::string evaluate(const std::string& tmpl, const TimexRuleSet& set, const std::vector<Capture>& caps,
                     const ValueContext& ctx) {
  if (tmpl.empty() || tmpl[0] != '@') return substitute(tmpl, set, caps);
  // In a call an absent capture is "_" so the arguments keep their places; "_" then reads as empty.
  auto args = split_args(substitute(tmpl, set, caps, "_"));
  const std::string fn = args.front();
  args.erase(args.begin());
  for (auto& a : args) a.erase(std::remove(a.begin(), a.end(), '_'), a.end());
  return call_value_function(fn, args, ctx);
}

// "the week ending Nov. 26", "the week to 15 October": as many days as the period named (`period`)
// up to and including the day `day_value` names, not the calendar week; nullopt when that day is
// no day.
std::optional<Interval> ended_on_its_day(const std::string& day_value, const Interval& period) {
  const auto day = interval_of_value(day_value);
  if (!day || day->precision != Precision::Day) return std::nullopt;
  return Interval{day->end - (period.end - period.start), day->end, period.precision};
}

// "arrested in March ... two weeks later": a step finer than the date last mentioned keeps that
// date's granularity in the value (TimeML), but the time it names is that date's span moved by
// the step (15 March..14 April), not the same month; nullopt for other rules or anchors.
std::optional<Interval> moved_coarse_anchor(const std::string& tmpl, const TimexRuleSet& set, const std::vector<Capture>& caps,
                                            const ValueContext& ctx) {
  if (!tmpl.starts_with("@anchor_ago ") || !ctx.anchor) return std::nullopt;
  auto args = split_args(substitute(tmpl, set, caps, "_"));
  for (auto& a : args) a.erase(std::remove(a.begin(), a.end(), '_'), a.end());
  if (args.size() < 4) return std::nullopt;
  const auto n = args[1].empty() ? std::optional<long>{1} : to_long(args[1]);
  const std::string& unit = args[2];
  const bool day_to_month = unit == "D" || unit == "W" || unit == "M";
  if (!n || !day_to_month || ctx.anchor->precision <= Precision::Week || precision_of_unit(unit) >= ctx.anchor->precision)
    return std::nullopt;
  const long step = (to_long(args[3]).value_or(1) < 0 ? -1 : 1) * *n;
  return Interval{shift_day(ctx.anchor->start, unit, step), shift_day(ctx.anchor->end, unit, step), ctx.anchor->precision};
}

// "Schools will reopen on September 8, six months after they closed in March. Older pupils will
// follow two weeks later": a step ahead in a future clause goes on from the day the plan is at,
// not from a past date named since as background.
bool steps_on_from_the_plan(const std::string& tmpl, const TimexRuleSet& set, const std::vector<Capture>& caps,
                            const ValueContext& ctx) {
  if (!tmpl.starts_with("@anchor_ago ") || !ctx.plan_day || !ctx.anchor || !ctx.dct || ctx.anchor->end >= *ctx.dct) return false;
  const auto args = split_args(substitute(tmpl, set, caps, "_"));
  return args.size() >= 4 && to_long(args[3]).value_or(0) > 0 && ctx.tense() == Tense::Future;
}

// How many units a vague count ("the coming weeks", "recent days") spans at most: up to the
// next larger unit, so the range is wide enough to hold what the writer meant and still closed.
std::optional<long> vague_count_cap(const std::string& unit) {
  if (unit == "D") return 14;
  if (unit == "W") return 8;
  if (unit == "M") return 12;
  if (unit == "Y") return 10;
  return std::nullopt;
}

// The value whose span a vague count of decades or centuries covers: they are written in years
// ("the next few decades" = PXY, as TBAQ writes "decades-long"), but span up to the next larger
// unit too, a century (a millennium), not the ten years of a vague count of years.
std::string vague_span_value(const std::string& value, const std::string& unit) {
  if (value != "PXY") return value;
  return unit == "DE" ? "P100Y" : unit == "CE" ? "P1000Y" : value;
}

// "within 48 hours", "the past 36 hours": a count of hours, minutes or seconds from the DCT in
// whole days ("PT48H" = 2 days, "PT30M" = the DCT's day); nullopt for another value.
std::optional<long> clock_duration_days(const std::string& value) {
  if (value.size() < 4 || !value.starts_with("PT")) return std::nullopt;
  const auto n = to_long(std::string_view(value).substr(2, value.size() - 3));
  if (!n) return std::nullopt;
  const char unit = value.back();
  if (unit == 'H') return (*n + 23) / 24;
  return unit == 'M' || unit == 'S' ? std::optional<long>(0) : std::nullopt;
}

std::optional<Interval> anchored_duration(const std::string& value, const std::string& anchor,
                                          std::optional<date::sys_days> dct) {
  if (dct && value.starts_with("PT")) {
    const auto days = clock_duration_days(value);
    if (!days) return std::nullopt;
    const auto other = *dct + date::days{anchor == "past" ? -*days : *days};
    return anchor == "past" ? Interval{other, *dct, Precision::Day} : Interval{*dct, other, Precision::Day};
  }
  if (!dct || value.size() < 3 || value[0] != 'P' || value[1] == 'T') return std::nullopt;
  std::size_t k = 1;
  while (k < value.size() && std::isdigit(static_cast<unsigned char>(value[k]))) ++k;
  const bool vague = k == 1 && value[1] == 'X';
  const std::string unit = value.substr(vague ? 2 : k);
  const auto n = vague ? vague_count_cap(unit) : to_long(std::string_view(value).substr(1, k - 1));
  if (!n) return std::nullopt;
  const long sign = anchor == "past" ? -1 : 1;
  const date::year_month_day d{*dct};
  date::sys_days other;
  Precision precision = Precision::Unknown;
  if (unit == "D") { other = *dct + date::days{sign * *n}; precision = Precision::Day; }
  else if (unit == "W") { other = *dct + date::days{7 * sign * *n}; precision = Precision::Week; }
  else if (unit == "M" || unit == "Y") {  // decades and centuries are written in years (P10Y)
    const long months = unit == "M" ? *n : 12 * *n;
    const date::year_month ym = d.year() / d.month() + date::months{sign * months};
    const date::day day = std::min(d.day(), (ym / date::last).day());
    other = date::sys_days{ym / day};
    precision = unit == "M" ? Precision::Month : Precision::Year;
  } else {
    return std::nullopt;
  }
  return sign < 0 ? Interval{other, *dct, precision} : Interval{*dct, other, precision};
}

// "for five years starting January 1, 1999": a span whose first day is `first` ends the day before
// the same day five years on (1999-01-01..2003-12-31: intervals are inclusive).
std::optional<Interval> days_from(const std::string& value, date::sys_days first) {
  auto span = anchored_duration(value, "future", first);
  if (span && span->end > span->start) span->end -= date::days{1};
  return span;
}

// The clause tense around the expression; a past cue near a day that dates a verb with "will"
// does not turn it back ("will redeem 9.5 million preferred shares on Oct. 31": a participle).
Tense tense_of_clause(const TenseFinder& tenses, std::size_t begin, std::size_t end) {
  const Tense around = tenses.around(begin, end);
  return around == Tense::Past && tenses.dates_its_verb_with_will(begin, end) ? Tense::Future : around;
}

// "said they would appeal", "had hoped the talks would end": a past verb of saying or thinking
// (PASTSAYCUE) at most four words before the "would" (REPORTEDFUTURECUE) at token `would`.
bool reported_in_past(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t would) {
  for (std::size_t k = would; k-- > 0 && would - k <= 4 && !t[k + 1].break_before;) {
    if (t[k].kind == Kind::Punct) return false;
    if (set.in_class(t[k].lower, "PASTSAYCUE")) return true;
  }
  return false;
}

// "The conference was scheduled to close on Friday evening", "ministers were expected to meet on
// Monday": a past "be" before a word of planning (PASTAUX, FUTURECUE) earlier in the clause.
bool plan_told_in_past(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t begin) {
  for (std::size_t k = begin; k-- > 1 && begin - k <= 10 && !t[k + 1].break_before;) {
    if (t[k].lower == "," || t[k].lower == ";") return false;
    if (set.in_class(t[k].lower, "FUTURECUE") && set.in_class(t[k - 1].lower, "PASTAUX") && !t[k].break_before) return true;
  }
  return false;
}

// "Organisers moved the start of the sessions on Wednesday and Thursday to 10 a.m.": a date between
// a past verb of DEFERCUE and the new time it gives ("to" or "until" and a number, a weekday or a
// month) names the thing moved, and a date right after that "to" is the new time
// (ValueContext::rescheduled).
bool names_a_rescheduled_thing(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  constexpr std::size_t kReach = 15;  // (a long object: "moved the start of the evening sessions on Friday and Saturday to")
  const auto clause_break = [&](std::size_t k) { return t[k].lower == "," || t[k].lower == ";" || t[k].lower == "." || t[k].lower == ":"; };
  bool moved = false;
  for (std::size_t k = begin; k-- > 0 && begin - k <= kReach && !t[k + 1].break_before && !clause_break(k);)
    if (set.in_class(t[k].lower, "DEFERCUE") && t[k].lower.ends_with("ed")) { moved = true; break; }
  if (!moved) return false;
  if (t[begin - 1].lower == "to" || t[begin - 1].lower == "until") return true;
  for (std::size_t k = end; k + 1 < t.size() && k - end <= kReach && !t[k].break_before && !clause_break(k); ++k) {
    const ScanToken& next = t[k + 1];
    const bool a_time = next.kind == ScanToken::Kind::Number || set.in_class(next.lower, "WEEKDAY") || set.in_class(next.lower, "MONTH");
    if ((t[k].lower == "to" || t[k].lower == "until") && !next.break_before && a_time) return true;
  }
  return false;
}

// "Relatives said they would look for ways to get around Wednesday's ruling": a future told in the
// past earlier in the clause (REPORTEDFUTURECUE after PASTSAYCUE).
bool future_told_in_past(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t begin) {
  for (std::size_t k = begin; k-- > 1 && begin - k <= 10 && !t[k + 1].break_before;) {
    if (t[k].lower == "," || t[k].lower == ";") return false;
    if (set.in_class(t[k].lower, "REPORTEDFUTURECUE") && reported_in_past(set, t, k)) return true;
  }
  return false;
}

// Whether the token is a plural word: one over two letters ending in "s" but not "ss".
bool plural_word(const ScanToken& t) {
  return t.kind == ScanToken::Kind::Word && t.lower.size() > 2 && t.lower.ends_with('s') && !t.lower.ends_with("ss");
}

// "it took three inspectors a week", "gave 300 workers a month off": a verb that is given a time
// (TAKESTIMECUE) at most three words before the count of the things.
bool takes_a_time(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t count) {
  for (std::size_t k = count; k-- > 0 && count - k <= 3 && !t[k + 1].break_before;)
    if (set.in_class(t[k].lower, "TAKESTIMECUE")) return true;
  return false;
}

// "$9 billion of trade a day", "cost them $500 million a year", "40,000 barrels per day": one unit
// right after an amount (or after "of" and the thing counted) is a rate, a SET (TBAQ: "million a
// year" is P1Y quant=EVERY), not a duration; not in a comparison, where "a year" is the year-ago
// figure ("rose to $5 million from $4 million a year"). Things counted right before are an amount
// too, whatever they are ("fifty thousand CDs a year", "three meals a day").
bool a_rate_of_an_amount(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  static const std::set<std::string, std::less<>> kAmount = {"million", "billion", "trillion", "thousand", "hundred", "percent",
                                                             "%",       "tonnes",  "tons",     "barrels",  "gallons", "litres",
                                                             "liters",  "cases",   "flights",  "passengers", "visitors"};
  static const std::set<std::string, std::less<>> kComparing = {"from", "than", "versus", "vs", "vs.", "against", "compared"};
  if (end != begin + 2 || begin < 2 || (t[begin].lower != "a" && t[begin].lower != "an" && t[begin].lower != "per")) return false;
  for (std::size_t k = begin; k-- > 0 && begin - k <= 12 && !t[k + 1].break_before;)
    if (kComparing.contains(t[k].lower)) return false;
  const auto amount = [&](std::size_t k) { return !t[k + 1].break_before && (t[k].kind == Kind::Number || kAmount.contains(t[k].lower)); };
  if (amount(begin - 1)) return true;
  const auto counted = [&](std::size_t k) { return amount(k) || (!t[k + 1].break_before && set.in_class(t[k].lower, "NUMWORD")); };
  if (begin >= 3 && plural_word(t[begin - 1]) && !t[begin].break_before && counted(begin - 2) &&
      !takes_a_time(set, t, begin - 2))
    return true;
  return begin >= 3 && t[begin - 2].lower == "of" && !t[begin - 1].break_before && amount(begin - 3);
}

// "left at 7:53 a.m. on April 30, 1975, just hours before tanks rolled in", "two days after the
// vote": a count of units before or after a clause or a noun places what that clause or noun tells
// within that distance of the day the sentence has just named, after it for "before" and ahead of
// it for "after" (a count that ends its phrase, "two days before,", is a date: anchored-before).
// A vague count of hours is within a day, of minutes the same day. From a coarser date ("as early
// as 2011, nine years before the dam failed") the distance is counted from all of it.
std::optional<Interval> distance_from_the_day(const std::vector<ScanToken>& t, std::size_t end, const std::string& value,
                                              const Interval& day) {
  if (!is(t, end, "before") && !is(t, end, "after")) return std::nullopt;
  if (end + 1 >= t.size() || t[end + 1].kind == ScanToken::Kind::Punct || t[end + 1].break_before) return std::nullopt;
  const std::string counted = value == "PTXH" ? "P1D" : value == "PTXM" ? "PT0M" : value;
  if (is(t, end, "before")) {
    auto span = anchored_duration(counted, "future", day.start);
    if (const auto from_its_end = anchored_duration(counted, "future", day.end); span && from_its_end) span->end = from_its_end->end;
    return span;
  }
  auto span = anchored_duration(counted, "past", day.end);
  if (const auto from_its_start = anchored_duration(counted, "past", day.start); span && from_its_start) span->start = from_its_start->start;
  return span;
}

// `span` cut at `dct`: a time a past clause tells has gone by when the article is written.
std::optional<Interval> gone_by_at(std::optional<Interval> span, date::sys_days dct) {
  if (span && span->end > dct) span->end = std::max(span->start, dct);
  return span;
}

// A duration ahead counted from the day the story is at, and from its clock time when it has one
// ("at 11:15 p.m. ... over the next six hours" runs into the next day).
std::optional<Interval> counted_from_the_story(const std::string& value, const Interval& day,
                                               const std::optional<std::string>& clock) {
  const auto hours = value.starts_with("PT") && value.ends_with("H") ? to_long(std::string_view(value).substr(2, value.size() - 3))
                                                                     : std::nullopt;
  if (hours && clock && clock->size() >= 16 && std::isdigit(static_cast<unsigned char>((*clock)[11]))) {
    const int minutes = std::stoi(clock->substr(11, 2)) * 60 + std::stoi(clock->substr(14, 2));
    return Interval{day.start, day.start + date::days{(minutes + *hours * 60) / (24 * 60)}, Precision::Day};
  }
  return anchored_duration(value, "future", day.start);
}

// "within four business days": N days ahead counted on weekdays only (from Friday the 14th:
// Monday to Thursday, so up to the 20th); nullopt for another value.
std::optional<Interval> working_days_ahead(const std::string& value, std::optional<date::sys_days> dct) {
  if (!dct || value.size() < 3 || value[0] != 'P' || value.back() != 'D') return std::nullopt;
  const auto n = to_long(std::string_view(value).substr(1, value.size() - 2));
  if (!n || *n > 3660) return std::nullopt;
  date::sys_days day = *dct;
  for (long left = *n; left > 0;) {
    day += date::days{1};
    if (date::weekday{day} != date::Saturday && date::weekday{day} != date::Sunday) --left;
  }
  return Interval{*dct, day, Precision::Day};
}

// "four business days", "ten working days": days that leave out the weekends.
bool counts_working_days(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  return std::any_of(t.begin() + static_cast<std::ptrdiff_t>(begin), t.begin() + static_cast<std::ptrdiff_t>(end),
                     [](const ScanToken& tok) { return tok.lower == "business" || tok.lower == "working"; });
}

// "The commission now has 90 working days to rule", "bidders have two weeks to respond": a time
// given from now to act, its days counted as the text counts them (working days leave out weekends).
bool time_given_to_act(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  const auto given = [&](std::size_t k) { return t[k].lower == "has" || t[k].lower == "have"; };
  const bool after_has = begin > 0 && (given(begin - 1) || (begin > 1 && t[begin - 1].lower == "now" && given(begin - 2)));
  return after_has && end + 1 < t.size() && t[end].lower == "to" && !t[end].break_before &&
         t[end + 1].kind == ScanToken::Kind::Word;
}

// "in three weeks", "in two years" said of what lies ahead: the day (for days and weeks), month
// or year that far after the DCT; none for a vague count ("in years") or a clock duration.
std::optional<Interval> counted_ahead(const std::string& value, std::optional<date::sys_days> dct) {
  if (value.size() < 3 || value[0] != 'P' || value[1] == 'T' || value[1] == 'X') return std::nullopt;
  const auto span = anchored_duration(value, "future", dct);
  if (!span) return std::nullopt;
  const date::year_month_day there{span->end};
  switch (span->precision) {
    case Precision::Day:
    case Precision::Week: return whole_day(span->end);
    case Precision::Month: return whole_month(there.year() / there.month());
    case Precision::Year: return whole_year(there.year());
    default: return std::nullopt;
  }
}

// "in three weeks of talks": the duration measures a noun after it, not a time ahead.
bool measures_a_noun(const std::vector<ScanToken>& scanned, std::size_t end) {
  return end < scanned.size() && !scanned[end].break_before && scanned[end].lower == "of";
}

// "a year earlier", "a year ago", "year-earlier": a date counted back from another to compare
// with it; the narrative stays where it was, so the next "a year earlier" counts from the same
// date, not from this one.
bool counts_back(const TimexRule& rule) {
  const std::string& v = rule.value;
  const bool relative = v.rfind("@ago ", 0) == 0 || v.rfind("@anchor_ago ", 0) == 0;
  return relative && v.size() > 3 && v.compare(v.size() - 3, 3, " -1") == 0;
}

// "earlier this month", "later this week": the part of the period before or after the DCT, not
// its first or last third; nullopt for other words, or a period the DCT is not in.
std::optional<Interval> side_of_now(const std::string& first_word, const std::string& value,
                                    std::optional<date::sys_days> dct) {
  if (!dct || (first_word != "earlier" && first_word != "later")) return std::nullopt;
  auto period = interval_of_value(value);
  if (!period || *dct < period->start || *dct > period->end) return std::nullopt;
  if (first_word == "earlier") period->end = *dct - date::days{1};
  else period->start = *dct + date::days{1};
  return period->ok() ? period : std::nullopt;
}

// "the rest of the month", "the remainder of this year": the part of the period from `from` (the
// DCT, or the day after a day ahead the sentence named: "if no deal is reached by Tuesday
// evening, ... for the rest of the week", said on a Sunday, is Wednesday to Sunday of the week
// ahead), with the value of the period holding it; nullopt for other words, or a period `from`
// is not in.
std::optional<std::pair<std::string, Interval>> rest_from(const std::vector<ScanToken>& t, std::size_t i, std::string value,
                                                          std::optional<date::sys_days> from) {
  if (!from || i + 1 >= t.size() || t[i].lower != "the") return std::nullopt;
  const std::string& part = t[i + 1].lower;
  if (part != "rest" && part != "remainder" && part != "balance") return std::nullopt;
  auto period = interval_of_value(value);
  if (period && *from > period->end) {
    if (const auto unit = unit_of(period->precision)) {
      value = shift_and_format(*from, unit, 0);
      period = interval_of_value(value);
    }
  }
  if (!period || *from < period->start || *from > period->end) return std::nullopt;
  period->start = *from;
  return std::pair{value, *period};
}

// Where "the rest of" a period starts: the day after a day ahead named earlier in the sentence,
// else the DCT. On a Sunday, the ISO week's last day, "the rest of the week" in a clause about
// now or ahead means the coming days: the week ahead, from Monday ("closed for the rest of the
// week", said on a Sunday, is not that Sunday alone).
std::optional<date::sys_days> start_of_the_rest(const ValueContext& ctx, const std::string& value) {
  const bool day_ahead = ctx.dct && ctx.anchor && ctx.anchor->precision <= Precision::Day && ctx.anchor->start > *ctx.dct &&
                         ctx.anchor_in_sentence();
  if (day_ahead) return ctx.anchor->end + date::days{1};
  const auto period = ctx.dct ? interval_of_value(value) : std::nullopt;
  const bool last_day_of_week = period && period->precision == Precision::Week && *ctx.dct == period->end;
  if (last_day_of_week && ctx.tense() != Tense::Past) return *ctx.dct + date::days{1};
  return ctx.dct;
}

// "over the past month", "in the last decade": the unit of `precision` that ends at the DCT
// (19 Aug to 19 Sep), not the calendar unit before the DCT's; nullopt for a unit under a week.
std::optional<Interval> trailing_unit(Precision precision, date::sys_days dct) {
  const date::year_month_day today{dct};
  const auto months_back = [&](int n) {
    const date::year_month_day back = (date::year_month{today.year(), today.month()} - date::months{n}) / today.day();
    const date::year_month_day day = back.ok() ? back : back.year() / back.month() / date::last;
    return Interval{date::sys_days{day}, dct, Precision::Day};
  };
  switch (precision) {
    case Precision::Week:
      return Interval{dct - date::days{7}, dct, Precision::Day};
    case Precision::Month:
      return months_back(1);
    case Precision::Quarter:
      return months_back(3);
    case Precision::Year:
      return months_back(12);
    case Precision::Decade:
      return months_back(120);
    case Precision::Century:
      return months_back(1200);
    default:
      return std::nullopt;
  }
}

// The value of the period one before (step -1) or after (+1) the one `value` names: a year,
// quarter, month or ISO week; none for other precisions.
std::optional<std::string> neighbour_period(const std::string& value, int step) {
  const auto period = interval_of_value(value);
  if (!period) return std::nullopt;
  const date::sys_days beside = step < 0 ? period->start - date::days{1} : period->end + date::days{1};
  const date::year_month_day ymd{beside};
  switch (period->precision) {
    case Precision::Year:
      return format_year(ymd.year());
    case Precision::Quarter:
      return format_quarter(ymd.year() / ymd.month());
    case Precision::Month:
      return format_month(ymd.year() / ymd.month());
    case Precision::Week:
      return format_iso_week(beside);
    default:
      return std::nullopt;
  }
}

// "Sales fell at the end of the year" in February, "will reopen at the start of the year" in
// November: a part of the DCT's own period (a mod narrows it) that lies wholly ahead of the DCT
// in a past clause, or wholly behind it in a future one, is that part of the period before or
// after; the value that says so, or none. A month called by its name is the same month a year
// away ("they left in late March", said on 8 March, is last year's, not February).
std::optional<std::string> part_on_the_tense_side(const Timex& tx, Tense tense, std::optional<date::sys_days> dct) {
  if (!dct || tx.mod.empty() || !tx.interval) return std::nullopt;
  const auto whole = interval_of_value(tx.value);
  if (!whole || *dct < whole->start || *dct > whole->end) return std::nullopt;
  static const std::set<std::string> kNamedMonth = {"month", "mod-month", "pos-month"};
  const auto beside = [&](int step) -> std::optional<std::string> {
    if (!kNamedMonth.count(tx.rule) || whole->precision != Precision::Month) return neighbour_period(tx.value, step);
    const date::year_month ym = date::year_month_day{whole->start}.year() / date::year_month_day{whole->start}.month();
    return format_month(ym + date::years{step});
  };
  if (tense == Tense::Past && tx.interval->start > *dct) return beside(-1);
  if (tense == Tense::Future && tx.interval->end < *dct) return beside(+1);
  return std::nullopt;
}

// "after the 2020 census", "its 2019 report": a year between a determiner and the noun it
// modifies names a thing, not the time the story is at, so "two weeks later" does not count from it.
bool names_a_thing(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end, const TokenizedText* tagged) {
  static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "s"};
  if (begin == 0 || end >= t.size() || t[begin].break_before || t[end].break_before || end - begin != 1) return false;
  if (std::find(std::begin(kDeterminers), std::end(kDeterminers), t[begin - 1].lower) == std::end(kDeterminers)) return false;
  if (t[end].kind != Kind::Word) return false;
  const Token* next = tagged ? tagged_token_at(*tagged, t[end].span.begin) : nullptr;
  return next ? (next->upos == "NOUN" || next->upos == "ADJ" || next->upos == "PROPN") : true;
}

// Whether the expression is one end of a span or one of two choices ("between May and July",
// "from April until September", "in May or June"): its year goes with the other's.
bool joined_to_another(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  static const std::set<std::string> kJoints = {"and", "or", "to", "until", "till", "through", "-", "\u2013"};
  const bool after = end < t.size() && !t[end].break_before && kJoints.count(t[end].lower);
  const bool before = begin > 0 && !t[begin].break_before &&
                      (kJoints.count(t[begin - 1].lower) || t[begin - 1].lower == "between" || t[begin - 1].lower == "from");
  return after || before;
}

// "every hour of this clean-up", "each minute of the final": a recurring time's words counting
// the parts of one occasion (OCCASIONDET after "of", with no unit of time in the next three
// words) are no recurrence; "every day of the year" and "each hour of the night" still are.
bool counts_parts_of_an_occasion(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t end) {
  constexpr std::size_t kReach = 3;
  if (end + 1 >= t.size() || t[end].lower != "of" || !set.in_class(t[end + 1].lower, "OCCASIONDET")) return false;
  for (std::size_t k = end + 2; k < t.size() && k < end + 2 + kReach && t[k].kind == Kind::Word; ++k)
    if (set.in_class(t[k].lower, "UNIT") || set.in_class(t[k].lower, "PARTOFDAY") || set.in_class(t[k].lower, "SEASON"))
      return false;
  return true;
}

// "a winter storm", "spring floods": a bare word before the noun it modifies names a kind of
// thing, not a time (rules with `not-before-noun`; needs the tagger).
// So does a word joined by hyphens ("a late-night debate", "the early-morning raid"): the
// determiner there is the noun's.
// A match opened by "the" ("in the morning papers") is judged by its word after "the", but only
// before a common noun that is no unit of time: "in the afternoon Smith left" and "during the
// summer months" are times.
bool names_a_kind(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t begin, std::size_t end,
                  const TokenizedText* tagged) {
  const bool opened_by_the = end - begin >= 2 && t[begin].lower == "the" && !t[begin + 1].break_before;
  if (opened_by_the && end < t.size() && set.in_class(t[end].lower, "UNIT")) return false;
  if (opened_by_the) ++begin;
  const bool hyphenated = end - begin == 3 && t[begin + 1].lower == "-" && adjacent(t, begin + 1) && adjacent(t, begin + 2);
  if ((end - begin != 1 && !hyphenated) || end >= t.size() || t[end].break_before || t[end].kind != Kind::Word || !tagged)
    return false;
  const Token* next = tagged_token_at(*tagged, t[end].span.begin);
  const bool before_noun = next && (next->upos == "NOUN" || (next->upos == "PROPN" && !opened_by_the));
  const bool determined = !opened_by_the && begin > 0 && !t[begin].break_before && (t[begin - 1].lower == "the" || t[begin - 1].lower == "this" ||
                                                                  t[begin - 1].lower == "last" || t[begin - 1].lower == "next");
  return before_noun && (hyphenated || !determined);
}

// "said that June was the wettest month", "the deal that May negotiated": a match whose first
// word is "that" opening a clause (a relative pronoun, or the parse's mark right after a verb
// that takes a "that" clause, THATVERB), not pointing back ("sentenced that June"; "and that
// spring the river flooded", "who joined that spring were laid off", however parsed).
bool that_opens_a_clause(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t begin,
                         const TokenizedText* tagged) {
  if (t[begin].lower != "that" || begin == 0 || !tagged) return false;
  const Token* that = tagged_token_at(*tagged, t[begin].span.begin);
  const Token* before = tagged_token_at(*tagged, t[begin - 1].span.begin);
  if (!that || !before) return false;
  if (that->xpos == "WDT") return true;
  return that->deprel == "mark" && set.in_class(lowercase_ascii(before->lemma), "THATVERB");
}

// "the Sunday Times", "the Monday Club": a one-word match between "the" and a capitalised word
// (no part of a day) opens the title of a paper or a body (rules with `not-in-titles`).
bool opens_a_title(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  static const std::set<std::string> kDayParts = {"morning", "afternoon", "evening", "night", "noon", "midnight"};
  if (end - begin != 1 || begin == 0 || end >= t.size() || t[begin].break_before || t[end].break_before) return false;
  const ScanToken& next = t[end];
  return t[begin - 1].lower == "the" && t[begin].capitalised && next.kind == ScanToken::Kind::Word && next.capitalised &&
         next.space_before && kDayParts.count(next.lower) == 0;
}

// The bytes of the text's headline: its first line when a line follows and it ends in no full
// stop, question or exclamation mark; zero when there is none.
std::size_t headline_length(std::string_view text) {
  const std::size_t newline = text.find('\n');
  if (newline == std::string_view::npos) return 0;
  std::string_view line = text.substr(0, newline);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty() || line.back() == '.' || line.back() == '?' || line.back() == '!') return 0;
  return newline;
}

// "two years ago", "a year ago": a time ago that names no period ("the year-ago quarter", "the
// quarter a year ago" do).
bool bare_time_ago(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  return end - begin >= 2 && t[end - 1].lower == "ago" && t[end - 2].lower != "-" && t[begin].lower != "the";
}

// Whether a word of comparison comes before token `begin` in its sentence ("from $4 million",
// "compared with", "higher than"), or a figure right before it ("or four cents a share, [a year
// ago]"). (A present perfect or a having now compares with now, not with the quarter:
// TenseFinder::present_perfect_before.)
bool compares_figures(const std::vector<ScanToken>& t, std::size_t begin) {
  static const std::set<std::string, std::less<>> kComparing = {"from", "than", "with", "versus", "vs", "vs.", "against"};
  constexpr std::size_t kReach = 12;
  std::size_t before = begin;
  if (before > 0 && !t[before].break_before && t[before - 1].lower == ",") --before;
  if (before > 0 && !t[before].break_before &&
      (t[before - 1].kind == Kind::Number || t[before - 1].lower == "share" || t[before - 1].lower == "percent"))
    return true;
  for (std::size_t k = begin; k-- > 0 && begin - k <= kReach && !t[k + 1].break_before;)
    if (kComparing.contains(t[k].lower)) return true;
  return false;
}

// Whether a duty that a proposal would set comes before token `begin` in its sentence ("would
// have to", "would need to", "would be required to"): "Under the plan, hospitals would have to
// report serious attacks within 24 hours" sets a limit counted from each attack, not from now
// ("Fighters must withdraw within 30 days" is a duty from now).
bool limit_of_a_proposed_duty(const std::vector<ScanToken>& t, std::size_t begin) {
  constexpr std::size_t kReach = 12;
  const auto at = [&](std::size_t k, std::string_view w) { return k < begin && t[k].lower == w; };
  for (std::size_t k = begin; k-- > 0 && begin - k <= kReach && !t[k + 1].break_before;) {
    if (t[k].lower != "would") continue;
    if ((at(k + 1, "have") || at(k + 1, "need")) && at(k + 2, "to")) return true;
    if (at(k + 1, "be") && (at(k + 2, "required") || at(k + 2, "obliged")) && at(k + 3, "to")) return true;
  }
  return false;
}

// Whether "'s" follows the expression ("Tuesday's vote", "Monday’s attack").
bool possessive_after(const std::vector<ScanToken>& t, std::size_t end) {
  if (end >= t.size()) return false;
  return t[end].lower == "'" && end + 1 < t.size() && t[end + 1].lower == "s" &&
         !t[end + 1].space_before;
}

// The day of a weekday expression that the one at token `i` continues: only "and", "or", "to",
// "into", "through", "until" or a dash stands between them ("on Thursday and Friday", "from
// Thursday until Friday morning", "from Thursday night into Friday").
std::optional<date::sys_days> day_continued(const std::vector<ScanToken>& t, const std::optional<Timex>& weekday,
                                            std::size_t i) {
  if (!weekday || i < 2 || t[i].break_before || t[i - 1].break_before) return std::nullopt;
  if (!weekday->interval || t[i - 2].span.end != weekday->span.end) return std::nullopt;
  static const std::set<std::string, std::less<>> kJoiners{"and",  "or",    "to",   "into", "through", "thru",
                                                           "until", "till", "-",    "\xE2\x80\x93"};
  if (!kJoiners.contains(t[i - 1].lower)) return std::nullopt;
  return weekday->interval->start;
}

}  // namespace

TimexTagger::TimexTagger(std::unique_ptr<TimexRuleSet> rules) : rules_(std::move(rules)) {}
TimexTagger::TimexTagger(TimexTagger&&) noexcept = default;
TimexTagger& TimexTagger::operator=(TimexTagger&&) noexcept = default;
TimexTagger::~TimexTagger() = default;

TimexTagger TimexTagger::load(const DataDir& data) { return load_from(data.data("timex")); }

TimexTagger TimexTagger::load_from(const std::filesystem::path& rules_dir) {
  return TimexTagger(std::make_unique<TimexRuleSet>(load_timex_rules(rules_dir)));
}

namespace {

// "for a month from Monday", "for two weeks starting Tuesday", "from June 1 for a month": the
// date a time "for" gives is counted from, when "from", "starting" or "beginning" joins the two.
const Timex* counted_from(std::string_view text, const Timex& lasting, const std::vector<Timex>& timexes) {
  static constexpr std::string_view kAfter[] = {" from ", " starting ", " beginning ", " starting on ", " beginning on ",
                                                " starting from "};
  static constexpr std::string_view kBefore[] = {"from ", "starting ", "beginning "};
  const auto joined = [&](const Timex& date) {
    if (date.span.begin >= lasting.span.end) {
      const std::string_view between = text.substr(lasting.span.end, date.span.begin - lasting.span.end);
      return std::find(std::begin(kAfter), std::end(kAfter), between) != std::end(kAfter);
    }
    if (date.span.end + 5 != lasting.span.begin || text.substr(date.span.end, 5) != " for ") return false;
    const std::string_view before = text.substr(0, date.span.begin);
    return std::any_of(std::begin(kBefore), std::end(kBefore), [&](std::string_view w) { return before.ends_with(w); });
  };
  const auto date = std::find_if(timexes.begin(), timexes.end(), [&](const Timex& t) {
    return (t.type == "DATE" || t.type == "TIME") && t.interval && joined(t);
  });
  return date == timexes.end() ? nullptr : &*date;
}

// How many of the tokenizer's sentences start at or before byte `byte`: the same for two bytes
// of one sentence.
std::size_t sentence_at_byte(const TokenizedText& tokens, std::size_t byte) {
  const auto after = std::upper_bound(tokens.sentences.begin(), tokens.sentences.end(), byte,
                                      [](std::size_t b, const Sentence& sentence) { return b < sentence.span.begin; });
  return static_cast<std::size_t>(after - tokens.sentences.begin());
}

// "will close for two weeks starting Monday", "will be shut for a month from June 1": a time
// "for" gives runs from the date joined to it (in a past clause too: "was shut for a month
// from June 1"); in a clause ahead, from the article's date only when its sentence names no
// date it could run from instead (there the duration bounds nothing). The tokenizer's sentences,
// when there are any, tell where a sentence ends ("at St. Mary's" ends none).
void lasting_from_a_date(std::string_view text, const TokenizedText* tokens, std::vector<Timex>& timexes) {
  const auto same_sentence = [&](const Timex& a, const Timex& b) {
    if (tokens && !tokens->sentences.empty()) return sentence_at_byte(*tokens, a.span.begin) == sentence_at_byte(*tokens, b.span.begin);
    const auto& [first, second] = a.span.begin < b.span.begin ? std::pair{&a, &b} : std::pair{&b, &a};
    if (first->span.end > second->span.begin) return true;
    const std::string_view between = text.substr(first->span.end, second->span.begin - first->span.end);
    return between.find(". ") == std::string_view::npos && between.find('\n') == std::string_view::npos;
  };
  for (Timex& lasting : timexes) {
    const bool after_for = lasting.span.begin >= 4 && text.substr(lasting.span.begin - 4, 4) == "for ";
    if (lasting.type != "DURATION" || !after_for) continue;
    if (const Timex* start = counted_from(text, lasting, timexes)) {
      lasting.interval = days_from(lasting.value, start->interval->start);
      continue;
    }
    if (!lasting.interval) continue;
    if (std::any_of(timexes.begin(), timexes.end(), [&](const Timex& t) {
          return (t.type == "DATE" || t.type == "TIME") && same_sentence(t, lasting);
        }))
      lasting.interval.reset();
  }
}

// "the three months ended Dec. 31", "the nine months ending June 30", "the six months to Sept.
// 30": a counted period closed by a day (or a month) is the days up to and including that day
// (2023-10-01..2023-12-31), so what happened "in" it is dated.
void close_periods_at_their_days(std::string_view text, std::vector<Timex>& timexes) {
  static constexpr std::string_view kClosers[] = {"ended",    "ending",    "that ended", "which ended", "through",
                                                  "ended on", "ending on", "to"};
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& period = timexes[k];
    const Timex& day = timexes[k + 1];
    // (a month closes it at its last day: "the year ending March 2025")
    if (period.type != "DURATION" || period.interval || !day.interval ||
        (day.interval->precision != Precision::Day && day.interval->precision != Precision::Month))
      continue;
    if (period.span.end > day.span.begin) continue;
    std::string joint = joint_between(text, period, day);
    std::transform(joint.begin(), joint.end(), joint.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(std::begin(kClosers), std::end(kClosers), joint) == std::end(kClosers)) continue;
    // ("extended by two weeks to March 15", "jailed for 18 months to March": "to" closes only "the N units")
    if (joint == "to" && !period.text.starts_with("the ") && !period.text.starts_with("The ")) continue;
    // counted back from the day after ("three months ended Dec. 31" from Jan. 1: Oct. 1)
    auto closed = anchored_duration(period.value, "past", day.interval->end + date::days{1});
    if (!closed) continue;
    closed->end = day.interval->end;
    period.interval = closed;
  }
}

// "the quarter ended Sept. 28", "its fourth quarter, which ended Aug. 26": a quarter closed by a
// day is the three months up to that day, whatever the calendar says (a fiscal year need not
// start in January). A quarter not numbered is the calendar quarter whose end is nearest that day
// ("the quarter ended July 31" is the second); a numbered one keeps the company's number.
void close_quarters_at_their_days(std::string_view text, std::vector<Timex>& timexes) {
  static constexpr std::string_view kClosers[] = {"ended", "ending", "that ended", "which ended", ", which ended",
                                                  "ended on", "ending on", ", ended"};
  static constexpr std::string_view kNumbers[] = {"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "q1", "q2", "q3", "q4"};
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& quarter = timexes[k];
    const Timex& day = timexes[k + 1];
    if (quarter.type != "DATE" || !quarter.interval || quarter.interval->precision != Precision::Quarter || !day.interval ||
        day.interval->precision != Precision::Day || quarter.span.end > day.span.begin)
      continue;
    if (const std::string joint = joint_between(text, quarter, day);
        std::find(std::begin(kClosers), std::end(kClosers), joint) == std::end(kClosers))
      continue;
    const date::sys_days last = day.interval->end;
    auto months = anchored_duration("P3M", "past", last + date::days{1});
    if (!months) continue;
    quarter.interval = Interval{months->start, last, Precision::Quarter};
    const std::string words = lowercase_ascii(quarter.text);
    if (std::any_of(std::begin(kNumbers), std::end(kNumbers), [&](std::string_view n) { return words.find(n) != std::string::npos; }))
      continue;
    // the calendar quarter ending nearest the day: a day in a quarter's first half closes the one before
    const date::year_month_day mid{last - date::days{45}};
    const unsigned q = (static_cast<unsigned>(mid.month()) - 1) / 3 + 1;
    quarter.value = fmt::format("{}-Q{}", static_cast<int>(mid.year()), q);
  }
}

// "the first day of May", "the last day of the month", "the second day of each week": a day of a
// calendar period, not of a stay just told (nth-day-of-a-stay leaves these alone).
bool day_of_a_calendar_period(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t end) {
  if (!is(t, end, "of")) return false;
  std::size_t k = end + 1;
  while (k < t.size() && (t[k].lower == "the" || t[k].lower == "each" || t[k].lower == "every" || t[k].lower == "this" ||
                          t[k].lower == "that" || t[k].lower == "next" || t[k].lower == "last" || t[k].lower == "its"))
    ++k;
  if (k >= t.size()) return false;
  return t[k].kind == ScanToken::Kind::Number || set.in_class(t[k].lower, "MONTH") || set.in_class(t[k].lower, "UNIT1") ||
         set.in_class(t[k].lower, "SEASON") || set.in_class(t[k].lower, "HOLIDAY") || t[k].lower == "term" ||
         t[k].lower == "school" || t[k].lower == "spring" || t[k].lower == "summer" || t[k].lower == "autumn" ||
         t[k].lower == "fall" || t[k].lower == "winter";
}

// Whether the match writes a year in digits ("the spring of 1975", "March 2019").
bool writes_its_year(const std::vector<ScanToken>& scanned, std::size_t i, std::size_t end) {
  return std::any_of(scanned.begin() + static_cast<std::ptrdiff_t>(i), scanned.begin() + static_cast<std::ptrdiff_t>(end),
                     [](const ScanToken& t) {
                       return t.lower.size() == 4 && std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= '0' && c <= '9'; });
                     });
}

// A year that sets the time of what its sentence tells: one that opens it ("Last year the bank
// raised rates on September 14", "In 2019, the firm opened a plant in March"), or a part of a
// year that opens it with the year in digits ("In the spring of 1975, the last helicopter left
// at 7:53 a.m. on April 30"); not one inside a clause, a comparison or a bound ("The company,
// founded in 2010, said ...", "Compared with last year, ..."), nor a possessor ("Next year's budget").
bool frames_its_sentence(const std::vector<ScanToken>& scanned, std::size_t i, std::size_t end,
                         const Interval& interval) {
  const bool part_of_a_year = interval.precision >= Precision::Month && interval.precision < Precision::Year;
  if (interval.precision != Precision::Year && !(part_of_a_year && writes_its_year(scanned, i, end))) return false;
  if (end < scanned.size() && !scanned[end].break_before && scanned[end].lower == "'")  // ' or ’ ("Next year's budget")
    return false;
  // (nor a fiscal year, whose calendar year is not that of its days: "Fiscal 2026 began on July 1")
  for (std::size_t k = i; k < end; ++k)
    if (scanned[k].lower == "fiscal") return false;
  const auto opens = [&](std::size_t k) { return k == 0 || scanned[k].break_before; };
  return opens(i) || (i > 0 && scanned[i - 1].lower == "in" && opens(i - 1));
}

// "the 2021 vintage, when a frost ...", "in 2019, when the plant closed": a year (and at most two
// words naming what it dates) right before "when", which tells what happened in that year.
bool opens_a_when_clause(const std::vector<ScanToken>& scanned, std::size_t end) {
  constexpr std::size_t kNounWords = 2;
  for (std::size_t k = end; k < scanned.size() && k <= end + kNounWords + 1 && !scanned[k].break_before; ++k) {
    if (scanned[k].lower == "when") return true;
    if (scanned[k].lower == ",") return k + 1 < scanned.size() && !scanned[k + 1].break_before && scanned[k + 1].lower == "when";
    if (scanned[k].kind != Kind::Word) return false;
  }
  return false;
}

// "failed twice last year, in March and again in May", "in 2019, on June 4": a year a comma
// follows and then (after "in" or "on") a month, which tells when in that year; the months and
// days the sentence goes on to name are in it.
bool opens_its_own_dates(const TimexRuleSet& set, const std::vector<ScanToken>& scanned, std::size_t end) {
  std::size_t k = end;
  if (!is(scanned, k, ",")) return false;
  ++k;
  if (is(scanned, k, "in") || is(scanned, k, "on")) ++k;
  return k < scanned.size() && !scanned[k].break_before && set.in_class(scanned[k].lower, "MONTH");
}

// "the 2023-24 season", "the 2019-20 school year": a year written with the next one's last two
// digits after a dash is a period across that year end (the value stays the first, as TimeML
// writes it). Such periods run from April at the earliest (a tax or fiscal year from April) to
// June at the latest (a school year, a football or basketball season, a July-June budget), so
// the interval is those fifteen months, not both whole years (until a later pass narrows what it
// knows: a year of accounts, place_fiscal_periods; a school year, place_school_years). The dash
// is right after the match, or inside it ("the 2026-27 fiscal year", which rule fiscal-year-across tags whole).
std::optional<Interval> spans_into_next_year(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end,
                                             const Interval& year) {
  if (year.precision != Precision::Year) return std::nullopt;
  // (or a slash: "the 2019/20 school year")
  const auto joins = [&](std::size_t k) { return is(t, k, "-") || is(t, k, "\xE2\x80\x93") || is(t, k, "/"); };
  std::size_t dash = begin + 1;
  while (dash < end && !joins(dash)) ++dash;
  if (!joins(dash) || !adjacent(t, dash) || !number_at(t, dash + 1) ||
      !adjacent(t, dash + 1) || t[dash + 1].lower.size() != 2)
    return std::nullopt;
  end = dash;
  const date::year first = date::year_month_day{year.start}.year();
  if ((static_cast<int>(first) + 1) % 100 != to_long(t[end + 1].lower).value_or(-1)) return std::nullopt;
  return two_year_season(first);
}

// "lifted an advisory on Tuesday that had covered the city since August 29": a day right after
// a word of SINCECUE is where a state began, which lasts up to the story's day.
bool opens_a_state(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t begin) {
  return begin > 0 && !t[begin].break_before && set.in_class(t[begin - 1].lower, "SINCECUE");
}

// "every day through Feb. 19", "open until June 3": a date right after a word of SPANENDCUE ends a
// span; not after a verb that puts something off ("postponed until Friday": its new time).
// ("suspended through Feb. 19": "through" takes in its day, so it ends a span after any verb)
bool closes_a_span(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t begin) {
  if (begin == 0 || t[begin].break_before || !set.in_class(t[begin - 1].lower, "SPANENDCUE")) return false;
  if (t[begin - 1].lower == "through" || t[begin - 1].lower == "thru") return true;
  constexpr std::size_t kReach = 8;
  for (std::size_t k = begin - 1; k > 0 && begin - k <= kReach && !t[k].break_before; --k)
    if (t[k - 1].lower == "," || t[k - 1].lower == ".") break;
    else if (set.in_class(t[k - 1].lower, "DEFERCUE")) return false;
  return true;
}

// "The schools closed on Monday. The city did not hold a meeting until Saturday": a negation
// before "until" (token `until`) in its clause tells when the thing at last happened; no span
// runs from the day the story is at.
bool held_off_until(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t until) {
  constexpr std::size_t kReach = 8;
  for (std::size_t k = until; k > 0 && until - k < kReach && !t[k].break_before; --k)
    if (t[k - 1].lower == "," || t[k - 1].lower == ";") return false;
    else if (set.in_class(t[k - 1].lower, "NOTUNTILCUE")) return true;
  return false;
}

// "began at 2330 UTC on Tuesday and was stopped at 0215 UTC": a morning time of day alone told
// right after an evening time of that day is on the next day; the story went on past midnight.
// "Rescuers reached the men at 3:40 p.m., and by dawn the first was on the surface": a part of the
// day that ends by the last clock time of its day (a morning by noon, an afternoon by 6 p.m., an
// evening by 10 p.m.) is the next day's; not one pointed back to ("that morning", "the same morning").
bool part_of_day_gone(const std::optional<std::string>& last_clock, const std::string& value, const std::string& words) {
  if (!last_clock || last_clock->size() < 16 || value.size() != 13 || value.compare(0, 11, *last_clock, 0, 11) != 0) return false;
  if (!std::isdigit(static_cast<unsigned char>((*last_clock)[11]))) return false;
  if (words.find("that") != std::string::npos || words.find("same") != std::string::npos) return false;
  const std::string part = value.substr(11);
  const int ends = part == "MO" ? 12 * 60 : part == "AF" ? 18 * 60 : part == "EV" ? 22 * 60 : 24 * 60;
  return clock_minutes(*last_clock) >= ends;
}

// The value of the same time of day one day later ("2025-10-08TMO" -> "2025-10-09TMO").
std::string next_day_of(const std::string& value) {
  const auto day = parse_iso_day(std::string_view(value).substr(0, 10));
  return day ? format_iso_day(*day + date::days{1}) + value.substr(10) : value;
}

bool past_midnight(const std::optional<std::string>& last_clock, const std::string& value) {
  constexpr int kEvening = 18 * 60, kNoon = 12 * 60;
  if (!last_clock || last_clock->size() < 16 || value.size() < 16 || value.compare(0, 11, *last_clock, 0, 11) != 0) return false;
  if (!std::isdigit(static_cast<unsigned char>(value[11])) || !std::isdigit(static_cast<unsigned char>((*last_clock)[11]))) return false;
  return clock_minutes(*last_clock) >= kEvening && clock_minutes(value) < kNoon;
}

// Whether a clock ("07:55") is later on its day than the clock of a value ("2016-09-17T06:42").
bool later_clock(const std::string& clock, const std::string& value) {
  const auto digits = [](const std::string& s, std::size_t at) {
    return s.size() >= at + 5 && std::isdigit(static_cast<unsigned char>(s[at])) && s[at + 2] == ':';
  };
  return digits(clock, 0) && digits(value, 11) && clock.compare(0, 5, value, 11, 5) > 0;
}

// "set off on Nov. 9 ... covered 1,130 kilometres, averaging 22 a day, and arrived at 3:20 p.m.":
// a span of a day or more, or a daily rate, told since byte `since` (the day last mentioned): the
// story has left that day behind, so a time of day told after it is on a day the text leaves open.
// (Not one of `background`, which begin where the spans of a relative clause or participle, or of
// the past beside a story ahead, do: "will travel to Oxford, where he spent two years. They
// return that evening" is still that day's.)
bool days_told_to_pass(const std::vector<Timex>& told, std::size_t since, const std::set<std::size_t>& background) {
  return std::any_of(told.begin(), told.end(), [&](const Timex& t) {
    if (t.span.begin < since || background.contains(t.span.begin)) return false;
    const bool daily = t.type == "SET" && (t.value == "P1D" || t.value == "XXXX-XX-XX");
    const bool days_or_more = t.type == "DURATION" && t.value.size() > 2 && t.value[0] == 'P' && t.value[1] != 'T' &&
                              std::isdigit(static_cast<unsigned char>(t.value[1])) && t.value != "P0D";
    return daily || days_or_more;
  });
}

// A rule for a time of day said without its day ("at 11 a.m."): on the day last mentioned.
bool is_time_of_day_alone(const TimexRule& rule) { return rule.value == "@anchor D 0" && !rule.time.empty(); }

// A rule that writes the year it matched into its value ("June 16, 2021", "4 July 1976").
bool names_its_year(const TimexRule& rule) { return rule.value.find("{YEAR4}") != std::string::npos && rule.value[0] != '@'; }

// "between midnight and 4am", "from midnight to 6 a.m.": a time that opens a range of hours.
bool opens_a_clock_range(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end) {
  static const std::set<std::string, std::less<>> kOpeners{"between", "from"};
  static const std::set<std::string, std::less<>> kJoints{"and", "to", "until", "till", "-", "\xE2\x80\x93"};
  return begin > 0 && end < t.size() && !t[end].break_before && kOpeners.contains(t[begin - 1].lower) &&
         kJoints.contains(t[end].lower);
}

// "shortly after midnight": the hours after a midnight open a day, so the midnight is that day's
// start ("On April 25, 1974, shortly after midnight" is 1974-04-25T00:00, "just after midnight on
// Sunday" opens Sunday); a midnight said alone closes the day when the story is at a time of that
// day ("reaching Cardiff by 5 p.m. It will turn heavier after midnight") or when it is the DCT's
// in a clause ahead ("will turn heavier after midnight"), as any other midnight does. A midnight
// opening a range of hours opens them too ("between midnight and 4am" is the night's first hours).
bool midnight_opens_its_day(const std::vector<ScanToken>& t, std::size_t begin, std::size_t end, const std::string& value,
                            bool alone, const ValueContext& ctx) {
  if (begin == 0 || t[begin].break_before || !value.ends_with("T24:00")) return false;
  if (opens_a_clock_range(t, begin, end)) return true;
  if (t[begin - 1].lower != "after") return false;
  if (!alone) return true;
  const std::string day = value.substr(0, 10);
  if (ctx.clock && ctx.clock->starts_with(day)) return false;
  return !(ctx.dct && day == format_iso_day(*ctx.dct) && ctx.tense() == Tense::Future);
}

// Whether token k ends a sentence: a full stop (not the point of a decimal: "about 1.2
// kilometres"), "!" or "?".
bool ends_a_sentence(const std::vector<ScanToken>& t, std::size_t k) {
  const bool decimal_point = k > 0 && t[k - 1].kind == ScanToken::Kind::Number && adjacent(t, k) && adjacent(t, k + 1) &&
                             t[k + 1].kind == ScanToken::Kind::Number;
  return (t[k].lower == "." && !decimal_point) || t[k].lower == "!" || t[k].lower == "?";
}

// Right after "until", "till" (UNTILCUE).
bool after_until(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t i) {
  return i > 0 && !t[i].break_before && set.in_class(t[i - 1].lower, "UNTILCUE");
}

// A rule's match at token `i`, a time expression unless it has no value, with what the tagger
// asks of its clause.
struct Candidate {
  std::size_t i, end;
  const TimexRule& rule;
  const std::vector<Capture>& caps;
  bool past_perfect;           // it dates a past perfect (TenseFinder::dates_a_past_perfect)
  std::optional<Tense> tense;  // its clause's tense, found when first asked (ValueContext::tense)
};

// Which date a time expression counts from where it is not the date the story is at (anchor_of).
struct Anchoring {
  // A time of day alone told in order after a flashback goes back to the story's day.
  bool back_from_flashback = false;
  // A time of day later than the clock of the day the story is told by goes on with that day.
  bool back_to_clocked_day = false;
  // A figure's baseline counted back in a sentence whose report gave the figure a day.
  bool baseline_of_report = false;
  // A time of day alone after a coarser date than the day last told: on that day.
  bool day_alone = false;
};

// One run of the rules over a text, left to right: each match becomes a time expression valued
// against the story so far (NarrativeState), which it then moves on.
class TimexPass {
 public:
  TimexPass(const TimexRuleSet& set, std::string_view text, const TokenizedText* tokens, std::optional<date::sys_days> dct)
      : set_(set), text_(text), tokens_(tokens), dct_(dct), scanned_(scan_text(text)), headline_end_(headline_length(text)),
        matcher_(set, scanned_, text), tenses_(set, scanned_, tokens) {}

  std::vector<Timex> run();
  const std::vector<ScanToken>& scanned() const { return scanned_; }
  const std::set<std::size_t>& parts_told_ahead() const { return state_.parts_told_ahead; }

 private:
  std::optional<std::size_t> resume_after_non_time(std::size_t i, const RuleMatch& match) const;
  bool tag_match(Candidate& m);
  bool sentences_apart(std::size_t from, int allowed, std::size_t i) const;
  std::optional<date::year> year_of_sentence(std::size_t at) const;
  std::optional<date::year> year_of_story(std::size_t i) const;
  Anchoring anchoring_of(const Candidate& m) const;
  std::optional<Interval> anchor_of(const Anchoring& how) const;
  ValueContext context_of(Candidate& m, const Anchoring& how);
  void set_clause_cues(const Candidate& m, ValueContext& ctx) const;
  void anchor_then(const Candidate& m, ValueContext& ctx) const;
  void anchor_on_the_story_side(const Candidate& m, ValueContext& ctx) const;
  void anchor_pointed_back(const Candidate& m, ValueContext& ctx) const;
  bool coarse_night_of(const Candidate& m, const ValueContext& ctx) const;
  std::optional<Timex> timex_of(const Candidate& m, const ValueContext& ctx, const Anchoring& how) const;
  void move_clock_past_its_day(const Candidate& m, const ValueContext& ctx, Timex& tx) const;
  void place_date(const Candidate& m, const ValueContext& ctx, Timex& tx);
  void follow_date(const Candidate& m, const Timex& tx);
  void note_plans_and_parts(const Candidate& m, const ValueContext& ctx, const Timex& tx);
  std::optional<Interval> date_told_in_sentence(std::size_t i) const;
  void place_duration(const Candidate& m, const ValueContext& ctx, Timex& tx) const;
  void place_span_from_anchor(const Candidate& m, const ValueContext& ctx, Timex& tx) const;
  void place_span_ahead(const Candidate& m, Timex& tx) const;
  void note_spans(const Candidate& m, const ValueContext& ctx, Timex& tx);

  const TimexRuleSet& set_;
  std::string_view text_;
  const TokenizedText* tokens_;
  std::optional<date::sys_days> dct_;
  const std::vector<ScanToken> scanned_;
  const std::size_t headline_end_;
  RuleMatcher matcher_;
  TenseFinder tenses_;
  NarrativeState state_;
  std::vector<Timex> out_;
};

std::vector<Timex> TimexPass::run() {
  for (std::size_t i = 0; i < scanned_.size();) {
    const auto match = matcher_.best_at(i);
    if (!match) { ++i; continue; }
    if (const auto resume = resume_after_non_time(i, *match)) { i = *resume; continue; }
    Candidate m{i, match->end, set_.rules[match->rule], match->captures, tenses_.dates_a_past_perfect(i, match->end), std::nullopt};
    i = tag_match(m) ? m.end : i + 1;  // (no value for it: "to the last minute" is an idiom, no time)
  }
  return std::move(out_);
}

// Where to go on from a match that is no time expression: the next token, or past the match.
// nullopt for a match that may be one.
std::optional<std::size_t> TimexPass::resume_after_non_time(std::size_t i, const RuleMatch& match) const {
  const TimexRule& rule = set_.rules[match.rule];
  const std::size_t end = match.end;
  if (that_opens_a_clause(set_, scanned_, i, tokens_)) return i + 1;  // (what follows "that" may still be one)
  if (rule.not_before_noun && names_a_kind(set_, scanned_, i, end, tokens_)) return end;
  if (rule.not_in_titles && opens_a_title(scanned_, i, end)) return end;
  if (!rule.quant.empty() && counts_parts_of_an_occasion(set_, scanned_, end)) return end;
  if (rule.value.starts_with("@anchor_nth_day ") && day_of_a_calendar_period(set_, scanned_, end)) return i + 1;
  if (const MatchSite site{set_, scanned_, headline_end_};
      (!rule.a_name && (names_a_title(site, i, end) || opens_a_name(site, i, end))) || names_an_event(site, i, end))
    return end;
  return std::nullopt;
}

// Values the match, moves the story on by it and adds it; false when it has no value.
bool TimexPass::tag_match(Candidate& m) {
  const Anchoring how = anchoring_of(m);
  ValueContext ctx = context_of(m, how);
  set_clause_cues(m, ctx);
  anchor_then(m, ctx);
  anchor_on_the_story_side(m, ctx);
  anchor_pointed_back(m, ctx);
  auto tx = timex_of(m, ctx, how);
  if (!tx) return false;
  if (tx->type == "DATE" || tx->type == "TIME") {
    place_date(m, ctx, *tx);
    follow_date(m, *tx);
    note_plans_and_parts(m, ctx, *tx);
  } else if (tx->type == "DURATION") {
    place_duration(m, ctx, *tx);
  }
  note_spans(m, ctx, *tx);
  tx->id = fmt::format("t{}", out_.size() + 1);
  state_.last_weekday = m.rule.value.starts_with("@weekday ") ? std::optional{*tx} : std::nullopt;
  if (tx->interval && (tx->type == "DATE" || tx->type == "TIME")) state_.tell(*tx, m.end, m.past_perfect);
  out_.push_back(std::move(*tx));
  return true;
}

// Whether more than `allowed` sentence ends lie between token `from` and token `i`.
bool TimexPass::sentences_apart(std::size_t from, int allowed, std::size_t i) const {
  int ends = 0;  // (a full stop and the break after it are one sentence end)
  for (std::size_t k = from; k <= i && k < scanned_.size() && ends <= allowed; ++k)
    ends += (k < i && ends_a_sentence(scanned_, k)) || (k > from && scanned_[k].break_before && !ends_a_sentence(scanned_, k - 1));
  return ends > allowed;
}

// The year named earlier in the sentence of token `at` (ValueContext::sentence_year).
std::optional<date::year> TimexPass::year_of_sentence(std::size_t at) const {
  const auto& last_year = state_.last_year;
  if (!last_year) return std::nullopt;
  for (std::size_t k = last_year->first; k <= at && k < scanned_.size(); ++k)
    if (scanned_[k].break_before || scanned_[k].lower == ";") return std::nullopt;
  return last_year->second;
}

// The year more than a year back that the sentence before opened (ValueContext::story_year).
std::optional<date::year> TimexPass::year_of_story(std::size_t i) const {
  const NarrativeState& s = state_;
  if (!s.last_year || !dct_ || !s.last_date || s.last_date->precision < Precision::Month || s.last_date->precision > Precision::Year ||
      s.last_date_end != s.last_year->first ||
      s.last_date->end + date::days{366} >= *dct_ || sentences_apart(s.last_year->first, 1, i))
    return std::nullopt;
  return s.last_year->second;
}

// A time of day alone is on the day the story is at: "The storm made landfall at 3 a.m. on
// Thursday. Officials had ordered evacuations on Wednesday. It weakened by 11 a.m." (Thursday)
// (in a later sentence: "had ordered evacuations on Wednesday, and most left by 6 p.m." is Wednesday's)
Anchoring TimexPass::anchoring_of(const Candidate& m) const {
  const NarrativeState& s = state_;
  const bool alone = is_time_of_day_alone(m.rule);
  Anchoring how;
  how.back_from_flashback = s.in_flashback && !m.past_perfect && alone && sentences_apart(s.flashback_end, 0, m.i);
  // A time later than the clock of the day the story is told by, after earlier days without a
  // clock, goes on with that day: "lifted off at 6:42 a.m. on Saturday ... a second attempt on
  // Friday was called off, a third, on Tuesday, was halted ... Controllers confirmed at 7:55 a.m."
  // (not in the sentence of the earlier day: "On Wednesday, senators debated until 11:30 p.m.")
  how.back_to_clocked_day = alone && !m.past_perfect && s.clocked_day && s.last_day && s.last_day->end < s.clocked_day->start &&
                            sentences_apart(s.last_day_end, 0, m.i) && later_clock(substitute(m.rule.time, set_, m.caps), s.clocked_value);
  // (and a day, not a coarser date named since that holds it: "left on Saturday night after
  // two attempts earlier in the week were called off. It lifted off at 9:41 p.m." is Saturday's)
  // (nor, in a clause not ahead, a year or a coarser date named since, which no hour of the story is in,
  // while the day is told at most three sentences back: "broke in early on Sunday ... on display
  // since 2015. Anyone near between midnight and 4am" is Sunday's)
  how.day_alone = alone && s.last_day && s.last_date && s.last_date->precision > Precision::Day &&
                  ((s.last_date->start <= s.last_day->start && s.last_day->end <= s.last_date->end) ||
                   (s.last_date->precision >= Precision::Year && s.last_date->precision != Precision::Unknown &&
                    !sentences_apart(s.last_day_end, 3, m.i) && tenses_.around(m.i, m.end) != Tense::Future));
  // A figure's baseline counted back in a sentence whose report gave the figure a day counts from
  // that day: "The quake struck on Sunday. The agency said on Wednesday that the toll had risen
  // to 1,140, up from 860 a day earlier" (Tuesday's figure, not Saturday's)
  how.baseline_of_report = counts_back(m.rule) && s.report_date && s.report_date_end > s.last_date_end &&
                           !sentences_apart(s.report_date_end, 0, m.i) && compares_figures(scanned_, m.i);
  return how;
}

// The date the match counts from: the date the story is at, or the one `how` chooses.
std::optional<Interval> TimexPass::anchor_of(const Anchoring& how) const {
  if (how.back_from_flashback) return state_.story_date;
  if (how.back_to_clocked_day) return state_.clocked_day;
  if (how.baseline_of_report) return state_.report_date;
  return how.day_alone ? state_.last_day : state_.last_date;
}

// What the value functions know of the match's place in the text and in the story.
ValueContext TimexPass::context_of(Candidate& m, const Anchoring& how) {
  const NarrativeState& s = state_;
  const std::size_t i = m.i, end = m.end;
  return ValueContext{
      dct_,
      [this, &m] {
        if (!m.tense) m.tense = tense_of_clause(tenses_, m.i, m.end);
        return *m.tense;
      },
      anchor_of(how),
      tenses_.preposition(i, end),
      s.last_quarter,
      tenses_.until_deadline(i, end),
      s.last_clock,
      day_continued(scanned_, s.last_weekday, i),
      tenses_.hangs_on_own_past(i, end) || tenses_.met_by_a_past_perfect(i, end) ||
          (tenses_.hangs_on_time_ahead(i, end) && !joined_to_another(scanned_, i, end)),
      m.past_perfect || tenses_.dates_its_verb(i, end) || tenses_.dates_what_preceded_a_past(i),
      possessive_after(scanned_, end),
      scanned_[i].span.begin < headline_end_,
      year_of_sentence(i),
      year_of_story(i),
      &state_.days_named_with_year,
      i > 0 && !scanned_[i].break_before && happens_in_or_by(scanned_[i - 1].lower),
      [this, &m] { return state_.last_date && !sentences_apart(state_.last_date_end, 1, m.i); },
      [this, &m] { return state_.last_date && !sentences_apart(state_.last_date_end, 0, m.i); },
      [this, &m] {
        return !bare_time_ago(scanned_, m.i, m.end) || (compares_figures(scanned_, m.i) && !tenses_.present_perfect_before(m.i));
      },
      s.last_date_end > 0 && scanned_[s.last_date_end - 1].span.begin < headline_end_,
      s.last_date_closes_span || (s.report_date && s.report_date_end > s.last_date_end && !sentences_apart(s.report_date_end, 0, i))};
}

// The cues around the match that turn a date to one side of the DCT or join it to another.
void TimexPass::set_clause_cues(const Candidate& m, ValueContext& ctx) const {
  const std::size_t i = m.i, end = m.end;
  const auto& last_stay = state_.last_stay;
  if (last_stay && last_stay->first >= state_.last_date_end && !sentences_apart(last_stay->first, 1, i)) ctx.span_days = last_stay->second;
  ctx.plan_told_in_past = plan_told_in_past(set_, scanned_, i);
  ctx.rescheduled = names_a_rescheduled_thing(set_, scanned_, i, end);
  ctx.future_told_in_past = future_told_in_past(set_, scanned_, i);
  ctx.after_by = i > 0 && !scanned_[i].break_before && scanned_[i - 1].lower == "by";
  ctx.joined = joined_to_another(scanned_, i, end);
  ctx.ends_a_span = after_until(set_, scanned_, i) && !held_off_until(set_, scanned_, i - 1);
  ctx.continues_a_span = ctx.continues && scanned_[i - 1].lower != "and" && scanned_[i - 1].lower != "or";
}

// What "then" and "at the time" refer to: the date last told, or the end of a time ahead.
void TimexPass::anchor_then(const Candidate& m, ValueContext& ctx) const {
  if (!m.rule.value.starts_with("@then")) return;
  const NarrativeState& s = state_;
  if (s.last_told && s.last_told_end > s.last_date_end) ctx.anchor = s.last_told;
  // "denied it on Wednesday, saying he had acted on the advice available at the time": a past
  // perfect lies before the day its sentence gave a clause not in the past perfect (a report's
  // day), so that day is not the time it names; some past time is. (A coarser date is the
  // background it may name: "When the plant closed in 2019, it had employed 300 people at the time")
  if (m.past_perfect && s.last_told && s.last_told->precision <= Precision::Day && !s.last_told_by_past_perfect &&
      !sentences_apart(s.last_told_end, 0, m.i))
    ctx.anchor = std::nullopt;
  const bool until_that_time_ends = after_until(set_, scanned_, m.i) && s.end_of_time_ahead &&
                                    s.end_of_time_ahead_at > std::max(s.last_date_end, s.last_told_end) &&
                                    !sentences_apart(s.end_of_time_ahead_at, 1, m.i) && ctx.tense() == Tense::Future;
  if (until_that_time_ends) ctx.anchor = s.end_of_time_ahead;
}

// The plan day a future clause steps on from, and the anchor of a step back or a past clause.
void TimexPass::anchor_on_the_story_side(const Candidate& m, ValueContext& ctx) const {
  const NarrativeState& s = state_;
  // (only where the story named no other day since: a date since is the plan day itself, or
  // background told in the past, "where he studied in the 1980s")
  const bool plan_still_told = s.plan_day && s.last_date &&
                               (*s.last_date == *s.plan_day || (s.last_date->precision > Precision::Day && dct_ && s.last_date->end < *dct_));
  if (plan_still_told && !sentences_apart(s.plan_day_end, 3, m.i)) ctx.plan_day = s.plan_day;
  if (steps_on_from_the_plan(m.rule.value, set_, m.caps, ctx)) ctx.anchor = ctx.plan_day;
  // A step back in a sentence that says "now" after the last date counts from now: "Sales peaked
  // in the first quarter. Prices are now 4 percent lower than a year earlier" (a year before now)
  if (counts_back(m.rule) && m.rule.value.starts_with("@anchor_ago") && s.now_end > s.last_date_end && !sentences_apart(s.now_end, 0, m.i))
    ctx.anchor = std::nullopt;
  // A past clause steps on from the last date told before the DCT, not from one ahead of it: "imposed
  // the ban in May 2024; it will run until June 2028. She appealed the following month" (June 2024)
  if (m.rule.value.starts_with("@anchor") && ctx.anchor && dct_ && ctx.anchor->start > *dct_ && s.last_past_date &&
      ctx.tense() == Tense::Past)
    ctx.anchor = s.last_past_date;
}

// "was last seen on Friday, 18 November 1994 ... said on Monday that a witness had described
// seeing her get into a van that night": a part of the day pointed back to (rule that-partofday)
// in a past perfect after a later day of its own sentence lies before that day, which is the
// report's; it is on the day the story told before it.
void TimexPass::anchor_pointed_back(const Candidate& m, ValueContext& ctx) const {
  const NarrativeState& s = state_;
  if (m.rule.id != "that-partofday") return;
  // ("recalled the 1953 North Sea flood, in which 58 people died. 'My parents lost their home that
  // night'": a past date coarser than a day told since the story's date, a sentence back at most,
  // holds the night, some night of it: coarse_night_of)
  if (s.last_told && s.last_told_end > s.last_date_end && s.last_told->precision > Precision::Day && dct_ &&
      s.last_told->end < *dct_ && !sentences_apart(s.last_told_end, 1, m.i) && ctx.tense() == Tense::Past) {
    ctx.anchor = s.last_told;
    return;
  }
  if (!s.last_day || !s.day_before || !s.last_date || *s.last_date != *s.last_day ||
      sentences_apart(s.last_day_end, 0, m.i))
    return;
  const auto had = std::find_if(scanned_.begin() + static_cast<std::ptrdiff_t>(s.last_day_end),
                                scanned_.begin() + static_cast<std::ptrdiff_t>(m.i), [](const ScanToken& t) { return t.lower == "had"; });
  if (had != scanned_.begin() + static_cast<std::ptrdiff_t>(m.i)) ctx.anchor = s.day_before;
}

// "that night" pointed back to a past date coarser than a day ("the 1953 flood ... that night"):
// its day is one the text does not give, within that date (the interval place_date gives it).
bool TimexPass::coarse_night_of(const Candidate& m, const ValueContext& ctx) const {
  return m.rule.id == "that-partofday" && ctx.anchor && ctx.anchor->precision > Precision::Day &&
         ctx.anchor->precision != Precision::Unknown && dct_ && ctx.anchor->end < *dct_;
}

// The match's time expression with its value (nullopt when it has none: "to the last minute" is
// an idiom); a time of day alone goes on the day the story is at, or one the text leaves open.
std::optional<Timex> TimexPass::timex_of(const Candidate& m, const ValueContext& ctx, const Anchoring& how) const {
  const NarrativeState& s = state_;
  Timex tx;
  tx.span = {scanned_[m.i].span.begin, scanned_[m.end - 1].span.end};
  tx.text = std::string(tx.span.of(text_));
  tx.type = m.rule.type;
  tx.value = evaluate(m.rule.value, set_, m.caps, ctx);
  if (tx.value.empty()) return std::nullopt;
  // (a time of day goes on a date, not on "PAST_REF": "in 1976 ... the next morning" is some past morning)
  if (!m.rule.time.empty() && !tx.value.ends_with("_REF")) tx.value.append("T").append(substitute(m.rule.time, set_, m.caps));
  move_clock_past_its_day(m, ctx, tx);
  const std::size_t last_date_byte = s.last_date_end > 0 ? scanned_[s.last_date_end - 1].span.end : 0;
  // ("became champion on Sunday night ... The match ended level on Friday. Liu won the second game.
  // The final game ended at 11:40 p.m.": a day told sentences back, behind a later day the story
  // has reached, lends no day to a time of day; the story may be at either)
  const bool day_behind_the_story =
      s.last_day && s.latest_day && s.latest_day->start > s.last_day->end && sentences_apart(s.last_day_end, 1, m.i);
  if (is_time_of_day_alone(m.rule) && s.last_date && !how.back_to_clocked_day && !how.back_from_flashback &&
      (days_told_to_pass(out_, last_date_byte, s.background_spans) || day_behind_the_story))
    tx.value = "XXXX-XX-XX" + tx.value.substr(10);
  if (coarse_night_of(m, ctx)) tx.value = "XXXX-XX-XX" + tx.value.substr(10);
  tx.mod = evaluate(m.rule.mod, set_, m.caps, ctx);
  tx.freq = substitute(m.rule.freq, set_, m.caps);
  tx.quant = substitute(m.rule.quant, set_, m.caps);
  tx.rule = m.rule.id;
  return tx;
}

// A midnight that opens its day, and a time of day alone the story has gone past on its day
// (past midnight, or a part of the day over by the last clock): the next day's.
void TimexPass::move_clock_past_its_day(const Candidate& m, const ValueContext& ctx, Timex& tx) const {
  const bool alone = is_time_of_day_alone(m.rule);
  if (midnight_opens_its_day(scanned_, m.i, m.end, tx.value, alone, ctx)) tx.value.replace(tx.value.size() - 5, 5, "00:00");
  if (alone && !m.past_perfect && ctx.anchor_nearby() && past_midnight(state_.last_clock, tx.value))
    tx.value = *shift_clock(tx.value, "H", 24);
  else if (alone && !m.past_perfect && ctx.anchor_nearby() && part_of_day_gone(state_.last_clock, tx.value, lowercase_ascii(tx.text)))
    tx.value = next_day_of(tx.value);
}

// The interval of a DATE or TIME, as its value, its rule or its words say.
void TimexPass::place_date(const Candidate& m, const ValueContext& ctx, Timex& tx) {
  const TimexRule& rule = m.rule;
  tx.interval = interval_of_value(tx.value, tx.mod);
  if (const auto side = side_of_now(scanned_[m.i].lower, tx.value, dct_)) tx.interval = side;
  else if (const auto rest = rest_from(scanned_, m.i, tx.value, start_of_the_rest(ctx, tx.value))) std::tie(tx.value, tx.interval) = *rest;
  else if (const auto both = tx.interval ? spans_into_next_year(scanned_, m.i, m.end, *tx.interval) : std::nullopt) tx.interval = both;
  else if (rule.trailing && dct_ && tx.interval) tx.interval = trailing_unit(tx.interval->precision, *dct_);
  else if (const auto closed = tx.interval && !rule.ends_on.empty() ? ended_on_its_day(evaluate(rule.ends_on, set_, m.caps, ctx), *tx.interval)
                                                                    : std::nullopt)
    tx.interval = closed;
  else if (tx.interval && rule.around_last_day)
    tx.interval = Interval{tx.interval->end + date::days{rule.around_last_day->first},
                           tx.interval->end + date::days{rule.around_last_day->second}, Precision::Day};
  else if (const auto moved = tx.interval ? moved_coarse_anchor(rule.value, set_, m.caps, ctx) : std::nullopt) tx.interval = moved;
  else if (!tx.interval && coarse_night_of(m, ctx)) tx.interval = ctx.anchor;
  // (a deadline ahead: "by the end of the week"; after "by", as a month's: "signaled a cut by
  // year-end", but "had finished the work by the end of the year")
  else if (const auto moved = part_on_the_tense_side(tx, ctx.after_by ? ctx.month_tense() : ctx.weekday_tense(), dct_)) {
    tx.value = *moved;
    tx.interval = interval_of_value(tx.value, tx.mod);
  }
  // A date the calendar does not have ("2021-13", "February 30") stays underspecified.
  if (!tx.interval && looks_resolved(tx.value)) tx.value = "XXXX-XX-XX";
  if (tx.interval && names_its_year(rule) && tx.interval->precision <= Precision::Day) {
    const date::year_month_day day{tx.interval->start};
    state_.days_named_with_year[{static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day())}] = day.year();
  }
}

// Moves the story on by a DATE or TIME: to it when told in order, or to a report's date.
void TimexPass::follow_date(const Candidate& m, const Timex& tx) {
  NarrativeState& s = state_;
  const std::size_t i = m.i, end = m.end;
  // A date of a report moves the narrative only where it has no day yet.
  // (nor does a coarser date in a noun's participle or relative clause move it off its day)
  const bool background = s.last_date && s.last_date->precision == Precision::Day && tx.interval &&
                          tx.interval->precision > Precision::Day && tenses_.dates_background(i, end);
  // (a clock's gloss in another zone dates that clock, and the story stays on the clock's own zone)
  const bool gloss = !out_.empty() && date_clock_by_its_gloss(text_, out_.back(), tx);
  if (gloss) s.stay_on_glossed_clock(out_.back(), end, dct_);
  // (a day of a report does move a story at a coarser date: "rejected a bid later that month.
  // The president said on Monday he would never sell. A day later, he accepted" is Tuesday)
  const bool report = s.last_date && s.last_date->precision <= Precision::Day && tenses_.dates_a_report(i, end);
  if (tx.interval && report && !counts_back(m.rule)) {
    s.report_date = tx.interval;
    s.report_date_end = end;
  }
  // ("recall the 2021 vintage, when a frost in early April cut production": the clause is in that year)
  // ("failed twice last year, in March and in May": so are its months)
  if (tx.interval && tx.interval->precision == Precision::Year && !counts_back(m.rule) &&
      (opens_a_when_clause(scanned_, end) || opens_its_own_dates(set_, scanned_, end)))
    s.last_year = {end, date::year_month_day{tx.interval->start}.year()};
  // (nor does the day a state began, after a day the story is at: "lifted the advisory on Tuesday
  // that had been in force since August 29. The mayor spoke at 9 a.m." is Tuesday's 9 a.m.)
  const bool state_began = s.last_day && tx.interval && tx.interval->precision <= Precision::Day && opens_a_state(set_, scanned_, i);
  const bool narrative = !counts_back(m.rule) && !report && !background && !gloss && !state_began &&
                         !(tx.interval && tx.interval->precision == Precision::Year && names_a_thing(scanned_, i, end, tokens_));
  if (!tx.interval || !narrative) return;
  if (frames_its_sentence(scanned_, i, end, *tx.interval)) s.last_year = {end, date::year_month_day{tx.interval->start}.year()};
  s.move_to(tx, end, m.past_perfect, closes_a_span(set_, scanned_, i), dct_);
}

// The day a future clause plans, the quarter in focus, the last "now", and the parts of a year
// told ahead.
void TimexPass::note_plans_and_parts(const Candidate& m, const ValueContext& ctx, const Timex& tx) {
  NarrativeState& s = state_;
  if (tx.interval && dct_ && tx.interval->precision <= Precision::Day && tx.interval->precision != Precision::Unknown &&
      tx.interval->start > *dct_ && ctx.tense() == Tense::Future) {
    s.plan_day = tx.interval;
    s.plan_day_end = m.end;
  }
  if (tx.interval && !counts_back(m.rule) && tx.interval->precision == Precision::Quarter) s.last_quarter = tx.interval;
  if (tx.value == "PRESENT_REF") s.now_end = m.end;
  const bool part_of_a_year = tx.interval && (tx.interval->precision == Precision::Quarter || tx.value.find("-H") == 4);
  if (part_of_a_year && ctx.tense() == Tense::Future) s.parts_told_ahead.insert(tx.span.begin);
}

// The date last told in this sentence, which a count before or after a clause is counted from
// (distance_from_the_day): "on Wednesday that engineers had warned it as early as 2011, nine
// years before the dam failed" counts from 2011, not from Wednesday.
// (a coarser date only after a day of the sentence: without one, the distance is dated as a duration)
std::optional<Interval> TimexPass::date_told_in_sentence(std::size_t i) const {
  const NarrativeState& s = state_;
  const bool day_in_sentence = s.last_day && s.last_day_end <= i && !sentences_apart(s.last_day_end, 0, i);
  const bool told_since_day = day_in_sentence && s.last_told && s.last_told_end <= i && s.last_told_end > s.last_day_end;
  return told_since_day ? s.last_told : day_in_sentence ? s.last_day : std::nullopt;
}

// The interval of a DURATION, where the text tells when it runs.
void TimexPass::place_duration(const Candidate& m, const ValueContext& ctx, Timex& tx) const {
  const std::size_t i = m.i, end = m.end;
  const auto told_in_sentence = date_told_in_sentence(i);
  if (const auto near = told_in_sentence ? distance_from_the_day(scanned_, end, tx.value, *told_in_sentence) : std::nullopt) {
    // (in a past clause, what the distance dates has gone by at the DCT)
    tx.interval = dct_ && ctx.tense() == Tense::Past ? gone_by_at(near, *dct_) : near;
  } else if (!m.rule.anchor.empty()) {
    place_span_from_anchor(m, ctx, tx);
  } else if (time_given_to_act(scanned_, i, end)) {
    tx.interval = counts_working_days(scanned_, i, end) ? working_days_ahead(tx.value, dct_) : anchored_duration(tx.value, "future", dct_);
  } else if (i > 0 && !scanned_[i].break_before && ctx.tense() == Tense::Future) {
    place_span_ahead(m, tx);
  }
}

// A span whose rule counts it one way from the DCT ("the past three weeks", "over the next six
// hours"), or from the story's time.
void TimexPass::place_span_from_anchor(const Candidate& m, const ValueContext& ctx, Timex& tx) const {
  const NarrativeState& s = state_;
  const std::string& anchor = m.rule.anchor;
  // ("over the following weeks" counts from the story's time, which is not the DCT's)
  const bool following = std::any_of(scanned_.begin() + static_cast<std::ptrdiff_t>(m.i), scanned_.begin() + static_cast<std::ptrdiff_t>(m.end),
                                     [](const ScanToken& t) { return t.lower == "following"; });
  // ("the first two were freed at 11:15 p.m. on Wednesday, and four more followed over the next
  // six hours": in a past clause, the hours ahead of the story's time)
  const bool ahead_of_story = anchor == "future" && (following || ctx.tense() == Tense::Past) && s.last_day && ctx.anchor_nearby();
  // (and from a coarser date the story is at, gone by: "hit by a quake in 2001. Seismologists
  // said a bigger one was likely within the next few decades")
  const bool ahead_of_coarse_story = anchor == "future" && ctx.tense() == Tense::Past && s.last_date && dct_ &&
                                     s.last_date->precision > Precision::Day && s.last_date->end < *dct_ &&
                                     s.last_date_end > s.last_day_end && ctx.anchor_nearby();
  // ("a feud that began in the 1970s and flared over the following decades": the time after the
  // date last told in the sentence, background too, which in a past clause has gone by at the DCT)
  const bool after_a_past_told = following && ctx.tense() == Tense::Past && s.last_told && dct_ && s.last_told->end < *dct_ &&
                                 s.last_told_end > s.last_day_end && !sentences_apart(s.last_told_end, 0, m.i);
  const std::string span_value = vague_span_value(tx.value, substitute("{UNITS}", set_, m.caps));
  if (after_a_past_told) tx.interval = gone_by_at(anchored_duration(span_value, "future", s.last_told->end + date::days{1}), *dct_);
  else if (ahead_of_coarse_story) tx.interval = anchored_duration(span_value, "future", s.last_date->start);
  else if (ahead_of_story) tx.interval = counted_from_the_story(span_value, *s.last_day, s.last_clock);
  else if (!following) tx.interval = anchored_duration(span_value, anchor, dct_);
}

// A span in a future clause right after "within", "for" or "in".
void TimexPass::place_span_ahead(const Candidate& m, Timex& tx) const {
  const std::size_t i = m.i, end = m.end;
  // "will decide within two weeks": a time ahead counted from the article's date; "will
  // reopen in three weeks": the time that far ahead
  // (not "within 14 days of the election": counted from that, whenever it is)
  const bool of_a_thing = end < scanned_.size() && scanned_[end].lower == "of";
  // (nor a limit a proposed duty sets: "would have to report attacks within 24 hours" of each)
  if (scanned_[i - 1].lower == "within" && !of_a_thing && !limit_of_a_proposed_duty(scanned_, i))
    tx.interval = counts_working_days(scanned_, i, end) ? working_days_ahead(tx.value, dct_) : anchored_duration(tx.value, "future", dct_);
  // ("gift cards will be honored for 30 days": from now on; see lasting_from_a_date)
  // (not one counted from another time: "supported for five years from its release", "after the vote")
  const bool counted_from_another = end < scanned_.size() && !scanned_[end].break_before &&
                                    (scanned_[end].lower == "from" || scanned_[end].lower == "after" || of_a_thing);
  if (scanned_[i - 1].lower == "for" && !counted_from_another) tx.interval = anchored_duration(tx.value, "future", dct_);
  if (scanned_[i - 1].lower == "in" && !measures_a_noun(scanned_, end) && !tenses_.ranked_before(i))
    tx.interval = counted_ahead(tx.value, dct_);
}

// What a span tells the story: a rate ("$1 a day") is a SET; a time ahead ends on a day "until
// then" may refer to; a background span passes no story days; a count of days is a stay's.
void TimexPass::note_spans(const Candidate& m, const ValueContext& ctx, Timex& tx) {
  NarrativeState& s = state_;
  const std::size_t i = m.i, end = m.end;
  if (tx.type == "DURATION" && tx.value.starts_with("P1") && tx.value.size() == 3 && a_rate_of_an_amount(set_, scanned_, i, end)) {
    tx.type = "SET";
    tx.quant = "EVERY";
    tx.interval.reset();
  }
  // (a span ahead of the story's day that the rules already counted from it: "within 12 months")
  const bool counted_from_now = tx.interval && dct_ && tx.interval->start == *dct_;
  if (tx.type == "DURATION" && (!tx.interval || counted_from_now) && ctx.tense() == Tense::Future)
    if (const auto ahead = counted_from_now ? tx.interval : anchored_duration(tx.value, "future", dct_)) {
      s.end_of_time_ahead = Interval{ahead->end, ahead->end, Precision::Day};
      s.end_of_time_ahead_at = end;
    }
  // (nor a past span told in a story ahead of the article: "will travel to Oxford, where he spent two years")
  const bool past_beside_a_story_ahead = s.last_date && dct_ && s.last_date->start > *dct_ && ctx.tense() == Tense::Past;
  if (tx.type == "DURATION" && (tenses_.dates_background(i, end) || past_beside_a_story_ahead)) s.background_spans.insert(tx.span.begin);
  if (tx.type == "DURATION" && tx.value.size() > 2 && tx.value.starts_with("P") && tx.value.ends_with("D"))
    if (const auto days = to_long(std::string_view(tx.value).substr(1, tx.value.size() - 2))) s.last_stay = {end, *days};
}

}  // namespace

std::vector<Timex> TimexTagger::tag(std::string_view text, const TokenizedText* tokens,
                                    std::optional<date::sys_days> dct) const {
  TimexPass pass(*rules_, text, tokens, dct);
  std::vector<Timex> out = pass.run();
  tag_days_sharing_a_month(text, out);
  share_day_with_span_end(text, out);
  date_glossed_clocks_by_the_day_after(text, out);
  continue_weekly_sets(text, out);
  share_year_with_span_end(text, out, dct);
  share_era_with_span_end(text, out);
  join_ranges_before_christ(text, out);
  approximate_round_ages(out);
  tag_first_century_of_span(text, out);
  lasting_from_a_date(text, tokens, out);
  close_periods_at_their_days(text, out);
  close_quarters_at_their_days(text, out);
  place_fiscal_periods(text, out, dct, pass.parts_told_ahead());
  place_sport_seasons(*rules_, pass.scanned(), out, dct);
  place_school_years(out);
  open_spans_on_their_days(text, out);
  mark_earliest_and_latest(*rules_, text, out);
  tag_named_periods(text, rules_->periods, out);
  tag_ends_of_terms(text, out);
  add_zone_offsets(*rules_, out);  // (last: the passes above read clocks as "...T15:00")
  return out;
}

}  // namespace chronograph::core
