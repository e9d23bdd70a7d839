// rc63 (tester t59 #80): the Graphviz diagram keeps the undated events out of the lanes, in
// one cluster whose rows run across the ranks of the dated ones, so that a lane's box spans
// only its dated events and the diagram is not a tall column of undated boxes.
#include <regex>
#include <string>

#include <catch2/catch.hpp>

#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/graphviz/graphviz.h"

using namespace date;
using chronograph::Precision;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::test::event_on;

namespace {

Event undated(const std::string& id, const std::string& lane) {
  Event e;
  e.id = e.title = id;
  e.lane = lane;
  return e;
}

Event on_day(const std::string& id, sys_days day, const std::string& lane) {
  Event e = event_on(id, day, day, Precision::Day);
  e.lane = lane;
  return e;
}

// The market-square story: four dated days and three undated events in two lanes.
GraphData market_square() {
  GraphData g;
  g.events.push_back(on_day("stalls-booked", 2031_y / mar / 2, "Market Trust"));
  g.events.push_back(on_day("square-closed", 2031_y / mar / 5, "Council"));
  g.events.push_back(on_day("market-opens", 2031_y / mar / 9, "Market Trust"));
  g.events.push_back(on_day("square-reopened", 2031_y / mar / 12, "Council"));
  g.events.push_back(undated("trust-may-add-stalls", "Market Trust"));
  g.events.push_back(undated("council-reviews-parking", "Council"));
  g.events.push_back(undated("traders-could-move", "Market Trust"));
  return g;
}

// The label of the cluster holding the node `id` in the .dot text (nodes are written inside
// their cluster, after its attributes).
std::string cluster_of(const std::string& dot, const std::string& id) {
  const auto at = dot.find("\"" + id + "\"\t[");
  REQUIRE(at != std::string::npos);
  const auto cluster = dot.rfind("subgraph cluster_", at);
  REQUIRE(cluster != std::string::npos);
  std::smatch match;
  const std::string rest = dot.substr(cluster, at - cluster);
  REQUIRE(std::regex_search(rest, match, std::regex("label=\"?([^\",\\n]*)")));
  return match[1];
}

// The x and y of the node `id`'s first text in the SVG.
std::pair<double, double> text_at(const std::string& svg, const std::string& id) {
  const auto at = svg.find("<title>" + std::regex_replace(id, std::regex("-"), "&#45;") + "</title>");
  REQUIRE(at != std::string::npos);
  std::smatch match;
  const std::string rest = svg.substr(at, 600);
  REQUIRE(std::regex_search(rest, match, std::regex("<text[^>]* x=\"(-?[0-9.]+)\" y=\"(-?[0-9.]+)\"")));
  return {std::stod(match[1]), std::stod(match[2])};
}

}  // namespace

TEST_CASE("t59 #80: the diagram puts undated events in one cluster, not in their lanes", "[render][graphviz][rc63]") {
  const std::string dot = chronograph::render::render_graphviz(market_square(), "dot");
  CHECK(cluster_of(dot, "trust-may-add-stalls") == "Undated (not placed in time)");
  CHECK(cluster_of(dot, "council-reviews-parking") == "Undated (not placed in time)");
  // must not: a dated event stays in its lane
  CHECK(cluster_of(dot, "market-opens") == "Market Trust");
  CHECK(cluster_of(dot, "square-closed") == "Council");
}

TEST_CASE("t59 #80: undated events lie in a row across the ranks, not in one column", "[render][graphviz][rc63]") {
  const std::string svg = chronograph::render::render_graphviz(market_square(), "svg");
  // in the order of their ids
  const auto first = text_at(svg, "council-reviews-parking");
  const auto second = text_at(svg, "traders-could-move");
  const auto third = text_at(svg, "trust-may-add-stalls");
  CHECK(first.first < second.first);
  CHECK(second.first < third.first);
  CHECK(second.second == Approx(first.second).margin(1));
  CHECK(third.second == Approx(first.second).margin(1));
  // must not: the dated events keep their order by date
  CHECK(text_at(svg, "stalls-booked").first < text_at(svg, "square-reopened").first);
}

TEST_CASE("t59 #80: with no dates the undated events form a block of about square rows", "[render][graphviz][rc63]") {
  GraphData g;
  for (const char* id : {"toll-might-rise", "pier-may-close", "ferry-may-resume", "bridge-could-reopen"})
    g.events.push_back(undated(id, ""));
  const std::string svg = chronograph::render::render_graphviz(g, "svg");
  // four events in the order of their ids: two rows of two
  CHECK(text_at(svg, "bridge-could-reopen").second == Approx(text_at(svg, "ferry-may-resume").second).margin(1));
  CHECK(text_at(svg, "bridge-could-reopen").first < text_at(svg, "ferry-may-resume").first);
  CHECK(text_at(svg, "pier-may-close").second != Approx(text_at(svg, "bridge-could-reopen").second).margin(1));
  CHECK(text_at(svg, "pier-may-close").first == Approx(text_at(svg, "bridge-could-reopen").first).margin(1));
}

TEST_CASE("t59 #80: a diagram title is wrapped into even lines with no word left alone", "[render][graphviz][rc63]") {
  GraphData g;
  g.events.push_back(event_on("Ferry operator near Kingsbridge does not have spare engines",
                              sys_days{2031_y / apr / 3}, sys_days{2031_y / apr / 3}, Precision::Day));
  g.events.push_back(event_on("Harbour master closes the inner basin", sys_days{2031_y / apr / 4},
                              sys_days{2031_y / apr / 4}, Precision::Day));
  g.events.push_back(event_on("Lock gates repaired", sys_days{2031_y / apr / 5}, sys_days{2031_y / apr / 5},
                              Precision::Day));
  const std::string dot = chronograph::render::render_graphviz(g, "dot");
  CHECK(dot.find("\"Ferry operator near\\nKingsbridge does not\\nhave spare engines\\n3 Apr 2031\"") !=
        std::string::npos);
  CHECK(dot.find("\"Harbour master closes\\nthe inner basin\\n4 Apr 2031\"") != std::string::npos);
  // must not: a title that fits one line is not broken
  CHECK(dot.find("\"Lock gates repaired\\n5 Apr 2031\"") != std::string::npos);
}
