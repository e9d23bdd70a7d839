// Calendar arithmetic behind TIMEX3 normalisation: which Tuesday "on Tuesday" means, which
// June "in June" means, how a DCT shifted by "two weeks ago" is written as a value.
//
// Direction (documented in data/timex/README.md, "Anchoring"):
//   weekdays   past clause: the most recent such day on or before the DCT ("on Saturday", said
//              on Saturday 2021-12-04, is 2021-12-04); future clause: the DCT or the next six days
//              ("on Tuesday" said on a Tuesday is that day: AP style names the day of the week,
//              not "today", and TBAQ train has 123 of 125 such weekdays on the DCT); present
//              clause: the same, as a timetable is told ("the summit ends on Sunday", said on a
//              Wednesday, is four days on); unknown: as past (news reports what happened)
//   months     the occurrence (last, this or next year) nearest the DCT that the tense allows: a
//              past clause at most kMonthSlack months (kDaySlack days) after the DCT, a future
//              clause as many months (but only kFutureDaySlack days) before it; present/unknown:
//              the nearest
#pragma once

#include <string>
#include <string_view>

#include <date/date.h>

#include "core/common/interval.h"

namespace chronograph::core {

enum class Tense { Unknown, Past, Present, Future };

date::sys_days resolve_weekday(date::weekday wd, date::sys_days dct, Tense tense);
// The day of weekday `wd` nearest `day` but not on it ("Thursday and Friday": the Friday after).
date::sys_days nearest_weekday(date::weekday wd, date::sys_days day);
// The day of weekday `wd` nearest `day`, `day` itself included; three days ahead before three back.
date::sys_days nearest_weekday_or_on(date::weekday wd, date::sys_days day);
// The weekday `wd` of the DCT's ISO week (Monday..Sunday), moved `step` weeks: "last weekend"
// / "next weekend" (the Saturday, step -1 / +1).
date::sys_days shift_weekday(date::weekday wd, date::sys_days dct, int step);
// "last Wednesday" (step -1), "next Friday" (+1), "this Tuesday" (0) as a reader counts weeks,
// Sunday to Saturday: said on Sunday, "last Wednesday" is four days back, not eleven. It agrees
// with shift_weekday on every other day, and with TBAQ's gold.
date::sys_days step_weekday(date::weekday wd, date::sys_days dct, int step);
// News often says "said ... on Nov. 21" of a coming date, so a past clause alone does not move a
// date a few weeks ahead back by a year: slack 0 scored 74.8 value F1 on TBAQ train, 1 month 76.1,
// 2 months 76.6, 3 months 76.6.
inline constexpr long kMonthSlack = 2;
inline constexpr long kDaySlack = 61;
// A clause ahead gives a date gone by only a few days' slack ("the next meeting is set for
// December 7", said on December 16, is next year's): news tells a coming thing by its date
// while it is coming, not weeks after.
inline constexpr long kFutureDaySlack = 3;
// A day that dates a verb's own past or 'will' ("posted the results on March 4") is that far
// from the DCT at most on the wrong side: a report a day or two late, or a time zone.
inline constexpr long kOwnDaySlack = 3;
date::year resolve_month_year(date::month m, date::sys_days dct, Tense tense, long slack = kMonthSlack);
date::year resolve_month_day_year(date::month m, date::day d, date::sys_days dct, Tense tense, long slack_days = kDaySlack);

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
date::sys_days easter_sunday(date::year y);

// TIMEX3 spellings: "2021", "-0499", "2021-12", "2021-12-07", "2021-W49", "2021-Q4".
std::string format_year(date::year y);
std::string format_month(date::year_month ym);
std::string format_day(date::sys_days day);
std::string format_iso_week(date::sys_days day);
std::string format_quarter(date::year_month ym);

// The DCT moved by n units and written at that unit's granularity:
// unit "D" day, "W" ISO week, "M" month, "Q" quarter, "Y" year, "DE" decade, "CE" century,
// "WE" weekend ("2021-W48-WE"). Empty for an unknown unit.
std::string shift_and_format(date::sys_days dct, const std::string& unit, long n);

// A day moved by n units ("D", "W", "M", "Q", "Y", "DE", "CE"), months and years clamped to the
// month's last day; another unit leaves it.
date::sys_days shift_day(date::sys_days day, const std::string& unit, long n);
// The granularity of a unit as above (hours and less are instants).
Precision precision_of_unit(std::string_view unit);
// The unit that writes a value of this granularity, or null where none does (seasons).
const char* unit_of(Precision precision);

}  // namespace chronograph::core
