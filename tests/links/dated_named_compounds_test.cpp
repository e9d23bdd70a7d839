// A date inside a compound of names, "the 1987 Thames Valley storm" (t61 #21), tells which
// thing the compound's head noun is, as in "the 1987 storm": it does not date the verb whose
// object the phrase is ("recalled the ... storm" happens now). A date a preposition of time
// opens still dates the verb.
#include <string>

#include <catch2/catch.hpp>
#include <date/date.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("t61 21: a date on a name in a compound does not date the verb over the compound", "[links][named_compounds]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Mayor Ellen Cray recalled the 1987 Thames Valley storm.", "recalled"},
      {"Mayor Ellen Cray opened the 1987 Thames Valley museum.", "opened"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2001_y / October / 19);
  const auto& event = event_with(g, verb);
  CHECK_FALSE((event.time.start && *event.time.start == 1987_y / January / 1));
}

TEST_CASE("t61 21: a date a preposition opens after the compound still dates the verb", "[links][named_compounds]") {
  const auto g = graph_of_text("Mayor Ellen Cray visited the Thames Valley museum in 1987.", 2001_y / October / 19);
  const auto& visited = event_with(g, "visited");
  REQUIRE(visited.time.start);
  CHECK(*visited.time.start == 1987_y / January / 1);
}
