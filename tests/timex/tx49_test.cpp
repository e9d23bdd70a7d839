// Tester 48's findings on recurring times, sports seasons, holiday weekends and time zones:
// "twice a week" keeps its frequency, a clock time governed by a weekly or daily set belongs to
// the set, "last season" in a sports story is a season, "the long weekend" is a weekend.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/interval.h"
#include "core/common/utc_offset.h"
#include "core/timex/sport_season.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::format_iso_day;
using chronograph::core::Timex;
using chronograph::test::only_timex;
using chronograph::test::timex_tagger;
using chronograph::test::tag;
using chronograph::test::interval_text;

namespace {

}  // namespace

// ---- #23: a set's frequency

TEST_CASE("issue 23: 'twice a week' is a weekly set with freq 2X", "[timex][tx49]") {
  const auto t = only_timex("Operators have also begun an overtime ban, refusing extra shifts twice a week since Monday.",
                            sys_days{2024_y / May / 10}, "twice a week");
  CHECK(t.type == "SET");
  CHECK(t.value == "P1W");
  CHECK(t.freq == "2X");
  CHECK_FALSE(t.interval);
}

TEST_CASE("a number of times in a period is the period with that freq", "[timex][tx49]") {
  auto [sentence, expression, value, freq] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"The committee meets once a month.", "once a month", "P1M", "1X"},
      {"Patients take the pills three times a day.", "three times a day", "P1D", "3X"},
      {"Ferries sail 12 times a year.", "12 times a year", "P1Y", "12X"},
      {"Flights leave four times per week.", "four times per week", "P1W", "4X"},
      {"Inspectors call twice a year.", "twice a year", "P1Y", "2X"},
      {"Trains run three times daily.", "three times daily", "P1D", "3X"},
      {"the twice-weekly market", "twice-weekly", "P1W", "2X"},
      {"The board meets once every two weeks.", "once every two weeks", "P2W", "1X"},
  }));
  INFO(sentence);
  const auto t = only_timex(sentence, sys_days{2024_y / May / 10}, expression);
  CHECK(t.type == "SET");
  CHECK(t.value == value);
  CHECK(t.freq == freq);
}

TEST_CASE("'every other week' recurs every two weeks once each, quantified EVERY", "[timex][tx49]") {
  auto [sentence, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"They meet every other week.", "every other week", "P2W"},
      {"Bins are emptied every second day.", "every second day", "P2D"},
      {"Elections are held every four years.", "every four years", "P4Y"},
  }));
  const auto t = only_timex(sentence, sys_days{2024_y / May / 10}, expression);
  CHECK(t.value == value);
  CHECK(t.freq == "1X");
  CHECK(t.quant == "EVERY");
}

TEST_CASE("a set quantified by 'each' says EACH, and a plain date has neither freq nor quant", "[timex][tx49]") {
  const auto each = only_timex("They review it each year.", sys_days{2024_y / May / 10}, "each year");
  CHECK(each.quant == "EACH");
  CHECK(each.freq == "1X");
  const auto every_tuesday = only_timex("They meet every Tuesday.", sys_days{2024_y / May / 10}, "every Tuesday");
  CHECK(every_tuesday.quant == "EVERY");
  CHECK(every_tuesday.freq.empty());
  const auto date = only_timex("They met on Monday twice.", sys_days{2024_y / May / 10}, "Monday");
  CHECK(date.type == "DATE");
  CHECK(date.freq.empty());
  CHECK(date.quant.empty());
}

// ---- #9: a sport's "last season"

TEST_CASE("issue 9: 'last season' in a story about a sport is the season before the DCT's", "[timex][tx49]") {
  // the DCT's season starts in July; "the 2022-23 season" is read 2022-04-01..2023-06-30
  auto [dct, first] = GENERATE(table<sys_days, int>({
      {sys_days{2023_y / September / 4}, 2022},
      {sys_days{2023_y / July / 1}, 2022},
      {sys_days{2024_y / February / 10}, 2022},
      {sys_days{2024_y / June / 30}, 2022},
  }));
  INFO(format_iso_day(dct));
  const auto t = only_timex("City finished ninth last season.", dct, "last season");
  CHECK(t.value == std::to_string(first));
  CHECK(interval_text(t) == fmt::format("{}-04-01..{}-06-30", first, first + 1));
}

TEST_CASE("'this season' and 'next season' in a sports story step from the DCT's season", "[timex][tx49]") {
  const sys_days dct{2023_y / September / 4};
  const std::string story = "The striker scored 27 goals during the 2022-23 season. He wants more this season, and "
                            "the club will play in Europe next season.";
  CHECK(interval_text(only_timex(story, dct, "this season")) == "2023-04-01..2024-06-30");
  CHECK(interval_text(only_timex(story, dct, "next season")) == "2024-04-01..2025-06-30");
  // the season the text names by its years is the same span
  CHECK(interval_text(only_timex(story, dct, "the 2022-23 season")) == "2022-04-01..2023-06-30");
}

TEST_CASE("a sport's season is found by a league's words, a season of two years or a place in a table", "[timex][tx49]") {
  const sys_days dct{2024_y / March / 3};
  auto sentence = GENERATE(as<std::string>{}, "The team was relegated last season.",
                           "Their goalkeeper was injured for much of last season.",
                           "Attendance fell in the 2019/20 campaign and again last season.",
                           "United came 3rd last season.");
  INFO(sentence);
  CHECK(only_timex(sentence, dct, "last season").value == "2022");
}

TEST_CASE("'last season' outside sport stays PAST_REF", "[timex][tx49]") {
  const sys_days dct{2024_y / March / 3};
  auto sentence = GENERATE(as<std::string>{}, "The show lost viewers last season.",
                           "Designers favoured pastel colours last season.",
                           "Ticket sales finished lower last season.");
  INFO(sentence);
  CHECK(only_timex(sentence, dct, "last season").value == "PAST_REF");
  // and without a DCT nothing is placed
  CHECK(only_timex("City finished ninth last season.", std::nullopt, "last season").value == "PAST_REF");
}

// ---- #19: a time of day that a set governs

TEST_CASE("issue 19: a clock range after a weekly set belongs to the set", "[timex][tx49]") {
  const auto all = tag("The board opened walk-in vaccination clinics that run every Tuesday and Thursday from 9 a.m. to 6 p.m.",
                       sys_days{2021_y / November / 27});
  for (const char* clock : {"9 a.m.", "6 p.m."}) {
    const auto t = chronograph::test::timex_named(all, clock);
    INFO(clock);
    CHECK(t.type == "SET");
    CHECK(t.value.starts_with("XXXX-WXX-4T"));
    CHECK_FALSE(t.interval);
  }
  CHECK(chronograph::test::timex_named(all, "Thursday").type == "SET");
}

TEST_CASE("a clock after a daily or weekly set by 'at' or 'from' is the set's time", "[timex][tx49]") {
  auto [sentence, clock, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The museum opens each Monday from noon.", "noon", "XXXX-WXX-1T12:00"},
      {"Bells ring every day at 8 p.m.", "8 p.m.", "XXXX-XX-XXT20:00"},
      {"The market runs every Saturday from 8 a.m. until 1 p.m.", "1 p.m.", "XXXX-WXX-6T13:00"},
      {"Buses leave every Sunday starting at 7:15 a.m.", "7:15 a.m.", "XXXX-WXX-7T07:15"},
  }));
  INFO(sentence);
  const auto t = only_timex(sentence, sys_days{2024_y / May / 8}, clock);
  CHECK(t.type == "SET");
  CHECK(t.value == value);
  CHECK_FALSE(t.interval);
}

TEST_CASE("a clock apart from a set, or after a dated day, keeps its day", "[timex][tx49]") {
  const sys_days dct{2024_y / May / 8};
  // another sentence, and a clock after a weekday that is no set
  const auto apart = tag("The clinic opens every Monday. The minister visits it from 9 a.m. on Friday.", dct);
  CHECK(chronograph::test::timex_named(apart, "9 a.m. on Friday").type != "SET");
  const auto dated = only_timex("The clinic opened on Monday from 9 a.m.", dct, "9 a.m.");
  CHECK(dated.type == "TIME");
  CHECK(dated.value == "2024-05-06T09:00");
}

// ---- #16: a holiday weekend

TEST_CASE("issue 16: 'the long weekend' in a past clause is the last Saturday-to-Monday over by the DCT", "[timex][tx49]") {
  // DCTs over a fortnight: the long weekend is the latest Saturday whose Monday is on or before the DCT
  for (sys_days dct = sys_days{2021_y / November / 14}; dct < sys_days{2021_y / November / 28}; dct += days{1}) {
    sys_days monday = dct - (weekday{dct} - Monday);
    const sys_days saturday = monday - days{2};
    INFO(format_iso_day(dct));
    const auto t = only_timex("Attendance had fallen over the long weekend.", dct, "the long weekend");
    CHECK(interval_text(t) == format_iso_day(saturday) + ".." + format_iso_day(monday));
    CHECK(t.value.ends_with("-WE"));
  }
}

TEST_CASE("a bank holiday weekend ahead is the coming Saturday to Monday", "[timex][tx49]") {
  for (sys_days dct = sys_days{2024_y / May / 19}; dct < sys_days{2024_y / May / 26}; dct += days{1}) {
    const sys_days saturday = dct + (Saturday - weekday{dct});
    INFO(format_iso_day(dct));
    const auto t = only_timex("Roads will be busy over the bank holiday weekend.", dct, "the bank holiday weekend");
    CHECK(interval_text(t) == format_iso_day(saturday) + ".." + format_iso_day(saturday + days{2}));
  }
  CHECK(only_timex("Shops closed for the holiday weekend.", std::nullopt, "the holiday weekend").value == "XXXX-WXX-WE");
  // a plain weekend stays Saturday to Sunday
  const auto plain = only_timex("Attendance had fallen over the weekend.", sys_days{2021_y / November / 29}, "the weekend");
  CHECK(interval_text(plain) == "2021-11-27..2021-11-28");
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
