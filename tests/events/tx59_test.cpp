// Helper tx59 through the whole pipeline: an event dated from one side of a time expression
// ("before Christmas") says so with its TIMEX3 mod, so its value no longer claims the day itself
// (t58 #67).
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

namespace {
const sys_days kDct{2025_y / May / 14};
}  // namespace

TEST_CASE("tx59 pipeline: an event before, by or after a time takes that side as its mod", "[events][tx59]") {
  auto [word, mod] = GENERATE(table<const char*, const char*>({{"before", "BEFORE"}, {"by", "ON_OR_BEFORE"}, {"after", "AFTER"}}));
  for (const std::string when : {"Christmas", "June 3", "July"}) {
    const std::string text = "The council will approve the new budget " + std::string(word) + " " + when + ".";
    INFO(text);
    const auto& approval = event_with(graph_of_text(text, kDct), "approve");
    CHECK(approval.time.mod == mod);
    CHECK_FALSE(approval.time.value.empty());
  }
}

TEST_CASE("tx59 pipeline: before a day ends the event the day before, with the day as its value", "[events][tx59]") {
  const auto& approval = event_with(graph_of_text("The council will approve the new budget before Christmas.", kDct), "approve");
  CHECK(approval.time.value == "2025-12-25");
  CHECK(approval.time.mod == "BEFORE");
  REQUIRE(approval.time.end);
  CHECK(*approval.time.end == sys_days{2025_y / December / 24});
}

TEST_CASE("tx59 pipeline: an event on or in a time has no mod", "[events][tx59]") {
  for (const std::string text : {"The council will approve the new budget on June 3.", "The council will approve the new budget in July."}) {
    INFO(text);
    CHECK(event_with(graph_of_text(text, kDct), "approve").time.mod.empty());
  }
}
