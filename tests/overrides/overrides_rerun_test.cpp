// Overrides across re-runs: applying a file twice, or to a graph saved as JSON and read back,
// changes nothing more; after the article is reworded, fixes follow their words or are
// reported stale with the event they most likely meant.
#include "graph/overrides/overrides.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "graph/io/json_io.h"
#include "tests/overrides/test_graph.h"

using chronograph::graph::apply_overrides;
using chronograph::graph::EdgeType;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::graph::read_graph_json;
using chronograph::graph::write_graph_json;
using chronograph::test::fixture;
using chronograph::test::event_of;
using chronograph::test::summit_graph;
using chronograph::test::yaml;

namespace {

// The same article with one sentence reworded ("hold a video call" -> "speak by video link"),
// so extraction gives that event a new id, and the Geneva event re-titled to a new id.
GraphData reworded_graph() {
  GraphData graph = summit_graph();
  const std::string sentence = "The two leaders will speak by video link on Tuesday, the White House said.";
  for (auto& event : graph.events) {
    if (event.id == "video-call") {
      event.id = "video-link";
      event.title = "Biden and Putin speak by video link";
      event.trigger = event.lemma = event.mentions[0].text = "link";
    }
    if (event.id == "geneva-summit") event.id = "geneva-meeting";
    if (event.mentions[0].sentence == 1) event.mentions[0].sentence_text = sentence;
  }
  for (auto& edge : graph.edges) {
    for (auto* end : {&edge.from, &edge.to}) {
      if (*end == "video-call") *end = "video-link";
      if (*end == "geneva-summit") *end = "geneva-meeting";
    }
  }
  return graph;
}

constexpr const char* kFixes =
    "chronograph: 1\n"
    "events:\n"
    "  video-call:\n"
    "    match: \"hold a video call\"\n"
    "    lane: Diplomacy\n"
    "  geneva-summit:\n"
    "    match: \"met in Geneva\"\n"
    "    title: Geneva summit\n"
    "  phone-call: {lane: Calls}\n";

}  // namespace

TEST_CASE("applying an overrides file twice gives the same graph", "[overrides][rerun]") {
  const auto overrides = fixture("every_kind.yaml");
  GraphData once = summit_graph();
  const auto first = apply_overrides(once, overrides);
  GraphData twice = once;
  const auto second = apply_overrides(twice, overrides);
  CHECK(twice == once);
  CHECK(once != summit_graph());
  // The first run changed things; the second finds the deleting entries already applied.
  CHECK(first.unused.empty());
  CHECK_FALSE(second.unused.empty());
  // Both ends of the `before` edge are set; the conflict is reported once, at the first in the file.
  CHECK(first.warnings == std::vector<std::string>{
                              "every_kind.yaml:8:11: warning: 'video-call' set to 2021-12-07, but the text puts it "
                              "after 'geneva-summit' (2021-12-10)"});
  CHECK(once.conflicts.size() == 1);
}

TEST_CASE("every kind of entry in one file does what it says", "[overrides][rerun]") {
  GraphData graph = summit_graph();
  apply_overrides(graph, fixture("every_kind.yaml"));
  CHECK(event_of(graph, "video-call")->lane == "Diplomacy");
  CHECK_FALSE(event_of(graph, "analysts-warn"));
  CHECK_FALSE(event_of(graph, "potential-invasion"));
  CHECK_FALSE(event_of(graph, "russian-attack"));
  REQUIRE(event_of(graph, "invasion"));
  CHECK(event_of(graph, "invasion")->lane == "War");
  const auto has_edge = [&](const std::string& from, const std::string& to, EdgeType type) {
    return std::any_of(graph.edges.begin(), graph.edges.end(),
                       [&](const auto& e) { return e.from == from && e.to == to && e.type == type; });
  };
  CHECK(has_edge("invasion", "possible-offensive", EdgeType::RefersTo));
  CHECK_FALSE(has_edge("troop-build-up", "possible-offensive", EdgeType::Causes));
  CHECK(has_edge("phone-call", "video-call", EdgeType::Before));
}

TEST_CASE("applying to a graph saved as JSON and read back gives the same graph", "[overrides][rerun]") {
  const auto overrides = fixture("every_kind.yaml");
  GraphData applied = summit_graph();
  apply_overrides(applied, overrides);
  const std::string saved = write_graph_json(applied);
  GraphData reloaded = read_graph_json(saved, "graph.json");
  apply_overrides(reloaded, overrides);
  CHECK(write_graph_json(reloaded) == saved);
  CHECK(reloaded == applied);
}

TEST_CASE("after a rewording, a fix follows its words or is reported stale with the likely event",
          "[overrides][rerun]") {
  const auto overrides = yaml(kFixes);
  GraphData original = summit_graph();
  const auto clean = apply_overrides(original, overrides);
  CHECK(clean.warnings.empty());
  CHECK(clean.stale.empty());
  CHECK(event_of(original, "video-call")->lane == "Diplomacy");

  GraphData reworded = reworded_graph();
  const auto report = apply_overrides(reworded, overrides);
  REQUIRE(report.stale.size() == 1);
  CHECK(report.stale[0] ==
        "o.yaml:3:3: 'video-call' no longer exists and \"hold a video call\" matches no event; it most likely meant "
        "'video-link' (Biden and Putin speak by video link)");
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0] ==
        "o.yaml:6:3: warning: 'geneva-summit' no longer exists; \"met in Geneva\" picked 'geneva-meeting' (Biden and "
        "Putin meet in Geneva)");
  CHECK(event_of(reworded, "geneva-meeting")->title == "Geneva summit");
  CHECK(event_of(reworded, "phone-call")->lane == "Calls");
  CHECK(event_of(reworded, "video-link")->lane.empty());
}

TEST_CASE("after a rewording, an id with no match to fall back on is an error naming the closest id",
          "[overrides][rerun]") {
  GraphData reworded = reworded_graph();
  REQUIRE_THROWS_WITH(apply_overrides(reworded, yaml("chronograph: 1\nevents:\n  geneva-summit: {lane: Summits}\n")),
                      "o.yaml:3:3: no event 'geneva-summit'; did you mean 'geneva-meeting'?");
}
