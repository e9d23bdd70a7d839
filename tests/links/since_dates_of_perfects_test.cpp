// What lasts since a date is told in a perfect (t61 #26): "reported at the weekend that she had
// charged rent on the garage since March 2010", with the date hung on "reported", starts the
// charging in March 2010; a verb in a perfect of its own keeps its "since" date.
#include <string>

#include <catch2/catch.hpp>
#include <date/date.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("t61 26: a since date after a verb in a perfect starts that verb", "[links][since_perfects]") {
  const auto g = graph_of_text(
      "The Weekly Courier reported at the weekend that Ms Lane had charged rent of £900 a month on the garage since "
      "March 2010.",
      2012_y / November / 21);
  const auto& charged = event_with(g, "charged");
  REQUIRE(charged.time.start);
  CHECK(*charged.time.start == 2010_y / March / 1);
}

TEST_CASE("t61 26: a verb in a perfect of its own keeps its since date", "[links][since_perfects]") {
  const auto g = graph_of_text("The council has inspected the garage every month since March 2010.", 2012_y / November / 21);
  const auto& inspected = event_with(g, "inspected");
  REQUIRE(inspected.time.start);
  CHECK(*inspected.time.start == 2010_y / March / 1);
}
