// Helper tx57's time expressions through the whole pipeline (the parse gives the clause tenses):
// a plan's step later (t56 #3), the weekend of a date (t56 #6), a month's night in a year
// (t56 #5), "until then" after a time ahead (t56 #8) and the days of a thing moved (t56 #7).
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::timex_value_in;

namespace {
const sys_days kDct{2023_y / October / 11};  // a Wednesday
}

TEST_CASE("tx57 pipeline: a plan's step later counts from the plan's day, not a past date in a subordinate clause", "[events][tx57]") {
  const std::string text =
      "Museums will reopen on November 20 under a plan approved on Monday, seven months after they were shut in April. "
      "Smaller galleries will follow two weeks later, the ministry said.";
  CHECK(timex_value_in(text, "two weeks later", kDct) == "2023-12-04");
  // (a story told in the past keeps counting from its last date)
  const std::string past = "The museum was shut on April 3 after a flood. It reopened two weeks later.";
  CHECK(timex_value_in(past, "two weeks later", kDct) == "2023-04-17");
}

TEST_CASE("tx57 pipeline: the weekend of a date and a month's night in a year are one expression each", "[events][tx57]") {
  CHECK(timex_value_in("Engineers hope to restore power by the weekend of November 18.", "the weekend of November 18", kDct) ==
        "2023-W46-WE");
  CHECK(timex_value_in("Smugglers crossed the border in the early hours of a January night in 2004.",
                       "the early hours of a January night in 2004", kDct) == "2004-01");
}

TEST_CASE("tx57 pipeline: until then after a time ahead, and the days of a thing moved to a new time", "[events][tx57]") {
  CHECK(timex_value_in("The port authority said clearing the queue would take at least three days. "
                       "It said the locks would stay open around the clock until then.",
                       "then", kDct) == "2023-10-14");
  const std::string moved = "Organisers moved the start of the afternoon matches on Thursday and Friday to 11 a.m. because of the rain.";
  CHECK(timex_value_in(moved, "Thursday", kDct) == "2023-10-12");
  CHECK(timex_value_in(moved, "Friday", kDct) == "2023-10-13");
  // (a day of a past clause with no new time stays behind: "moved to" a verb, or no "to")
  CHECK(timex_value_in("The council moved on Thursday to ban the event.", "Thursday", kDct) == "2023-10-05");
  CHECK(timex_value_in("Organisers moved the final on Thursday because of the rain.", "Thursday", kDct) == "2023-10-05");
}
