// Session 60, event dating: the tester's findings of session 59 (numbered as in its report) on a
// date right before a distance counted back from a clause ("as early as 2011, nearly nine years
// before the dam failed") and on a time of day told without its day.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

namespace {

// The interval of the time expression `text` in the graph's timexes (none when it has none).
std::optional<chronograph::Interval> interval_of_timex(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& timex : g.timexes)
    if (timex.text == text) return timex.interval;
  FAIL("no time expression '" << text << "'");
  return std::nullopt;
}

}  // namespace

// Items 1 and 20: "had warned the authority ... as early as 2011, nearly nine years before the
// structure failed": the distance counts from 2011, the date told last in the sentence, not from
// the report's day before it, and what a past clause tells has gone by at the DCT.

TEST_CASE("t59 20: a distance before a clause counts from the year told right before it", "[events][dt60]") {
  const auto g = graph_of_text(
      "Auditors confirmed on Monday that inspectors had flagged cracks in the tunnel's roof as early as 2009, "
      "about seven years before the tunnel flooded.",
      2022_y / June / 13);
  const auto distance = interval_of_timex(g, "about seven years");
  REQUIRE(distance);
  CHECK(distance->start == sys_days{2009_y / January / 1});
  CHECK(distance->end == sys_days{2016_y / December / 31});
  const auto& flood = event_with(g, "flooded");
  REQUIRE(flood.time.end);
  CHECK(*flood.time.end <= sys_days{2016_y / December / 31});
}

TEST_CASE("t59 1: the year before such a distance dates the clause it is counted from", "[events][dt60]") {
  const auto g = graph_of_text(
      "Auditors confirmed on Monday that inspectors had flagged cracks in the tunnel's roof as early as 2009, "
      "about seven years before the tunnel flooded.",
      2022_y / June / 13);
  check_span(event_with(g, "flagged"), 2009_y / January / 1, 2009_y / December / 31);
}

TEST_CASE("t59 20: a past clause counted from the article's day is no later than that day", "[events][dt60]") {
  const sys_days dct = 2022_y / June / 13;
  const auto g = graph_of_text("On Monday the council closed the bridge, two years after the engineers retired.", dct);
  const auto distance = interval_of_timex(g, "two years");
  REQUIRE(distance);
  CHECK(distance->end <= dct);
}

TEST_CASE("t59 20: a distance ahead of a clause still counts from the day told before it", "[events][dt60]") {
  const auto g = graph_of_text("The crew left the harbour on May 2, 1990, three days before the storm arrived.",
                               2022_y / June / 13);
  const auto distance = interval_of_timex(g, "three days");
  REQUIRE(distance);
  CHECK(distance->start == sys_days{1990_y / May / 2});
  CHECK(distance->end == sys_days{1990_y / May / 5});
}
