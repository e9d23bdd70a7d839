// Entity names: a pole or a town named like a person is a place, the field of a title of office
// is no name of its own, a members' fund is one organisation, and "Grandmaster" is a title.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using chronograph::test::EventsFixture;

namespace {

const chronograph::core::EntityInfo* entity_named(const chronograph::core::DocumentEvents& found, const std::string& name) {
  const auto it = std::find_if(found.entities.begin(), found.entities.end(), [&](const auto& e) { return e.name == name; });
  return it == found.entities.end() ? nullptr : &*it;
}

bool any_entity_named(const chronograph::core::DocumentEvents& found, const std::string& name) {
  return entity_named(found, name) != nullptr;
}

}  // namespace

TEST_CASE("the poles are places, no person of Poland", "[events][entities][ent60]") {
  for (const std::string pole : {"North Pole", "South Pole"}) {
    const std::string text = "Swiss climber Marta Keller reached the " + pole + " on Monday after a 40-day trek across the ice.";
    CAPTURE(text);
    const auto found = EventsFixture::get().extract(text);
    const auto* entity = entity_named(found, pole);
    REQUIRE(entity);
    CHECK(entity->type == "LOCATION");
  }
  // must not: a Pole is still a person of Poland
  const auto found = EventsFixture::get().extract("A young Pole won the sprint on Sunday.");
  const auto* pole = entity_named(found, "South Pole");
  CHECK_FALSE(pole);
}

TEST_CASE("a town the gazetteer knows, named like a person, is a place whole", "[events][entities][ent60]") {
  for (const std::string town : {"Prince Albert", "Prince George", "Alice Springs"}) {
    const std::string text = "Flood water reached the ring road on Thursday. " + town + ", a few miles north, closed its bridge on Friday.";
    CAPTURE(text);
    const auto found = EventsFixture::get().extract(text);
    const auto* entity = entity_named(found, town);
    REQUIRE(entity);
    CHECK(entity->type == "LOCATION");
    CHECK_FALSE(any_entity_named(found, town.substr(town.find(' ') + 1)));
  }
  // a province so named too
  const auto island = EventsFixture::get().extract("Heavy snow fell across Prince Edward Island on Tuesday.");
  const auto* province = entity_named(island, "Prince Edward Island");
  REQUIRE(province);
  CHECK(province->type == "LOCATION");
  CHECK_FALSE(any_entity_named(island, "Edward Island"));
  // must not: the title still comes off a person's name the gazetteer does not know
  const auto found = EventsFixture::get().extract("Prince Edmund opened the new bridge on Friday.");
  const auto* prince = entity_named(found, "Edmund");
  REQUIRE(prince);
  CHECK(prince->type == "PERSON");
}

TEST_CASE("the field of a title of office joined by and is one office, no names of its own", "[events][entities][ent60]") {
  const auto [text, office, field] = GENERATE(table<std::string, std::string, std::string>(
      {{"The Health and Social Care Secretary will open the new hospital on Tuesday.", "Health and Social Care Secretary", "Health"},
       {"The Trade and Industry Minister visited the shipyard on Monday.", "Trade and Industry Minister", "Trade"}}));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto* entity = entity_named(found, office);
  REQUIRE(entity);
  CHECK(entity->type != "ORGANIZATION");
  CHECK_FALSE(any_entity_named(found, field));
  // must not: two bodies listed with "and" stay two
  const auto listed = EventsFixture::get().extract("The Treasury and the Finance Minister agreed the budget on Monday.");
  CHECK(any_entity_named(listed, "Treasury"));
}

TEST_CASE("a members' fund named with a plural's apostrophe is one organisation", "[events][entities][ent60]") {
  for (const std::string fund : {"Western Nurses' Pension Fund", "Coastal Miners' Benevolent Trust"}) {
    const std::string text = "The " + fund + " froze withdrawals on Monday.";
    CAPTURE(text);
    const auto found = EventsFixture::get().extract(text);
    const auto* entity = entity_named(found, fund);
    REQUIRE(entity);
    CHECK(entity->type == "ORGANIZATION");
    // no halves: "Western Nurses", "Pension Fund"
    const std::size_t apostrophe = fund.find('\'');
    CHECK_FALSE(any_entity_named(found, fund.substr(0, apostrophe)));
    CHECK_FALSE(any_entity_named(found, fund.substr(apostrophe + 2)));
  }
  // must not: an owner's apostrophe before no organisation's word stays an owner
  const auto found = EventsFixture::get().extract("The Rovers' Summer Tour ended on Monday.");
  CHECK_FALSE(any_entity_named(found, "Rovers' Summer Tour"));
}

TEST_CASE("Grandmaster is a title, and the family name alone is the same player", "[events][entities][ent60]") {
  const auto found = EventsFixture::get().extract(
      "Grandmaster Zhang Wei won the tournament on Saturday. Zhang beat the defending champion in the final round.");
  const auto* player = entity_named(found, "Zhang Wei");
  REQUIRE(player);
  CHECK(player->type == "PERSON");
  CHECK(std::count(player->aliases.begin(), player->aliases.end(), "Zhang") == 1);
  CHECK_FALSE(any_entity_named(found, "Grandmaster Zhang Wei"));
  CHECK_FALSE(any_entity_named(found, "Zhang"));
}

TEST_CASE("a plural owner opening a sentence before a common noun is no name", "[events][entities][ent60]") {
  const auto found = EventsFixture::get().extract(
      "Nurses' pay talks collapsed on Monday.\n\nThe Western Nurses' Pension Fund froze withdrawals on Monday, and "
      "retired nurses lost access to their savings.");
  CHECK(any_entity_named(found, "Western Nurses' Pension Fund"));
  CHECK_FALSE(any_entity_named(found, "Nurses"));
  // must not: a name written nowhere in lower case stays a name
  const auto club = EventsFixture::get().extract("The striker joined Rangers last year. Rangers' manager resigned on Monday.");
  CHECK(any_entity_named(club, "Rangers"));
}
