// The Graphviz diagram keeps the undated events out of the lanes, in one cluster whose
// rows run across the ranks of the dated ones, so that a lane's box spans only its dated
// events and the diagram is not a tall column of undated boxes; titles wrap into even lines
// (t59 #80). A timeline link between stacked marks takes no wide loop round a block of labels
// to spare a mark (t60 #62).
#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/graphviz/graphviz.h"
#include "render/timeline/link_route.h"

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

namespace {

using chronograph::render::LinkRouter;
using chronograph::render::RouteBox;

// Two stacked marks three rows apart in one lane, the rows between them holding a mark at
// the same time and labels that start at the marks, the last one (a long label) reaching
// well to their left: as a lane of events at one date draws them.
struct StackedRows {
  RouteBox from_mark{600, 100, 60, 10, true}, to_mark{600, 220, 60, 10, true};
  std::vector<RouteBox> boxes{from_mark, to_mark,
                              {600, 112, 250, 16},        // the first event's label
                              {600, 135, 90, 10, true},   // a mark between them
                              {600, 148, 220, 16},        // its label
                              {600, 175, 60, 8, true},    // another mark between them
                              {480, 186, 380, 16}};       // its long label
};

double leftmost(const chronograph::render::Path& path) {
  double x = 1e9;
  for (const auto& c : path) x = std::min({x, c.from.x, c.c1.x, c.c2.x, c.to.x});
  return x;
}

}  // namespace

TEST_CASE("t60 #62: a link between stacked marks goes close round the labels, not in a wide loop", "[render][rc63]") {
  const StackedRows rows;
  LinkRouter router(rows.boxes, {0, 0, 1400, 900});
  std::size_t budget = 100000;
  const auto path = router.path({630, 105}, {630, 225}, 0, 1, budget);
  CHECK(router.label_crossings(path, {0, 1}) == 0);
  // no further left than just past the long label's start
  CHECK(leftmost(path) > 480 - 40);
}

TEST_CASE("t60 #62: with nothing between stacked marks the link stays a straight connector", "[render][rc63]") {
  const StackedRows rows;
  LinkRouter router({rows.from_mark, rows.to_mark}, {0, 0, 1400, 900});
  std::size_t budget = 100000;
  const auto path = router.path({630, 105}, {630, 225}, 0, 1, budget);
  REQUIRE(path.size() == 1);
  CHECK(leftmost(path) == Approx(630));
}
