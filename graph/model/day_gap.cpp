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

// The parts of a duration value: calendar months (years included), days (weeks included) and
// clock hours; none for a vague or unreadable value ("PXD", "P2WE").
struct DurationParts {
  long months = 0, days = 0;
  double hours = 0;
};

std::optional<DurationParts> duration_parts(std::string_view value) {
  DurationParts parts;
  bool clock = false, any = false;
  std::string_view rest = value.substr(1);
  while (!rest.empty()) {
    if (rest.front() == 'T') {
      clock = true;
      rest.remove_prefix(1);
      continue;
    }
    long n = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), n);
    if (error != std::errc{} || n < 0 || n > 100000 || end == rest.data() + rest.size()) return std::nullopt;
    rest.remove_prefix(static_cast<std::size_t>(end - rest.data()));
    const std::string_view unit =
        rest.starts_with("DE") || rest.starts_with("CE") ? rest.substr(0, 2) : rest.substr(0, 1);
    rest.remove_prefix(unit.size());
    any = true;
    if (clock) {
      if (unit == "H")
        parts.hours += n;
      else if (unit == "M")
        parts.hours += n / 60.0;
      else if (unit == "S")
        parts.hours += n / 3600.0;
      else
        return std::nullopt;
    } else if (unit == "D" || unit == "W") {
      parts.days += unit == "W" ? 7 * n : n;
    } else if (unit == "M" || unit == "Y" || unit == "DE" || unit == "CE") {
      parts.months += unit == "M" ? n : unit == "Y" ? 12 * n : unit == "DE" ? 120 * n : 1200 * n;
    } else {
      return std::nullopt;
    }
  }
  if (!any || parts.months > 12 * 5000) return std::nullopt;  // (date::year ends at 32767)
  return parts;
}

// The days a duration spans: its months over every starting month, its days exactly, and its
// hours as whole days (a clock time past midnight lands on the next day).
DayGap exact_gap(const DurationParts& parts) {
  DayGap gap = parts.months > 0 ? month_span(parts.months) : DayGap{0, 0};
  const int hour_days = static_cast<int>(std::floor(parts.hours / 24));
  gap.min += static_cast<int>(parts.days) + hour_days;
  gap.max = *gap.max + static_cast<int>(parts.days) + hour_days + (parts.hours > 0 ? 1 : 0);
  return gap;
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
  const auto parts = duration_parts(value);
  if (!parts) return std::nullopt;
  return apply_mod(exact_gap(*parts), mod);
}

std::string describe(const DayGap& gap) {
  const auto days = [](int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); };
  if (!gap.max) return "at least " + days(gap.min);
  if (gap.min == *gap.max) return days(gap.min);
  return std::to_string(gap.min) + " to " + days(*gap.max);
}

}  // namespace chronograph::graph
