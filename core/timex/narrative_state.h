// What a story has told so far, carried by the TIMEX tagger from one time expression to the
// next: the date and the day it is at, its clock, the reports, plans and spans it told. The
// tagger reads it to anchor relative expressions ("the next day", "at 11 a.m.", "at the time")
// and moves it as each expression is tagged. Each `..._end` is where its expression ends, as a
// scanned token index one past its last token, which the tagger counts sentences back from.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include <date/date.h>

#include "core/common/interval.h"
#include "core/timex/timex.h"

namespace chronograph::core {

struct NarrativeState {
  std::optional<Interval> last_date;   // the date the story is at (ValueContext::anchor)
  std::size_t last_date_end = 0;       // where `last_date` ends
  bool last_date_closes_span = false;  // `last_date` is the end of a span ("through Feb. 19")
  std::optional<Interval> last_past_date;  // the last date `last_date` was that ended before the DCT
  std::optional<Interval> last_quarter;
  std::optional<Interval> plan_day;  // the last day ahead of the DCT a future clause named (ValueContext::plan_day)
  std::size_t plan_day_end = 0;
  std::optional<Interval> last_day;  // the last date of a day or a time of day
  std::size_t last_day_end = 0;      // where `last_day` ends
  std::optional<Interval> day_before;  // the day told in order before `last_day` (an earlier one)
  std::optional<Interval> latest_day;  // the latest day the story has named so far
  // The last date told, a date counted back included ("Three years ago, it moved to Boston; at the
  // time, ..."), and where it ends: what "at the time" and "since then" refer to.
  std::optional<Interval> last_told;
  std::size_t last_told_end = 0;
  bool last_told_by_past_perfect = false;  // `last_told` dates a past perfect ("had met in May")
  // The day a time ahead told with no date ends ("it would take at least four days to clear the
  // backlog"), and where that time ends: what a future "until then" right after it refers to.
  std::optional<Interval> end_of_time_ahead;
  std::size_t end_of_time_ahead_at = 0;
  std::size_t now_end = 0;  // where the last "now" (PRESENT_REF) ends
  // the last date of a report, which does not move the narrative ("the agency said on Wednesday"),
  // and where it ends
  std::optional<Interval> report_date;
  std::size_t report_date_end = 0;
  // the last date of a clause told in order, and whether `last_date` came from a past perfect
  // that went back before it (a flashback: "had ordered evacuations on Wednesday")
  std::optional<Interval> story_date;
  bool story_clocked = false, in_flashback = false;
  std::size_t flashback_end = 0;
  std::optional<std::string> last_clock;
  // the last day told by the clock ("lifted off at 6:42 a.m. on Saturday") and that clock's value
  std::optional<Interval> clocked_day;
  std::string clocked_value;
  std::optional<Timex> last_weekday;
  std::optional<std::pair<std::size_t, long>> last_stay;  // where a count of days ("a four-day visit") ends, and the days
  std::optional<std::pair<std::size_t, date::year>> last_year;  // where the last year named ends, and which
  std::map<std::pair<unsigned, unsigned>, date::year> days_named_with_year;
  std::set<std::size_t> parts_told_ahead;  // where the quarters and halves of future clauses begin
  std::set<std::size_t> background_spans;  // where durations that pass no story days begin (days_told_to_pass)

  // A date told in order (not a report's, a background's, or one counted back): the story is at it.
  // `closes_span` tells whether it ends a span ("through Feb. 19").
  void move_to(const Timex& told, std::size_t end, bool past_perfect, bool closes_span, std::optional<date::sys_days> dct);
  // A clock glossed in another zone ("2 p.m. (1800 GMT)"): the story stays on the clock's own day and time.
  void stay_on_glossed_clock(const Timex& clock, std::size_t end, std::optional<date::sys_days> dct);
  // Any date or time told, which "at the time" may refer to.
  void tell(const Timex& told, std::size_t end, bool past_perfect);
};

}  // namespace chronograph::core
