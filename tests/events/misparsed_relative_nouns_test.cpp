// Nouns a misparsed relative clause is about. A participle right after its noun and followed by a
// date ("a claim submitted last Tuesday by a pensioner") that the parser reads as a past with the
// date as its object: the title is "Claim submitted", never "Submit". A relative clause with no
// relative word after a preposition ("according to figures Eurostat released") that the parser
// reads as a compound or an oblique: the name releases the figures.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

std::string titles_of(const graph::GraphData& g) {
  std::string titles;
  for (const auto& event : g.events) titles += "\n  " + event.title;
  return titles;
}

const graph::Event* titled_by_trigger(const graph::GraphData& g, const std::string& trigger) {
  for (const auto& event : g.events)
    if (has_mention(event, trigger)) return &event;
  return nullptr;
}

}  // namespace

TEST_CASE("participle before a date names its noun", "[titles][participle-date]") {
  const auto dct = sys_days{2024_y / May / 1};
  const auto check = [&](const std::string& text, const std::string& trigger, const std::string& title) {
    const auto g = graph_of_text(text, dct);
    INFO(text << titles_of(g));
    const auto* event = titled_by_trigger(g, trigger);
    REQUIRE(event != nullptr);
    CHECK(event->title.starts_with(title));
  };
  check("The ombudsman is reviewing a grievance filed last Monday by a tenant.", "filed", "Grievance filed");
  check("The regulator is examining an objection raised last Thursday by a neighbour.", "raised", "Objection raised");
}

TEST_CASE("a past whose subject is present keeps its object date reading", "[titles][participle-date]") {
  // must-not: a real subject makes the verb finite, whatever follows it
  const auto g = graph_of_text("The tenant filed a grievance last Monday.", sys_days{2024_y / May / 1});
  INFO(titles_of(g));
  const auto* event = titled_by_trigger(g, "filed");
  REQUIRE(event != nullptr);
  CHECK(event->title.starts_with("Tenant files grievance"));
}

TEST_CASE("a noun before a name that a relative clause has no word for is its object", "[titles][zero-relative]") {
  const auto dct = sys_days{2024_y / May / 1};
  const auto check = [&](const std::string& text, const std::string& trigger, const std::string& title) {
    const auto g = graph_of_text(text, dct);
    INFO(text << titles_of(g));
    const auto* event = titled_by_trigger(g, trigger);
    REQUIRE(event != nullptr);
    CHECK(event->title.starts_with(title));
  };
  check("Exports grew sharply, according to data Eurostat released on Monday.", "released", "Eurostat releases data");
  check("Rents rose by 4 per cent, according to figures Ofgem published in March.", "published", "Ofgem publishes figures");
  check("Sales fell, according to numbers Nielsen released last week.", "released", "Nielsen releases numbers");
  // must-not: a name with a real compound before it keeps its voice
  check("The airline Ryanair was fined on Monday.", "fined", "Ryanair fined");
}

TEST_CASE("a noun after a preposition opening a main clause is not its object", "[titles][zero-relative]") {
  const auto g = graph_of_text("In response Britain withdrew.", sys_days{2024_y / May / 1});
  INFO(titles_of(g));
  const auto* event = titled_by_trigger(g, "withdrew");
  REQUIRE(event != nullptr);
  CHECK(event->title.find("response") == std::string::npos);
}
