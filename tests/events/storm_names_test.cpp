// A storm named like a person ("Hurricane Delphine ... Delphine formed") stays a storm, and an
// organisation with a storm's word inside its name ("the National Hurricane Center") stays an
// organisation.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("a storm called later by its given name alone is no person", "[events][entities][storms]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Hurricane Delphine strengthened on Tuesday. Delphine formed last Thursday.", "Hurricane Delphine"},
      {"Typhoon Maria hit the coast on Monday. Maria then weakened over land.", "Typhoon Maria"},
      {"Storm Ciaran brought high winds on Thursday. Ciaran is expected to move east.", "Storm Ciaran"},
      {"Tropical Storm Alberto formed on Sunday. Forecasters said Alberto would bring rain.", "Tropical Storm Alberto"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "MISC");
}

TEST_CASE("a storm's word inside an organisation's name does not make it a storm", "[events][entities][storms]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"The National Hurricane Center said the storm would strengthen.", "National Hurricane Center"},
      {"The Joint Typhoon Warning Center issued a warning on Monday.", "Joint Typhoon Warning Center"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "ORGANIZATION");
}

TEST_CASE("a person called later by the surname stays a person", "[events][entities][storms]") {
  const std::string text = "Maria Lopez said on Monday she would resign. Lopez was appointed in 2019.";
  CHECK(type_of(EventsFixture::get().extract(text), "Maria Lopez") == "PERSON");
}
