#include "render/timeline/time_text.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "core/common/utc_offset.h"
#include "render/timeline/time_scale.h"

namespace chronograph::render {

namespace {
double day_of(date::sys_days day) { return day.time_since_epoch().count(); }

// "the 2030s", "mid-2030s", "the 20th century", "early 20th century": a decade or a century (or
// a part of one, `prefix`) that holds the whole interval; empty when it does not.
std::string describe_decade_or_century(const date::year_month_day& a, const date::year_month_day& b, Precision precision,
                                       const std::string& prefix) {
  const int first = static_cast<int>(a.year()), last = static_cast<int>(b.year());
  if (first < 0) return {};
  if (precision == Precision::Decade && first / 10 == last / 10)
    return (prefix.empty() ? "the " : prefix) + fmt::format("{}s", first / 10 * 10);
  if (precision != Precision::Century || first / 100 != last / 100) return {};
  const int century = first / 100 + 1;
  const char* suffix = century % 10 == 1 && century % 100 != 11   ? "st"
                       : century % 10 == 2 && century % 100 != 12 ? "nd"
                       : century % 10 == 3 && century % 100 != 13 ? "rd"
                                                                  : "th";
  return (prefix.empty() ? "the " : prefix) + fmt::format("{}{} century", century, suffix);
}

// The year, month or decade (by `precision`) that holds day `a`; none for other precisions.
std::optional<std::pair<date::sys_days, date::sys_days>> unit_around(const date::year_month_day& a, Precision precision) {
  using namespace date;
  if (precision == Precision::Year) return std::pair{sys_days{a.year() / jan / 1}, sys_days{a.year() / dec / 31}};
  if (precision == Precision::Month) return std::pair{sys_days{a.year() / a.month() / 1}, sys_days{a.year() / a.month() / last}};
  if (precision != Precision::Decade) return std::nullopt;
  const year first{static_cast<int>(a.year()) / 10 * 10};
  return std::pair{sys_days{first / jan / 1}, sys_days{(first + years{9}) / dec / 31}};
}

// Whether [start, end] lies inside the third of its year, month or decade that `mod` names
// ("early 2024" is January to April, as the tagger reads it; a week's slack for its rounding):
// a span running on past that part is told by its days.
bool inside_the_part(date::sys_days start, date::sys_days end, Precision precision, const std::string& mod) {
  const auto unit = unit_around(date::year_month_day{start}, precision);
  if (!unit || (mod != "START" && mod != "MID" && mod != "END")) return true;
  const date::days third = (unit->second - unit->first) / 3, slack{7};
  if (mod == "START") return end <= unit->first + third + slack;
  if (mod == "END") return start + slack >= unit->second - third;
  return start + slack >= unit->first + third && end <= unit->second - third + slack;
}

// The words a TIMEX3 mod puts before a date: "early ", "mid-", "late ", "about ", or none.
std::string mod_prefix(const std::string& mod) {
  if (mod == "START") return "early ";
  if (mod == "MID") return "mid-";
  if (mod == "END") return "late ";
  if (mod == "APPROX") return "about ";
  return {};
}

// "evening" for a part of a day's value ("2024-04-25TEV"); empty for any other value.
std::string part_of_day(const std::string& value) {
  static constexpr std::pair<std::string_view, std::string_view> kParts[] = {
      {"TMO", "morning"}, {"TMI", "midday"}, {"TAF", "afternoon"}, {"TEV", "evening"}, {"TNI", "night"}, {"TDT", "daytime"}};
  if (value.size() != 13 || value[10] != 'T') return {};
  for (const auto& [code, name] : kParts)
    if (value.ends_with(code)) return std::string(name);
  return {};
}

// "summer 2024" for a season's value ("2024-SU"); empty for any other value.
std::string season_name(const std::string& value) {
  static constexpr std::pair<std::string_view, std::string_view> kSeasons[] = {
      {"-SP", "spring"}, {"-SU", "summer"}, {"-FA", "autumn"}, {"-WI", "winter"}};
  if (value.size() != 7) return {};
  for (const auto& [code, name] : kSeasons)
    if (value.ends_with(code)) return fmt::format("{} {}", name, value.substr(0, 4));
  return {};
}

// The unit of the time's precision that holds `day`, with its mod's part, as a reader names
// it; empty for a day or finer, or an unknown precision. A bound read from a coarse date keeps
// that date's grain: "by the mid-1980s" ends on 31 Aug 1986, and is "by mid-1980s", not "by 31
// Aug 1986"; "by 2024", "by Mar 2024", "by Q1 2024", "by summer 2024".
std::string unit_holding(date::sys_days day, const graph::EventTime& time) {
  const date::year_month_day a{day};
  const std::string prefix = mod_prefix(time.mod);
  switch (time.precision) {
    case Precision::Month: return prefix + format_month_label(day_of(day), true);
    case Precision::Quarter:
      return prefix + fmt::format("Q{} {}", (static_cast<unsigned>(a.month()) - 1) / 3 + 1, format_year_label(a.year()));
    case Precision::Season:
      if (const auto season = season_name(time.value); !season.empty()) return prefix + season;
      return {};
    case Precision::Year: return prefix + format_year_label(a.year());
    case Precision::Decade:
    case Precision::Century: return describe_decade_or_century(a, a, time.precision, prefix == "about " ? "" : prefix);
    default: return {};
  }
}

// "by 4 Dec 2021", "not before mid-1980s": a one-sided bound, at its time's precision.
std::string describe_bound(const char* words, date::sys_days day, const graph::EventTime& time) {
  const std::string unit = unit_holding(day, time);
  return fmt::format("{} {}", words, unit.empty() ? format_day_label(day_of(day), true) : unit);
}

std::string describe_closed(date::sys_days start, date::sys_days end, Precision precision, const std::string& mod) {
  const date::year_month_day a{start}, b{end};
  const bool whole_year = a.month() == date::jan && a.day() == date::day{1} && b.month() == date::dec &&
                          b.day() == date::day{31} && a.year() == b.year();
  const bool whole_month = a.day() == date::day{1} && date::year_month_day{end + date::days{1}}.day() == date::day{1} &&
                           a.year() == b.year() && a.month() == b.month();
  std::string prefix = mod_prefix(mod);
  // (a part of a month or year names the interval only when it lies inside that month or year:
  // "since mid-September", closed by the article's date, runs on to November)
  const bool in_one_year = a.year() == b.year(), in_one_month = in_one_year && a.month() == b.month();
  const bool part = !prefix.empty() && inside_the_part(start, end, precision, mod);
  if (whole_year || (part && precision == Precision::Year && in_one_year)) return prefix + format_year_label(a.year());
  if (whole_month || (part && precision == Precision::Month && in_one_month))
    return prefix + format_month_label(day_of(start), true);
  const bool whole_or_part = prefix.empty() || prefix == "about " || part;
  if (const auto decade = describe_decade_or_century(a, b, precision, prefix == "about " ? "" : prefix);
      !decade.empty() && whole_or_part)
    return decade;
  if (start == end) return prefix + format_day_label(day_of(start), true);  // "early 7 Dec 2021": its morning
  // "between 2020 and 2022", "from May to July": a span of whole years or months says so.
  const bool month_start = a.day() == date::day{1}, month_end = date::year_month_day{end + date::days{1}}.day() == date::day{1};
  if (prefix.empty() && month_start && month_end) {
    if (a.month() == date::jan && b.month() == date::dec)
      return fmt::format("{} – {}", format_year_label(a.year()), format_year_label(b.year()));
    return fmt::format("{} – {}", format_month_label(day_of(start), a.year() != b.year()), format_month_label(day_of(end), true));
  }
  // A range of days already says which part ("earlier this week" is 3 Jul – 4 Jul, not "early
  // 3 Jul – 4 Jul"); only "about" adds to it.
  if (mod != "APPROX") prefix.clear();
  return fmt::format("{}{} – {}", prefix, format_day_label(day_of(start), !in_one_year),
                     format_day_label(day_of(end), true));
}
}  // namespace

std::optional<double> clock_of(const graph::EventTime& time) {
  const std::string& v = time.value;
  const auto digit = [&](std::size_t i) { return i < v.size() && v[i] >= '0' && v[i] <= '9'; };
  if (time.precision != Precision::Instant || !time.closed() || time.start != time.end || v.size() < 16 || v[10] != 'T' ||
      v[13] != ':' || !digit(11) || !digit(12) || !digit(14) || !digit(15))
    return std::nullopt;
  const int hours = (v[11] - '0') * 10 + (v[12] - '0'), minutes = (v[14] - '0') * 10 + (v[15] - '0');
  if (hours > 24 || minutes > 59 || (hours == 24 && minutes > 0)) return std::nullopt;
  // A time told with its zone is placed in UTC, so "3 p.m. EST" (20:00 UTC) comes after "18:30
  // GMT" that day; it may fall before or after its day (the label keeps the clock as told).
  const int offset = utc_offset_minutes(v).value_or(0);
  // ("T24:00", midnight at the day's end, is drawn where the next day's 00:00 is, as ISO 8601 has
  // it, but told on its own day: describe_clock)
  return (hours * 60 + minutes - offset) / 1440.0;
}

std::optional<std::pair<double, double>> part_of_day_of(const graph::EventTime& time) {
  struct Part {
    std::string_view code;
    int from, to;  // hours
  };
  static constexpr std::array<Part, 6> kParts{
      {{"MO", 6, 12}, {"MI", 11, 13}, {"AF", 12, 18}, {"EV", 18, 22}, {"NI", 22, 24}, {"DT", 6, 18}}};
  const std::string& v = time.value;
  if (!time.closed() || time.start != time.end || v.size() != 13 || v[10] != 'T') return std::nullopt;
  for (const auto& part : kParts)
    if (v.compare(11, 2, part.code) == 0) return std::pair{part.from / 24.0, part.to / 24.0};
  return std::nullopt;
}

namespace {
// The day and clock of a clock time as the text tells them: "21 Nov 2025, 24:00" for
// 2025-11-21T24:00, the midnight that closes that day ("said shortly before midnight" on a
// Tuesday is Tuesday's; the tagger writes a midnight that opens a day, "shortly after midnight",
// as that day's T00:00).
std::string describe_clock(const graph::EventTime& time) {
  return format_day_label(day_of(*time.start), true) + ", " + time.value.substr(11, 5);
}
}  // namespace

namespace {
// "2019" for a span that starts with the year (month, decade) its precision names and runs on
// past it to a day ("since 2019", to the article's date): its start is that year, not "1 Jan
// 2019", a day the text never gave. Empty for any other span.
std::string coarse_start(const graph::EventTime& time) {
  if (!time.mod.empty()) return {};
  const auto unit = unit_around(date::year_month_day{*time.start}, time.precision);
  if (!unit || unit->first != *time.start || unit->second >= *time.end) return {};
  if (unit_around(date::year_month_day{*time.end}, time.precision)->second == *time.end) return {};  // ("2019 – 2021")
  return unit_holding(*time.start, time);
}
}  // namespace

std::string describe_date(const graph::EventTime& time, std::optional<date::sys_days> going_on) {
  if (going_on) return "as of " + format_day_label(day_of(*going_on), true);
  if (clock_of(time)) return describe_clock(time);
  // "25 Apr 1974, early evening": a part of the day, with the part of it a mod says, after the day
  // (not "early 25 Apr 1974", which reads as the day's first hours)
  if (const auto part = part_of_day(time.value); !part.empty() && time.closed() && time.start == time.end)
    return format_day_label(day_of(*time.start), true) + ", " + mod_prefix(time.mod) + part;
  if (time.closed()) {
    if (const auto from = coarse_start(time); !from.empty()) return from + " – " + format_day_label(day_of(*time.end), true);
    return describe_closed(*time.start, *time.end, time.precision, time.mod);
  }
  // A bound is the day itself, or the coarser date it was read from: "by 4 Dec 2021" is on that
  // day or before it, "by mid-1980s" in that part of the decade or before it.
  if (time.end) return describe_bound("by", *time.end, time);
  if (time.start) return describe_bound("not before", *time.start, time);
  return "undated";
}

std::string describe_certainty(const graph::EventTime& time, bool going_on) {
  std::string how;
  switch (time.source) {
    case graph::TimeSource::Explicit: how = "stated in the text"; break;
    case graph::TimeSource::Dct:
      how = going_on ? "from the tense: going on at the article's date" : "from the tense, relative to the article's date";
      break;
    case graph::TimeSource::Inferred: how = "inferred from other events"; break;
    case graph::TimeSource::Override: how = "set by an override"; break;
    case graph::TimeSource::None: how = "not known"; break;
  }
  if (!time.known() || going_on) return how;
  if (!time.closed()) return how + "; only one bound is known";
  if (time.start != time.end)
    return fmt::format("{}; somewhere in this {}", how,
                       time.precision == Precision::Unknown ? std::string_view{"period"} : to_string(time.precision));
  return how;
}

}  // namespace chronograph::render
