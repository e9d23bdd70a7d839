// Testers 51 and 52's time expressions that need the parse: what a clause after "hours before"
// tells is dated within hours of the time just named, a day of a visit dates what happens on it,
// and a month a noun's past participle takes ("the tariffs announced in April") is a past one.
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::timex_value_in;

TEST_CASE("tx52 t51-10: the clause after hours before is dated within a day of the time just named", "[events][tx52]") {
  const auto g = graph_of_text("The last helicopter left the embassy roof at 7:53 a.m. on April 30, 1975, just hours before "
                               "North Vietnamese tanks rolled through the gates of the presidential palace.",
                               sys_days{2025_y / April / 28});
  check_span(event_with(g, "rolled"), sys_days{1975_y / April / 30}, sys_days{1975_y / May / 1});
  // (the main clause keeps its own time)
  check_day(event_with(g, "left"), sys_days{1975_y / April / 30});
  // (a variant: days after a vote)
  const auto g2 = graph_of_text("Thousands marched in the capital on March 5, just days after the election was held.",
                                sys_days{2024_y / March / 10});
  check_span(event_with(g2, "held"), sys_days{2024_y / February / 20}, sys_days{2024_y / March / 5});
  check_day(event_with(g2, "marched"), sys_days{2024_y / March / 5});
}

TEST_CASE("tx52 t51-11: what happens on the second day of a visit is dated on that day", "[events][tx52]") {
  const auto g = graph_of_text("Emperor Naruhito will arrive in London on Saturday for a four-day state visit. On the second "
                               "day of the visit, the emperor will meet Prime Minister Rishi Sunak.",
                               sys_days{2024_y / June / 20});
  check_day(event_with(g, "meet"), sys_days{2024_y / June / 23});
  check_day(event_with(g, "arrive"), sys_days{2024_y / June / 22});
}

TEST_CASE("tx52 t52-2: a month a noun's past participle takes is in the past", "[events][tx52]") {
  const sys_days dct{2026_y / February / 12};
  CHECK(timex_value_in("The measures answer the tariffs announced in April by Washington.", "April", dct) == "2025-04");
  CHECK(timex_value_in("He criticised the tariffs announced in April.", "April", dct) == "2025-04");
  // (a participle of planning still looks ahead; so does a future clause with no participle)
  CHECK(timex_value_in("The team will play the match scheduled for April.", "April", dct) == "2026-04");
  CHECK(timex_value_in("The tariffs will take effect in April.", "April", dct) == "2026-04");
}

TEST_CASE("tx52 t52-4: walkouts until the end of term end by the day the term ends", "[events][tx52]") {
  const auto g = graph_of_text("Lecturers will walk out every Tuesday and Thursday until the end of term. The spring term "
                               "ends on 27 March.",
                               sys_days{2026_y / January / 9});
  const auto& walk = event_with(g, "walk");
  REQUIRE(walk.time.end);
  CHECK(*walk.time.end == sys_days{2026_y / March / 27});
}
