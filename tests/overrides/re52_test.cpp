// re52 #55: `overrides init` and `extract --format yaml` keep an event's clock time.
#include <string>

#include <catch2/catch.hpp>

#include "graph/overrides/event_listing.h"
#include "graph/overrides/overrides.h"
#include "graph/overrides/starter_file.h"

using namespace date;
using chronograph::Precision;
using chronograph::graph::Event;
using chronograph::graph::EventTime;
using chronograph::graph::GraphData;
using Catch::Matchers::Contains;

namespace {
GraphData one_event(const std::string& value, Precision precision) {
  GraphData graph;
  Event event;
  event.id = "fan-presale-starts";
  event.title = "Fan presale starts";
  event.time.start = event.time.end = sys_days{2026_y / dec / 9};
  event.time.value = value;
  event.time.precision = precision;
  event.time.source = chronograph::graph::TimeSource::Explicit;
  graph.events.push_back(event);
  return graph;
}
}  // namespace

TEST_CASE("re52 #55: the starter file's comment keeps an event's clock time", "[overrides]") {
  const auto [value, shown] = GENERATE(table<std::string, std::string>({
      {"2026-12-09T10:00", "2026-12-09T10:00"}, {"2026-12-09T23:45", "2026-12-09T23:45"}}));
  const std::string file = chronograph::graph::starter_overrides(one_event(value, Precision::Instant), "test");
  CHECK_THAT(file, Contains("# Fan presale starts \u00b7 " + shown + " (explicit)"));
}

TEST_CASE("re52 #55: the yaml listing writes a clock time as a date the overrides read back", "[overrides]") {
  const std::string listing = chronograph::graph::event_listing_yaml(one_event("2026-12-09T10:00", Precision::Instant));
  CHECK_THAT(listing, Contains("date: 2026-12-09T10:00"));
  const auto read = chronograph::graph::parse_override_date("2026-12-09T10:00");
  REQUIRE(read);
  CHECK(read->start == sys_days{2026_y / dec / 9});
  CHECK(read->value == "2026-12-09T10:00");
}

TEST_CASE("re52 #55: a whole day is still written as the day", "[overrides]") {
  const auto graph = one_event("2026-12-09", Precision::Day);
  CHECK_THAT(chronograph::graph::starter_overrides(graph, "test"), Contains("# Fan presale starts \u00b7 2026-12-09 (explicit)"));
  CHECK_THAT(chronograph::graph::event_listing_yaml(graph), Contains("date: 2026-12-09\n"));
}
