#include "graph/model/day_gap.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include <date/date.h>

namespace chronograph::graph {

namespace {

// The fewest and most days `months` calendar months can span, over every starting month of a
// 400-year Gregorian cycle (from the first of a month to the same day `months` later).
DayGap month_span(long months) {
  using namespace date;
  int least = std::numeric_limits<int>::max(), most = 0;
  for (int m = 0; m < 400 * 12; ++m) {
    const year_month from = year{2000} / January + date::months{m};
    const int days = static_cast<int>((sys_days{(from + date::months{months}) / 1} - sys_days{from / 1}).count());
    least = std::min(least, days);
    most = std::max(most, days);
  }
  return {least, most};
}

// The days an exact count of one unit spans ("P3D", "P2W", "P1M", "P5Y", "PT36H").
std::optional<DayGap> exact_gap(long n, std::string_view unit, bool clock) {
  if (clock) {  // hours and minutes: a clock time past midnight lands on the next day
    const double hours = unit == "H" ? n : unit == "M" ? n / 60.0 : unit == "S" ? n / 3600.0 : -1;
    if (hours < 0) return std::nullopt;
    const int days = static_cast<int>(std::floor(hours / 24));
    return DayGap{days, days + 1};
  }
  if (unit == "D") return DayGap{static_cast<int>(n), static_cast<int>(n)};
  if (unit == "W") return DayGap{static_cast<int>(7 * n), static_cast<int>(7 * n)};
  const long months = unit == "M" ? n : unit == "Y" ? 12 * n : unit == "DE" ? 120 * n : unit == "CE" ? 1200 * n : -1;
  if (months < 0 || months > 12 * 5000) return std::nullopt;  // (date::year ends at 32767)
  return month_span(months);
}

// TIMEX3 duration mods: "about a week" loosens both sides by a quarter, "at least" / "more
// than" drop the upper limit, "less than" / "at most" the lower one.
DayGap apply_mod(DayGap gap, std::string_view mod) {
  if (mod == "APPROX") {
    const int slack = std::max(1, *gap.max / 4);
    return {std::max(0, gap.min - slack), *gap.max + slack};
  }
  if (mod == "EQUAL_OR_MORE" || mod == "MORE_THAN") return {gap.min, std::nullopt};
  if (mod == "EQUAL_OR_LESS" || mod == "LESS_THAN") return {0, gap.max};
  return gap;
}

}  // namespace

std::optional<DayGap> day_gap(std::string_view value, std::string_view mod) {
  if (value.size() < 3 || value[0] != 'P') return std::nullopt;
  const bool clock = value[1] == 'T';
  const std::string_view rest = value.substr(clock ? 2 : 1);
  long n = 0;
  const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), n);
  if (error != std::errc{} || n < 0 || n > 100000) return std::nullopt;
  const auto gap = exact_gap(n, rest.substr(static_cast<std::size_t>(end - rest.data())), clock);
  if (!gap) return std::nullopt;
  return apply_mod(*gap, mod);
}

std::string describe(const DayGap& gap) {
  const auto days = [](int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); };
  if (!gap.max) return "at least " + days(gap.min);
  if (gap.min == *gap.max) return days(gap.min);
  return std::to_string(gap.min) + " to " + days(*gap.max);
}

}  // namespace chronograph::graph
