// Clock times and parts of the day: which day they fall on, ranges of hours, midnight, zones.
#include <fmt/format.h>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/common/utc_offset.h"
#include "core/timex/sport_season.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::core::Timex;
using chronograph::format_iso_day;

namespace {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::string weekday_name(sys_days d) { return kWeekdays[weekday{d}.c_encoding()]; }

std::string hhmm(int h, int m) { return fmt::format("{:02}{:02}", h, m); }

std::string clock_value(sys_days d, int h, int m) { return fmt::format("{}T{:02}:{:02}", iso(d), h, m); }

const sys_days kDct{2023_y / October / 11};  // a Wednesday

std::string two_digits(unsigned n) { return (n < 10 ? "0" : "") + std::to_string(n); }


}  // namespace

// ---- #1: a clock time, a weekday and the date the weekday agrees with are one expression

TEST_CASE("a clock time on a weekday with its date is that date's day", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2024_y / December / 1})) {
    for (int ahead = 1; ahead <= 20; ++ahead) {
      const sys_days day = dct + days{ahead};
      const std::string date_us = month_name(day) + " " + std::to_string(day_of(day));
      const std::string date_uk = std::to_string(day_of(day)) + " " + month_name(day);
      const std::string wd = weekday_name(day);
      INFO(iso(dct) << " " << wd << " " << date_us);
      const std::string us = "9 a.m. on " + wd + ", " + date_us;
      CHECK(only_timex("A pretrial hearing is scheduled for " + us + ".", dct, us).value == iso(day) + "T09:00");
      const std::string uk = "18:30 GMT on " + wd + " " + date_uk;
      CHECK(only_timex("The agency will hold a briefing at " + uk + ".", dct, uk).value == iso(day) + "T18:30Z");
      const std::string zulu = "0614 UTC on " + wd + ", " + date_us;
      CHECK(only_timex("The launch is set for " + zulu + ".", dct, zulu).value == iso(day) + "T06:14Z");
      const std::string part = wd + " morning, " + date_us;
      CHECK(only_timex("The hearing will open on " + part + ".", dct, part).value == iso(day) + "TMO");
      const std::string bare = wd + " " + date_uk;
      CHECK(only_timex("The hearing will open on " + bare + ".", dct, bare).value == iso(day));
    }
  }
}

TEST_CASE("a morning time alone after an evening time of a weekday is the next day", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 28})) {  // (the month's end crossed too)
    const sys_days day = dct - days{1};
    const std::string wd = weekday_name(day);
    for (const int evening : {18, 21, 23})
      for (const int morning : {0, 2, 6, 11}) {
        INFO(iso(dct) << " " << evening << " -> " << morning);
        const std::string first = hhmm(evening, 30) + " UTC on " + wd, second = hhmm(morning, 15) + " UTC";
        const auto found = tag("Fueling began at " + first + " and was stopped at " + second + ".", dct);
        CHECK(chronograph::test::timex_named(found, first).value == clock_value(day, evening, 30) + "Z");
        CHECK(chronograph::test::timex_named(found, second).value == clock_value(day + days{1}, morning, 15) + "Z");
      }
  }
}

TEST_CASE("a later time alone on the same day stays on that day", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 8})) {
    const sys_days day = dct - days{1};
    const std::string wd = weekday_name(day);
    for (const auto& [first_h, second_h] : {std::pair{8, 14}, {10, 11}, {18, 23}, {13, 9}}) {
      INFO(iso(dct) << " " << first_h << " -> " << second_h);
      const std::string first = hhmm(first_h, 0) + " UTC on " + wd, second = hhmm(second_h, 15) + " UTC";
      const auto found = tag("Fueling began at " + first + " and was stopped at " + second + ".", dct);
      CHECK(chronograph::test::timex_named(found, second).value == clock_value(day, second_h, 15) + "Z");
    }
  }
}

// ---- #22: time zones

TEST_CASE("issue 22: a clock time told with its zone keeps the zone's UTC offset in its value", "[timex][tx49]") {
  const sys_days dct{2026_y / February / 11};
  auto [sentence, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Nunez spoke at a news conference at 3 p.m. EST.", "3 p.m. EST", "2026-02-11T15:00-05:00"},
      {"The agency held a briefing at 18:30 GMT.", "18:30 GMT", "2026-02-11T18:30Z"},
      {"The satellite will launch at 0600 UTC on Thursday.", "0600 UTC on Thursday", "2026-02-12T06:00Z"},
      {"The market opened at 9 a.m. PST.", "9 a.m. PST", "2026-02-11T09:00-08:00"},
      {"Trading resumed at 8 a.m. Eastern time.", "8 a.m. Eastern time", "2026-02-11T08:00-05:00"},
  }));
  INFO(sentence);
  const auto t = only_timex(sentence, dct, expression);
  CHECK(t.value == value);
  REQUIRE(t.interval);
  CHECK(format_iso_day(t.interval->start) == std::string(value).substr(0, 10));
}

TEST_CASE("'ET' and 'Eastern time' are daylight time in summer and standard time in winter", "[timex][tx49]") {
  CHECK(only_timex("He spoke at noon ET.", sys_days{2024_y / July / 4}, "noon ET").value == "2024-07-04T12:00-04:00");
  CHECK(only_timex("He spoke at noon ET.", sys_days{2024_y / January / 4}, "noon ET").value == "2024-01-04T12:00-05:00");
  // the change: the second Sunday of March, 10 March 2024
  CHECK(only_timex("He spoke at 9 a.m. Eastern time.", sys_days{2024_y / March / 9}, "9 a.m. Eastern time").value ==
        "2024-03-09T09:00-05:00");
  CHECK(only_timex("He spoke at 9 a.m. Eastern time.", sys_days{2024_y / March / 11}, "9 a.m. Eastern time").value ==
        "2024-03-11T09:00-04:00");
}

TEST_CASE("a clock time with no zone, or in local time, has no offset", "[timex][tx49]") {
  const sys_days dct{2026_y / February / 11};
  CHECK(only_timex("He spoke at 3 p.m.", dct, "3 p.m.").value == "2026-02-11T15:00");
  CHECK(only_timex("He spoke at 3 p.m. local time.", dct, "3 p.m. local time").value == "2026-02-11T15:00");
  CHECK(chronograph::without_utc_offset("2026-02-11T15:00-05:00") == "2026-02-11T15:00");
  CHECK(chronograph::without_utc_offset("2026-02-11T18:30Z") == "2026-02-11T18:30");
  CHECK(chronograph::without_utc_offset("2026-02-11") == "2026-02-11");
  CHECK(chronograph::utc_offset_minutes("2026-02-11T15:00-05:00") == -300);
  CHECK(chronograph::utc_offset_minutes("2026-02-11T15:00+05:30") == 330);
  CHECK_FALSE(chronograph::utc_offset_minutes("2026-02-11T15:00"));
}

TEST_CASE("tester49: a time of day told long after the last day and a year between is the DCT's", "[timex][tester49]") {
  const sys_days dct{2023_y / February / 14};
  const std::string text =
      "Officers were called to the museum at 3.40am on 12 February. The museum opened in 1994. It grew in 1995. "
      "It was rebuilt in 1997. It was sold in 1999. A guard was attacked at 10 p.m.";
  CHECK(chronograph::test::timex_named(tag(text, dct), "10 p.m.").value == "2023-02-14T22:00");
}

TEST_CASE("tester49: a midnight alone still closes its day", "[timex][tester49]") {
  const sys_days dct{2021_y / December / 4};
  CHECK(only_timex("The count ended at midnight.", dct, "midnight").value == "2021-12-04T24:00");
  CHECK(only_timex("The contract expired at midnight on Sept. 30.", dct, "midnight on Sept. 30").value ==
        "2021-09-30T24:00");
}

// ---- #9, #14: counting on from a clock time

TEST_CASE("tx51 #14: a part of the day after a later clock time of its day is the next day's", "[timex][tx51]") {
  const sys_days dct{2025_y / October / 9};
  const auto all = tag("The roof collapsed at 3:40 a.m. on Tuesday. Rescuers reached the men 36 hours later, and by dawn "
                       "the first of them was on the surface.",
                       dct);
  CHECK(timex_named(all, "dawn").value == "2025-10-09TMO");
  // (an afternoon after a clock time of the morning is that day's)
  const auto same = tag("Rescuers reached the men at 9:15 a.m. on Wednesday, and by mid-afternoon the first was out.", dct);
  CHECK(timex_named(same, "mid-afternoon").value == "2025-10-08TAF");
  // (and one pointed back to stays on its day)
  const auto back = tag("Rescuers reached the men at 3:15 p.m. on Wednesday. That morning the pumps had failed.", dct);
  CHECK(timex_named(back, "That morning").value.starts_with("2025-10-08"));
}

// ---- t55 #3: a time of day after a flashback to earlier days

TEST_CASE("tx55 t55-3: a later time alone goes on with the day the story was clocked on, past earlier days",
          "[timex][tx55]") {
  auto [text, clock, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The ferry left the harbour at 5:10 a.m. on Sunday. A first sailing on Thursday was cancelled because of fog, "
       "and a second, on Friday, was stopped by a strike. It docked at 9:35 a.m.",
       "9:35 a.m.", "2025-05-18T09:35"},
      {"The polls closed at 8 p.m. on Saturday. Early voting had opened on Wednesday, and turnout on Thursday was low. The "
       "result came at 11:40 p.m.",
       "11:40 p.m.", "2025-05-17T23:40"},
      {"Firefighters reached the mill at 2:15 p.m. on Wednesday. Inspectors found faults there on Tuesday. The blaze was out "
       "by 6 p.m.",
       "6 p.m.", "2025-05-14T18:00"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, sys_days{2025_y / May / 19}), clock).value == value);
}

// ---- an hour told alone

TEST_CASE("tx56x: an hour and a part of the day is a clock time on the story's day", "[timex][tx56x]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The ferry left the port on Monday at 5 in the morning.", "5 in the morning", "2023-10-09T05:00"},
      {"The vote ended on Monday at seven in the evening.", "seven in the evening", "2023-10-09T19:00"},
      {"The shelling began on Monday at 10 at night.", "10 at night", "2023-10-09T22:00"},
      {"The strike ran on Monday from nine o'clock in the morning.", "nine o'clock in the morning", "2023-10-09T09:00"},
      {"The miners surfaced on Monday at around 2 in the afternoon.", "around 2 in the afternoon", "2023-10-09T14:00"},
  }));
  INFO(text);
  const auto clock = timex_named(tag(text, kDct), expression);
  CHECK(clock.type == "TIME");
  CHECK(clock.value == value);
}

TEST_CASE("tx56x: an hour with o'clock is a clock time", "[timex][tx56x]") {
  const auto clock = timex_named(tag("The bells rang on Monday at 12 o'clock.", kDct), "12 o'clock");
  CHECK(clock.value == "2023-10-09T12:00");
  CHECK(timex_named(tag("She called on Monday at four o'clock.", kDct), "four o'clock").value == "2023-10-09T04:00");
}

TEST_CASE("tx56x: an hour at night runs over midnight", "[timex][tx56x]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The patrol set out on Monday at 9 at night.", "9 at night", "2023-10-09T21:00"},
      {"The storm hit on Monday at two o'clock at night.", "two o'clock at night", "2023-10-09T02:00"},
      {"The bells rang on Monday at twelve o'clock at night.", "twelve o'clock at night", "2023-10-09T24:00"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, kDct), expression).value == value);
}

// ---- a day or part of a day of a month in a year (t56 #5)

TEST_CASE("tx57: a night of a month in a year is one expression of that month", "[timex][tx57]") {
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    const std::string expression = "the early hours of a " + month + " night in 1999";
    const std::string text = "The thieves walked out with the works in " + expression + ".";
    INFO(text);
    const auto all = tag(text, kDct);
    CHECK(timex_named(all, expression).value == "1999-" + two_digits(m));
    CHECK_FALSE(has_timex(all, month));
  }
}

TEST_CASE("tx57: a morning, an evening or a day of a month in a year", "[timex][tx57]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The mill burned down on a March morning in 2004.", "a March morning in 2004", "2004-03"},
      {"She left home one June evening in 1987.", "one June evening in 1987", "1987-06"},
      {"The pact was signed on an April day in 1962.", "an April day in 1962", "1962-04"},
      {"He arrived on an October afternoon in 2010.", "an October afternoon in 2010", "2010-10"},
      {"They met on a May day in 1975.", "a May day in 1975", "1975-05"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, kDct), expression).value == value);
}

TEST_CASE("tx57: a month's night with its year told elsewhere stays the month alone", "[timex][tx57]") {
  const auto all = tag("It happened on a February night. The police reopened the case in 1999.", kDct);
  CHECK(timex_named(all, "February").value != "1999-02");
  CHECK(timex_named(all, "1999").value == "1999");
}

// ---- #21: years counted back from a month of the same sentence keep the month

TEST_CASE("tx62 #21: years earlier than a month of the same sentence are that month", "[timex][tx62]") {
  const sys_days dct{2021_y / March / 2};
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    const std::string mm = std::string(m < 10 ? "0" : "") + std::to_string(m);
    const std::string text = "Patients waited nine hours in " + month + " 2019, compared with four hours a year earlier.";
    INFO(text);
    CHECK(value_in(text, dct, "a year earlier") == "2018-" + mm);
    CHECK(value_in("Sales were up in " + month + " 2019 from two years earlier.", dct, "two years earlier") == "2017-" + mm);
    // (must not: years on from the month are a step of the story, a year)
    CHECK(value_in("Sales fell in " + month + " 2018 and recovered two years later.", dct, "two years later") == "2020");
    // (must not: from a month sentences back, a year, as TimeML's "a year earlier" of a figure)
    const std::string apart = "Sales fell in " + month + " 2019. Costs rose. Wages were 3 percent higher than a year earlier.";
    INFO(apart);
    CHECK(value_in(apart, dct, "a year earlier") == "2018");
  }
  // (must not: from a year, a year)
  CHECK(value_in("Patients waited nine hours in 2019, compared with four hours a year earlier.", dct, "a year earlier") == "2018");
}
