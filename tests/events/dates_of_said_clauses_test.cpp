// Dates of said clauses (tester t61 #10), through the whole pipeline since the parse decides it: a day after
// a said clause with a verb of its own dates that clause, not the saying, so the story moves to
// it and a time of day told next is on it ("Farmers said a swarm stripped their fields last
// Friday. 'They came at ten in the morning'").
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::timex_value_in;

namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const sys_days kThursday{2020_y / February / 6};

}  // namespace

TEST_CASE("tx64 a day after a said clause with its own verb moves the story to it", "[tx64][events]") {
  for (const char* weekday : kWeekdays) {
    const std::string day = "last " + std::string(weekday);
    const std::string text = "A shipment of seed arrived in the port on Wednesday.\n\nFarmers said a swarm of locusts stripped their fields " +
                             day + ". \"They came at ten in the morning,\" said one farmer.\n";
    INFO(text);
    const std::string value = timex_value_in(text, day, kThursday);
    CHECK(timex_value_in(text, "ten in the morning", kThursday) == value + "T10:00");
  }
  // must not: a day right after the verb of saying is the report's, which moves no story on its day
  const std::string report = "A shipment of seed arrived in the port on Wednesday.\n\nFarmers said on Monday that locusts had "
                             "stripped their fields. \"They came at ten in the morning,\" said one farmer.\n";
  CHECK(timex_value_in(report, "ten in the morning", kThursday) != "2020-02-03T10:00");
}
