// "a case that began with an FBI raid on City Hall in 2021": a date right after a plain noun
// that modifies an event noun dates that event noun, as it would standing right after it.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("a date after the place of an event noun dates the event noun", "[events][plain-noun-date]") {
  const auto [text, noun, first_day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The case began with an FBI raid on City Hall in 2021.", "raid", 2021_y / jan / 1},
      {"Police said the bombing of the station in July 2005 had changed the city.", "bombing", 2005_y / jul / 1},
      {"Reporters asked about the attack on the embassy in September 2012.", "attack", 2012_y / sep / 1},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / mar / 14);
  const auto& event = event_with(g, noun);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == first_day);
}

TEST_CASE("a date right after an event noun still dates that noun, not one it modifies", "[events][plain-noun-date]") {
  const auto g = graph_of_text("A report on the crash in March 2023 blamed the pilots.", 2024_y / mar / 14);
  const auto& crash = event_with(g, "crash");
  REQUIRE(crash.time.start);
  CHECK(*crash.time.start == 2023_y / mar / 1);
}
