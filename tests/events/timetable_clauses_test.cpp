// A "before" clause under what is not yet done is hypothetical ("will not return before talks
// resume"), unless the calendar dates it: "racing to extend a truce before it expires at
// midnight on Thursday" keeps a timetable, so the expiry is planned.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using chronograph::test::EventsFixture;
using chronograph::test::event_with_trigger;

TEST_CASE("what comes before a date the calendar gives is planned, an open 'before' hypothetical", "[events][modality]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Mediators were racing on Wednesday to extend a fragile truce before it expires at midnight on Thursday.", "expires"},
      {"Lawyers will try to settle the case before the deadline expires on Friday.", "expires"},
      {"Lawyers will try to settle the case before the trial opens on Friday.", "opens"},
      {"The firm plans to sell its stake before the ban takes effect in March.", "takes"},
      {"Officials hope to repair the dam before the rains arrive at noon on Sunday.", "arrive"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto* event = event_with_trigger(found, trigger);
  REQUIRE(event);
  CHECK(event->modality == "planned");
}

TEST_CASE("an open 'before' or 'until' clause under what is not done stays hypothetical", "[events][modality]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The union will not return to work before the company apologises.", "apologises"},
      {"The rebels will not leave before the army withdraws.", "withdraws"},
      {"The strikers would stay out until the companies agreed.", "agreed"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto* event = event_with_trigger(found, trigger);
  REQUIRE(event);
  CHECK(event->modality == "hypothetical");
}
