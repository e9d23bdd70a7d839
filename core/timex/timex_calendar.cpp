#include "core/timex/timex_calendar.h"

#include <algorithm>
#include <cstdlib>

#include <date/iso_week.h>
#include <fmt/format.h>

namespace chronograph::core {

namespace {

date::sys_days monday_of(date::sys_days day) {
  const date::days since_monday = date::weekday{day} - date::Monday;  // 0..6
  return day - since_monday;
}

long floor_div(long a, long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

date::sys_days nearest_weekday(date::weekday wd, date::sys_days day) {
  const date::days ahead = wd - date::weekday{day};  // 0..6
  if (ahead == date::days{0}) return day + date::days{7};
  return ahead <= date::days{3} ? day + ahead : day + ahead - date::days{7};
}

date::sys_days nearest_weekday_or_on(date::weekday wd, date::sys_days day) {
  return wd == date::weekday{day} ? day : nearest_weekday(wd, day);
}

date::sys_days resolve_weekday(date::weekday wd, date::sys_days dct, Tense tense) {
  switch (tense) {
    case Tense::Future:  // (the DCT's own weekday is the DCT: "will resign on Thursday" printed on a Thursday)
    case Tense::Present:
      return dct + (wd - date::weekday{dct});
    case Tense::Past:
    case Tense::Unknown:
      break;
  }
  const date::days back = date::weekday{dct} - wd;  // 0..6
  return dct - back;
}

date::sys_days shift_weekday(date::weekday wd, date::sys_days dct, int step) {
  const date::sys_days in_week = monday_of(dct) + (wd - date::Monday);
  return in_week + date::days{7 * step};
}

date::sys_days step_weekday(date::weekday wd, date::sys_days dct, int step) {
  const date::sys_days sunday = dct - (date::weekday{dct} - date::Sunday);
  return sunday + (wd - date::Sunday) + date::days{7 * step};
}

namespace {
// Months since year 0, to compare (year, month) pairs.
long month_index(date::year y, date::month m) {
  return static_cast<int>(y) * 12L + static_cast<long>(static_cast<unsigned>(m)) - 1;
}
}  // namespace

date::year resolve_month_year(date::month m, date::sys_days dct, Tense tense, long slack) {
  const date::year_month_day ymd{dct};
  const long now = month_index(ymd.year(), ymd.month());
  date::year best = ymd.year();
  long best_distance = 1L << 30;
  for (int dy = -1; dy <= 1; ++dy) {
    const date::year y = ymd.year() + date::years{dy};
    const long offset = month_index(y, m) - now;  // > 0: after the DCT's month
    if (tense == Tense::Past && offset > slack) continue;
    if (tense == Tense::Future && offset < -slack) continue;
    const long distance = offset < 0 ? -offset : offset;
    if (distance < best_distance) { best = y; best_distance = distance; }
  }
  return best;
}

date::year resolve_month_day_year(date::month m, date::day d, date::sys_days dct, Tense tense, long slack_days) {
  const date::year_month_day ymd{dct};
  date::year best = ymd.year();
  long best_distance = 1L << 30;
  for (int dy = -1; dy <= 1; ++dy) {
    const date::year y = ymd.year() + date::years{dy};
    const date::year_month_day candidate{y, m, d.ok() ? d : date::day{1}};
    const date::sys_days day{candidate.ok() ? candidate : y / m / date::last};
    const long offset = (day - dct).count();  // > 0: after the DCT
    if (tense == Tense::Past && offset > slack_days) continue;
    if (tense == Tense::Future && offset < -std::min(slack_days, kFutureDaySlack)) continue;
    const long distance = offset < 0 ? -offset : offset;
    if (distance < best_distance) { best = y; best_distance = distance; }
  }
  return best;
}

date::sys_days easter_sunday(date::year y) {
  const int year = static_cast<int>(y);
  const int golden = year % 19, century = year / 100, in_century = year % 100;
  const int leap_skips = century / 4, century_rest = century % 4;
  const int moon_correction = (century + 8) / 25, solar_correction = (century - moon_correction + 1) / 3;
  const int epact = (19 * golden + century - leap_skips - solar_correction + 15) % 30;
  const int week_offset = (32 + 2 * century_rest + 2 * (in_century / 4) - epact - in_century % 4) % 7;
  const int correction = (golden + 11 * epact + 22 * week_offset) / 451;
  const int month = (epact + week_offset - 7 * correction + 114) / 31;
  const int day = (epact + week_offset - 7 * correction + 114) % 31 + 1;
  return date::sys_days{y / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(day)}};
}

std::string format_year(date::year y) {
  const int v = static_cast<int>(y);
  if (v >= 0) return fmt::format("{:04}", v);
  return fmt::format("-{:04}", -v);
}

std::string format_month(date::year_month ym) {
  return fmt::format("{}-{:02}", format_year(ym.year()), static_cast<unsigned>(ym.month()));
}

std::string format_day(date::sys_days day) {
  const date::year_month_day ymd{day};
  return fmt::format("{}-{:02}", format_month(ymd.year() / ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::string format_iso_week(date::sys_days day) {
  const iso_week::year_weeknum_weekday iw{day};
  return fmt::format("{}-W{:02}", format_year(date::year{static_cast<int>(iw.year())}),
                     static_cast<unsigned>(iw.weeknum()));
}

std::string format_quarter(date::year_month ym) {
  return fmt::format("{}-Q{}", format_year(ym.year()), (static_cast<unsigned>(ym.month()) - 1) / 3 + 1);
}

std::string shift_and_format(date::sys_days dct, const std::string& unit, long n) {
  const date::year_month_day ymd{dct};
  if (unit == "D") return format_day(dct + date::days{n});
  if (unit == "W") return format_iso_week(dct + date::days{7 * n});
  if (unit == "WE") return format_iso_week(dct + date::days{7 * n}) + "-WE";
  if (unit == "M") return format_month(ymd.year() / ymd.month() + date::months{n});
  if (unit == "Q") return format_quarter(ymd.year() / ymd.month() + date::months{3 * n});
  if (unit == "Y") return format_year(ymd.year() + date::years{n});
  const long y = static_cast<int>(ymd.year());
  if (unit == "DE") {
    const long decade = floor_div(y, 10) + n;
    return decade >= 0 ? fmt::format("{:03}", decade) : fmt::format("-{:03}", -decade);
  }
  if (unit == "CE") {
    const long century = floor_div(y, 100) + n;
    return century >= 0 ? fmt::format("{:02}", century) : fmt::format("-{:02}", -century);
  }
  return {};
}

// A day moved by n units, months and years clamped to the month's last day.
date::sys_days shift_day(date::sys_days day, const std::string& unit, long n) {
  if (unit == "D") return day + date::days{n};
  if (unit == "W") return day + date::days{7 * n};
  long months = 0;
  if (unit == "M") months = n;
  else if (unit == "Q") months = 3 * n;
  else if (unit == "Y") months = 12 * n;
  else if (unit == "DE") months = 120 * n;
  else if (unit == "CE") months = 1200 * n;
  else return day;
  const date::year_month_day ymd{day};
  const date::year_month ym = ymd.year() / ymd.month() + date::months{months};
  return date::sys_days{ym / std::min(ymd.day(), (ym / date::last).day())};
}

// The granularity of a rule's unit ("D", "W", "M", "Q", "Y", "DE", "CE"; hours and less are
// instants).
Precision precision_of_unit(std::string_view unit) {
  if (unit == "D") return Precision::Day;
  if (unit == "W") return Precision::Week;
  if (unit == "M") return Precision::Month;
  if (unit == "Q") return Precision::Quarter;
  if (unit == "Y") return Precision::Year;
  if (unit == "DE") return Precision::Decade;
  if (unit == "CE") return Precision::Century;
  return Precision::Instant;
}

// The unit that writes a value of this granularity, or null where none does (seasons).
const char* unit_of(Precision precision) {
  switch (precision) {
    case Precision::Week: return "W";
    case Precision::Month: return "M";
    case Precision::Year: return "Y";
    case Precision::Decade: return "DE";
    case Precision::Century: return "CE";
    default: return nullptr;
  }
}

}  // namespace chronograph::core
