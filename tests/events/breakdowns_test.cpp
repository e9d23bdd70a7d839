// core/events/breakdowns.h: a breakdown noun with a participle on it is still one breakdown;
// only an infinitive ("a failure to act") makes it a failing at an act.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph::test;
using namespace date;

TEST_CASE("a breakdown noun with a participle on it joins the verb of the breakdown", "[events][breakdowns]") {
  const auto g = graph_of_text("Investigators studied the failure of the Kessel pump caused by the storm. The pump failed on Tuesday.",
                               2025_y / mar / 14);
  CHECK(has_mention(event_with(g, "failure"), "failed"));
}

TEST_CASE("a failure to act is no breakdown of the thing acted on", "[events][breakdowns]") {
  const auto g = graph_of_text("The failure of the council to repair the footbridge angered residents. The footbridge collapsed "
                               "on Friday.",
                               2025_y / mar / 14);
  CHECK_FALSE(has_mention(event_with(g, "collapsed"), "failure"));
}
