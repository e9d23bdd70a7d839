// A participle a linking verb predicates of its subject ("she felt vindicated", "the players
// looked exhausted") says what was done to the subject: its title is passive ("Coach vindicated"),
// never the subject doing the verb ("Coach vindicates").
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

TEST_CASE("a participle after a linking verb is passive", "[titles][linking-participle]") {
  const auto dct = sys_days{2024_y / May / 1};
  const auto g = graph_of_text("After the verdict, the coach felt vindicated.", dct);
  const auto& vindicated = event_with(g, "vindicated");
  INFO(vindicated.title);
  CHECK(vindicated.title.find("vindicates") == std::string::npos);
  CHECK(vindicated.title.find("vindicated") != std::string::npos);
}

TEST_CASE("an active past after a linking verb's subject stays active", "[titles][linking-participle]") {
  // must-not: a past with no linking verb over it is the coach's own act, still active
  const auto g = graph_of_text("After the verdict, the coach thanked the jury.", sys_days{2024_y / May / 1});
  CHECK(event_with(g, "thanked").title.starts_with("Coach thanks jury"));
}
