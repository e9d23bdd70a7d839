// The narrative of a dated deed is the actor's who does it: "Harlow College's principal" is
// someone of Harlow College's, not Harlow College, so her deed in the next sentence does not
// take the college's date (t61 #28); nor does a deed of those the dated deed was done to ("warned
// councillors ... Councillors urged", #27). The actor's own next deed does.
#include <string>

#include <catch2/catch.hpp>
#include <date/date.h>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("t61 28: a deed of someone the possessor owns does not continue the possessor's narrative", "[links][narrative_actors]") {
  const auto g = graph_of_text(
      "Harlow College pulled out of the merger on May 14, citing its debts. Harlow College's principal, Dr Jane Moss, "
      "rejected claims that her college had ever signed a contract.",
      2025_y / June / 2);
  const auto& rejected = event_with(g, "rejected");
  CHECK_FALSE((rejected.time.start && *rejected.time.start == 2025_y / May / 14));
}

TEST_CASE("t61 28: the possessor's own next deed still continues its narrative", "[links][narrative_actors]") {
  const auto g = graph_of_text(
      "Harlow College pulled out of the merger on May 14, citing its debts. Harlow College sold its playing fields to "
      "a developer.",
      2025_y / June / 2);
  const auto& sold = event_with(g, "sold");
  REQUIRE(sold.time.start);
  CHECK(*sold.time.start == 2025_y / May / 14);
}

TEST_CASE("t61 27: those a dated deed was done to do not continue its narrative", "[links][narrative_actors]") {
  const auto g = graph_of_text(
      "The committee chairman, Sir Alan Pike, warned councillors earlier this week that the budget would not be "
      "increased. Independent councillors urged Mr Pike to step down.",
      2012_y / November / 21);
  const auto& urged = event_with(g, "urged");
  CHECK_FALSE(urged.time.start.has_value());
}

TEST_CASE("t61 27: the subject of a dated deed continues its narrative", "[links][narrative_actors]") {
  const auto g = graph_of_text("Sir Alan Pike met councillors on Monday. Sir Alan Pike then visited the depot.",
                               2012_y / November / 21);
  const auto& visited = event_with(g, "visited");
  REQUIRE(visited.time.start);
  CHECK(*visited.time.start == 2012_y / November / 19);
}
