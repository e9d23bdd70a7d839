// Issue 27: a participle of leading after a noun ("lenders led by Crestmoor Capital") says who
// heads the group, no event; the one named in its "by" phrase acts with the group.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("issue 27: a participle of leading with its agent after a noun is no event, and its agent acts", "[events]") {
  const auto [text, participle, verb, actor] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Lenders led by Crestmoor Capital have agreed to provide $150 million in financing.", "led", "agreed",
       "crestmoor-capital"},
      {"A coalition headed by Maria Lopez won the election on Sunday.", "headed", "won", "maria-lopez"},
      {"Rebels led by Omar Haddad seized the town on Friday.", "led", "seized", "omar-haddad"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / jan / 15);
  CHECK(events_with_mention(g, participle) == 0);
  CHECK(has_actor(event_with(g, verb), actor));
}

TEST_CASE("a participle of another verb with its agent after a noun stays an event", "[events]") {
  const auto g = graph_of_text("Protesters arrested by police were released on Monday.", 2024_y / jan / 15);
  CHECK(events_with_mention(g, "arrested") == 1);
  CHECK(events_with_mention(g, "released") == 1);
}
