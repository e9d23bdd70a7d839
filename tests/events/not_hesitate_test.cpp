// "will not hesitate to X": a readiness to do X, not a denial of it (t56 #28).
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("what one will not hesitate to do is not denied", "[events][hesitate]") {
  const sys_days dct{2020_y / August / 14};
  for (const char* verb : {"close", "suspend", "cancel"}) {
    INFO(verb);
    const auto g = graph_of_text(std::string("The mayor will not hesitate to ") + verb + " the markets again.", dct);
    const auto& done = event_with(g, verb);
    CHECK(done.modality != graph::Modality::Negated);
    CHECK(done.modality != graph::Modality::Actual);
  }
  // (a "not" on any other governor still denies: "will not agree to close")
  const auto refused = graph_of_text("The mayor will not agree to close the markets again.", dct);
  CHECK(event_with(refused, "close").modality == graph::Modality::Negated);
}
