// A department named by a list of its fields, commas and all ("Department for Culture, Media and
// Sport"), is one organisation (core/events/entity_finder.cpp). Sentences written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("a department's list of fields with commas is one name", "[events][entities][departments]") {
  const auto found = EventsFixture::get().extract(
      "A spokeswoman for the Department for Culture, Media and Sport declined to comment on Monday.");
  CHECK(type_of(found, "Department for Culture, Media and Sport") == "ORGANIZATION");
  CHECK(type_of(found, "Sport") == "none");
}

TEST_CASE("a body listed with firms after a comma stays apart from them", "[events][entities][departments]") {
  const auto found = EventsFixture::get().extract("The Ministry of Defence, Barclays and Tesco signed the pledge.");
  CHECK(type_of(found, "Ministry of Defence") == "ORGANIZATION");
  CHECK(type_of(found, "Tesco") != "none");
}
