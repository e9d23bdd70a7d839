// Helper tx56x on time expressions: what is no time (a march's name in quotes), clock times told
// by an hour alone ("at 4 in the morning", "six o'clock").
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
