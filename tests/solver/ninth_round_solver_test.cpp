// Issues 31 and 32 of the ninth round: a cause the dates put after its effect is a conflict, and
// a conflict names the links it set aside, so that no renderer draws them as links that hold.
#include "graph/solver/solve_graph.h"

#include <catch2/catch.hpp>

using namespace date;
using namespace chronograph::graph;

namespace {

Event dated(std::string id, sys_days start, sys_days end) {
  Event e;
  e.id = std::move(id);
  e.time.start = start;
  e.time.end = end;
  e.time.source = TimeSource::Explicit;
  e.confidence = 0.8;
  return e;
}

Edge link(std::string from, EdgeType type, std::string to, std::string cue) {
  return {std::move(from), std::move(to), type, {"news", 0, std::move(cue)}, EdgeSource::Extracted, 0.6};
}

}  // namespace

TEST_CASE("issue 31: a cause or precondition the dates put after its effect is a conflict that sets the link aside",
          "[solver][issue-31]") {
  const auto [type, cue] = GENERATE(table<EdgeType, std::string>({{EdgeType::Causes, "results in"},
                                                                  {EdgeType::Causes, "led to"},
                                                                  {EdgeType::Enables, "paving the way for"}}));
  GraphData graph;
  // a 2020 trial "causing" a study released on the weekend of 5-6 October 2019
  graph.events = {dated("trial", sys_days{2020_y / jan / 1}, sys_days{2020_y / apr / 30}),
                  dated("release", sys_days{2019_y / oct / 5}, sys_days{2019_y / oct / 6})};
  graph.edges = {link("trial", type, "release", cue)};
  solve_graph(graph);
  REQUIRE(graph.conflicts.size() == 1);
  CHECK(graph.conflicts[0].message.find("set aside: 'trial' " + std::string(to_string(type)) + " 'release'") !=
        std::string::npos);
  CHECK(graph.conflicts[0].set_aside == std::vector<std::string>{"trial -" + std::string(to_string(type)) + "-> release"});
  CHECK(set_aside_edges(graph) == std::set<std::string>{"trial -" + std::string(to_string(type)) + "-> release"});
  // the dates the text gives stay
  CHECK(graph.events[0].time.start == sys_days{2020_y / jan / 1});
  CHECK(graph.events[1].time.end == sys_days{2019_y / oct / 6});
}

TEST_CASE("a cause that starts before its effect, or goes on after the effect starts, is no conflict", "[solver][issue-31]") {
  const auto [cause_start, cause_end] = GENERATE(table<sys_days, sys_days>({
      {sys_days{2019_y / oct / 1}, sys_days{2019_y / oct / 2}},    // over before the effect
      {sys_days{2019_y / oct / 1}, sys_days{2019_y / dec / 31}},   // goes on after it starts
      {sys_days{2019_y / oct / 5}, sys_days{2019_y / oct / 5}}}));  // the same day
  GraphData graph;
  graph.events = {dated("storm", cause_start, cause_end),
                  dated("floods", sys_days{2019_y / oct / 5}, sys_days{2019_y / oct / 9})};
  graph.edges = {link("storm", EdgeType::Causes, "floods", "caused")};
  solve_graph(graph);
  CHECK(graph.conflicts.empty());
  CHECK(set_aside_edges(graph).empty());
}

TEST_CASE("an undated effect starts no earlier than its dated cause", "[solver][issue-31]") {
  GraphData graph;
  graph.events = {dated("storm", sys_days{2019_y / oct / 5}, sys_days{2019_y / oct / 6}), Event{}};
  graph.events[1].id = "floods";
  graph.edges = {link("storm", EdgeType::Causes, "floods", "caused")};
  solve_graph(graph);
  CHECK(graph.conflicts.empty());
  CHECK(graph.events[1].time.start == sys_days{2019_y / oct / 5});
  CHECK_FALSE(graph.events[1].time.end.has_value());
}

TEST_CASE("issue 32: a simultaneous link between events a year apart is set aside and named so", "[solver][issue-32]") {
  GraphData graph;
  graph.events = {dated("final-meeting", sys_days{2022_y / jan / 1}, sys_days{2022_y / dec / 31}),
                  dated("meeting-set", sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}),
                  dated("rates-held", sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7})};
  graph.edges = {link("final-meeting", EdgeType::Simultaneous, "meeting-set", "model:event-event"),
                 link("meeting-set", EdgeType::Simultaneous, "rates-held", "model:event-event")};
  solve_graph(graph);
  REQUIRE(graph.conflicts.size() == 1);
  CHECK(graph.conflicts[0].set_aside == std::vector<std::string>{"final-meeting -simultaneous-> meeting-set"});
  CHECK(set_aside_edges(graph) == std::set<std::string>{"final-meeting -simultaneous-> meeting-set"});
}

TEST_CASE("a conflict that sets a date aside names no link", "[solver][issue-32]") {
  GraphData graph;
  graph.events = {dated("vote", sys_days{2022_y / mar / 10}, sys_days{2022_y / mar / 10}),
                  dated("count", sys_days{2022_y / mar / 1}, sys_days{2022_y / mar / 1})};
  Edge order = link("vote", EdgeType::Before, "count", "before");
  order.source = EdgeSource::Override;  // the user's link is never set aside
  graph.edges = {order};
  solve_graph(graph);
  REQUIRE(graph.conflicts.size() == 1);
  CHECK(graph.conflicts[0].set_aside.empty());
  CHECK(set_aside_edges(graph).empty());
}
