// A participle on a noun that "without" opens did not happen (t56 #27).
#include <string>
#include <utility>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph;
using namespace chronograph::test;

namespace {

const sys_days kSunday{2003_y / March / 2};

}  // namespace

TEST_CASE("what happened without a thing being done leaves that thing undone", "[events][without]") {
  const std::pair<const char*, const char*> kDone[] = {{"shot", "fired"}, {"punch", "thrown"}, {"window", "broken"}, {"customer", "harmed"}};
  for (const auto& [noun, participle] : kDone) {
    INFO(participle);
    const auto g = graph_of_text(std::string("The robbers fled the bank without a ") + noun + " being " + participle + ".", kSunday);
    CHECK(event_with(g, participle).modality == graph::Modality::Negated);
    // (the fleeing itself happened)
    CHECK(event_with(g, "fled").modality == graph::Modality::Actual);
  }
  // (beside a negated or modal verb, a condition)
  const auto modal = graph_of_text("The robbers could not leave without a shot being fired.", kSunday);
  CHECK(event_with(modal, "fired").modality == graph::Modality::Hypothetical);
}
