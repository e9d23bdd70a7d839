// Helper tx57 on time expressions: a plan's step counted from the plan's day (t56 #3), the weekend
// of a date (t56 #6), a day or part of a day of a month in a year (t56 #5), and "until then" after
// a time ahead (t56 #8), days of a thing moved to a new time (t56 #7), and TBAQ train extents:
// "a hundred", "over" a count, a bound before "the past N units", "around year end"; a time given
// to act (t56 #9).
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::has_timex;
using chronograph::test::interval_text;
using chronograph::test::kMonthNames;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {
const sys_days kDct{2023_y / October / 11};  // a Wednesday

std::string two_digits(unsigned n) { return (n < 10 ? "0" : "") + std::to_string(n); }
}  // namespace

// ---- a step ahead of a plan (t56 #3)

TEST_CASE("tx57: a step later in a future clause counts from the plan's day, not a past date named since", "[timex][tx57]") {
  auto [later, value] = GENERATE(table<const char*, const char*>({
      {"two weeks later", "2023-12-04"},
      {"three days later", "2023-11-23"},
      {"a month later", "2023-12-20"},
  }));
  const std::string text = std::string("The library will reopen on November 20, eight months after it closed in March because of a flood. ") +
                           "The reading rooms will follow " + later + ", the council said.";
  INFO(text);
  CHECK(timex_named(tag(text, kDct), later).value == value);
}

TEST_CASE("tx57: a step later in a past story still counts from the date last named", "[timex][tx57]") {
  const std::string text = "The library closed on March 6 because of a flood. It reopened two weeks later.";
  CHECK(timex_named(tag(text, kDct), "two weeks later").value == "2023-03-20");
  // (a later day ahead named since goes on as the anchor: only a past date gives way to the plan)
  const std::string two_days = "The library will reopen on November 20 and the cafe on December 1. The reading rooms will follow two weeks later.";
  CHECK(timex_named(tag(two_days, kDct), "two weeks later").value == "2023-12-15");
}

// ---- the weekend of a date (t56 #6)

TEST_CASE("tx57: the weekend of a date is one expression, the weekend of that day's week", "[timex][tx57]") {
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string day = std::string(kMonthNames[m - 1]) + " 12, 2024";
    const std::string text = "Organisers expect to finish the work by the weekend of " + day + ".";
    INFO(text);
    const auto weekend = timex_named(tag(text, kDct), "the weekend of " + day);
    CHECK(weekend.type == "DATE");
    CHECK(weekend.value == chronograph::core::format_iso_week(sys_days{2024_y / month{m} / 12}) + "-WE");
    REQUIRE(weekend.interval);
    // (its Saturday and Sunday)
    CHECK(weekday{weekend.interval->start} == Saturday);
    CHECK(weekday{weekend.interval->end} == Sunday);
  }
}

TEST_CASE("tx57: the weekend of a day and month without a year", "[timex][tx57]") {
  // (Saturday 18 November 2023 ahead of the DCT; day first or month first)
  CHECK(timex_named(tag("The fair will run over the weekend of November 18.", kDct), "the weekend of November 18").value == "2023-W46-WE");
  CHECK(timex_named(tag("The fair will run over the weekend of 19 November.", kDct), "the weekend of 19 November").value == "2023-W46-WE");
  CHECK(timex_named(tag("The fair will run over the weekend of Nov. 17.", kDct), "the weekend of Nov. 17").value == "2023-W46-WE");
}

TEST_CASE("tx57: a weekend without a date, or of no date, stays as it was", "[timex][tx57]") {
  CHECK(has_timex(tag("The fair will run over the weekend.", kDct), "the weekend"));
  CHECK(timex_named(tag("The fair ran over the weekend of February 30.", kDct), "the weekend of February 30").value == "XXXX-WXX-WE");
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

// ---- until then, after a time ahead (t56 #8)

TEST_CASE("tx57: until then after a time ahead ends when that time ends", "[timex][tx57]") {
  const std::string text = "The mayor said repairs would take at least five days. She said the bridge would stay closed until then.";
  const auto then = timex_named(tag(text, kDct), "then");
  CHECK(then.value == "2023-10-16");
  CHECK(interval_text(then) == "2023-10-16..2023-10-16");
}

TEST_CASE("tx57: until then after a date, or in a past clause, keeps the date told", "[timex][tx57]") {
  // (a date named after the time ahead is what "then" refers to)
  const std::string dated = "Repairs will take five days. The bridge will reopen on November 2 and stay busy until then.";
  CHECK(timex_named(tag(dated, kDct), "then").value == "2023-11-02");
  // (a past clause: the time ahead is not what it ends at)
  const std::string past = "The plant closed in 2019 after repairs would take two years. Until then it had employed 300.";
  CHECK(timex_named(tag(past, kDct), "then").value == "2019");
}

// ---- TBAQ train extent: "a hundred", "over" a count

TEST_CASE("tx57: a hundred, a thousand and a dozen count as numbers in a duration", "[timex][tx57]") {
  auto [text, expression, value, mod] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"The family has farmed here for almost a hundred years.", "almost a hundred years", "P100Y", "LESS_THAN"},
      {"The dam has held for a thousand years.", "a thousand years", "P1000Y", ""},
      {"The ferry stayed in port for a dozen days.", "a dozen days", "P12D", ""},
  }));
  INFO(text);
  const auto duration = timex_named(tag(text, kDct), expression);
  CHECK(duration.value == value);
  CHECK(duration.mod == mod);
}

TEST_CASE("tx57: a hundred before no unit is no time", "[timex][tx57]") {
  const auto all = tag("A hundred people lined the road.", kDct);
  CHECK(all.empty());
}

TEST_CASE("tx57: over a count after a verb of lasting is more than it, inside the expression", "[timex][tx57]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The inspection is likely to last over a week.", "over a week", "P1W"},
      {"Just over an hour later, the crew landed.", "over an hour", "PT1H"},
      {"Passengers faced a delay of over 40 minutes.", "over 40 minutes", "PT40M"},
      {"The repairs took over two months.", "over two months", "P2M"},
  }));
  INFO(text);
  const auto duration = timex_named(tag(text, kDct), expression);
  CHECK(duration.value == value);
  CHECK(duration.mod == "MORE_THAN");
}

TEST_CASE("tx57: over a count that tells when stays outside the expression", "[timex][tx57]") {
  const auto all = tag("The grant can be spent over three years on new buses.", kDct);
  CHECK(has_timex(all, "three years"));
  CHECK_FALSE(has_timex(all, "over three years"));
  CHECK(timex_named(all, "three years").mod.empty());
}

// ---- the thing a past verb moved, and its new time (t56 #7)

TEST_CASE("tx57: days of a thing a past verb moved to a new time are the nearest, its new time on them", "[timex][tx57]") {
  // (DCT Wednesday 2023-10-11: the sessions moved are the coming Friday and Saturday)
  const auto all = tag("Organisers moved the start of the evening sessions on Friday and Saturday to 6 p.m. because of the heat.", kDct);
  CHECK(timex_named(all, "Friday").value == "2023-10-13");
  CHECK(timex_named(all, "Saturday").value == "2023-10-14");
  CHECK(timex_named(all, "6 p.m.").value == "2023-10-14T18:00");
  // (every verb of putting off, and a day told by its month)
  CHECK(timex_named(tag("The league postponed the match on Monday until December 2.", kDct), "Monday").value == "2023-10-09");
  CHECK(timex_named(tag("The league rescheduled the match on Thursday to November 3.", kDct), "Thursday").value == "2023-10-12");
}

TEST_CASE("tx57: a day of a past clause that moves nothing to a new time stays behind", "[timex][tx57]") {
  // ("moved to" a verb: no new time)
  CHECK(timex_named(tag("The council moved on Friday to ban the event.", kDct), "Friday").value == "2023-10-06");
  // (no verb of putting off)
  const auto held = tag("Organisers held the sessions on Friday and Saturday at 6 p.m.", kDct);
  CHECK(timex_named(held, "Friday").value == "2023-10-06");
  // (a clause break between the verb and the day)
  CHECK(timex_named(tag("The club delayed its plans, and the match on Friday went ahead to 3,000 fans.", kDct), "Friday").value ==
        "2023-10-06");
}

// ---- a time given from now to act (t56 #9)

TEST_CASE("tx57: a time given to act runs from the DCT, working days leaving out weekends", "[timex][tx57]") {
  // (DCT Wednesday 2023-10-11: ten working days end on Wednesday 2023-10-25, ten days on 2023-10-21)
  const auto working = timex_named(tag("The regulator now has 10 working days to decide.", kDct), "10 working days");
  CHECK(working.value == "P10D");  // (TimeML has no unit of working days)
  CHECK(interval_text(working) == "2023-10-11..2023-10-25");
  CHECK(interval_text(timex_named(tag("Bidders have ten days to respond.", kDct), "ten days")) == "2023-10-11..2023-10-21");
}

TEST_CASE("tx57: a time had, or one not given to act, gets no span from the DCT", "[timex][tx57]") {
  CHECK(interval_text(timex_named(tag("The regulator had 10 working days to decide.", kDct), "10 working days")) == "none");
  CHECK(interval_text(timex_named(tag("The mill has 10 days of stock.", kDct), "10 days")) == "none");
}

// ---- TBAQ train extent: a bound before "the past N units", "around year end"

TEST_CASE("tx57: a bound before the past units is inside the expression", "[timex][tx57]") {
  auto [text, expression, mod] = GENERATE(table<const char*, const char*, const char*>({
      {"The chain has cut prices for at least the past 18 months.", "at least the past 18 months", "EQUAL_OR_MORE"},
      {"The mine has been idle for more than the last three years.", "more than the last three years", "MORE_THAN"},
      {"The plant has run for nearly the past two decades.", "nearly the past two decades", "LESS_THAN"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, kDct), expression).mod == mod);
}

TEST_CASE("tx57: the past units with no bound, and a year end with no approximation, stay as they were", "[timex][tx57]") {
  const auto past = timex_named(tag("Sales have grown over the past three years.", kDct), "the past three years");
  CHECK(past.value == "P3Y");
  CHECK(past.mod.empty());
  CHECK(timex_named(tag("The merger should close by year-end.", kDct), "year-end").mod == "END");
  const auto around = timex_named(tag("The merger should close around year end.", kDct), "around year end");
  CHECK(around.value == "2023");
  CHECK(around.mod == "APPROX");
}
