// "The White House said ... The House passed the bill": a one-word name is no short name of a
// name whose last word never stands for it alone (data/events/whole_names.txt), and what an
// article keeps apart the graph does not join.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("'the House' beside 'the White House' is the House", "[events][entities][whole-names]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The White House said on Monday that it backed the bill. The House passed the bill on Tuesday.", "passed"},
      {"The House voted on Tuesday. The White House welcomed the vote on Wednesday. The House will adjourn next week.",
       "adjourn"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jun / 12);
  const auto& event = event_with(g, verb);
  CHECK(has_actor(event, "house"));
  CHECK_FALSE(has_actor(event, "white-house"));
}

TEST_CASE("a one-word name still stands for a name whose last word it is, when it may", "[events][entities][whole-names]") {
  const auto g = graph_of_text("The European Commission fined the firm on Monday. The Commission said it would appeal.",
                               2025_y / jun / 12);
  CHECK(has_actor(event_with(g, "appeal"), "european-commission"));
}
