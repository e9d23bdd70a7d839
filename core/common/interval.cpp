#include "core/common/interval.h"

#include <array>
#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

namespace chronograph {

namespace {
constexpr std::array<std::string_view, 10> kPrecisionNames{
    "instant", "day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"};

bool parse_int(std::string_view text, int& out) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc{} && end == text.data() + text.size();
}
}  // namespace

std::string_view to_string(Precision precision) {
  return kPrecisionNames[static_cast<std::size_t>(precision)];
}

std::optional<Precision> precision_from_string(std::string_view text) {
  for (std::size_t i = 0; i < kPrecisionNames.size(); ++i)
    if (kPrecisionNames[i] == text) return static_cast<Precision>(i);
  return std::nullopt;
}

std::optional<date::sys_days> parse_iso_day(std::string_view text) {
  int sign = 1;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    sign = text[0] == '-' ? -1 : 1;
    text.remove_prefix(1);
  }
  const auto first_dash = text.find('-');
  if (first_dash == std::string_view::npos || first_dash < 4) return std::nullopt;
  const auto rest = text.substr(first_dash + 1);
  if (rest.size() != 5 || rest[2] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!parse_int(text.substr(0, first_dash), y) || !parse_int(rest.substr(0, 2), m) ||
      !parse_int(rest.substr(3, 2), d))
    return std::nullopt;
  const date::year_month_day ymd{date::year{sign * y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days{ymd};
}

std::string format_iso_day(date::sys_days day) {
  const date::year_month_day ymd{day};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  if (y >= 0 && y <= 9999) return fmt::format("{:04}-{:02}-{:02}", y, m, d);
  return fmt::format("{}{:04}-{:02}-{:02}", y < 0 ? '-' : '+', std::abs(y), m, d);
}

std::string format_year_label(date::year y) {
  const int value = static_cast<int>(y);
  // ISO year 0 is 1 BCE, -1 is 2 BCE: there is no year zero in the BCE/CE count.
  if (value <= 0) return fmt::format("{} BCE", 1 - value);
  return fmt::format("{}", value);
}

}  // namespace chronograph
