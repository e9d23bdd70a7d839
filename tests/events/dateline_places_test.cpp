// A dateline's place in capitals is a location, however the tagger read its words, and the
// place named again in the story is the same location.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using chronograph::test::entity_named;
using chronograph::test::EventsFixture;

TEST_CASE("a dateline's place in capitals is a location, and so is the place named again", "[events][entities]") {
  const auto [place, name] = GENERATE(table<std::string, std::string>({{"CARDIFF", "Cardiff"},
                                                                        {"SWANSEA", "Swansea"},
                                                                        {"NEW PLYMOUTH", "New Plymouth"},
                                                                        {"PORT HARCOURT", "Port Harcourt"},
                                                                        {"TAMPERE", "Tampere"}}));
  for (const std::string date : {"Wednesday 12 February 2025 -", "Feb 12 (Wire) -", "12 February 2025 -"}) {
    const std::string text = place + ", " + date + " Forecasters issued a warning for heavy rain. Rain will reach " + name +
                             " by 5 p.m. on Thursday.";
    CAPTURE(text);
    const auto found = EventsFixture::get().extract(text);
    const auto* entity = entity_named(found, name);
    REQUIRE(entity);
    CHECK(entity->type == "LOCATION");
    CHECK(std::count_if(found.entities.begin(), found.entities.end(), [&](const auto& e) { return e.name == name; }) == 1);
  }
  // a headline in capitals is no dateline
  const auto found = EventsFixture::get().extract("CARDIFF BEAT SWANSEA\n\nThe home side won 2-1 on Saturday.");
  for (const auto& e : found.entities) CHECK(e.type != "LOCATION");
}

TEST_CASE("the nations of the United Kingdom are places", "[events][entities]") {
  for (const std::string nation : {"England", "Scotland", "Wales", "Northern Ireland"}) {
    const auto found = EventsFixture::get().extract("Heavy rain is expected across " + nation + " and the north on Thursday.");
    const auto* entity = entity_named(found, nation);
    REQUIRE(entity);
    CHECK(entity->type == "LOCATION");
  }
}
