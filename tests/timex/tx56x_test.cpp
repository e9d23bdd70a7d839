// Helper tx56x on time expressions: what is no time (a march's name in quotes), clock times told
// by an hour alone ("at 4 in the morning", "six o'clock"), and a half year's precision (t55 #77).
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::has_timex;
using chronograph::test::kMonthNames;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {
const sys_days kDct{2023_y / October / 11};  // a Wednesday
}

// ---- a march's name in quotes

TEST_CASE("tx56x: a month opening a quoted march's name after the is no date", "[timex][tx56x]") {
  for (const char* month : kMonthNames) {
    const std::string text = std::string("Thousands walked in the ``") + month + " of the Silent Women,'' a yearly protest.";
    INFO(text);
    CHECK_FALSE(has_timex(tag(text, kDct), month));
    const std::string plain = std::string("Thousands walked in the \"") + month + " for Clean Rivers\" on Sunday.";
    INFO(plain);
    CHECK_FALSE(has_timex(tag(plain, kDct), month));
  }
}

TEST_CASE("tx56x: a quoted month that is a time stays a date", "[timex][tx56x]") {
  // (a month in quotes before a number is a date)
  CHECK(timex_named(tag("The deadline, \"March 3,\" was missed by the city.", kDct), "March 3").value == "2023-03-03");
  // (no capitalised name follows the link word)
  CHECK(has_timex(tag("They marched in the \"May to remember\" rally.", kDct), "May"));
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

TEST_CASE("tx56x: a count before a part of the day is no clock time", "[timex][tx56x]") {
  // (not after a word that places a time)
  CHECK_FALSE(has_timex(tag("The visitors scored 3 in the morning session.", kDct), "3 in the morning"));
  CHECK_FALSE(has_timex(tag("She sold 8 in the evening market.", kDct), "8 in the evening"));
  // (an hour after 11 is no morning's)
  CHECK_FALSE(has_timex(tag("They met at 12 in the morning.", kDct), "12 in the morning"));
}

// ---- t55 #77: a half year's precision

TEST_CASE("tx56x t55-77: a half year is a known part of its year, with its own months", "[timex][tx56x]") {
  auto [text, expression, value, first, last] = GENERATE(table<const char*, const char*, const char*, const char*, const char*>({
      {"The plant will reopen in the first half of next year.", "the first half of next year", "2024-H1", "2024-01-01",
       "2024-06-30"},
      {"Sales slowed in the second half of 2022.", "the second half of 2022", "2022-H2", "2022-07-01", "2022-12-31"},
  }));
  INFO(text);
  const auto half = timex_named(tag(text, kDct), expression);
  CHECK(half.value == value);
  REQUIRE(half.interval);
  CHECK(half.interval->precision == chronograph::Precision::Year);
  CHECK(chronograph::format_iso_day(half.interval->start) == first);
  CHECK(chronograph::format_iso_day(half.interval->end) == last);
}

TEST_CASE("tx56x t55-77: a whole year and a quarter keep their own precisions", "[timex][tx56x]") {
  const auto year = timex_named(tag("Sales slowed in 2022.", kDct), "2022");
  REQUIRE(year.interval);
  CHECK(year.interval->precision == chronograph::Precision::Year);
  CHECK(chronograph::format_iso_day(year.interval->end) == "2022-12-31");
  const auto quarter = timex_named(tag("Sales slowed in the third quarter of 2022.", kDct), "the third quarter of 2022");
  REQUIRE(quarter.interval);
  CHECK(quarter.interval->precision == chronograph::Precision::Quarter);
}

TEST_CASE("tx56x t55-77: a fiscal half keeps its own months beside a fiscal year", "[timex][tx56x]") {
  const auto all = tag("The company's fiscal year ends in September. It expects a profit in the first half of fiscal 2025 "
                       "and for fiscal 2025 as a whole.",
                       kDct);
  const auto half = timex_named(all, "the first half of fiscal 2025");
  REQUIRE(half.interval);
  CHECK(chronograph::format_iso_day(half.interval->start) == "2024-10-01");
  CHECK(chronograph::format_iso_day(half.interval->end) == "2025-03-31");
  CHECK(half.interval->precision == chronograph::Precision::Year);
  // (the whole fiscal year is still placed as one)
  const auto year = timex_named(all, "fiscal 2025");
  REQUIRE(year.interval);
  CHECK(chronograph::format_iso_day(year.interval->start) == "2024-10-01");
  CHECK(chronograph::format_iso_day(year.interval->end) == "2025-09-30");
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
