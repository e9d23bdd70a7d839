// The dates an overrides file accepts: ISO days and TIMEX3 values, and the words the timeline
// and the listings print ("early Feb 2026", "mid-Nov 2020", "late Q1 2026", "summer 2024",
// "the 2030s", "by 4 Dec 2021", "3 Jul – 4 Jul 2024"), so that a user can type back what
// chronograph showed. Every form becomes a TIMEX3 value and mod, and core::interval_of_value
// gives its days, so "early 2022" here is the tagger's "early 2022" (DESIGN.md, Dates).
#include "graph/overrides/overrides.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "core/timex/timex.h"

namespace chronograph::graph {

namespace {

// A date read as a TIMEX3 value and mod, before its days are looked up.
struct TimexReading {
  std::string value;
  std::string mod;
};

bool is_all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> to_int(std::string_view digits) {
  if (!is_all_digits(digits) || digits.size() > 6) return std::nullopt;
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// Lower-cased, trimmed, runs of spaces as one, ", " kept as one token separator's comma.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char ch : text) {
    if (ch == ' ' || ch == '\t') {
      if (!word.empty()) words.push_back(std::move(word)), word.clear();
      continue;
    }
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string join(const std::vector<std::string>& words, std::size_t from = 0, std::size_t to = std::string::npos) {
  std::string out;
  for (std::size_t k = from; k < std::min(to, words.size()); ++k) out += (out.empty() ? "" : " ") + words[k];
  return out;
}

// "2022", "-0499", "+10000": an ISO 8601 year, at least four digits.
std::optional<std::string> iso_year(std::string_view text) {
  std::string_view digits = text;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.remove_prefix(1);
  if (digits.size() < 4 || digits.size() > 6 || !is_all_digits(digits)) return std::nullopt;
  return std::string(text);
}

// A year as the labels write it ("2026", "800", "500 BCE") from words[k], as an ISO year
// ("2026", "0800", "-0499"); `used` is how many words it took.
std::optional<std::string> year_words(const std::vector<std::string>& words, std::size_t k, std::size_t& used) {
  if (k >= words.size()) return std::nullopt;
  if (const auto iso = iso_year(words[k]); iso && k + 1 == words.size()) return used = 1, iso;
  const auto n = to_int(words[k]);
  if (!n) return std::nullopt;
  const std::string era = k + 1 < words.size() ? words[k + 1] : std::string{};
  if ((era == "bce" || era == "bc") && *n >= 1) {  // ISO year 0 is 1 BCE
    used = 2;
    return fmt::format("-{:04}", *n - 1);
  }
  if (era == "ce" || era == "ad") return used = 2, fmt::format("{:04}", *n);
  // (a short year alone is no date, "date: 5" is a slip; after a month or a season it is a year)
  if (era.empty() && k > 0) return used = 1, fmt::format("{:04}", *n);
  return std::nullopt;
}

// A year that must end the words: "2026", "500 BCE".
std::optional<std::string> final_year(const std::vector<std::string>& words, std::size_t k) {
  std::size_t used = 0;
  auto year = year_words(words, k, used);
  return year && k + used == words.size() ? year : std::nullopt;
}

std::optional<unsigned> month_number(std::string word) {
  if (!word.empty() && word.back() == '.') word.pop_back();
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  for (unsigned m = 0; m < kMonths.size(); ++m)
    if (word == kMonths[m] || (word.size() >= 3 && kMonths[m].starts_with(word))) return m + 1;
  return std::nullopt;
}

std::optional<std::string_view> season_code(std::string_view word) {
  if (word == "spring") return "SP";
  if (word == "summer") return "SU";
  if (word == "autumn" || word == "fall") return "FA";
  if (word == "winter") return "WI";
  return std::nullopt;
}

// "7 Feb 2026", "Feb 7 2026", "Feb 7, 2026" -> "2026-02-07".
std::optional<std::string> day_words(std::vector<std::string> words) {
  for (auto& word : words)
    if (word.size() > 1 && word.back() == ',') word.pop_back();
  if (words.size() < 3) return std::nullopt;
  auto day = to_int(words[0]);
  auto month = month_number(words[1]);
  if (!day || !month) {
    day = to_int(words[1]);
    month = month_number(words[0]);
  }
  const auto year = final_year(words, 2);
  if (!day || !month || !year || *day < 1 || *day > 31) return std::nullopt;
  return fmt::format("{}-{:02}-{:02}", *year, *month, *day);
}

// "early", "mid", "mid-", "late", "about" before a date: its TIMEX3 mod.
std::string take_mod(std::vector<std::string>& words) {
  if (words.empty()) return {};
  static constexpr std::pair<std::string_view, std::string_view> kMods[] = {
      {"early", "START"}, {"mid", "MID"}, {"late", "END"}, {"about", "APPROX"}, {"around", "APPROX"}};
  std::string& first = words[0];
  for (const auto& [word, mod] : kMods) {
    if (first == word) {
      words.erase(words.begin());
      return std::string(mod);
    }
    const std::string glued = std::string(word) + "-";  // "mid-Nov", "early-2022"
    if (first.starts_with(glued) && first.size() > glued.size()) {
      first.erase(0, glued.size());
      return std::string(mod);
    }
  }
  return {};
}

// "7 Feb 2026, 14:30" -> "2026-02-07T14:30"; "7 Feb 2026, early evening" -> "2026-02-07TEV", START.
std::optional<TimexReading> day_and_time(const std::vector<std::string>& words) {
  const auto comma = std::find_if(words.begin() + 1, words.end(), [](const std::string& w) { return w.ends_with(','); });
  if (comma == words.end() || comma + 1 == words.end()) return std::nullopt;
  const auto split = static_cast<std::size_t>(comma - words.begin()) + 1;
  const auto day = day_words({words.begin(), words.begin() + static_cast<std::ptrdiff_t>(split)});
  if (!day) return std::nullopt;
  std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(split), words.end());
  const std::string& clock = rest[0];
  if (rest.size() == 1 && clock.size() == 5 && clock[2] == ':' && to_int(clock.substr(0, 2)) && to_int(clock.substr(3)))
    return TimexReading{*day + "T" + clock, {}};
  const std::string mod = take_mod(rest);  // "early evening", "mid-evening"
  static constexpr std::pair<std::string_view, std::string_view> kParts[] = {
      {"morning", "MO"}, {"midday", "MI"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}, {"daytime", "DT"}};
  for (const auto& [name, code] : kParts)
    if (rest.size() == 1 && rest[0] == name) return TimexReading{*day + "T" + std::string(code), mod};
  return std::nullopt;
}

// "2030s" -> "203"; "20th century" -> "19".
std::optional<std::string> decade_or_century(const std::vector<std::string>& words) {
  if (words.size() == 1 && words[0].size() == 5 && words[0].back() == 's' && to_int(words[0].substr(0, 4)) &&
      words[0][3] == '0')
    return words[0].substr(0, 3);
  if (words.size() != 2 || words[1] != "century" || words[0].size() < 3) return std::nullopt;
  const auto n = to_int(std::string_view(words[0]).substr(0, words[0].size() - 2));
  const auto suffix = words[0].substr(words[0].size() - 2);
  if (!n || *n < 1 || *n > 100 || (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th"))
    return std::nullopt;
  return fmt::format("{:02}", *n - 1);
}

// Four digits or more first: TIMEX3's decades and centuries ("202", "19") are refused, as a
// short number alone is likelier a slip for a year ("22"); "the 2020s" says a decade.
bool starts_with_a_year(std::string_view word) {
  if (!word.empty() && word[0] == '-') word.remove_prefix(1);
  std::size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
  return digits >= 4;
}

// The words of one date, its mod taken off already, as a TIMEX3 value.
std::optional<std::string> value_of_words(const std::vector<std::string>& words) {
  if (words.empty()) return std::nullopt;
  if (words.size() == 1 && starts_with_a_year(words[0])) {
    // a TIMEX3 value: 2026-02-07, 2026-02, 2026-Q1, 2026-W07, 2024-SU, 2021-12-07T14:30
    std::string value = words[0];
    for (char& c : value) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (core::interval_of_value(value)) return value;
  }
  if (const auto decade = decade_or_century(words)) return decade;
  if (const auto year = final_year(words, 0)) return year;
  if (const auto month = month_number(words[0]); month && words.size() >= 2)
    if (const auto year = final_year(words, 1)) return fmt::format("{}-{:02}", *year, *month);
  if (const auto season = season_code(words[0]); season && words.size() >= 2)
    if (const auto year = final_year(words, 1)) return fmt::format("{}-{}", *year, *season);
  const std::string& first = words[0];
  if (first.size() == 2 && (first[0] == 'q' || first[0] == 'h') && std::isdigit(static_cast<unsigned char>(first[1])))
    if (const auto year = final_year(words, 1)) return fmt::format("{}-{}", *year, static_cast<char>(std::toupper(first[0])) + first.substr(1));
  if (words.size() == 2 && words[1].size() == 2 && (words[1][0] == 'q' || words[1][0] == 'h'))  // "2026 Q1"
    if (const auto year = iso_year(words[0])) return fmt::format("{}-{}", *year, static_cast<char>(std::toupper(words[1][0])) + words[1].substr(1));
  return day_words(words);
}

EventTime time_of(const Interval& interval, std::string value, std::string mod) {
  EventTime time;
  time.start = interval.start;
  time.end = interval.end;
  time.precision = interval.precision;  // (a half year has the year's: core::kHalfYearPrecision)
  time.value = std::move(value);
  time.mod = std::move(mod);
  time.source = TimeSource::Override;
  return time;
}

std::optional<EventTime> single_date(std::vector<std::string> words) {
  if (!words.empty() && words[0] == "the") words.erase(words.begin());
  if (words.size() >= 3)
    if (const auto reading = day_and_time(words)) {
      const auto interval = core::interval_of_value(reading->value);
      if (interval) return time_of(*interval, reading->value, reading->mod);
    }
  const std::string mod = take_mod(words);
  if (!words.empty() && words[0] == "the") words.erase(words.begin());  // "early the 2030s"? said either way
  const auto value = value_of_words(words);
  if (!value) return std::nullopt;
  const auto interval = core::interval_of_value(*value, mod);
  if (!interval) return std::nullopt;
  return time_of(*interval, *value, mod);
}

// A one-sided bound: "by 4 Dec 2021" and "not after 4 Dec 2021" (on that day or before),
// "not before mid-1980s" (in it or after), and the strict "before 20 Sep 2024" (by 19 Sep)
// and "after 2019" (from 2020).
enum class BoundKind { By, NotBefore, Before, After };

std::optional<std::pair<BoundKind, std::size_t>> bound_words(const std::vector<std::string>& words) {
  if (words.size() >= 2 && words[0] == "not" && words[1] == "before") return std::pair{BoundKind::NotBefore, 2};
  if (words.size() >= 2 && words[0] == "not" && words[1] == "after") return std::pair{BoundKind::By, 2};
  if (words.empty()) return std::nullopt;
  if (words[0] == "by") return std::pair{BoundKind::By, 1};
  if (words[0] == "before") return std::pair{BoundKind::Before, 1};
  if (words[0] == "after") return std::pair{BoundKind::After, 1};
  return std::nullopt;
}

std::optional<EventTime> bound(const std::vector<std::string>& words) {
  const auto kind = bound_words(words);
  if (!kind) return std::nullopt;
  auto time = single_date({words.begin() + static_cast<std::ptrdiff_t>(kind->second), words.end()});
  if (!time || !time->start || !time->end) return std::nullopt;
  switch (kind->first) {
    case BoundKind::By: time->start.reset(); break;
    case BoundKind::NotBefore: time->end.reset(); break;
    case BoundKind::Before:
      time->end = *time->start - date::days{1};
      time->start.reset();
      break;
    case BoundKind::After:
      time->start = *time->end + date::days{1};
      time->end.reset();
      break;
  }
  return time;
}

// Where a range's two sides part: "..", an en dash, " - " or " to "; npos when none.
std::pair<std::size_t, std::size_t> range_separator(std::string_view text) {
  for (const std::string_view sep : {"..", "\u2013", " - ", " to "})
    if (const auto at = text.find(sep); at != std::string_view::npos) return {at, sep.size()};
  return {std::string_view::npos, 0};
}

// "2026-02-06..2026-02-08", "2020 – 2022", "May – Jul 2024", "3 – 5 Jul 2024": the first side
// may leave out what the second says at its end (its month and year, or its year).
std::optional<EventTime> range(std::string_view text) {
  const auto [at, size] = range_separator(text);
  if (at == std::string_view::npos) return std::nullopt;
  const auto first_words = words_of(text.substr(0, at));
  const auto last_words = words_of(text.substr(at + size));
  const auto last = single_date(last_words);
  if (!last || first_words.empty()) return std::nullopt;
  auto first = single_date(first_words);
  for (std::size_t drop = 1; !first && drop < last_words.size(); ++drop)
    first = single_date(words_of(join(first_words) + " " + join(last_words, drop)));
  if (!first || *first->start > *last->end) return std::nullopt;
  EventTime time = time_of(Interval{*first->start, *last->end, std::max(first->precision, last->precision)}, {}, {});
  return time;
}

// "1975-04-30 07:53": a day and a clock time as most people type a timestamp, with a space for
// ISO's "T" ("1975-04-30T07:53"); empty for other text.
std::string iso_timestamp_with_space(std::string_view text) {
  const auto space = text.find(' ');
  constexpr std::size_t kIsoDay = 10;  // "YYYY-MM-DD"
  if (space != kIsoDay || !parse_iso_day(text.substr(0, space))) return {};
  const std::string_view clock = text.substr(space + 1);
  const auto colon = clock.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2) return {};
  if (!std::all_of(clock.begin(), clock.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ':'; }))
    return {};
  const std::string hours = colon == 1 ? "0" + std::string(clock.substr(0, 1)) : std::string(clock.substr(0, 2));
  return std::string(text.substr(0, space)) + "T" + hours + std::string(clock.substr(colon));
}

}  // namespace

std::optional<EventTime> parse_override_date(std::string_view text) {
  if (const auto day = parse_iso_day(text)) return time_of(whole_day(*day), format_iso_day(*day), {});
  if (const auto timestamp = iso_timestamp_with_space(text); !timestamp.empty()) return parse_override_date(timestamp);
  if (auto time = range(text)) return time;
  const auto words = words_of(text);
  if (auto time = bound(words)) return time;
  return single_date(words);
}

std::optional<std::string> date_as_written(const EventTime& time) {
  if (!time.start || !time.end) return std::nullopt;
  std::vector<std::string> candidates;
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"", ""}, {"START", "early "}, {"MID", "mid "}, {"END", "late "}, {"APPROX", "about "}};
  for (const auto& [mod, word] : kWords)
    if (time.mod == mod && !time.value.empty()) candidates.push_back(std::string(word) + time.value);
  // A day is written as the day, unless its value tells more of it ("2026-12-09T10:00"): a
  // copied entry must not lose the clock time.
  const bool finer_than_day = time.value.size() > 10 && time.value[10] == 'T';
  if (*time.start == *time.end)
    candidates.insert(finer_than_day ? candidates.end() : candidates.begin(), format_iso_day(*time.start));
  for (const auto& text : candidates)
    if (const auto read = parse_override_date(text); read && read->start == time.start && read->end == time.end)
      return text;
  return std::nullopt;
}

}  // namespace chronograph::graph
