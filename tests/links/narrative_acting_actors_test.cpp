// The narrative of a dated deed is its actor's (t61 #28): "Harlow College's principal" is
// someone of Harlow College's, not Harlow College, so her deed in the next sentence does not
// take the college's date; the college's own next deed does.
#include <string>

#include <catch2/catch.hpp>
#include <date/date.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("t61 28: a deed of someone the possessor owns does not continue the possessor's narrative", "[links][narrative_possessor]") {
  const auto g = graph_of_text(
      "Harlow College pulled out of the merger on May 14, citing its debts. Harlow College's principal, Dr Jane Moss, "
      "rejected claims that her college had ever signed a contract.",
      2025_y / June / 2);
  const auto& rejected = event_with(g, "rejected");
  CHECK_FALSE((rejected.time.start && *rejected.time.start == 2025_y / May / 14));
}

TEST_CASE("t61 28: the possessor's own next deed still continues its narrative", "[links][narrative_possessor]") {
  const auto g = graph_of_text(
      "Harlow College pulled out of the merger on May 14, citing its debts. Harlow College sold its playing fields to "
      "a developer.",
      2025_y / June / 2);
  const auto& sold = event_with(g, "sold");
  REQUIRE(sold.time.start);
  CHECK(*sold.time.start == 2025_y / May / 14);
}
