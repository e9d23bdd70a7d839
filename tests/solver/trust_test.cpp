// When the text's constraints cannot all hold, which one the solver gives up: a link before a
// date, a date before what the tense says of the article's date, whatever their confidences.
#include <algorithm>

#include <catch2/catch.hpp>

#include "graph/solver/solve_graph.h"
#include "graph/solver/temporal_network.h"

using namespace date;
using namespace chronograph::graph;

namespace {

Event dated(std::string id, sys_days start, std::optional<sys_days> end, TimeSource source, double confidence) {
  Event e;
  e.id = std::move(id);
  e.time.start = start;
  e.time.end = end;
  e.time.source = source;
  e.confidence = confidence;
  return e;
}

Event dct_bounded(std::string id, sys_days dct, double confidence) {  // a past verb: over by the article's date
  Event e;
  e.id = std::move(id);
  e.time.end = dct;
  e.time.source = TimeSource::Dct;
  e.confidence = confidence;
  return e;
}

Edge before(std::string from, std::string to, double confidence) {
  return {std::move(from), std::move(to), EdgeType::Before, {"news", 1, "after"}, EdgeSource::Extracted, confidence};
}

}  // namespace

TEST_CASE("the network gives up a link before a date and a date before a tense bound, even a more confident one", "[solver]") {
  TemporalNetwork network;
  const int fell = network.add_event("fell"), taken = network.add_event("taken");
  const sys_days dct{2025_y / apr / 30};
  network.bound_end_before(fell, dct, "fell: past, before the article", Strength::Soft, {Basis::Tense, 0.4});
  network.bound_start_after(fell, sys_days{2025_y / may / 26}, "fell on May 26 (misresolved year)", Strength::Soft,
                            {Basis::Date, 0.9});
  network.bound_start_after(taken, sys_days{2025_y / apr / 1}, "taken in April", Strength::Soft, {Basis::Date, 0.5});
  network.bound_end_before(taken, sys_days{2025_y / apr / 30}, "taken in April", Strength::Soft, {Basis::Date, 0.5});
  network.require_before(taken, fell, "taken before fell", Strength::Soft, {Basis::Link, 1.0});
  network.require_before(fell, taken, "fell before taken", Strength::Soft, {Basis::Link, 1.0});
  const auto solution = network.solve();
  REQUIRE(solution.conflicts.size() == 2);
  std::vector<std::string> dropped{solution.conflicts[0].dropped, solution.conflicts[1].dropped};
  std::sort(dropped.begin(), dropped.end());
  // the date against the tense bound; then one of the two links against the other
  CHECK(dropped == std::vector<std::string>{"fell before taken", "fell on May 26 (misresolved year)"});
  CHECK(solution.events[static_cast<std::size_t>(fell)].latest_end.day == dct);
}

TEST_CASE("within one basis the least confident constraint is given up", "[solver]") {
  TemporalNetwork network;
  const int a = network.add_event("a"), b = network.add_event("b");
  network.require_before(a, b, "a before b", Strength::Soft, {Basis::Link, 0.9});
  network.require_before(b, a, "b before a", Strength::Soft, {Basis::Link, 0.3});
  const auto solution = network.solve();
  REQUIRE(solution.conflicts.size() == 1);
  CHECK(solution.conflicts[0].dropped == "b before a");
}

TEST_CASE("a link that would put a past event after the article's date is set aside, not the tense bound", "[solver]") {
  const sys_days dct{2025_y / apr / 29};
  GraphData graph;
  // the helicopters' date is more confident than the tanks' event, and the link most of all
  graph.events = {dated("helicopters", sys_days{2025_y / apr / 30}, sys_days{2025_y / apr / 30}, TimeSource::Explicit, 0.9),
                  dct_bounded("tanks", dct, 0.5)};
  graph.edges = {before("helicopters", "tanks", 1.0)};
  solve_graph(graph);
  REQUIRE(graph.conflicts.size() == 1);
  CHECK(graph.conflicts[0].message.find("set aside: 'helicopters' before 'tanks'") != std::string::npos);
  CHECK(graph.events[1].time.end == dct);
  CHECK(graph.events[0].time.start == sys_days{2025_y / apr / 30});
}

TEST_CASE("an explicit date wins over a contradicting cue link however sure the link is", "[solver]") {
  GraphData graph;
  graph.events = {dated("contact", sys_days{2025_y / oct / 9}, sys_days{2025_y / oct / 9}, TimeSource::Explicit, 0.5),
                  dated("freed", sys_days{2025_y / oct / 7}, sys_days{2025_y / oct / 7}, TimeSource::Explicit, 0.5)};
  graph.edges = {before("contact", "freed", 1.0)};
  solve_graph(graph);
  REQUIRE(graph.conflicts.size() == 1);
  CHECK(graph.conflicts[0].message.find("set aside: 'contact' before 'freed'") != std::string::npos);
  CHECK(graph.events[0].time.start == sys_days{2025_y / oct / 9});
  CHECK(graph.events[1].time.end == sys_days{2025_y / oct / 7});
}
