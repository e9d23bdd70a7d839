// Tester 49: an event told in the headline and again in the body takes the body's closer date
// when it lies within the headline's ("by year-end" over "on Thursday").
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::weekday_before;

namespace {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

}  // namespace

TEST_CASE("tester49 #16: a body's weekday dates an event the headline bounds only by year-end", "[events][tester49]") {
  const sys_days dct{2023_y / November / 17};
  for (unsigned w = 0; w < 7; ++w) {
    if (weekday{dct} == weekday{w}) continue;  // ("on Friday" in a Friday's paper may be that day)
    const sys_days day = weekday_before(dct, w);
    INFO(kWeekdays[w]);
    const auto fda = graph_of_text(std::string("FDA approves gene therapy, one of two expected by year-end\n\nThe FDA on ") +
                                       kWeekdays[w] + " approved the therapy.",
                                   dct);
    check_day(event_with(fda, "approved"), day);
    const auto merger = graph_of_text(std::string("Regulator clears merger before the end of the year\n\nThe regulator "
                                                  "cleared the merger on ") +
                                          kWeekdays[w] + ".",
                                      dct);
    check_day(event_with(merger, "cleared"), day);
  }
}

TEST_CASE("tester49 #16: a later mention's date outside the first one found does not replace it", "[events][tester49]") {
  // The body's March lies outside the headline's June: two readings, the first kept.
  const sys_days dct{2023_y / November / 17};
  const auto g = graph_of_text("Council approved the budget in June\n\nThe council approved the budget in March.", dct);
  const auto& event = event_with(g, "approved");
  REQUIRE(event.time.start);
  CHECK(*event.time.start != sys_days{2023_y / March / 1});
}

TEST_CASE("tester49 #26: an event's value names the day it is solved to, never a duration", "[events][tester49]") {
  const sys_days dct{2024_y / June / 20};
  const auto before = chronograph::test::solved_graph_of_text(
      "The decision comes two weeks before the general election on 4 July.", dct);
  const auto& decision = event_with(before, "comes");
  REQUIRE(decision.time.closed());
  CHECK(*decision.time.start == sys_days{2024_y / June / 20});
  CHECK(decision.time.value == "2024-06-20");
  CHECK(event_with(before, "election").time.value == "2024-07-04");
  for (const std::string within : {"six months", "two weeks", "90 days", "a year"}) {
    const auto g = graph_of_text("A decision is expected within " + within + ".", dct);
    const auto& event = event_with(g, "decision");
    INFO(within);
    CHECK(event.time.start);
    CHECK((event.time.value.empty() || event.time.value.front() != 'P'));
  }
}

TEST_CASE("tester49 #21: 'from X to Y' after a count or an amount is a span, not a baseline", "[events][tester49]") {
  const sys_days dct{2024_y / June / 20};
  const auto [text, trigger, first, last] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Rates were raised 14 times from December 2021 to August 2023.", "raised", 2021_y / December / 1,
       2023_y / August / 31},
      {"The bank raised rates 14 times from December 2021 to August 2023.", "raised", 2021_y / December / 1,
       2023_y / August / 31},
      {"The Creek fire burned more than a million acres from mid-August to mid-November of 2020.", "burned",
       2020_y / August / 11, 2020_y / November / 20},
      {"The company cut 3,000 jobs from 2019 until 2021.", "cut", 2019_y / January / 1, 2021_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.closed());
  CHECK(*event.time.start == first);
  CHECK(*event.time.end == last);
}

TEST_CASE("tester49 #21: a 'from' date after an amount with no end is still the baseline", "[events][tester49]") {
  const sys_days dct{2024_y / June / 20};
  for (const std::string text : {"Sales rose 5 percent from 2022.", "Profit fell to $3 million from $5 million in 2022."}) {
    CAPTURE(text);
    const auto g = graph_of_text(text, dct);
    for (const auto& event : g.events)
      CHECK_FALSE((event.time.start && *event.time.start == sys_days{2022_y / January / 1}));
  }
}

TEST_CASE("tester49 #24: what a dated report tells as done happened by the report's date", "[events][tester49]") {
  const sys_days dct{2026_y / January / 29};  // a Thursday
  const auto [text, trigger, by] = GENERATE(table<std::string, std::string, sys_days>({
      {"Organizers said last week that the new track had passed its final tests.", "passed", 2026_y / January / 25},
      {"Organizers said on Monday that the new track had passed its final tests.", "passed", 2026_y / January / 26},
      {"The ministry announced in December that the bridge failed its inspection.", "failed", 2025_y / December / 31},
      {"Police said on Tuesday that two men had been arrested.", "arrested", 2026_y / January / 27},
  }));
  CAPTURE(text);
  const auto g = chronograph::test::solved_graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == by);
}

TEST_CASE("tester49 #24: a report dates neither what it tells as to come nor what has a date of its own", "[events][tester49]") {
  const sys_days dct{2026_y / January / 29};
  const auto plan = graph_of_text("Organizers said on Monday that the track would open in March.", dct);
  const auto& opens = event_with(plan, "open");
  REQUIRE(opens.time.start);
  CHECK(*opens.time.start == sys_days{2026_y / March / 1});
  const auto own = graph_of_text("Officials said on Monday that the track passed its tests in 2024.", dct);
  const auto& passed = event_with(own, "passed");
  REQUIRE(passed.time.end);
  CHECK(*passed.time.end == sys_days{2024_y / December / 31});
}

TEST_CASE("tester49 #19: what ', when' tells after a 'since' date happened within that date", "[events][tester49]") {
  const sys_days dct{2022_y / March / 25};
  const auto [text, trigger, first, last] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The airline had not had a fatal crash since November 2004, when a regional jet crashed in Baotou, killing 55 "
       "people.",
       "crashed", 2004_y / November / 1, 2004_y / November / 30},
      {"The river has not flooded the town since March 1998, when a storm broke the levee.", "broke",
       1998_y / March / 1, 1998_y / March / 31},
      {"Turkey has not seen such a disaster since 1999, when a magnitude 7.6 quake near Izmit killed 17,000 people.",
       "killed", 1999_y / January / 1, 1999_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.closed());
  CHECK(*event.time.start == first);
  CHECK(*event.time.end == last);
}
