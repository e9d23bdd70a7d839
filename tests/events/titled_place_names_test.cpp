// A title inside a place's name: "in King's Lynn", "Prince of Wales Road" name a town and a
// street, no person (core/events/entity_finder.cpp). Sentences written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("a title's possessive after a preposition of place opens a place's name", "[events][entities][places]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"She drove to King's Lynn on Friday.", "King's Lynn"},
      {"The march ended in Queen's Meadow at noon.", "Queen's Meadow"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == "LOCATION");
}

TEST_CASE("a title's possessive opening a sentence names no place", "[events][entities][places]") {
  const auto found = EventsFixture::get().extract("The King's speech was delayed by an hour on Tuesday.");
  CHECK(type_of(found, "King's speech") == "none");
}

TEST_CASE("a title's of inside a street's name is a word of the street's name", "[events][entities][places]") {
  const auto found = EventsFixture::get().extract("Crowds gathered outside the cinema on Prince of Wales Road.");
  CHECK(type_of(found, "Prince of Wales Road") == "LOCATION");
  CHECK(type_of(found, "Wales Road") == "none");
}

TEST_CASE("a title's of with one word after it is still the person the title names", "[events][entities][places]") {
  const auto found = EventsFixture::get().extract("The Prince of Wales opened the hospital on Monday.");
  CHECK(type_of(found, "Prince of Wales") == "PERSON");
}

TEST_CASE("a ship's name less its prefix is that ship", "[events][entities][places]") {
  const auto found = EventsFixture::get().extract(
      "The cargo ship MV Harrow Dawn ran aground off Skye on Friday. The Harrow Dawn, built in 1988, was carrying "
      "timber.");
  const auto ids = entity_ids(found);
  CHECK(holds(ids, "mv-harrow-dawn"));
  CHECK_FALSE(holds(ids, "harrow-dawn"));
}
