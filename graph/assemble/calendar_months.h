// The calendar months a TIMEX3 duration of whole months or years says ("P2M" 2, "P1Y" 12), for
// lengths and distances counted on the calendar rather than in days.
#pragma once

#include <charconv>
#include <optional>
#include <string_view>

namespace chronograph::graph {

// The months of "PnM" or "PnY" (1 <= n, up to a century); none for any other value.
inline std::optional<int> calendar_months(std::string_view value) {
  if (value.size() < 3 || value[0] != 'P' || (value.back() != 'M' && value.back() != 'Y')) return std::nullopt;
  int n = 0;
  const auto [end, error] = std::from_chars(value.data() + 1, value.data() + value.size() - 1, n);
  if (error != std::errc{} || end != value.data() + value.size() - 1 || n <= 0 || n > 1200) return std::nullopt;
  return value.back() == 'Y' ? 12 * n : n;
}

}  // namespace chronograph::graph
