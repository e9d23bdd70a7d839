#include "core/timex/clock_joins.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/common/interval.h"
#include "core/timex/span_sharing.h"

namespace chronograph::core {

namespace {

// "(", or a place's time and "(": "Washington time (", "Moscow time (".
bool bracket_after_zone(std::string_view joint) {
  if (joint == "(") return true;
  constexpr std::string_view kTime = " time (";
  if (joint.size() <= kTime.size() || !joint.ends_with(kTime)) return false;
  const std::string_view place = joint.substr(0, joint.size() - kTime.size());
  return std::isupper(static_cast<unsigned char>(place.front())) &&
         std::all_of(place.begin(), place.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == ' '; });
}

// A value with a clock time ("2021-12-07T15:00").
bool has_clock(const Timex& t) {
  return t.value.size() >= 16 && t.value[10] == 'T' && std::isdigit(static_cast<unsigned char>(t.value[11])) && t.value[13] == ':';
}

// The day to add to the other clock's date so that two clocks `apart` minutes apart on one day
// are nearest: zones lie within half a day of each other.
int days_to_nearest(int apart) {
  constexpr int kHalfDay = 12 * 60;
  return apart > kHalfDay ? -1 : apart < -kHalfDay ? 1 : 0;
}

// "every Tuesday and Thursday", "every Friday at noon": a weekday that "and", "or" or a comma
// joins to a weekly set is in the set too, and a time of day that "at" joins to one is the set's
// time; neither is a day of this week. So is a time of day "at" joins to a daily set ("every
// evening at 7 p.m.", "daily at 9 a.m.": that time of every day).
// "open from 10 a.m. to 4 p.m. on Saturdays", "opens at 9 a.m. every Sunday": a time of day (or
// a span of two) right before a weekly set (or "on" and one) is a time of that set, no time of the DCT.
template <typename Weekly>
void set_clocks_before_weekly_sets(std::string_view text, std::vector<Timex>& timexes, Weekly weekly) {
  const auto clock = [](const Timex& t) { return t.type == "TIME" && t.value.size() > 11 && t.value[10] == 'T'; };
  for (std::size_t k = timexes.size(); k-- > 1;) {
    const Timex& set = timexes[k];
    if (set.type != "SET" || !weekly(set.value)) continue;
    std::size_t c = k - 1;
    if (!clock(timexes[c]) || timexes[c].span.end > set.span.begin) continue;
    if (const std::string joint = joint_between(text, timexes[c], set); joint != "on" && !joint.empty()) continue;
    for (;;) {
      timexes[c].value = set.value + timexes[c].value.substr(10);
      timexes[c].type = "SET";
      timexes[c].interval.reset();
      if (c == 0 || !clock(timexes[c - 1])) break;
      const std::string joint = joint_between(text, timexes[c - 1], timexes[c]);
      if (joint != "to" && joint != "-" && joint != "and" && joint != "until" && joint != "\u2013") break;
      --c;
    }
  }
}

// "every Tuesday from 9 a.m. to 6 p.m.": the time of day that ends a span whose first time is a
// set's (timexes[k]) is that set's time too. Returns the index of the last time it set.
std::size_t set_span_end_clock(std::string_view text, std::vector<Timex>& timexes, std::size_t k, const std::string& day) {
  static constexpr std::string_view kJoints[] = {"and", "to", "-", "\u2013", "until", "till", "through"};
  if (k + 1 >= timexes.size()) return k;
  Timex& end = timexes[k + 1];
  const bool clock = end.value.size() > 11 && end.value[10] == 'T';
  const std::string joint = joint_between(text, timexes[k], end);
  if (!clock || timexes[k].span.end > end.span.begin || std::find(std::begin(kJoints), std::end(kJoints), joint) == std::end(kJoints))
    return k;
  end.value = day + end.value.substr(10);
  end.type = "SET";
  end.interval.reset();
  return k + 1;
}

}  // namespace

int clock_minutes(const std::string& value) { return std::stoi(value.substr(11, 2)) * 60 + std::stoi(value.substr(14, 2)); }

// "11 p.m. Washington time (0300 GMT on Tuesday)": a time of day alone that a bracket gives
// again in another zone, with its day, is on that day or the one either side, whichever puts the
// two clocks nearest (zones lie within half a day of each other): Monday here. True when
// `second` is such a gloss of `first`, which then has its day.
bool date_clock_by_its_gloss(std::string_view text, Timex& first, const Timex& second) {
  if (first.rule != "clock" || second.rule == "clock" || first.span.end > second.span.begin) return false;
  if (!has_clock(first) || !has_clock(second) || !bracket_after_zone(joint_between(text, first, second))) return false;
  const auto day = parse_iso_day(second.value.substr(0, 10));
  if (!day) return false;
  first.value = format_iso_day(*day + date::days{days_to_nearest(clock_minutes(first.value) - clock_minutes(second.value))}) +
                first.value.substr(10);
  first.interval = interval_of_value(first.value, first.mod);
  return true;
}

// "at 3 p.m. Eastern time (2000 GMT) on Wednesday": a time of day alone with its gloss in another
// zone in brackets, then the day, is on that day, and the gloss on that day or the one either
// side, whichever puts the two clocks nearest ("10 p.m. Eastern time (0300 GMT) on Friday": the
// gloss is Saturday's).
void date_glossed_clocks_by_the_day_after(std::string_view text, std::vector<Timex>& timexes) {
  const auto clock_alone = [](const Timex& t) { return t.rule == "clock" && has_clock(t); };
  for (std::size_t k = 0; k + 2 < timexes.size(); ++k) {
    Timex& clock = timexes[k];
    Timex& gloss = timexes[k + 1];
    const Timex& day = timexes[k + 2];
    if (!clock_alone(clock) || !clock_alone(gloss) || day.value.size() != 10 || !parse_iso_day(day.value)) continue;
    if (clock.span.end > gloss.span.begin || gloss.span.end > day.span.begin) continue;
    const std::string closing = joint_between(text, gloss, day);
    if (!bracket_after_zone(joint_between(text, clock, gloss)) || (closing != ")" && closing != ") on")) continue;
    clock.value = day.value + clock.value.substr(10);
    clock.interval = interval_of_value(clock.value, clock.mod);
    const int shift = days_to_nearest(clock_minutes(gloss.value) - clock_minutes(clock.value));
    gloss.value = format_iso_day(*parse_iso_day(day.value) + date::days{shift}) + gloss.value.substr(10);
    gloss.interval = interval_of_value(gloss.value, gloss.mod);
  }
}

void continue_weekly_sets(std::string_view text, std::vector<Timex>& timexes) {
  const auto weekly = [](const std::string& v) { return v.size() == 10 && v.starts_with("XXXX-WXX-") && v[9] >= '1' && v[9] <= '7'; };
  // ("every day at noon", "daily at 9 a.m.", "every evening at 7 p.m.": that time of any day)
  const auto daily = [](const std::string& v) { return v == "P1D" || v == "XXXX-XX-XX" || v.starts_with("XXXX-XX-XXT"); };
  // (a set's time of day, or the span of two: "every Tuesday and Thursday from 9 a.m. to 6 p.m.",
  // "each Monday from noon", "every weekday between 8 and 10 a.m.")
  static constexpr std::string_view kClockJoints[] = {"at", "in the", "from", "between", "starting at", "beginning at", "from around"};
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    const Timex& set = timexes[k];
    Timex& next = timexes[k + 1];
    if (set.type != "SET" || !(weekly(set.value) || daily(set.value)) || set.span.end > next.span.begin) continue;
    const std::string joint = joint_between(text, set, next);
    const bool day = weekly(set.value) && next.value.size() == 10 && next.rule.find("weekday") != std::string::npos;
    const bool clock = next.value.size() > 11 && next.value[10] == 'T';
    std::string clock_day;
    if (day && (joint == "and" || joint == "or" || joint == ",")) {
      const auto weekday = date::weekday{*parse_iso_day(next.value)};
      next.value = "XXXX-WXX-" + std::to_string(weekday.iso_encoding());
    } else if (clock && std::find(std::begin(kClockJoints), std::end(kClockJoints), joint) != std::end(kClockJoints)) {
      clock_day = daily(set.value) ? std::string("XXXX-XX-XX") : set.value.substr(0, 10);
      next.value = clock_day + next.value.substr(10);
    } else {
      continue;
    }
    next.type = "SET";
    next.interval.reset();
    if (!clock_day.empty()) k = set_span_end_clock(text, timexes, k + 1, clock_day);
  }
  // ("open from 8 a.m. to 8 p.m. on weekdays": the days of the working week, or of the weekend, too)
  const auto weekly_days = [&](const std::string& v) { return weekly(v) || v == "XXXX-WXX-WD" || v == "XXXX-WXX-WE"; };
  set_clocks_before_weekly_sets(text, timexes, weekly_days);
}

}  // namespace chronograph::core
