#include "core/timex/sport_season.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace chronograph::core {

namespace {

bool is_number(const ScanToken& t) { return t.kind == ScanToken::Kind::Number; }

// "2022-23 season", "2003-04 Premier League season", "2022/23 campaign": a year, a dash or a
// slash, the next year's last two digits, and "season" or "campaign" within three words.
bool two_year_season_at(const std::vector<ScanToken>& t, std::size_t i) {
  if (i + 2 >= t.size() || !is_number(t[i]) || t[i].lower.size() != 4 || !is_number(t[i + 2]) || t[i + 2].lower.size() != 2)
    return false;
  if ((t[i + 1].lower != "-" && t[i + 1].lower != "/" && t[i + 1].lower != "\xE2\x80\x93") || t[i + 1].space_before ||
      t[i + 2].space_before)
    return false;
  if ((std::stoi(t[i].lower) + 1) % 100 != std::stoi(t[i + 2].lower)) return false;
  for (std::size_t k = i + 3; k < t.size() && k <= i + 5; ++k)
    if (t[k].lower == "season" || t[k].lower == "campaign") return true;
  return false;
}

// "finished ninth", "came 3rd", "placed second": a place in a league's table.
bool place_in_a_table_at(const TimexRuleSet& set, const std::vector<ScanToken>& t, std::size_t i) {
  if (i + 1 >= t.size() || !set.in_class(t[i].lower, "PLACINGCUE")) return false;
  const std::string& next = t[i + 1].lower;
  if (set.in_class(next, "ORDWORD")) return true;
  return is_number(t[i + 1]) && i + 2 < t.size() && !t[i + 2].space_before &&
         (t[i + 2].lower == "st" || t[i + 2].lower == "nd" || t[i + 2].lower == "rd" || t[i + 2].lower == "th");
}

int season_step(const std::string& rule) {
  return rule == "last-season" ? -1 : rule == "next-season" ? 1 : 0;
}

}  // namespace

Interval two_year_season(date::year first) {
  return {date::sys_days{first / date::apr / 1}, date::sys_days{(first + date::years{1}) / date::jun / 30}, Precision::Year};
}

date::year season_of(date::sys_days dct) {
  const date::year_month_day day{dct};
  return day.month() >= date::jul ? day.year() : day.year() - date::years{1};
}

bool about_a_sport(const TimexRuleSet& set, const std::vector<ScanToken>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (set.in_class(tokens[i].lower, "SPORTCUE") || two_year_season_at(tokens, i) || place_in_a_table_at(set, tokens, i))
      return true;
  return false;
}

void place_sport_seasons(const TimexRuleSet& set, const std::vector<ScanToken>& tokens, std::vector<Timex>& timexes,
                         std::optional<date::sys_days> dct) {
  const auto names_a_season = [](const Timex& t) {
    return t.rule == "last-season" || t.rule == "this-season" || t.rule == "next-season";
  };
  if (!dct || std::none_of(timexes.begin(), timexes.end(), names_a_season) || !about_a_sport(set, tokens)) return;
  for (Timex& t : timexes) {
    if (!names_a_season(t)) continue;
    const date::year first = season_of(*dct) + date::years{season_step(t.rule)};
    // (the value a "2022-23 season" gets too: TimeML has none for a span of two years)
    t.value = fmt::format("{}", static_cast<int>(first));
    t.interval = two_year_season(first);
  }
}

}  // namespace chronograph::core
