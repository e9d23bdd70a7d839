// A date after the comma that closes a relative clause is the main clause's (t61 #24), also when
// the clause's verb is no event and the parser hung the date inside it ("aim to reach the wreck,
// which lies in 60 metres of water, on Sunday"); a date inside the clause stays the clause's.
#include <string>

#include <catch2/catch.hpp>
#include <date/date.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("t61 24: a date past a relative clause that is no event dates the main verb", "[links][past_relative_clauses]") {
  const auto g = graph_of_text("Rescuers aim to reach the wreck, which lies in 60 metres of water, on Sunday if the wind drops.",
                               2025_y / May / 6);
  const auto& reach = event_with(g, "reach");
  REQUIRE(reach.time.start);
  CHECK(*reach.time.start == 2025_y / May / 11);
}

TEST_CASE("t61 24: a date inside the relative clause stays the clause's", "[links][past_relative_clauses]") {
  const auto g = graph_of_text("Rescuers found the wreck, which sank in deep water in 1912.", 2025_y / May / 6);
  const auto& found = event_with(g, "found");
  CHECK_FALSE((found.time.start && *found.time.start == 1912_y / January / 1));
  const auto& sank = event_with(g, "sank");
  REQUIRE(sank.time.start);
  CHECK(*sank.time.start == 1912_y / January / 1);
}
