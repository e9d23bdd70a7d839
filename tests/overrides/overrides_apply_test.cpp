// Each kind of override applied to a small hand-written graph (tests/overrides/test_graph.h).
#include "graph/overrides/overrides.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "graph/io/json_io.h"
#include "tests/overrides/test_graph.h"

using namespace date;
using chronograph::ParseError;
using chronograph::Precision;
using chronograph::graph::apply_overrides;
using chronograph::graph::Edge;
using chronograph::graph::EdgeSource;
using chronograph::graph::EdgeType;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::graph::TimeSource;
using chronograph::test::event_of;
using chronograph::test::must;
using chronograph::test::summit_graph;
using chronograph::test::yaml;

namespace {

std::size_t count_edges(const GraphData& graph, const std::string& from, const std::string& to, EdgeType type) {
  return static_cast<std::size_t>(std::count_if(graph.edges.begin(), graph.edges.end(), [&](const Edge& e) {
    return e.from == from && e.to == to && e.type == type;
  }));
}

chronograph::graph::ApplyReport apply(GraphData& graph, const std::string& body) {
  return apply_overrides(graph, yaml("chronograph: 1\n" + body));
}

}  // namespace

TEST_CASE("an event edit sets title, date, actors and lane", "[overrides]") {
  auto graph = summit_graph();
  const auto report = apply(graph,
                            "events:\n"
                            "  video-call:\n"
                            "    title: Biden–Putin video call\n"
                            "    date: 2021-12-08\n"
                            "    actors: [Putin, joe-biden]\n"
                            "    lane: Diplomacy\n");
  const Event& call = must(graph, "video-call");
  CHECK(call.title == "Biden–Putin video call");
  CHECK(call.time.start == sys_days{2021_y / dec / 8});
  CHECK(call.time.end == sys_days{2021_y / dec / 8});
  CHECK(call.time.precision == Precision::Day);
  CHECK(call.time.source == TimeSource::Override);
  CHECK(call.time.value == "2021-12-08");
  CHECK(call.actors == std::vector<std::string>{"vladimir-putin", "joe-biden"});
  CHECK(call.lane == "Diplomacy");
  CHECK(report.warnings.empty());
  CHECK(report.stale.empty());
  CHECK(report.unused.empty());
}

TEST_CASE("every accepted date form gives its interval, precision and value", "[overrides][dates]") {
  struct Row {
    std::string text;
    sys_days start, end;
    Precision precision;
    std::string value, mod;
  };
  const Row row = GENERATE(values<Row>({
      {"2021-12-07", sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}, Precision::Day, "2021-12-07", ""},
      {"2021-06", sys_days{2021_y / jun / 1}, sys_days{2021_y / jun / 30}, Precision::Month, "2021-06", ""},
      {"2024-02", sys_days{2024_y / feb / 1}, sys_days{2024_y / feb / 29}, Precision::Month, "2024-02", ""},
      {"2022", sys_days{2022_y / jan / 1}, sys_days{2022_y / dec / 31}, Precision::Year, "2022", ""},
      {"early 2022", sys_days{2022_y / jan / 1}, sys_days{2022_y / apr / 30}, Precision::Year, "2022", "START"},
      {"mid 2021", sys_days{2021_y / may / 1}, sys_days{2021_y / aug / 31}, Precision::Year, "2021", "MID"},
      {"Late 2021", sys_days{2021_y / sep / 1}, sys_days{2021_y / dec / 31}, Precision::Year, "2021", "END"},
      {"-0499", sys_days{year{-499} / jan / 1}, sys_days{year{-499} / dec / 31}, Precision::Year, "-0499", ""},
      {"-0499-03-15", sys_days{year{-499} / mar / 15}, sys_days{year{-499} / mar / 15}, Precision::Day,
       "-0499-03-15", ""},
      {"-0044-03", sys_days{year{-44} / mar / 1}, sys_days{year{-44} / mar / 31}, Precision::Month, "-0044-03", ""},
  }));
  CAPTURE(row.text);
  const auto time = chronograph::graph::parse_override_date(row.text);
  REQUIRE(time);
  CHECK(time->start == row.start);
  CHECK(time->end == row.end);
  CHECK(time->precision == row.precision);
  CHECK(time->value == row.value);
  CHECK(time->mod == row.mod);
  CHECK(time->source == TimeSource::Override);
}

TEST_CASE("text that is not a date is refused", "[overrides][dates]") {
  const auto text = GENERATE(as<std::string>{}, "early 2O22", "2021-13", "2021-02-30", "22", "soon", "early",
                             "2021-6", "", "sometime 2022");
  CAPTURE(text);
  CHECK_FALSE(chronograph::graph::parse_override_date(text));
}

TEST_CASE("a date range takes the start of its start and the end of its end", "[overrides][dates]") {
  auto graph = summit_graph();
  apply(graph,
        "events:\n"
        "  troop-build-up: {date: {start: 2021-10, end: 2021-12-03}}\n"
        "  russian-attack: {date: {start: -0500}}\n");
  const auto& build_up = must(graph, "troop-build-up").time;
  CHECK(build_up.start == sys_days{2021_y / oct / 1});
  CHECK(build_up.end == sys_days{2021_y / dec / 3});
  CHECK(build_up.precision == Precision::Month);
  CHECK(build_up.source == TimeSource::Override);
  const auto& attack = must(graph, "russian-attack").time;
  CHECK(attack.start == sys_days{year{-500} / jan / 1});
  CHECK_FALSE(attack.end);
}

TEST_CASE("a BCE date on an added event keeps its year", "[overrides][dates]") {
  auto graph = summit_graph();
  apply(graph, "add:\n  - {id: ides-of-march, title: Caesar is killed, date: -0043-03-15}\n");
  const auto& ides = must(graph, "ides-of-march");
  CHECK(ides.time.start == sys_days{year{-43} / mar / 15});
  CHECK(chronograph::format_iso_day(*ides.time.start) == "-0043-03-15");
  CHECK(ides.time.precision == Precision::Day);
}

TEST_CASE("remove takes an event out with its edges", "[overrides]") {
  auto graph = summit_graph();
  apply(graph, "events:\n  analysts-warn: {remove: true}\n");
  CHECK_FALSE(event_of(graph, "analysts-warn"));
  CHECK(count_edges(graph, "analysts-warn", "potential-invasion", EdgeType::Reports) == 0);
  CHECK(graph.events.size() == summit_graph().events.size() - 1);
  CHECK(graph.edges.size() == summit_graph().edges.size() - 1);
}

TEST_CASE("add creates an event, and an unknown actor name creates an entity", "[overrides]") {
  auto graph = summit_graph();
  apply(graph,
        "add:\n"
        "  - id: invasion\n"
        "    title: Russia invades Ukraine\n"
        "    date: 2022-02-24\n"
        "    actors: [Russia, Volodymyr Zelensky]\n"
        "    lane: War\n"
        "    modality: possible\n");
  const Event& invasion = must(graph, "invasion");
  CHECK(invasion.title == "Russia invades Ukraine");
  CHECK(invasion.time.start == sys_days{2022_y / feb / 24});
  CHECK(invasion.time.source == TimeSource::Override);
  CHECK(invasion.actors == std::vector<std::string>{"russia", "volodymyr-zelensky"});
  CHECK(invasion.lane == "War");
  CHECK(invasion.modality == chronograph::graph::Modality::Possible);
  CHECK(invasion.mentions.empty());
  REQUIRE(graph.entities.size() == 4);
  CHECK(graph.entities.back().id == "volodymyr-zelensky");
  CHECK(graph.entities.back().name == "Volodymyr Zelensky");
}

TEST_CASE("an added event that did not happen is NEG, one that may is POS", "[overrides]") {
  auto graph = summit_graph();
  apply(graph,
        "add:\n"
        "  - {id: strike, title: Dockers do not strike, modality: negated}\n"
        "  - {id: invasion, title: Russia invades Ukraine, modality: possible}\n");
  CHECK(must(graph, "strike").polarity == "NEG");
  CHECK(must(graph, "invasion").polarity == "POS");
}

TEST_CASE("add of an id the extraction already has sets its fields and warns", "[overrides]") {
  auto graph = summit_graph();
  const auto report = apply(graph, "add:\n  - {id: phone-call, title: Biden phones Zelensky}\n");
  CHECK(must(graph, "phone-call").title == "Biden phones Zelensky");
  CHECK(must(graph, "phone-call").mentions.size() == 1);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0] == "o.yaml:3:10: warning: 'phone-call' is already an extracted event; `add` sets its fields");
}

TEST_CASE("a merge of three events keeps the first id and takes the others' mentions, actors and edges",
          "[overrides][merge]") {
  auto graph = summit_graph();
  const auto before = graph;
  apply(graph, "merge:\n  - [possible-offensive, potential-invasion, russian-attack]\n");
  CHECK_FALSE(event_of(graph, "potential-invasion"));
  CHECK_FALSE(event_of(graph, "russian-attack"));
  const Event& merged = must(graph, "possible-offensive");
  REQUIRE(merged.mentions.size() == 3);
  CHECK(merged.mentions[1].sentence == 4);
  CHECK(merged.mentions[2].sentence == 6);
  CHECK(merged.actors == std::vector<std::string>{"russia"});
  CHECK(merged.time == must(before, "possible-offensive").time);
  // troop-build-up -causes-> both: folded into one; analysts-warn -reports-> re-pointed;
  // the two `simultaneous` edges between the merged events became self-loops and are gone.
  CHECK(count_edges(graph, "troop-build-up", "possible-offensive", EdgeType::Causes) == 1);
  CHECK(count_edges(graph, "analysts-warn", "possible-offensive", EdgeType::Reports) == 1);
  for (const auto& edge : graph.edges) {
    CHECK(edge.from != edge.to);
    CHECK(edge.from != "potential-invasion");
    CHECK(edge.to != "russian-attack");
  }
  CHECK(graph.edges.size() == before.edges.size() - 3);
  CHECK(graph.events.size() == before.events.size() - 2);
}

TEST_CASE("a merge into an undated event takes a member's date", "[overrides][merge]") {
  auto graph = summit_graph();
  apply(graph, "merge:\n  - [troop-build-up, possible-offensive]\n");
  CHECK(must(graph, "troop-build-up").time == must(summit_graph(), "possible-offensive").time);
  CHECK(count_edges(graph, "troop-build-up", "troop-build-up", EdgeType::Causes) == 0);
}

TEST_CASE("an extracted edge is removed and an override edge added", "[overrides][edges]") {
  auto graph = summit_graph();
  const auto report = apply(graph,
                            "edges:\n"
                            "  - {from: troop-build-up, to: possible-offensive, type: causes, remove: true}\n"
                            "  - {from: troop-build-up, to: analysts-warn, type: enables, cue: \"officials said\"}\n");
  CHECK(count_edges(graph, "troop-build-up", "possible-offensive", EdgeType::Causes) == 0);
  REQUIRE(count_edges(graph, "troop-build-up", "analysts-warn", EdgeType::Enables) == 1);
  const Edge& added = graph.edges.back();
  CHECK(added.source == EdgeSource::Override);
  CHECK(added.evidence.cue == "officials said");
  CHECK(added.confidence == 1.0);
  CHECK(report.stale.empty());
  CHECK(report.unused.empty());
}

TEST_CASE("an edge removal whose edge is gone is stale, naming the edges that link its events now",
          "[overrides][edges]") {
  auto graph = summit_graph();
  // The text gives geneva-summit -before-> video-call and video-call -refers_to-> geneva-summit.
  auto report = apply(graph, "edges:\n  - {from: geneva-summit, to: video-call, type: causes, remove: true}\n");
  CHECK(graph == summit_graph());
  REQUIRE(report.stale.size() == 1);
  CHECK(report.stale[0] ==
        "o.yaml:3:5: geneva-summit -causes-> video-call is not in the graph (no longer extracted, or already "
        "removed); it most likely meant geneva-summit -before-> video-call, video-call -refers_to-> geneva-summit");
  report = apply(graph, "edges:\n  - {from: analysts-warn, to: phone-call, type: before, remove: true}\n");
  REQUIRE(report.stale.size() == 1);
  CHECK(report.stale[0] ==
        "o.yaml:3:5: analysts-warn -before-> phone-call is not in the graph (no longer extracted, or already "
        "removed)");
}

TEST_CASE("an edge removal applied twice removes the edge once and is then reported stale", "[overrides][edges]") {
  auto graph = summit_graph();
  const auto overrides = yaml("chronograph: 1\nedges:\n"
                              "  - {from: troop-build-up, to: possible-offensive, type: causes, remove: true}\n");
  CHECK(apply_overrides(graph, overrides).stale.empty());
  const auto once = graph;
  const auto report = apply_overrides(graph, overrides);
  CHECK(graph == once);
  CHECK(report.stale.size() == 1);
}

TEST_CASE("an edge the text already gives is reported unused", "[overrides][edges]") {
  auto graph = summit_graph();
  const auto report = apply(graph, "edges:\n  - {from: geneva-summit, to: video-call, type: before}\n");
  CHECK(graph == summit_graph());
  REQUIRE(report.unused.size() == 1);
  CHECK(report.unused[0] == "o.yaml:3:5: the graph already has geneva-summit -before-> video-call");
}

TEST_CASE("an override date that contradicts a before edge is applied and the conflict reported",
          "[overrides][conflicts]") {
  auto graph = summit_graph();
  const auto report = apply(graph, "events:\n  geneva-summit:\n    date: 2021-12-10\n");
  CHECK(must(graph, "geneva-summit").time.start == sys_days{2021_y / dec / 10});
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0] ==
        "o.yaml:4:11: warning: 'geneva-summit' set to 2021-12-10, but the text puts it before 'video-call' "
        "(2021-12-07)");
  REQUIRE(graph.conflicts.size() == 1);
  CHECK(graph.conflicts[0].edges == std::vector<std::string>{"geneva-summit -before-> video-call"});
}

TEST_CASE("the other end of a before edge, a simultaneous edge, and agreeing dates", "[overrides][conflicts]") {
  auto graph = summit_graph();
  auto report = apply(graph, "events:\n  video-call: {date: early 2021}\n");
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0] ==
        "o.yaml:3:22: warning: 'video-call' set to early 2021, but the text puts it after 'geneva-summit' (2021-06-16)");
  graph = summit_graph();
  report = apply(graph, "events:\n  russian-attack: {date: 2021}\n  potential-invasion: {date: 2022-03}\n");
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0] ==
        "o.yaml:3:26: warning: 'russian-attack' set to 2021, but the text puts it at the same time as "
        "'potential-invasion' (2022-03)");
  graph = summit_graph();
  report = apply(graph, "events:\n  geneva-summit: {date: 2021-12-07}\n");
  CHECK(report.warnings.empty());
  CHECK(graph.conflicts.empty());
}

TEST_CASE("match picks the event whose sentence holds the words and whose trigger is among them",
          "[overrides][match]") {
  auto graph = summit_graph();
  const auto report = apply(graph,
                            "merge:\n"
                            "  - [{match: \"could launch an offensive\"}, {match: \"a potential invasion\", doc: summit-talks}]\n"
                            "edges:\n"
                            "  - {from: {match: \"massed  TROOPS\"}, to: {match: \"Hold a video-call\"}, type: before}\n");
  CHECK_FALSE(event_of(graph, "potential-invasion"));
  CHECK(must(graph, "possible-offensive").mentions.size() == 2);
  CHECK(count_edges(graph, "troop-build-up", "video-call", EdgeType::Before) == 1);
  CHECK(report.warnings.empty());
}

TEST_CASE("match in another document picks nothing", "[overrides][match]") {
  auto graph = summit_graph();
  REQUIRE_THROWS_WITH(apply(graph, "merge:\n  - [video-call, {match: \"hold a video call\", doc: other-article}]\n"),
                      Catch::StartsWith("o.yaml:3:26: no event matches \"hold a video call\" in 'other-article'"));
}

TEST_CASE("the view settings and document dates are read", "[overrides][view]") {
  const auto file = yaml(
      "chronograph: 1\n"
      "documents:\n  summit-talks: {dct: 2021-12-05}\n  other: {dct: -0499-03-15}\n"
      "view:\n  range: [2021-05-01, 2022-06]\n  lanes: [War, Diplomacy]\n");
  const auto dcts = chronograph::graph::document_dcts(file);
  REQUIRE(dcts.size() == 2);
  CHECK(dcts.at("summit-talks") == sys_days{2021_y / dec / 5});
  CHECK(dcts.at("other") == sys_days{year{-499} / mar / 15});
  const auto view = chronograph::graph::view_settings(file);
  REQUIRE(view.range);
  CHECK(view.range->start == sys_days{2021_y / may / 1});
  CHECK(view.range->end == sys_days{2022_y / jun / 30});
  CHECK_FALSE(view.lanes_mode);
  CHECK(view.lanes == std::vector<std::string>{"War", "Diplomacy"});
  CHECK(chronograph::graph::view_settings(yaml("chronograph: 1\nview: {lanes: class}\n")).lanes_mode == "class");
}

TEST_CASE("a documents entry sets the dct of a document of the graph", "[overrides]") {
  auto graph = summit_graph();
  const auto report = apply(graph, "documents:\n  summit-talks: {dct: 2021-12-05}\n");
  CHECK(graph.documents[0].dct == sys_days{2021_y / dec / 5});
  CHECK(report.unused.empty());
}

TEST_CASE("an edit that changes nothing is reported unused", "[overrides]") {
  auto graph = summit_graph();
  const auto report = apply(graph, "events:\n  video-call: {title: Biden and Putin hold video call}\n");
  CHECK(graph == summit_graph());
  REQUIRE(report.unused.size() == 1);
  CHECK(report.unused[0] == "o.yaml:3:3: 'video-call' already has these values");
}

TEST_CASE("an includes edge from the overrides against two override dates is one conflict", "[overrides][conflicts]") {
  auto graph = summit_graph();
  const auto report = apply(graph,
                            "events:\n"
                            "  troop-build-up: {date: 2021-10}\n"
                            "  phone-call: {date: 2021-12-09}\n"
                            "edges:\n"
                            "  - {from: troop-build-up, to: phone-call, type: includes}\n");
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0] ==
        "o.yaml:3:26: warning: 'troop-build-up' set to 2021-10, but the overrides put 'phone-call' (2021-12-09) "
        "within it");
  CHECK(graph.conflicts.size() == 1);
}
