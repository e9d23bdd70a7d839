// "ordered evacuations for three parishes starting at 6 a.m. Tuesday": a participle of starting
// or beginning that the parser hung on a noun naming no event (or on the verb) is the phase of
// the event noun before it, which it dates, not an event of its own ("Parishes starting").
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("a participle of starting after a plain noun dates the event noun before it", "[events][participle-phase]") {
  const auto [text, noun, participle, day] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"Governor Talley ordered mandatory evacuations for three coastal parishes starting at 6 a.m. Tuesday.",
       "evacuations", "starting", 2025_y / sep / 9},
      {"The agency ordered inspections of 300 aircraft beginning on Monday.", "inspections", "beginning",
       2025_y / sep / 8},
      {"The council approved road closures in four districts starting on Sept. 10.", "closures", "starting",
       2025_y / sep / 10},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / sep / 9);
  const auto& event = event_with(g, noun);
  CHECK(has_mention(event, participle));
  CHECK(events_with_mention(g, participle) == 1);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
}

TEST_CASE("a participle of starting after a plain object still dates its verb", "[events][participle-phase]") {
  const auto g = graph_of_text("Researchers enrolled 1,795 patients starting in 2019.", 2025_y / sep / 9);
  CHECK(has_mention(event_with(g, "enrolled"), "starting"));
}
