#include "core/timex/deep_past.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <string>

#include <fmt/format.h>

namespace chronograph::core {

namespace {

// The count of "5,000 years ago" (digits with thousands commas), if its unit is years.
std::optional<long> years_counted(std::string_view text) {
  const auto digit = std::find_if(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (text.find("year") == std::string_view::npos || digit == text.end()) return std::nullopt;
  long n = 0;
  for (auto c = digit; c != text.end() && (std::isdigit(static_cast<unsigned char>(*c)) || *c == ','); ++c)
    if (*c != ',') n = n * 10 + (*c - '0');
  return n;
}

// The place of a count's last non-zero digit: 100 for 3,500, 1000 for 5,000.
long rounding_place(long n) {
  long place = 1;
  while (n > 0 && n % 10 == 0) {
    n /= 10;
    place *= 10;
  }
  return place;
}

// The years y0..y1, with the precision of their width.
Interval years_between(int y0, int y1) {
  const int width = y1 - y0 + 1;
  const Precision precision = width >= 100 ? Precision::Century : width >= 10 ? Precision::Decade : Precision::Year;
  return {whole_year(date::year{y0}).start, whole_year(date::year{y1}).end, precision};
}

int year_of(date::sys_days day) { return static_cast<int>(date::year_month_day{day}.year()); }

Interval widened_by_years(const Interval& in, long years) {
  return years_between(year_of(in.start) - static_cast<int>(years), year_of(in.end) + static_cast<int>(years));
}

std::size_t skip_spaces_back(std::string_view text, std::size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  return at;
}

// Where an approximating word right before `at` begins ("around 1200", "c. 800"), or `at`.
std::size_t approximated_from(std::string_view text, std::size_t at) {
  static constexpr std::string_view kApprox[] = {"around", "about", "circa", "c.", "ca.", "approximately", "roughly"};
  const std::size_t end = skip_spaces_back(text, at);
  if (end == at) return at;
  for (const std::string_view word : kApprox) {
    if (end < word.size() || text.substr(end - word.size(), word.size()) != word) continue;
    const std::size_t begin = end - word.size();
    if (begin == 0 || !std::isalpha(static_cast<unsigned char>(text[begin - 1]))) return begin;
  }
  return at;
}

}  // namespace

void approximate_round_ages(std::vector<Timex>& timexes) {
  for (Timex& tx : timexes) {
    if (tx.rule != "ago" || !tx.interval) continue;
    const auto n = years_counted(tx.text);
    if (!n) continue;
    if (*n >= 1000 && *n % 100 == 0 && tx.mod.empty()) tx.mod = "APPROX";
    if (tx.mod != "APPROX" || *n < 100 || *n % 10 != 0) continue;
    tx.interval = widened_by_years(*tx.interval, rounding_place(*n) / 2);
  }
}

void join_ranges_before_christ(std::string_view text, std::vector<Timex>& timexes) {
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& first = timexes[k];
    const Timex& last = timexes[k + 1];
    if (last.rule != "year-bce" || !first.value.starts_with('-') || first.value.size() != 5 || !first.interval ||
        !last.interval || first.span.end > last.span.begin)
      continue;
    std::string_view joint = text.substr(first.span.end, last.span.begin - first.span.end);
    while (!joint.empty() && joint.front() == ' ') joint.remove_prefix(1);
    while (!joint.empty() && joint.back() == ' ') joint.remove_suffix(1);
    if (joint != "-" && joint != "\u2013") continue;  // ("between 1200 and 1000 BC" is two, as TimeML tags it)
    const std::size_t begin = approximated_from(text, first.span.begin);
    if (begin < first.span.begin) first.mod = "APPROX";
    first.span = {begin, last.span.end};
    first.text = std::string(text.substr(begin, last.span.end - begin));
    first.interval = years_between(year_of(first.interval->start), year_of(last.interval->end));
    first.rule = "bce-range";
    timexes.erase(timexes.begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
  for (std::size_t k = 0; k < timexes.size(); ++k) timexes[k].id = fmt::format("t{}", k + 1);
}

}  // namespace chronograph::core
