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
  const auto found = EventsFixture::get().extract("Crowds gathered outside the offices of Royal Mail on Sunday.");
  CHECK(type_of(found, "Royal Mail") != "PERSON");
}

TEST_CASE("finding 50: a person whose given name is also an adjective of kind stays a person",
          "[events][entities][ent63]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Christian Halden said on Monday that he would resign.", "Christian Halden"},
      {"Marta Kolby said on Monday that she would resign.", "Marta Kolby"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "PERSON");
}

TEST_CASE("finding 77: a name ending in a glacier's, an inlet's or a fjord's word is a place", "[events][entities][ent63]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Marlow Glacier retreated by 40 metres last year.", "Marlow Glacier"},
      {"Kessa Inlet froze early this winter.", "Kessa Inlet"},
      {"Harald Fjord was closed to ships on Monday.", "Harald Fjord"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "LOCATION");
}

TEST_CASE("finding 77: a person named after a first name without such a word stays a person", "[events][entities][ent63]") {
  CHECK(type_of(EventsFixture::get().extract("Harald Kessa crossed the ice sheet in 2019."), "Harald Kessa") == "PERSON");
}

TEST_CASE("finding 77: Greenland is a place", "[events][entities][ent63]") {
  const auto found = EventsFixture::get().extract("Three skiers crossed the Greenland ice sheet in the spring of 2019.");
  CHECK(type_of(found, "Greenland") == "LOCATION");
}

TEST_CASE("t59 finding 64: a firm's name less its kind word is the firm when it ends in a common word",
          "[events][entities][ent63]") {
  const auto found = EventsFixture::get().extract(
      "Silver Harbour Energy said its pipeline leaked on Monday. Silver Harbour said it had repaired the pipe.");
  CHECK(type_of(found, "Silver Harbour") == "none");
  CHECK(holds(actors_of(found, "repaired"), "silver-harbour-energy"));
}
