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
