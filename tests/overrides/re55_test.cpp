// re55 (tester t55 #78): merging events combines their dates whichever is listed first: the
// tighter date wins over a bound from the article's date, two one-sided bounds meet, the date a
// user gave wins, and dates that exclude each other are reported.
#include <catch2/catch.hpp>

#include "graph/overrides/overrides.h"
#include "tests/overrides/test_graph.h"

using namespace date;
using chronograph::graph::EventTime;
using chronograph::graph::GraphData;
using chronograph::graph::TimeSource;
using chronograph::test::day_time;
using chronograph::test::make_event;
using chronograph::test::must;
using chronograph::test::yaml;

namespace {

EventTime bound(std::optional<sys_days> start, std::optional<sys_days> end, TimeSource source) {
  EventTime time;
  time.start = start;
  time.end = end;
  time.source = source;
  return time;
}

// A headline event and the body's sentence telling the same thing, dated as given.
GraphData two_tellings(const EventTime& headline, const EventTime& body) {
  GraphData g;
  auto first = make_event("council-approves-budget", "Council approves budget", "approves", 0,
                          "Council approves budget after long night");
  first.time = headline;
  auto second = make_event("council-votes-budget", "Council votes budget", "voted", 2,
                           "The council voted for the budget on Tuesday after a nine-hour debate.");
  second.time = body;
  g.events = {first, second};
  return g;
}

chronograph::graph::ApplyReport merge(GraphData& g, bool headline_first) {
  const std::string pair = headline_first ? "[council-approves-budget, council-votes-budget]"
                                          : "[council-votes-budget, council-approves-budget]";
  return chronograph::graph::apply_overrides(g, yaml("chronograph: 1\nmerge:\n  - " + pair + "\n"));
}

const EventTime& survivor(const GraphData& g, bool headline_first) {
  return must(g, headline_first ? "council-approves-budget" : "council-votes-budget").time;
}

}  // namespace

TEST_CASE("re55: a merge keeps the explicit day over a bound from the article's date, in either order",
          "[overrides][merge]") {
  const sys_days tuesday = GENERATE(sys_days{2024_y / mar / 12}, sys_days{2019_y / nov / 5});
  const bool headline_first = GENERATE(true, false);
  auto g = two_tellings(bound(std::nullopt, tuesday + days{3}, TimeSource::Dct), day_time(tuesday));
  const auto report = merge(g, headline_first);
  CHECK(survivor(g, headline_first) == day_time(tuesday));
  CHECK(report.warnings.empty());
}

TEST_CASE("re55: a merge of 'after' one day and 'by' another keeps both bounds", "[overrides][merge]") {
  const bool headline_first = GENERATE(true, false);
  const sys_days from = sys_days{2023_y / jun / 1}, to = sys_days{2023_y / jun / 20};
  auto g = two_tellings(bound(from, std::nullopt, TimeSource::Explicit), bound(std::nullopt, to, TimeSource::Dct));
  merge(g, headline_first);
  const auto& time = survivor(g, headline_first);
  CHECK(time.start == from);
  CHECK(time.end == to);
  CHECK(time.source == TimeSource::Inferred);
}

TEST_CASE("re55: a merge keeps the date the user gave over an extracted one", "[overrides][merge]") {
  const bool headline_first = GENERATE(true, false);
  const sys_days given = sys_days{2022_y / oct / 3}, extracted = sys_days{2022_y / oct / 4};
  auto g = two_tellings(day_time(given, TimeSource::Override), day_time(extracted));
  merge(g, headline_first);
  CHECK(survivor(g, headline_first) == day_time(given, TimeSource::Override));
}

TEST_CASE("re55: merged events whose dates exclude each other keep the first's and say so", "[overrides][merge]") {
  const bool headline_first = GENERATE(true, false);
  const sys_days monday = sys_days{2021_y / feb / 1}, friday = sys_days{2021_y / feb / 5};
  auto g = two_tellings(day_time(monday), day_time(friday));
  const auto report = merge(g, headline_first);
  CHECK(survivor(g, headline_first) == day_time(headline_first ? monday : friday));
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].find("exclude each other") != std::string::npos);
}

TEST_CASE("re55: a merge with an undated event keeps the dated one's date unchanged", "[overrides][merge]") {
  const bool headline_first = GENERATE(true, false);
  const auto day = day_time(sys_days{2020_y / aug / 17});
  auto g = two_tellings(EventTime{}, day);
  merge(g, headline_first);
  CHECK(survivor(g, headline_first) == day);
}
