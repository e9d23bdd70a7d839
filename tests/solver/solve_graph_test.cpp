#include "graph/solver/solve_graph.h"

#include <algorithm>

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace date;
using namespace chronograph::graph;

namespace {

Event event(std::string id, std::optional<sys_days> day, TimeSource source) {
  Event e;
  e.id = std::move(id);
  if (day) e.time.start = e.time.end = *day;
  e.time.source = day ? source : TimeSource::None;
  return e;
}

Edge before(std::string from, std::string to, std::string cue) {
  return {std::move(from), std::move(to), EdgeType::Before, {"news", 2, std::move(cue)}, EdgeSource::Extracted, 0.6};
}

Event attributed(std::string id, std::optional<sys_days> day, std::string event_class, std::string tense,
                 std::string aspect = "NONE", Modality modality = Modality::Actual) {
  Event e = event(std::move(id), day, TimeSource::Explicit);
  e.event_class = std::move(event_class);
  e.tense = std::move(tense);
  e.aspect = std::move(aspect);
  e.modality = modality;
  return e;
}

}  // namespace

TEST_CASE("a happening a statement reports as over ends by the statement but a state or a future or a possibility does not",
          "[solver]") {
  const auto announced = sys_days{2024_y / may / 7};
  const auto reported = GENERATE(table<std::string, std::string, std::string, Modality, bool>({
      {"OCCURRENCE", "PAST", "PERFECTIVE", Modality::Actual, true},   // "announced that it had cut 200 jobs"
      {"OCCURRENCE", "PAST", "NONE", Modality::Actual, true},         // "said it cut 200 jobs"
      {"STATE", "PAST", "NONE", Modality::Actual, false},             // "said it was profitable"
      {"OCCURRENCE", "PAST", "PROGRESSIVE", Modality::Actual, false},  // "said it was cutting jobs"
      {"OCCURRENCE", "FUTURE", "NONE", Modality::Planned, false},     // "said it would cut jobs"
      {"OCCURRENCE", "PAST", "NONE", Modality::Possible, false}}));   // "said it may have cut jobs"
  const auto& [event_class, tense, aspect, modality, bounded] = reported;
  CAPTURE(event_class, tense, aspect, bounded);
  GraphData graph;
  graph.events = {attributed("announces", announced, "REPORTING", "PAST"),
                  attributed("cuts", {}, event_class, tense, aspect, modality)};
  graph.edges = {{"announces", "cuts", EdgeType::Reports, {"news", 1, "announced"}, EdgeSource::Extracted, 0.6}};
  solve_graph(graph);
  const auto& cuts = graph.events[1].time;
  CHECK((cuts.end == announced) == bounded);
  CHECK_FALSE(cuts.start.has_value());
  CHECK(graph.conflicts.empty());
}

TEST_CASE("an undated event between two dated ones is inferred to lie between them, with its chains", "[solver]") {
  GraphData graph;
  graph.events = {event("vote", sys_days{2022_y / mar / 1}, TimeSource::Explicit), event("recount", {}, TimeSource::None),
                  event("ruling", sys_days{2022_y / mar / 20}, TimeSource::Explicit)};
  graph.edges = {before("vote", "recount", "after the vote"), before("recount", "ruling", "before the ruling")};
  const SolveReport report = solve_graph(graph);
  const auto& recount = graph.events[1].time;
  CHECK(recount.source == TimeSource::Inferred);
  CHECK(recount.start == sys_days{2022_y / mar / 1});
  CHECK(recount.end == sys_days{2022_y / mar / 20});
  const auto& chain = report.bounds.at("recount").latest_end.chain;
  REQUIRE_FALSE(chain.empty());
  CHECK(chain.back() == "'recount' before 'ruling' (news:2, cue \"before the ruling\")");
  CHECK(graph.conflicts.empty());
}

TEST_CASE("an override date that contradicts an extracted link wins, and the conflict names the link", "[solver]") {
  GraphData graph;
  graph.events = {event("summit", sys_days{2021_y / dec / 10}, TimeSource::Override),
                  event("call", sys_days{2021_y / dec / 7}, TimeSource::Explicit)};
  graph.edges = {before("summit", "call", "ahead of the call")};
  solve_graph(graph);
  REQUIRE(graph.conflicts.size() == 1);
  const auto& edges = graph.conflicts[0].edges;
  CHECK(std::find(edges.begin(), edges.end(), "'summit' set to 2021-12-10..2021-12-10 by the overrides file") != edges.end());
  CHECK(std::find(edges.begin(), edges.end(), "'summit' before 'call' (news:2, cue \"ahead of the call\")") != edges.end());
  CHECK(graph.events[0].time.start == sys_days{2021_y / dec / 10});
  CHECK(graph.events[0].time.source == TimeSource::Override);
}

TEST_CASE("an event whose own date a conflict sets aside keeps that date, never an interval that ends before it starts",
          "[solver]") {
  GraphData graph;
  Event fled = event("fled", {}, TimeSource::Explicit);
  fled.time.start = sys_days{1931_y / jan / 1};
  fled.time.end = sys_days{1931_y / dec / 31};
  fled.time.source = TimeSource::Explicit;
  fled.confidence = 0.5;  // less sure than the link: the solver sets the date aside
  Event uprising = event("uprising", {}, TimeSource::Explicit);
  uprising.time.start = sys_days{1956_y / jan / 1};
  uprising.time.end = sys_days{1956_y / dec / 31};
  uprising.time.source = TimeSource::Explicit;
  graph.events = {fled, uprising};
  Edge after = before("uprising", "fled", "after the uprising");
  after.confidence = 0.9;
  graph.edges = {after};
  solve_graph(graph);
  const auto& time = graph.events[0].time;
  INFO(date::format("%F", *time.start) << ".." << date::format("%F", *time.end) << " conflicts " << graph.conflicts.size());
  CHECK_FALSE(graph.conflicts.empty());
  REQUIRE(time.closed());
  CHECK(*time.start <= *time.end);
  CHECK(time.start == sys_days{1931_y / jan / 1});
}

TEST_CASE("an event going on at the article's date bounds its neighbours, again when its graph is solved again", "[solver]") {
  GraphData graph;
  graph.documents.push_back({"news", "news.txt", "News", sys_days{2025_y / mar / 19}});
  Event recall = event("recall", {}, TimeSource::None);
  recall.time.value = std::string(kGoingOnValue);
  recall.time.source = TimeSource::Dct;
  recall.mentions.push_back({"news", 0, 0, 9, "recalling", ""});
  graph.events = {event("fault", {}, TimeSource::None), recall,
                  event("ruling", sys_days{2025_y / mar / 1}, TimeSource::Explicit)};
  graph.edges = {before("fault", "recall", "after a fault"), before("ruling", "recall", "after the ruling")};
  solve_graph(graph);
  CHECK(graph.events[0].time.end == sys_days{2025_y / mar / 19});
  // the ruling bounds the recall's start, which makes its source inferred; solved again (a saved
  // graph read back), it still holds the article's date
  CHECK(graph.events[1].time.source == TimeSource::Inferred);
  CHECK(graph.events[1].time.going_on());
  graph.events[0].time = {};
  solve_graph(graph);
  CHECK(graph.events[0].time.end == sys_days{2025_y / mar / 19});
}

namespace {

Edge gap_edge(std::string from, std::string to, DayGap gap) {
  Edge edge = before(std::move(from), std::move(to), "rule:after");
  edge.gap = gap;
  return edge;
}

}  // namespace

TEST_CASE("a gap dates the event it measures from the other's facing end", "[solver][gap]") {
  // Every gap of 1..40 days, both ways: "n days after the summit" and "n days before the vote".
  const int n = GENERATE(range(1, 41));
  const sys_days day = 2021_y / jun / 16;
  GraphData graph;
  graph.events = {event("summit", day, TimeSource::Explicit), event("signing", {}, TimeSource::None),
                  event("march", {}, TimeSource::None)};
  graph.edges = {gap_edge("summit", "signing", {n, n, GapDates::To}), gap_edge("march", "summit", {n, n, GapDates::From})};
  const SolveReport report = solve_graph(graph);
  CHECK(graph.conflicts.empty());
  CHECK(graph.events[1].time.start == day + days{n});
  CHECK(graph.events[1].time.end == day + days{n});
  CHECK(graph.events[2].time.start == day - days{n});
  CHECK(graph.events[2].time.end == day - days{n});
  CHECK(report.bounds.at("signing").earliest_start.chain.back() ==
        fmt::format("'summit' before 'signing' by {} day{} (news:2, cue \"rule:after\")", n, n == 1 ? "" : "s"));
}

TEST_CASE("a gap with a range or no upper limit bounds the event as far as it goes", "[solver][gap]") {
  const sys_days day = 2021_y / jan / 31;
  GraphData graph;
  graph.events = {event("storm", day, TimeSource::Explicit), event("power", {}, TimeSource::None),
                  event("repairs", {}, TimeSource::None)};
  graph.edges = {gap_edge("storm", "power", {3, std::nullopt, GapDates::To}), gap_edge("storm", "repairs", {28, 31, GapDates::To})};
  solve_graph(graph);
  CHECK(graph.events[1].time.start == day + days{3});
  CHECK_FALSE(graph.events[1].time.end);
  CHECK(graph.events[2].time.start == sys_days{2021_y / feb / 28});
  CHECK(graph.events[2].time.end == sys_days{2021_y / mar / 3});
}

TEST_CASE("a gap that contradicts a date is a conflict naming both", "[solver][gap]") {
  GraphData graph;
  graph.events = {event("summit", sys_days{2021_y / jun / 16}, TimeSource::Explicit),
                  event("signing", sys_days{2021_y / jun / 18}, TimeSource::Explicit)};
  graph.edges = {gap_edge("summit", "signing", {7, 7, GapDates::To})};
  solve_graph(graph);
  REQUIRE(graph.conflicts.size() == 1);
  const auto& edges = graph.conflicts[0].edges;
  CHECK(std::find(edges.begin(), edges.end(), "'summit' before 'signing' by 7 days (news:2, cue \"rule:after\")") != edges.end());
}
