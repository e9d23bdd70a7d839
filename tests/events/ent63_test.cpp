// Entities and actors misread on tester rounds 59 and 60: each fix tested on sentences written
// for it, with a case that must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("finding 50: a name opening with an adjective of kind that speaks is a body, no person",
          "[events][entities][ent63]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"National Transit said it had been forced to cancel 40 trains on Sunday.", "National Transit"},
      {"Federal Aviation said on Monday that the runway would reopen.", "Federal Aviation"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "ORGANIZATION");
}

TEST_CASE("finding 50: a name opening with an adjective of kind that does not speak is no person either",
          "[events][entities][ent63]") {
  const auto found = EventsFixture::get().extract("Crowds gathered outside Royal Albury on Sunday.");
  CHECK(type_of(found, "Royal Albury") != "PERSON");
}

TEST_CASE("finding 50: a person whose given name is also an adjective of kind stays a person",
          "[events][entities][ent63]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Roman Vasko said on Monday that he would resign.", "Roman Vasko"},
      {"Christian Halden said on Monday that he would resign.", "Christian Halden"},
      {"Marta Kolby said on Monday that she would resign.", "Marta Kolby"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "PERSON");
}

TEST_CASE("finding 63: a place that only says where an event happens is no actor of it", "[events][entities][ent63]") {
  const auto [text, trigger, place] = GENERATE(table<std::string, std::string, std::string>({
      {"Several Oslo schools closed on Tuesday after the storm.", "closed", "oslo"},
      {"Floods across Norway damaged 300 homes on Monday.", "damaged", "norway"},
      {"Hundreds of farmers gathered in Oslo on Saturday.", "gathered", "oslo"},
      {"Two bridges in Bergen and Oslo collapsed on Sunday.", "collapsed", "oslo"},
  }));
  CAPTURE(text);
  CHECK_FALSE(holds(actors_of(EventsFixture::get().extract(text), trigger), place));
}

TEST_CASE("finding 63: a place that is a clause's subject, or whose people act, stays its actor",
          "[events][entities][ent63]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Norway closed its border on Monday.", "closed"},
      {"Intelligence officials in Norway have found that smugglers are planning new routes.", "found"},
  }));
  CAPTURE(text);
  CHECK(holds(actors_of(EventsFixture::get().extract(text), trigger), "norway"));
}
