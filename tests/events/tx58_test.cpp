// Helper tx58's time expressions through the whole pipeline (the parse gives the clause tenses
// and the nouns): a part of the day after "in the" / "during the" (t57 #59) and "the rest of the
// week" said on a Sunday (t57 #61).
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::timex_value_in;

namespace {
const sys_days kSunday{2022_y / May / 22};
const sys_days kWednesday{2022_y / May / 18};
}  // namespace

TEST_CASE("tx58 pipeline: a part of the day after in the or during the is on the day the story is at", "[events][tx58]") {
  const std::string text =
      "The surveyors set out from the village at 8 a.m. on Monday. Fog rolled in during the afternoon and they camped by the lake.";
  CHECK(timex_value_in(text, "the afternoon", kWednesday) == "2022-05-16TAF");
  CHECK(timex_value_in("In the evening, the crowd marched to the square.", "the evening", kWednesday) == "2022-05-18TEV");
}

TEST_CASE("tx58 pipeline: a part of the day that modifies a noun is not a time", "[events][tx58]") {
  CHECK(timex_value_in("The story ran in the morning papers across the country.", "the morning", kWednesday) == "none");
  CHECK(timex_value_in("The senator appeared in the evening news bulletin.", "the evening", kWednesday) == "none");
  // (nor is a season so; but one before a unit of time is still a time)
  CHECK(timex_value_in("The winter storm closed roads across the state.", "The winter", kWednesday) == "none");
  CHECK(timex_value_in("Ferries run more often during the summer months.", "the summer", kWednesday) == "2022-SU");
}

TEST_CASE("tx58 pipeline: the rest of the week said on a Sunday about now or ahead is the week ahead", "[events][tx58]") {
  CHECK(timex_value_in("The museum will stay closed for the rest of the week.", "the rest of the week", kSunday) == "2022-W21");
  CHECK(timex_value_in("Forecasters expect heavy rain for the rest of the week.", "the rest of the week", kSunday) == "2022-W21");
  // must not change: a past clause keeps the week it is in, and so does any other day
  CHECK(timex_value_in("The museum stayed closed for the rest of the week.", "the rest of the week", kSunday) == "2022-W20");
  CHECK(timex_value_in("The museum will stay closed for the rest of the week.", "the rest of the week", kWednesday) == "2022-W20");
}
