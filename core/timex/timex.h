// One TIMEX3 time expression found in a text: where it is, its TimeML type, value and mod,
// and the calendar interval the graph and the timeline use (DESIGN.md "Dates").
//
//   "on Tuesday" in a future clause, DCT Saturday 2021-12-04:
//     {id "t1", text "Tuesday", type "DATE", value "2021-12-07", interval 2021-12-07..2021-12-07 (day)}
//   "as soon as early-2022":
//     {text "early-2022", type "DATE", value "2022", mod "START", interval 2022-01-01..2022-04-30}
//   "a long time": {type "DURATION", value "PXY", interval none}
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/common/interval.h"
#include "core/text/span.h"

namespace chronograph::core {

struct Timex {
  std::string id;    // "t1", "t2", ... in text order
  Span span;         // byte offsets into the document text
  std::string text;  // exactly the bytes of span
  std::string type;  // DATE | TIME | DURATION | SET
  std::string value; // TIMEX3 value: 2021-12-07, 2021-06, 2022, 2021-W49, 2021-Q4, 2021-SU, 199, P3Y, ...
  std::string mod;   // START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ... or empty
  // SET only (TimeML's TIMEX3 attributes): how often in each period of the value ("twice a week":
  // value P1W, freq "2X"; "daily": P1D, "1X"), and the quantifier ("every Tuesday": "EVERY").
  std::string freq, quant;
  // The calendar interval for a resolved DATE/TIME, for a DURATION anchored at the DCT ("the
  // past three years" = DCT - 3 years .. DCT), and for one a day closes ("the three months
  // ended Dec. 31, 2023" = 2023-10-01..2023-12-31); none for SET and underspecified values.
  std::optional<Interval> interval;
  std::string rule;  // id of the rule that fired (for `chronograph why`)
  // Read for the graph only, never a TIMEX3 of TimeML's: an age dated from a birth the text
  // gives ("At 23", core/timex/age_dates.h).
  bool derived = false;
};

// The calendar interval of a TIMEX3 value, narrowed by its mod; nullopt when the value is
// underspecified (XXXX-..., PRESENT_REF, P3Y) or not a valid date ("2021-13", "2021-02-30").
//   "2021-06" -> 2021-06-01..2021-06-30 (month)     "2021-W49" -> 2021-12-06..2021-12-12 (week)
//   "199" -> 1990-01-01..1999-12-31 (decade)        "19" -> 1900-01-01..1999-12-31 (century)
//   "2021-WI" -> 2021-12-01..2022-02-28 (season: northern winter runs across the year end)
//   "2022" + START -> 2022-01-01..2022-04-30: START, MID and END take the first, middle and
//   last third of the days (TimeML gives only the mod; the solver needs a closed range); of a
//   century its first three decades, the middle four, the last three ("19" + START: 1900..1929).
//   "2026-H1" -> 2026-01-01..2026-06-30 (kHalfYearPrecision)
std::optional<Interval> interval_of_value(std::string_view value, std::string_view mod = {});

// A half year ("2026-H1", "the first half of next year") has no precision of its own in the
// contract's list (DESIGN.md "Dates"): it takes the nearest coarser one, that of the year it is
// part of, and keeps its own interval (January to June), so it reads as a known part of that
// year, not as "unknown".
inline constexpr Precision kHalfYearPrecision = Precision::Year;

}  // namespace chronograph::core
