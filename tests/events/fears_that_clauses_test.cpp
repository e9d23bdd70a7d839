// "because of fears that the harbour wall would collapse": "that" after a noun of mind opens what
// is feared, which the parser may read as a relative clause with "that" its object; the clause's
// title is the collapse alone, not "Harbour wall would collapse fears". A real relative clause on
// such a noun keeps the noun as its object.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

const auto kDct = sys_days{2024_y / May / 1};

}  // namespace

TEST_CASE("a clause of fear or belief is not about its noun", "[titles][fears-that]") {
  const auto check = [](const std::string& text, const std::string& trigger, const std::string& title) {
    const auto g = graph_of_text(text, kDct);
    const auto& event = event_with(g, trigger);
    INFO(text);
    CHECK(event.title == title);
  };
  check("Ferries were cancelled because of fears that the harbour wall would collapse.", "collapse", "Harbour wall would collapse");
  check("The match went ahead despite the belief that the roof could leak.", "leak", "Roof could leak");
}

TEST_CASE("a relative clause on a noun of fear keeps the noun", "[titles][fears-that]") {
  // must-not: no modal, so "that" is the relative word and the fears are what was raised
  const auto g = graph_of_text("Passengers voiced the fears that residents raised.", kDct);
  CHECK(event_with(g, "raised").title.starts_with("Residents raise fears"));
}
