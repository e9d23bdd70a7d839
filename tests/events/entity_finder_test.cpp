#include "core/events/entity_finder.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using chronograph::core::DocumentEvents;
using chronograph::core::EntityInfo;
using chronograph::test::EventsFixture;

namespace {

const EntityInfo* entity(const DocumentEvents& found, const std::string& id) {
  for (const auto& e : found.entities)
    if (e.id == id) return &e;
  return nullptr;
}

bool has_alias(const EntityInfo& e, const std::string& alias) {
  return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

}  // namespace

TEST_CASE("a full name, a titled surname and a bare surname are one person", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Marta Lindqvist opened the new bridge in Oslo on Monday. Ms Lindqvist thanked the engineers. "
      "Lindqvist then left for the airport.");
  const EntityInfo* marta = entity(found, "marta-lindqvist");
  REQUIRE(marta);
  CHECK(marta->name == "Marta Lindqvist");
  CHECK(marta->type == "PERSON");
  CHECK(has_alias(*marta, "Lindqvist"));
  CHECK(has_alias(*marta, "Ms Lindqvist"));
  CHECK_FALSE(entity(found, "lindqvist"));
}

TEST_CASE("a surname seen before the full name still joins it", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Ostrowski won the vote. Party members had backed Piotr Ostrowski for months.");
  REQUIRE(entity(found, "piotr-ostrowski"));
  CHECK_FALSE(entity(found, "ostrowski"));
}

TEST_CASE("known organisations, places and groups get their canonical name", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "The Kremlin rejected the proposal. British intelligence officials said the talks failed in Geneva.");
  const EntityInfo* kremlin = entity(found, "kremlin");
  REQUIRE(kremlin);
  CHECK(kremlin->type == "ORGANIZATION");
  const EntityInfo* group = entity(found, "british-intelligence-officials");
  REQUIRE(group);
  CHECK(group->type == "GROUP");
  REQUIRE(entity(found, "geneva"));
  CHECK(entity(found, "geneva")->type == "LOCATION");
}

TEST_CASE("entities merge across documents by full name and surname", "[events][entities]") {
  auto one = EventsFixture::get().extract("Carla Mendes signed the lease for the shop.");
  auto two = EventsFixture::get().extract("A week later, Mendes moved into the office.");
  REQUIRE(entity(two, "mendes"));
  const auto merged = chronograph::core::merge_entities_across({&one, &two});
  REQUIRE(merged.size() == 1);
  CHECK(merged[0].id == "carla-mendes");
  CHECK(has_alias(merged[0], "Mendes"));
  CHECK(entity(two, "carla-mendes"));
}

TEST_CASE("an all-caps text finds only gazetteer names and does not crash", "[events][entities][bad-input]") {
  const auto found = EventsFixture::get().extract("RUSSIA AND UKRAINE HELD TALKS IN GENEVA ON MONDAY.");
  CHECK(entity(found, "russia"));
  CHECK(entity(found, "ukraine"));
  CHECK_FALSE(entity(found, "held"));
}

TEST_CASE("a hyphen between capitalised words inside a name joins them", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Queen Beatrix-Maria met the engineers of Vantor-Kessel in Oslo. The Oslo-Bergen line reopened.");
  REQUIRE(entity(found, "beatrix-maria"));
  CHECK_FALSE(entity(found, "beatrix"));
  CHECK_FALSE(entity(found, "maria"));
  CHECK(entity(found, "vantor-kessel"));
}
