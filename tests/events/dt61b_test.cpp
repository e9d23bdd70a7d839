// Session 61 (b), event dating: the tester's findings of session 59 (numbered as in its report)
// on lengths told after a conjoined verb's date, a date inside a one-sided bound, events that
// hold "until further notice", "shortly afterwards", and "until" a part of a day.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

// Finding 16: "were appointed shortly afterwards": on the day of the event told just before.

TEST_CASE("t59 16: an event told shortly afterwards falls on the day of the event before it", "[events][dt61b]") {
  const sys_days dct = 2025_y / September / 25;
  const auto text = GENERATE(as<std::string>{},
                             "The board met at 9 a.m. on Wednesday. Two new directors were appointed soon afterwards.",
                             "The board met at 9 a.m. on Wednesday. Two new directors were appointed shortly after.",
                             "The board met at 9 a.m. on Wednesday. Two new directors were appointed right afterwards.",
                             "The board met at 9 a.m. on Wednesday. Two new directors were appointed immediately thereafter.");
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, "appointed"), 2025_y / September / 24);
}

TEST_CASE("t59 16: an event told afterwards with no word of closeness is not put on that day", "[events][dt61b]") {
  const auto g = graph_of_text("The board met at 9 a.m. on Wednesday. Three new directors were elected afterwards.",
                               2025_y / September / 25);
  const auto& event = event_with(g, "elected");
  CHECK_FALSE((event.time.start && *event.time.start == 2025_y / September / 24));
}
