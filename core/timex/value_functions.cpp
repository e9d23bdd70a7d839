#include "core/timex/value_functions.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <unordered_map>

#include <fmt/format.h>

#include "core/timex/timex.h"
#include "core/timex/timex_calendar.h"

namespace chronograph::core {

std::optional<long> to_long(std::string_view s) {
  long v = 0;
  if (s.empty()) return std::nullopt;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (error != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<std::string> shift_clock(const std::string& value, const std::string& unit, long n) {
  const long step = unit == "H" ? 60 : unit == "MIN" ? 1 : 0;
  const auto day = value.size() >= 16 && value[10] == 'T' ? parse_iso_day(value.substr(0, 10)) : std::nullopt;
  const auto hh = day ? to_long(value.substr(11, 2)) : std::nullopt;
  const auto mm = hh && value[13] == ':' ? to_long(value.substr(14, 2)) : std::nullopt;
  if (step == 0 || !mm) return std::nullopt;
  const long minutes = *hh * 60 + *mm + n * step;
  const long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  const long in_day = minutes - days * 1440;
  return fmt::format("{}T{:02}:{:02}", format_day(*day + date::days{days}), in_day / 60, in_day % 60);
}

namespace {

std::string unknown_of_unit(const std::string& unit) {
  if (unit == "D") return "XXXX-XX-XX";
  if (unit == "W") return "XXXX-WXX";
  if (unit == "WE") return "XXXX-WXX-WE";
  if (unit == "M") return "XXXX-XX";
  if (unit == "Q") return "XXXX-QX";
  if (unit == "DE") return "XXX";
  if (unit == "CE") return "XX";
  return "XXXX";
}

// Season codes in calendar order, with the first month of each (winter YYYY starts in December).
int season_index(const std::string& code) {
  if (code == "SP") return 0;
  if (code == "SU") return 1;
  if (code == "FA") return 2;
  if (code == "WI") return 3;
  return -1;
}
constexpr const char* kSeasonCodes[4] = {"SP", "SU", "FA", "WI"};

// year*4 + season of the DCT.
long dct_season(date::sys_days dct) {
  const date::year_month_day ymd{dct};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  if (m <= 2) return (y - 1) * 4L + 3;
  if (m == 12) return y * 4L + 3;
  return y * 4L + static_cast<long>((m - 3) / 3);
}

std::string format_season(long index) {
  const long y = index >= 0 ? index / 4 : -((-index + 3) / 4);
  const long s = index - y * 4;
  return format_year(date::year{static_cast<int>(y)}) + "-" + kSeasonCodes[s];
}

std::string duration(const std::string& n_text, const std::string& unit) {
  const bool half = n_text.size() > 2 && n_text.compare(n_text.size() - 2, 2, ".5") == 0 &&
                    to_long(std::string_view(n_text).substr(0, n_text.size() - 2));
  if (half) {  // "2 1/2 years" = P2Y6M: the half goes to the next smaller unit
    const std::string whole = n_text.substr(0, n_text.size() - 2);
    if (unit == "Y") return "P" + whole + "Y6M";
    if (unit == "D") return "P" + whole + "DT12H";
    if (unit == "H") return "PT" + whole + "H30M";
    if (unit == "MIN") return "PT" + whole + "M30S";
    if (unit == "DE") return "P" + std::to_string(*to_long(whole) * 10 + 5) + "Y";
  }
  const auto n = to_long(n_text);
  const std::string n_s = n ? std::to_string(*n) : half ? n_text : "X";
  if (unit == "H" || unit == "S") return "PT" + n_s + unit;
  if (unit == "MIN") return "PT" + n_s + "M";
  if (unit == "Q") return n ? "P" + std::to_string(*n * 3) + "M" : "PXQ";
  if (unit == "WE") return "P" + n_s + "WE";
  // ISO 8601 has no decades or centuries: "two decades" is P20Y; TBAQ writes an unknown number of
  // decades PXY and of centuries PXC.
  if (unit == "DE") return n ? "P" + std::to_string(*n * 10) + "Y" : "PXY";
  if (unit == "CE") return n ? "P" + std::to_string(*n * 100) + "Y" : "PXC";
  return "P" + n_s + unit;
}

// "two years and three months" = P2Y3M, "two days and six hours" = P2DT6H: two durations, the
// larger unit first, written as one; PX... when they do not join.
std::string joined_duration(const std::string& n1, const std::string& u1, const std::string& n2,
                            const std::string& u2) {
  const std::string first = duration(n1, u1), second = duration(n2, u2);
  const bool first_time = first.find('T') != std::string::npos, second_time = second.starts_with("PT");
  if (first_time && !second_time) return "PXY";  // ("two hours and three days": no such order)
  if (second_time) return first + (first_time ? second.substr(2) : second.substr(1));
  return first + second.substr(1);
}


std::string half_of(const std::string& unit) {
  if (unit == "Y") return "P6M";
  if (unit == "M") return "P2W";
  if (unit == "W") return "P3DT12H";
  if (unit == "D") return "PT12H";
  if (unit == "H") return "PT30M";
  if (unit == "MIN") return "PT30S";
  if (unit == "DE") return "P5Y";
  if (unit == "CE") return "P50Y";
  return "PX" + unit;
}

// Part n of `last` parts of the DCT's year + step ("the second half of next year"); like a
// quarter, a part said with no year in a past clause that lies after the DCT's is last year's.
std::string part_of_year(const ValueContext& ctx, char kind, long n, long last, long step) {
  if (n < 1 || n > last) return fmt::format("XXXX-{}X", kind);
  if (!ctx.dct) return fmt::format("XXXX-{}{}", kind, n);
  const date::year_month_day d{*ctx.dct};
  const long now = (static_cast<long>(static_cast<unsigned>(d.month())) - 1) * last / 12 + 1;
  if (step == 0 && n > now && ctx.tense() == Tense::Past) step = -1;
  return fmt::format("{}-{}{}", format_year(d.year() + date::years{step}), kind, n);
}

// "the week of April 8" (month, day, year or empty): the ISO week holding that day, its year
// the DCT's nearest as for "April 8".
std::string week_of(long month, long day, std::optional<long> year, const ValueContext& ctx) {
  const date::month m{static_cast<unsigned>(month)};
  const date::day d{static_cast<unsigned>(day)};
  if (!(date::year{2000} / m / d).ok()) return "XXXX-WXX";
  if (!year && !ctx.dct) return "XXXX-WXX";
  const date::year y = year ? date::year{static_cast<int>(*year)} : resolve_month_day_year(m, d, *ctx.dct, ctx.month_tense());
  if (!(y / m / d).ok()) return "XXXX-WXX";
  return format_iso_week(date::sys_days{y / m / d});
}

// The Saturday a long weekend (Saturday to Monday, as most holiday weekends run: a bank holiday,
// Memorial Day, Labor Day) starts on, the nearest on the clause's side of the DCT: in a past clause
// the last one over by the DCT ("attendance had fallen over the long weekend", said on a
// Saturday, is the one that ended on Monday), in a future one the first not begun before it, in a
// present one the one under way or else the next.
date::sys_days saturday_of_long_weekend(date::sys_days dct, Tense tense) {
  const auto saturday_on_or_before = [](date::sys_days d) { return d - (date::weekday{d} - date::Saturday); };
  if (tense == Tense::Future) return dct + (date::Saturday - date::weekday{dct});
  const date::sys_days latest = saturday_on_or_before(dct);
  if (tense == Tense::Present) return dct <= latest + date::days{2} ? latest : latest + date::days{7};
  return saturday_on_or_before(dct - date::days{2});
}

// "The team will arrive on Monday and leave on Friday", said on a Thursday: a weekday ahead told
// right after a day ahead goes on from that day, not back to the morrow. Told in a sentence of
// its own, the DCT's weekday stays the DCT ("expected back on Thursday morning. Demand could
// peak at 6 p.m. on Wednesday", said on a Wednesday, is that evening).
date::sys_days after_the_day_ahead(date::sys_days day, Tense tense, const ValueContext& ctx) {
  // (news names the days of the coming week by weekday, later ones by date: a plan told more than
  // a week ahead goes on to a weekday only from the sentence before ("will begin on Jan. 12. Health
  // workers will visit schools from Monday to Friday"); further on, a bare weekday is of the coming
  // week again: "... by the weekend of August 10. Otherwise ... . A meeting is planned for Friday",
  // said on Thursday August 1, is August 2)
  // (the sentence before must name the plan day itself: a date named since, "written in 1979",
  // leaves a far plan day out of reach of "will be published on Thursday")
  const bool plan_named_before = ctx.plan_day && ctx.anchor && *ctx.anchor == *ctx.plan_day && ctx.anchor_nearby();
  const bool plan_in_reach = ctx.plan_day && ctx.dct && (ctx.plan_day->start - *ctx.dct <= date::days{7} || plan_named_before);
  // (the DCT's own weekday stays the DCT, as below)
  if (tense == Tense::Future && plan_in_reach && !(ctx.headline || ctx.anchor_not_ahead_of_story) &&
      day < ctx.plan_day->start && day != *ctx.dct)
    while (day < ctx.plan_day->start) day += date::days{7};
  if (tense != Tense::Future || !ctx.dct || !ctx.anchor || ctx.anchor->precision != Precision::Day) return day;
  if ((ctx.anchor_in_headline && !ctx.headline) || ctx.anchor_not_ahead_of_story) return day;
  if (ctx.anchor->start <= *ctx.dct || day >= ctx.anchor->start || !ctx.anchor_nearby()) return day;
  if (day == *ctx.dct && !ctx.anchor_in_sentence()) return day;
  while (day < ctx.anchor->start) day += date::days{7};
  return day;
}

// "The airport was closed on Monday. Airlines cancelled flights until Thursday": a weekday that
// closes a span ("until", "till") ends it after the day the story is at, which the span runs
// from, even under a past verb; the first such weekday after that day.
date::sys_days not_before_the_span_opens(date::sys_days day, const ValueContext& ctx) {
  if (!ctx.ends_a_span || !ctx.anchor || ctx.anchor->precision > Precision::Day || day > ctx.anchor->start ||
      !ctx.anchor_nearby())
    return day;
  while (day <= ctx.anchor->start) day += date::days{7};
  return day;
}

// ---- the functions, in the order of data/timex/README.md's table ---------------------------

using Args = std::vector<std::string>;

// Argument i, empty when absent.
const std::string& arg(const Args& a, std::size_t i) {
  static const std::string empty;
  return i < a.size() ? a[i] : empty;
}
// Argument i as a number, 0 when absent or not one.
long num(const Args& a, std::size_t i) { return to_long(arg(a, i)).value_or(0); }

date::weekday weekday_of(const Args& a) { return date::weekday{static_cast<unsigned>(num(a, 0) % 7)}; }

// "She won on Wednesday. 'After Wednesday, I feel like I have nothing to lose,' she said": the
// weekday just named in this sentence or the one before, named again in a clause not ahead, is
// that same day (a clause ahead names the next one: "met on Monday and will meet again on Monday").
std::optional<date::sys_days> same_weekday_again(date::weekday wd, Tense tense, const ValueContext& ctx) {
  if (tense == Tense::Future || !ctx.dct || !ctx.anchor || ctx.anchor->precision != Precision::Day || ctx.anchor_in_headline)
    return std::nullopt;
  if (date::weekday{ctx.anchor->start} != wd || !ctx.anchor_nearby() || ctx.continues_a_span) return std::nullopt;
  // (only a day of the DCT's week either side, as a bare weekday names: "since his Aug. 2
  // power-grab. ... on television Thursday", said two weeks on, is this week's Thursday)
  const date::days apart = ctx.anchor->start > *ctx.dct ? ctx.anchor->start - *ctx.dct : *ctx.dct - ctx.anchor->start;
  return apart < date::days{7} ? std::optional(ctx.anchor->start) : std::nullopt;
}

std::string weekday(const Args& a, const ValueContext& ctx) {  // W: by the clause's tense
  const date::weekday wd = weekday_of(a);
  // (the end of a span comes after its start, unless a past clause would then end it after the DCT)
  if (ctx.continues && ctx.continues_a_span) {
    const date::days ahead = wd - date::weekday{*ctx.continues};  // 0..6
    const date::sys_days end = *ctx.continues + (ahead == date::days{0} ? date::days{7} : ahead);
    if (!ctx.dct || end <= *ctx.dct || ctx.weekday_tense() != Tense::Past) return format_day(end);
  }
  if (ctx.continues) return format_day(nearest_weekday(wd, *ctx.continues));
  if (!ctx.dct) return "XXXX-WXX-" + arg(a, 0);
  Tense tense = ctx.weekday_tense();
  if (const auto again = same_weekday_again(wd, tense, ctx)) return format_day(*again);
  // ("she has been unwell since Thursday", "Since Wednesday, I feel free": a start, behind)
  if (ctx.preposition == Tense::Past && tense != Tense::Future) tense = Tense::Past;
  if (tense == Tense::Present && ctx.headline) tense = Tense::Past;
  if (ctx.possessive && (tense == Tense::Present || (tense == Tense::Future && ctx.future_told_in_past)))
    return format_day(nearest_weekday_or_on(wd, *ctx.dct));
  // (the DCT's own weekday stays the DCT, as under any other tense)
  if ((tense == Tense::Future && ctx.plan_told_in_past && !ctx.until) || (tense == Tense::Past && ctx.rescheduled))
    return format_day(nearest_weekday_or_on(wd, *ctx.dct));
  return format_day(not_before_the_span_opens(after_the_day_ahead(resolve_weekday(wd, *ctx.dct, tense), tense, ctx), ctx));
}

std::string weekday_step(const Args& a, const ValueContext& ctx) {  // W S: "last Tuesday" (S -1)
  if (!ctx.dct) return "XXXX-WXX-" + arg(a, 0);
  return format_day(step_weekday(weekday_of(a), *ctx.dct, static_cast<int>(num(a, 1))));
}

std::string weekday_week(const Args& a, const ValueContext& ctx) {  // "Saturday week", "a week on Saturday": a week after the coming Saturday
  if (!ctx.dct) return "XXXX-WXX-" + arg(a, 0);
  return format_day(resolve_weekday(weekday_of(a), *ctx.dct, Tense::Future) + date::days{7});
}

bool anchor_is_a_day(const ValueContext& ctx) {
  return ctx.anchor && (ctx.anchor->precision == Precision::Day || ctx.anchor->precision == Precision::Instant);
}

std::string overnight(const Args&, const ValueContext& ctx) {
  // "overnight": in a past clause the night before the DCT, else the DCT's ("broke down on
  // Tuesday evening but resumed overnight": the night of a day just named, on the side of the
  // DCT the clause's tense says)
  const bool day_anchor = anchor_is_a_day(ctx) && ctx.anchor_nearby();
  const Tense tense = ctx.weekday_tense();
  const bool wrong_side = ctx.dct && day_anchor && ((tense == Tense::Future && ctx.anchor->end < *ctx.dct) ||
                                                    (tense == Tense::Past && ctx.anchor->start > *ctx.dct));
  if (day_anchor && !wrong_side) return format_day(ctx.anchor->start);
  if (!ctx.dct) return "XXXX-XX-XX";
  return format_day(*ctx.dct - date::days{tense == Tense::Past ? 1 : 0});
}

std::string anchor_weekday(const Args& a, const ValueContext& ctx) {  // "the previous Friday": the one before the day last mentioned
  const date::weekday wd = weekday_of(a);
  const auto base = anchor_is_a_day(ctx) ? std::optional<date::sys_days>{ctx.anchor->start} : ctx.dct;
  if (!base) return "XXXX-WXX-" + arg(a, 0);
  if (num(a, 1) > 0) return format_day(resolve_weekday(wd, *base, Tense::Future));  // strictly after
  const date::days back = date::weekday{*base} - wd;                                // 0..6
  return format_day(*base - (back == date::days{0} ? date::days{7} : back));
}

// "On the second day of the visit", "on the first morning", "on day three of the talks": the
// Nth day counted from the day last mentioned, which opened the stay or the talks ("will arrive
// on Saturday for a four-day visit"); N "L" is the final day of a stay whose length was told. With
// no day just named, or no length for the final day, the day stays unknown: a guess from the DCT
// would put the visit's days anywhere.
std::string anchor_nth_day(const Args& a, const ValueContext& ctx) {
  const auto n = arg(a, 0) == "L" ? ctx.span_days : to_long(arg(a, 0));
  if (!n || *n < 1 || *n > 60 || !anchor_is_a_day(ctx) || !ctx.anchor_nearby()) return "XXXX-XX-XX";
  return format_day(ctx.anchor->start + date::days{*n - 1});
}

std::string century(const Args& a, const ValueContext&) {
  const long n = num(a, 0);
  if (n < 1 || n > 99) return "XX";
  return num(a, 1) < 0 ? fmt::format("-{:02}", n - 1) : fmt::format("{:02}", n - 1);
}

std::string millennium(const Args& a, const ValueContext&) {  // one digit: "2" = 2000..2999, "-2" = ISO -2999..-2000
  const long n = num(a, 0);
  if (n < 1 || n > 9) return "X";
  return fmt::format("{}{}", num(a, 1) < 0 ? "-" : "", n - 1);
}

std::string bce(const Args& a, const ValueContext&) {
  const long n = num(a, 0);
  if (n < 1 || n > 9999) return "XXXX";
  return format_year(date::year{static_cast<int>(1 - n)});
}

std::string short_year(const Args& a, const ValueContext& ctx) {  // "in '75": the latest such year not after the DCT's (19YY without one)
  const int yy = static_cast<int>(num(a, 0));
  const int now = ctx.dct ? static_cast<int>(date::year_month_day{*ctx.dct}.year()) : 1999;
  const int year = now - ((now % 100 - yy) % 100 + 100) % 100;
  return format_year(date::year{year});
}

// "FY27", "Q1 FY27", "H2 FY2026": the year written in four digits, or the one ending in YY
// nearest the DCT's (20YY without one: fiscal codes name years ahead as often as behind), with
// the part after it ("Q1" -> "2027-Q1").
std::string near_year(const Args& a, const ValueContext& ctx) {
  std::string digits;
  for (const char c : arg(a, 0))
    if (c >= '0' && c <= '9') digits += c;
  if (digits.size() != 2 && digits.size() != 4) return "XXXX";
  int year = std::stoi(digits);
  if (digits.size() == 2) {
    const int now = ctx.dct ? static_cast<int>(date::year_month_day{*ctx.dct}.year()) : 2000;
    year = now - now % 100 + year;
    if (year - now > 50) year -= 100;
    if (now - year > 50) year += 100;
  }
  const std::string part = arg(a, 1);
  const bool numbered = part.size() == 2 && part[1] >= '1' && part[1] <= '4';
  return format_year(date::year{year}) + (numbered ? "-" + part : "");
}

std::string weekend(const Args& a, const ValueContext& ctx) {
  if (!ctx.dct) return "XXXX-WXX-WE";
  if (!arg(a, 0).empty()) return format_iso_week(shift_weekday(date::Saturday, *ctx.dct, static_cast<int>(num(a, 0)))) + "-WE";
  Tense tense = ctx.tense();
  if (tense == Tense::Unknown) tense = Tense::Present;
  return format_iso_week(resolve_weekday(date::Saturday, *ctx.dct, tense)) + "-WE";
}

std::string long_weekend(const Args&, const ValueContext& ctx) {  // "over the long weekend": its ISO weekend; the rule's interval runs Saturday to Monday
  if (!ctx.dct) return "XXXX-WXX-WE";
  return format_iso_week(saturday_of_long_weekend(*ctx.dct, ctx.tense())) + "-WE";
}

std::string then(const Args&, const ValueContext& ctx) {  // "since then", "at the time": the date last mentioned, as it was said
  if (!ctx.anchor) return "PAST_REF";
  if (anchor_is_a_day(ctx)) return format_day(ctx.anchor->start);
  if (ctx.anchor->precision == Precision::Quarter) {
    const date::year_month_day start{ctx.anchor->start};
    return format_quarter(start.year() / start.month());
  }
  const auto unit = unit_of(ctx.anchor->precision);
  return unit ? shift_and_format(ctx.anchor->start, unit, 0) : "PAST_REF";
}

// ", the year" right after a year of the same sentence is that year ("won in 1998, the year the race
// was overshadowed"); otherwise the DCT's year, as "the year".
std::string apposed_year(const Args&, const ValueContext& ctx) {
  if (ctx.anchor && ctx.anchor->precision == Precision::Year && ctx.anchor_in_sentence()) return then({}, ctx);
  if (!ctx.dct) return "XXXX";
  return shift_and_format(*ctx.dct, "Y", 0);
}

std::string anchor_weekend(const Args&, const ValueContext& ctx) {  // "the following weekend": the first after the day last mentioned
  // (after a month or a year, some weekend of it, told as that month or year)
  if (ctx.anchor && ctx.anchor->precision > Precision::Day) return then({}, ctx);
  if (!ctx.anchor) return weekend({"1"}, ctx);
  return format_iso_week(ctx.anchor->start + date::days{2}) + "-WE";  // (a Saturday or Sunday: the next week's)
}

// N UNIT counted from the date last mentioned, `steps` = N with its sign (ago: negative).
std::string counted_from_anchor(long steps, const std::string& unit, const ValueContext& ctx) {
  const bool clock_unit = unit == "H" || unit == "MIN" || unit == "S";
  if (ctx.anchor->precision == Precision::Instant && clock_unit) {
    // "nine hours later" after "at 4:17 a.m.": that time moved; without one, its day
    if (const auto moved = ctx.clock ? shift_clock(*ctx.clock, unit, steps) : std::nullopt) return *moved;
    return format_day(ctx.anchor->start);
  }
  // ("two days earlier" after "at 14:02 on Thursday": days from that day)
  const auto moved = shift_day(ctx.anchor->start, unit, steps);
  if (anchor_is_a_day(ctx)) return format_day(moved);
  if (ctx.anchor->precision == Precision::Quarter) return format_quarter(date::year_month_day{moved}.year() / date::year_month_day{moved}.month());
  // ("waited nine hours in January, compared with four hours a year earlier": that month a year
  // before, as a quarter keeps its own; only years back from a month of the same sentence, the
  // figure compared; a step on is the story's, "opened in May 2001, but stalled three years later")
  if (ctx.anchor->precision == Precision::Month && unit == "Y" && steps < 0 && ctx.anchor_in_sentence())
    return shift_and_format(moved, "M", 0);
  // ("applied in the spring of 2021 ... two days later": some day of that spring, as a month keeps its own)
  if (ctx.anchor->precision == Precision::Season && precision_of_unit(unit) < Precision::Season)
    return format_season(dct_season(ctx.anchor->start));
  // A step finer than the anchor keeps the anchor's granularity: "in February ... a day
  // later" is some day of that February, not 2 February.
  if (const auto coarse = unit_of(ctx.anchor->precision); precision_of_unit(unit) < ctx.anchor->precision && coarse)
    return shift_and_format(moved, coarse, 0);
  // and decades or centuries counted from a date keep its granularity: "founded in 1987
  // ... two decades later" is 2007, not the 2000s
  if (const auto fine = unit_of(ctx.anchor->precision); (unit == "DE" || unit == "CE") && fine)
    return shift_and_format(moved, fine, 0);
  return shift_and_format(moved, unit, 0);
}

// N UNIT counted from the DCT (`steps` as above); `within` W, M or D: that week, month or day of
// the year counted back ("25 years ago this week", "a year ago today").
std::string counted_from_dct(long steps, const std::string& unit, const std::string& within, const ValueContext& ctx) {
  // TimeML: "profit rose in the third quarter ... from a year ago" is that quarter a year
  // earlier, so years counted back in a comparison of figures keep the granularity of a
  // quarter just mentioned. Outside one ("the tablet was last updated two years ago") they
  // count back from the DCT.
  if (const auto quarter = ctx.quarter_in_focus(); unit == "Y" && quarter && ctx.compares_with_quarter()) {
    const date::year_month_day moved{shift_day(quarter->start, "Y", steps)};
    return format_quarter(moved.year() / moved.month());
  }
  if (!ctx.dct) return unknown_of_unit(unit);
  if (within == "W" || within == "M" || within == "D") {
    const date::sys_days moved = shift_day(*ctx.dct, unit == "DE" ? "Y" : unit, steps * (unit == "DE" ? 10 : 1));
    if (within == "W") return format_iso_week(moved);
    return within == "D" ? format_day(moved) : shift_and_format(moved, "M", 0);
  }
  // TimeML: the value has the granularity of the unit counted ("six weeks ago" is a week).
  if (unit == "W") return format_iso_week(shift_day(*ctx.dct, unit, steps));
  if (unit == "D") return format_day(shift_day(*ctx.dct, unit, steps));
  // ("48 hours from now": whole days ahead; a count of hours back keeps the DCT's day, as TBAQ has it)
  if (unit == "H" && steps > 0) return format_day(*ctx.dct + date::days{steps / 24});
  if (unit == "H" || unit == "MIN" || unit == "S") return format_day(*ctx.dct);
  // (TBAQ: "a decade ago", "10 years ago" are a year, not the 2010s)
  if (unit == "DE" || unit == "CE") return shift_and_format(*ctx.dct, "Y", steps * (unit == "DE" ? 10 : 100));
  return shift_and_format(*ctx.dct, unit, steps);
}

// N UNIT DIR [WITHIN] (N empty: one; DIR -1 back): "two years ago", "in three weeks".
std::optional<long> count_of(const Args& a) { return arg(a, 0).empty() ? std::optional<long>{1} : to_long(arg(a, 0)); }
long direction_of(const Args& a) { return num(a, 2) < 0 ? -1 : 1; }

std::string ago(const Args& a, const ValueContext& ctx) {
  const auto n = count_of(a);
  if (!n) return direction_of(a) < 0 ? "PAST_REF" : "FUTURE_REF";
  return counted_from_dct(direction_of(a) * *n, arg(a, 1), arg(a, 3), ctx);
}

std::string anchor_ago(const Args& a, const ValueContext& ctx) {  // "two days later": from the date last mentioned
  const auto n = count_of(a);
  const long dir = direction_of(a);
  if (!n) return dir < 0 ? "PAST_REF" : "FUTURE_REF";
  // ("Three years later, he was convicted" with no date before it: later than some time the
  // text does not give, not three years after the DCT)
  // ("Two years later, the town is still rebuilding": now)
  if (!ctx.anchor && dir > 0) {
    const Tense tense = ctx.tense();
    return tense == Tense::Past ? "PAST_REF" : tense == Tense::Present ? "PRESENT_REF" : "FUTURE_REF";
  }
  if (ctx.anchor) return counted_from_anchor(dir * *n, arg(a, 1), ctx);
  return counted_from_dct(dir * *n, arg(a, 1), arg(a, 3), ctx);
}

std::string rel(const Args& a, const ValueContext& ctx) {  // UNIT S: the DCT's unit moved S ("next month", "last year")
  const auto n = arg(a, 1).empty() ? std::optional<long>{0} : to_long(arg(a, 1));
  if (!n) return arg(a, 1).rfind('-', 0) == 0 ? "PAST_REF" : "FUTURE_REF";
  if (!ctx.dct) return unknown_of_unit(arg(a, 0));
  return shift_and_format(*ctx.dct, arg(a, 0), *n);
}

std::string anchor(const Args& a, const ValueContext& ctx) {  // UNIT S: the last mentioned date's unit moved S ("the next day")
  const auto n = arg(a, 1).empty() ? std::optional<long>{0} : to_long(arg(a, 1));
  if (!n) return arg(a, 1).rfind('-', 0) == 0 ? "PAST_REF" : "FUTURE_REF";
  // Days count from a day: after "in August 2023", "the next day" is a day of that month (or
  // the first of the next), written as the month. A year or quarter before it is too often
  // background ("the bridge, built in 1965, ... closed the next day"; "a loss for the third
  // quarter"), so then, as with no date before it, a past clause's "the next day" is some day
  // before the DCT, never the day after it.
  const bool day_anchor = ctx.anchor && (arg(a, 0) != "D" || anchor_is_a_day(ctx));
  if (arg(a, 0) == "D" && *n != 0 && !day_anchor) {
    const bool past = ctx.tense() == Tense::Past;
    const bool month = ctx.anchor && ctx.anchor->precision == Precision::Month;
    if (month && (!past || !ctx.dct || ctx.anchor->end < *ctx.dct)) return then({}, ctx);
    if (past) return "PAST_REF";
  }
  // ("Her second single reached the top ten the following year", no date before it: some year
  // after a time the text does not give, not the one after the DCT)
  if (!ctx.anchor && *n > 0 && ctx.tense() == Tense::Past) return unknown_of_unit(arg(a, 0));
  // (weeks count from a week's last day: after "the week to Oct. 15" (Saturday to Friday) "the
  // following week" is the one after that Friday's)
  const bool week_anchor = ctx.anchor && ctx.anchor->precision == Precision::Week && arg(a, 0) == "W";
  auto base = day_anchor ? std::optional<date::sys_days>{week_anchor ? ctx.anchor->end : ctx.anchor->start} : ctx.dct;
  // ("Voting will close on Sunday. The minister spoke at 2 p.m.": a day told in the past is
  // no day ahead of the article's; nor is "the previous week" after "next month"; but a new time
  // something was put off to is: "moved the sessions on Thursday to 10 a.m.")
  const bool past_ahead = *n <= 0 && base && ctx.dct && *base > *ctx.dct && ctx.tense() == Tense::Past && !ctx.until && !ctx.rescheduled;
  if (past_ahead) base = ctx.dct;
  if (!base) return unknown_of_unit(arg(a, 0));
  std::string value = shift_and_format(*base, arg(a, 0), *n);
  // ("The following decade brought a wave of refugees": a period told in the past that would begin
  // after the DCT is counted from a date read wrong; some period, not one ahead)
  const auto named = interval_of_value(value);
  if (*n > 0 && ctx.dct && named && named->start > *ctx.dct && ctx.tense() == Tense::Past) return unknown_of_unit(arg(a, 0));
  return value;
}

date::month month_of(const Args& a) { return date::month{static_cast<unsigned>(num(a, 0))}; }

// "The band will tour next year. The tour opens on April 17 and reaches London on June 12", said in
// December: a date told in a clause not in the past, just after a date ahead of the DCT, goes on
// from that date rather than falling back before the DCT. Not a date the headline gave: the body
// tells its story afresh ("Band announces 2027 tour" does not move the dateline's "Dec. 3").
bool story_is_ahead(const ValueContext& ctx) {
  return ctx.dct && ctx.anchor && ctx.anchor->start > *ctx.dct && !ctx.anchor_in_headline &&
         ctx.month_tense() != Tense::Past && ctx.anchor_nearby();
}

// The year that puts the day on or after the date ahead; none for a day after the DCT or the DCT's
// own day (today), which needs no moving.
std::optional<date::year> year_of_the_story_ahead(date::month m, date::day d, date::year resolved, const ValueContext& ctx) {
  if (!story_is_ahead(ctx) || !(resolved / m / d).ok() || date::sys_days{resolved / m / d} >= *ctx.dct) return std::nullopt;
  for (date::year y = resolved + date::years{1}; y <= resolved + date::years{2}; y += date::years{1})
    if ((y / m / d).ok() && date::sys_days{y / m / d} >= ctx.anchor->start) return y;
  return std::nullopt;
}

// The same for a month ("opens on April 17 and crosses to Europe in June"): the first such month
// from the date ahead's month on, for a month that began before the DCT's.
// (a month joined to another, "between May and July", "in May or June", keeps the other's year)
std::optional<date::year> year_of_the_story_ahead(date::month m, date::year resolved, const ValueContext& ctx) {
  if (!story_is_ahead(ctx) || ctx.joined) return std::nullopt;
  const date::year_month_day now{*ctx.dct}, from{ctx.anchor->start};
  if (resolved / m >= now.year() / now.month()) return std::nullopt;
  for (date::year y = resolved + date::years{1}; y <= resolved + date::years{2}; y += date::years{1})
    if (y / m >= from.year() / from.month()) return y;
  return std::nullopt;
}

std::string month(const Args& a, const ValueContext& ctx) {  // M: by the clause's tense, or the year the story is in
  const date::month m = month_of(a);
  if (!ctx.dct) return "XXXX-" + arg(a, 0);
  const auto flashback = ctx.sentence_year ? std::nullopt : ctx.flashback_year(m);
  const auto story = ctx.story_year_of_past();
  const date::year resolved = resolve_month_year(m, *ctx.dct, ctx.month_tense(), ctx.own_time ? 0 : kMonthSlack);
  const auto ahead = ctx.sentence_year || flashback || story ? std::nullopt : year_of_the_story_ahead(m, resolved, ctx);
  const date::year y = ctx.sentence_year ? *ctx.sentence_year
                       : flashback       ? *flashback
                       : story           ? *story
                       : ahead           ? *ahead
                                         : resolved;
  return format_month(y / m);
}

std::string month_step(const Args& a, const ValueContext& ctx) {  // M S: "last June" (S -1), "next June" (+1)
  const date::month m = month_of(a);
  if (!ctx.dct) return "XXXX-" + arg(a, 0);
  const date::year_month_day d{*ctx.dct};
  date::year y = d.year();
  if (num(a, 1) < 0) y = m < d.month() ? d.year() : d.year() - date::years{1};
  else if (num(a, 1) > 0) y = m > d.month() ? d.year() : d.year() + date::years{1};
  return format_month(y / m);
}

std::string anchor_month_step(const Args& a, const ValueContext& ctx) {  // M S: "the following February" (S 1), "the previous June" (-1)
  // the first such month after (before) the date last mentioned; with none, as "next February",
  // or in a past clause some February the text does not place
  if (!ctx.anchor) {
    if (num(a, 1) > 0 && ctx.tense() == Tense::Past) return "XXXX-" + arg(a, 0);
    return month_step({arg(a, 0), arg(a, 1)}, ctx);
  }
  const date::month m = month_of(a);
  const date::year_month_day from{num(a, 1) > 0 ? ctx.anchor->end : ctx.anchor->start};
  date::year y = from.year();
  if (num(a, 1) > 0 && m <= from.month()) y += date::years{1};
  if (num(a, 1) < 0 && m >= from.month()) y -= date::years{1};
  return format_month(y / m);
}

std::string anchor_month(const Args& a, const ValueContext& ctx) {  // "May of that year" (+ S years: "of the following year"): in the year last mentioned
  if (!ctx.anchor) return month({arg(a, 0)}, ctx);
  const date::year y = date::year_month_day{ctx.anchor->start}.year() + date::years{num(a, 1)};
  return format_month(y / month_of(a));
}

// SEASON STEP: "last spring" (-1), "next winter" (+1), "this summer" (0); `by_tense`: with no
// step, moved by the clause's tense ("in the spring").
std::string season_value(const Args& a, const ValueContext& ctx, bool by_tense) {
  const int s = season_index(arg(a, 0));
  if (!ctx.dct) return "XXXX-" + arg(a, 0);
  const long now = dct_season(*ctx.dct);
  const long cycle = now - ((now % 4) + 4) % 4;  // the year*4 of the DCT's season year
  long idx = cycle + s;
  const Tense tense = by_tense ? ctx.month_tense() : Tense::Unknown;
  const long step = by_tense ? 0 : num(a, 1);
  if (step < 0 || tense == Tense::Past) { while (idx > now - (step < 0 ? 1 : 0)) idx -= 4; }
  if (step > 0 || tense == Tense::Future) { while (idx < now + (step > 0 ? 1 : 0)) idx += 4; }
  // "this winter" said in March is the winter just past, said in December the spring to come
  // is "this spring": the occurrence nearest the DCT's season (this year's on a tie); so is a
  // season in a clause of no past or future ("would help firms invest in the spring"), the one
  // ahead on a tie
  if (step == 0 && tense != Tense::Past && tense != Tense::Future) {
    const long ahead_on_tie = by_tense ? 1 : 0;
    if (idx - now >= 3) idx -= 4;
    else if (now - idx >= 3 - ahead_on_tie) idx += 4;
  }
  return format_season(idx);
}

std::string season(const Args& a, const ValueContext& ctx) { return season_value(a, ctx, true); }
std::string season_step(const Args& a, const ValueContext& ctx) { return season_value(a, ctx, false); }

std::string anchor_season(const Args& a, const ValueContext& ctx) {  // "the following spring" (S 1), "the previous winter" (S -1), "that spring" (S 0): by the date last mentioned
  // ("the house her family rebuilt the following spring", with no date before it: some spring
  // after a time the text does not give, not the next one after the DCT)
  if (!ctx.anchor && num(a, 1) != 0 && ctx.tense() == Tense::Past)
    return "XXXX-" + std::string(kSeasonCodes[season_index(arg(a, 0))]);
  if (!ctx.anchor) return season_step({arg(a, 0), arg(a, 1)}, ctx);
  // ("in 2019 ... the following spring": 2020's; "in 1975 ... that summer": the middle of 1975's)
  const date::sys_days middle = ctx.anchor->start + (ctx.anchor->end - ctx.anchor->start) / 2;
  const long from = dct_season(num(a, 1) > 0 ? ctx.anchor->end : num(a, 1) < 0 ? ctx.anchor->start : middle);
  // ("reported in January 1977 ... went bankrupt that autumn": a season of a month or day's
  // year, unless the month or day lies in that season: "in January 1977 ... that winter")
  if (num(a, 1) == 0 && ctx.anchor->precision <= Precision::Month && from % 4 != season_index(arg(a, 0))) {
    const long year = static_cast<int>(date::year_month_day{ctx.anchor->start}.year());
    return format_season(year * 4 + season_index(arg(a, 0)));
  }
  long idx = from - ((from % 4) + 4) % 4 + season_index(arg(a, 0));
  if (num(a, 1) > 0) { while (idx <= from) idx += 4; }
  else if (num(a, 1) < 0) { while (idx >= from) idx -= 4; }
  else if (idx - from >= 3) idx -= 4;  // ("that spring", "that winter": the one nearest the date)
  else if (from - idx >= 3) idx += 4;
  return format_season(idx);
}

std::string this_past(const Args& a, const ValueContext& ctx) {  // "this past spring" / "this past week": the last one before the DCT's
  if (season_index(arg(a, 0)) >= 0) return season_step({arg(a, 0), "-1"}, ctx);
  return rel({arg(a, 0), "-1"}, ctx);
}

std::string month_in(const Args& a, const ValueContext& ctx) {  // M S: "June next year"
  if (!ctx.dct) return "XXXX-" + arg(a, 0);
  const date::year y = date::year_month_day{*ctx.dct}.year() + date::years{num(a, 1)};
  return format_month(y / month_of(a));
}

std::string monthday_in(const Args& a, const ValueContext& ctx) {  // M D STEP: "January 26 next year", "on March 3 this year"
  const date::month m = month_of(a);
  const date::day day{static_cast<unsigned>(num(a, 1))};
  if (!(date::year{2000} / m / day).ok()) return "XXXX-" + arg(a, 0) + "-XX";
  if (!ctx.dct) return "XXXX-" + arg(a, 0) + "-" + arg(a, 1);
  const date::year y = date::year_month_day{*ctx.dct}.year() + date::years{num(a, 2)};
  return (y / m / day).ok() ? format_day(date::sys_days{y / m / day}) : "XXXX-" + arg(a, 0) + "-XX";
}

std::string dct_in(const Args& a, const ValueContext& ctx) {  // Y [UNIT]: "on this day in 1974", "this week in 1999": the DCT's day (week, month) in year Y
  const std::string unit = arg(a, 1).empty() ? "D" : arg(a, 1);  // ("this date in 1999")
  if (unit != "D" && unit != "W" && unit != "M") return arg(a, 0);
  if (!ctx.dct) return arg(a, 0) + (unit == "D" ? "-XX-XX" : unit == "W" ? "-WXX" : "-XX");
  const date::year_month_day now{*ctx.dct};
  const date::year_month_day then_day = date::year{static_cast<int>(num(a, 0))} / now.month() / now.day();
  if (!then_day.ok()) return arg(a, 0) + fmt::format("-{:02}-XX", static_cast<unsigned>(now.month()));  // (29 February)
  return shift_and_format(date::sys_days{then_day}, unit, 0);
}

std::string quarter_in(const Args& a, const ValueContext& ctx) { return part_of_year(ctx, 'Q', num(a, 0), 4, num(a, 1)); }
std::string half_in(const Args& a, const ValueContext& ctx) { return part_of_year(ctx, 'H', num(a, 0), 2, num(a, 1)); }

// "the 1988 period": the quarter in focus, in that year; else the year. "the 1988 quarter" (a second
// argument `quarter`) is a quarter whatever was named since: the fiscal quarter last mentioned.
std::string in_year(const Args& a, const ValueContext& ctx) {
  const bool a_quarter = arg(a, 1) == "quarter";
  if (const auto quarter = ctx.quarter_in_focus() ? ctx.quarter_in_focus() : a_quarter ? ctx.last_quarter : std::nullopt) {
    const date::year_month_day start{quarter->start};
    return format_quarter(date::year{static_cast<int>(num(a, 0))} / start.month());
  }
  return arg(a, 0);
}

// M W N [D [Y]]: the N-th (N = -1: last) weekday W of month M, plus D days, in year Y: Thanksgiving
// = 11 4 4 (fourth Thursday of November), Memorial Day = 5 1 -1, US Election Day = 11 1 1 1
// (Tuesday after the first Monday).
std::string nthday(const Args& a, const ValueContext& ctx) {
  const date::month m = month_of(a);
  const date::weekday wd{static_cast<unsigned>(num(a, 1) % 7)};
  const date::days after{num(a, 3)};
  const long n = num(a, 2);
  const std::string no_day = "XXXX-" + format_month(date::year{2000} / m).substr(5) + "-XX";
  // "the fifth Monday in February": a weekday the month does not have that year
  const auto exists = [&](date::year y) { return n < 0 || (n >= 1 && n <= 5 && (y / m / wd[static_cast<unsigned>(n)]).ok()); };
  const auto nth = [&](date::year y) {
    if (n < 0) return date::sys_days{y / m / wd[date::last]} + after;
    return date::sys_days{y / m / wd[static_cast<unsigned>(n)]} + after;
  };
  if (!arg(a, 4).empty()) {  // "the third Friday in May 2024"
    const date::year said{static_cast<int>(num(a, 4))};
    return exists(said) ? format_day(nth(said)) : no_day;
  }
  if (!ctx.dct) return no_day;
  const date::year guess = date::year_month_day{*ctx.dct}.year();
  if (!exists(guess)) return no_day;
  const date::year_month_day day{nth(guess)};
  // (by the day it falls on: Cyber Monday, Thanksgiving + 4, may be in December)
  const date::year y = resolve_month_day_year(day.month(), day.day(), *ctx.dct, ctx.tense());
  return exists(y) ? format_day(nth(y)) : no_day;
}

std::string easter(const Args& a, const ValueContext& ctx) {  // OFFSET [Y [WE]]: Easter Sunday + OFFSET days (Good Friday -2), in year Y or by clause tense
  const date::days offset{num(a, 0)};
  // ("the Easter weekend": with WE, the weekend of that day's ISO week)
  const auto written = [&](date::sys_days day) { return arg(a, 2) == "WE" ? format_iso_week(day) + "-WE" : format_day(day); };
  if (!arg(a, 1).empty()) return written(easter_sunday(date::year{static_cast<int>(num(a, 1))}) + offset);
  if (!ctx.dct) return "XXXX-XX-XX";
  // (Easter moves by five weeks from year to year: the three nearest, chosen by tense with a
  // report's slack only, not a fixed date's two months)
  const date::year dct_year = date::year_month_day{*ctx.dct}.year();
  const Tense tense = ctx.tense();
  std::optional<date::sys_days> best;
  for (int step = -1; step <= 1; ++step) {
    const date::sys_days day = easter_sunday(dct_year + date::years{step}) + offset;
    const long ahead = (day - *ctx.dct).count();
    if ((tense == Tense::Past && ahead > kOwnDaySlack) || (tense == Tense::Future && ahead < -kOwnDaySlack)) continue;
    if (!best || std::abs(ahead) < std::abs((*best - *ctx.dct).count())) best = day;
  }
  return written(*best);
}

std::string week_of_day(const Args& a, const ValueContext& ctx) {  // M D [Y]: "the week of April 8"
  return week_of(num(a, 0), num(a, 1), to_long(arg(a, 2)), ctx);
}

// M D [Y]: "the weekend of August 10": the weekend of the ISO week holding that day (a Friday,
// Saturday or Sunday is in the week whose weekend it opens or is part of)
std::string weekend_of_day(const Args& a, const ValueContext& ctx) { return week_of_day(a, ctx) + "-WE"; }

// M [N] [Y]: the last day of the N-th seven days of the month (no N: the month's last day), for the
// rule's `ends-on`: "the last week of May" runs May 25..31, not ISO week 22 (27 May..2 June).
std::string nth_week_end(const Args& a, const ValueContext& ctx) {
  const long n = num(a, 1), month_number = num(a, 0);
  if (n > 4 || (!arg(a, 1).empty() && n < 1) || month_number < 1 || month_number > 12) return "XXXX-XX-XX";
  const date::month m{static_cast<unsigned>(month_number)};
  const unsigned last_day = static_cast<unsigned>((date::year{2001} / m / date::last).day());
  const date::day d{arg(a, 1).empty() ? last_day : static_cast<unsigned>(7 * n)};
  const auto year = to_long(arg(a, 2));
  if (!year && !ctx.dct) return "XXXX-XX-XX";
  const date::year y = year ? date::year{static_cast<int>(*year)} : resolve_month_day_year(m, d, *ctx.dct, ctx.month_tense());
  return (y / m / d).ok() ? format_day(date::sys_days{y / m / d}) : "XXXX-XX-XX";
}

std::string nth_week_of(const Args& a, const ValueContext& ctx) {  // M [N] [Y]: the N-th seven days of the month (no N: the last seven)
  const long n = num(a, 1), month_number = num(a, 0);
  if (n > 4 || (!arg(a, 1).empty() && n < 1) || month_number < 1 || month_number > 12) return "XXXX-WXX";
  const unsigned last_day = static_cast<unsigned>((date::year{2001} / date::month{static_cast<unsigned>(month_number)} / date::last).day());
  return week_of(month_number, arg(a, 1).empty() ? last_day - 3 : 7 * (n - 1) + 4, to_long(arg(a, 2)), ctx);
}

std::string monthday(const Args& a, const ValueContext& ctx) {  // M D: by the clause's tense, or a year the text gives
  const date::month m = month_of(a);
  const date::day day{static_cast<unsigned>(num(a, 1))};
  if (!(date::year{2000} / m / day).ok()) return "XXXX-" + arg(a, 0) + "-XX";  // 2000: Feb 29 exists
  if (!ctx.dct) return "XXXX-" + arg(a, 0) + "-" + arg(a, 1);
  const date::year resolved =
      resolve_month_day_year(m, day, *ctx.dct, ctx.month_tense(), ctx.own_day ? kOwnDaySlack : kDaySlack);
  // (only a year next to the one the DCT gives: "born on June 5, 1950 ... arrested on June 5"
  // names two days)
  const auto named = ctx.year_named_before(m, day);
  const bool named_near = named && std::abs(static_cast<int>(*named) - static_cast<int>(resolved)) <= 1;
  const auto story = ctx.story_year_of_past();
  const auto flashback = ctx.sentence_year || named_near ? std::nullopt : ctx.flashback_year(m, day);
  const auto recalled = ctx.sentence_year || named_near ? std::nullopt : ctx.recalled_year(resolved / m / day);
  const auto ahead = ctx.sentence_year || named_near || story ? std::nullopt : year_of_the_story_ahead(m, day, resolved, ctx);
  const date::year y = ctx.sentence_year ? *ctx.sentence_year
                       : named_near      ? *named
                       : story           ? *story
                       : flashback       ? *flashback
                       : recalled        ? *recalled
                       : ahead           ? *ahead
                                         : resolved;
  if (!(y / m / day).ok()) return "XXXX-" + arg(a, 0) + "-XX";
  return format_day(date::sys_days{y / m / day});
}

// "until the new year": the year about to begin; in a past clause the DCT's own year ("prices
// rose after the new year"), as in the first two weeks of January, when it has just begun
// (`@new_year day`: its first day, which "until" and "after" bound by)
std::string new_year(const Args& a, const ValueContext& ctx) {
  const bool day = arg(a, 0) == "day";
  if (!ctx.dct) return day ? "XXXX-01-01" : "XXXX";
  const date::year_month_day fortnight_ago{*ctx.dct - date::days{14}};
  const date::year dct_year = date::year_month_day{*ctx.dct}.year();
  const date::year y = ctx.tense() == Tense::Past ? dct_year : fortnight_ago.year() + date::years{1};
  return day ? format_day(date::sys_days{y / date::jan / 1}) : format_year(y);
}

std::string quarter(const Args& a, const ValueContext& ctx) {  // Q [S]: "the third quarter" by the clause's tense; S years moved
  const long q = num(a, 0);
  if (q < 1 || q > 4) return "XXXX-QX";
  if (!ctx.dct) return "XXXX-Q" + arg(a, 0);
  const date::year_month_day d{*ctx.dct};
  const long now_q = (static_cast<unsigned>(d.month()) - 1) / 3 + 1;
  date::year y = d.year() + date::years{num(a, 1)};  // "the year-ago third quarter": S = -1
  const Tense tense = ctx.month_tense();
  // Quarters are reported after they end: only a past clause moves a later quarter back a year,
  // and a future one moves ahead a quarter at least two before the DCT's that something happens
  // in ("will rise in the first quarter", said in December; not "will report third-quarter
  // results" in October).
  if (tense == Tense::Past && q > now_q) y -= date::years{1};
  if (tense == Tense::Future && ctx.happens_in_or_by && q + 1 < now_q && num(a, 1) == 0) y += date::years{1};
  return format_year(y) + "-Q" + std::to_string(q);
}

std::string dur(const Args& a, const ValueContext&) { return duration(arg(a, 0), arg(a, 1)); }
std::string dur2(const Args& a, const ValueContext&) { return joined_duration(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3)); }
std::string half(const Args& a, const ValueContext&) { return half_of(arg(a, 0)); }

using ValueFunction = std::string (*)(const Args&, const ValueContext&);

const std::unordered_map<std::string_view, ValueFunction>& functions() {
  static const std::unordered_map<std::string_view, ValueFunction> table{
      {"@weekday", weekday},
      {"@weekday_step", weekday_step},
      {"@weekday_week", weekday_week},
      {"@anchor_weekday", anchor_weekday},
      {"@anchor_nth_day", anchor_nth_day},
      {"@overnight", overnight},
      {"@weekend", weekend},
      {"@long_weekend", long_weekend},
      {"@anchor_weekend", anchor_weekend},
      {"@then", then},
      {"@apposed_year", apposed_year},
      {"@ago", ago},
      {"@anchor_ago", anchor_ago},
      {"@rel", rel},
      {"@anchor", anchor},
      {"@month", month},
      {"@month_step", month_step},
      {"@anchor_month_step", anchor_month_step},
      {"@anchor_month", anchor_month},
      {"@month_in", month_in},
      {"@monthday", monthday},
      {"@monthday_in", monthday_in},
      {"@dct_in", dct_in},
      {"@season", season},
      {"@season_step", season_step},
      {"@anchor_season", anchor_season},
      {"@this_past", this_past},
      {"@quarter", quarter},
      {"@quarter_in", quarter_in},
      {"@half_in", half_in},
      {"@in_year", in_year},
      {"@nthday", nthday},
      {"@easter", easter},
      {"@week_of", week_of_day},
      {"@weekend_of", weekend_of_day},
      {"@nth_week_of", nth_week_of},
      {"@nth_week_end", nth_week_end},
      {"@new_year", new_year},
      {"@century", century},
      {"@millennium", millennium},
      {"@bce", bce},
      {"@short_year", short_year},
      {"@near_year", near_year},
      {"@dur", dur},
      {"@dur2", dur2},
      {"@half", half},
  };
  return table;
}

}  // namespace

bool is_value_function(std::string_view name) { return functions().contains(name); }

std::vector<std::string> value_function_names() {
  std::vector<std::string> names;
  for (const auto& [name, function] : functions()) names.emplace_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

std::string call_value_function(std::string_view name, const std::vector<std::string>& args, const ValueContext& ctx) {
  const auto found = functions().find(name);
  return found == functions().end() ? std::string{} : found->second(args, ctx);
}

}  // namespace chronograph::core
