// A change from a dated amount to another dated amount spans from the first date to the second,
// also when the second amount opens with a comparison ("fell from 4,100 players in the spring of
// 2015 to fewer than 1,800 last April", t61 #31).
#include <string>

#include <catch2/catch.hpp>
#include <date/date.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("t61 31: a change to a compared amount spans both dates", "[links][dated_amount_spans]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Its membership fell from 4,100 players in the spring of 2015 to fewer than 1,800 last April.", "fell"},
      {"Ticket sales rose from 900 in the spring of 2015 to more than 3,000 last April.", "rose"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / July / 1);
  const auto& change = event_with(g, verb);
  REQUIRE(change.time.start);
  REQUIRE(change.time.end);
  CHECK(*change.time.start == 2015_y / March / 1);
  CHECK(*change.time.end == 2024_y / April / 30);
}

TEST_CASE("t61 31: a change to an amount with one date stays within it", "[links][dated_amount_spans]") {
  const auto g = graph_of_text("Its membership fell to 1,800 last April.", 2024_y / July / 1);
  const auto& fell = event_with(g, "fell");
  REQUIRE(fell.time.start);
  CHECK(*fell.time.start == 2024_y / April / 1);
}
