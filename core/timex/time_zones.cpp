#include "core/timex/time_zones.h"

#include <date/date.h>

#include <cctype>
#include <string>
#include <string_view>

#include "core/common/interval.h"

namespace chronograph::core {

namespace {

// "2019-11-24T15:00" and no more.
bool is_day_clock(std::string_view v) {
  const auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(v[i])) != 0; };
  return v.size() == 16 && v[10] == 'T' && digit(11) && digit(12) && v[13] == ':' && digit(14) && digit(15);
}

// Whether US daylight saving time is in force on `day`: from the second Sunday of March to the
// first Sunday of November (the rule since 2007).
bool us_daylight_saving(date::sys_days day) {
  const date::year y = date::year_month_day{day}.year();
  const date::sys_days from{y / date::March / date::Sunday[2]}, to{y / date::November / date::Sunday[1]};
  return from <= day && day < to;
}

// The offset a ZONE or ZONEWORD norm gives ("-05:00", "Z"); a US zone told without saying standard
// or daylight ("ET", "Eastern time": norm "US-5") takes the one in force on the value's day.
std::string offset_of(const std::string& norm, std::string_view value) {
  if (!norm.starts_with("US-") || norm.size() != 4) return norm;
  const int standard = norm[3] - '0';
  const auto day = parse_iso_day(value.substr(0, 10));
  return "-0" + std::to_string(day && us_daylight_saving(*day) ? standard - 1 : standard) + ":00";
}

// The norm of the zone the words of `text` name, or empty.
std::string zone_named(const TimexRuleSet& set, std::string_view text) {
  const auto tokens = scan_text(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const bool before_time = i + 1 < tokens.size() && tokens[i + 1].lower == "time";
    const int zone_class = set.class_id(before_time && set.in_class(tokens[i].lower, "ZONEWORD") ? "ZONEWORD" : "ZONE");
    const auto entries = set.lexicon.find(tokens[i].lower);
    if (entries == set.lexicon.end()) continue;
    for (const auto& entry : entries->second)
      if (entry.class_id == zone_class) return entry.norm;
  }
  return {};
}

}  // namespace

void add_zone_offsets(const TimexRuleSet& set, std::vector<Timex>& timexes) {
  for (Timex& t : timexes) {
    if ((t.type != "TIME" && t.type != "DATE") || !is_day_clock(t.value)) continue;
    const std::string norm = zone_named(set, t.text);
    if (norm.empty() || norm == "LOCAL") continue;  // ("local time" tells no offset)
    t.value += offset_of(norm, t.value);
  }
}

}  // namespace chronograph::core
