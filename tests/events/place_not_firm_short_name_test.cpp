// A town named in a list of places is no firm's first word, though a firm the text names later
// opens with it (core/events/entity_finder.cpp). Sentences written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("a town among places is no short name of the firm that opens with it", "[events][entities][places]") {
  const auto found = EventsFixture::get().extract(
      "Customers queued outside branches in Hull, Kestrel and Selby on Monday. The run follows the rescue of Kestrel "
      "& Dunmore in March.");
  CHECK(type_of(found, "Kestrel") == "LOCATION");
  CHECK_FALSE(holds(actors_of(found, "queued"), "kestrel-dunmore"));
}

TEST_CASE("a firm's first word that names no place still stands for the firm", "[events][entities][places]") {
  const auto found = EventsFixture::get().extract(
      "Orvella Airlines cancelled 40 flights on Monday. Shares of Orvella fell 5 percent on Tuesday.");
  const auto ids = entity_ids(found);
  CHECK_FALSE(holds(ids, "orvella"));
}
