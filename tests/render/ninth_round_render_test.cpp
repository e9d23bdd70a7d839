// Issues 31, 32 and the lane names of the ninth round: a link the solver set aside is drawn
// apart from the links that hold, alike in the SVG, the HTML page and the Graphviz diagram; a
// long lane name is drawn whole in a wider lane column, up to a quarter of the canvas.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "render/graphviz/graphviz.h"
#include "render/html/html_timeline.h"
#include "render/timeline/svg_timeline.h"
#include "tests/render/svg_check.h"

using namespace date;
using chronograph::graph::Edge;
using chronograph::graph::EdgeSource;
using chronograph::graph::EdgeType;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::render::render_svg_timeline;
using chronograph::render::TimelineOptions;
namespace test = chronograph::test;

namespace {

Event dated(std::string id, std::string title, sys_days start, sys_days end) {
  Event e;
  e.id = std::move(id);
  e.title = std::move(title);
  e.time.start = start;
  e.time.end = end;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  e.time.precision = chronograph::Precision::Day;
  e.confidence = 0.8;
  return e;
}

Edge link(std::string from, EdgeType type, std::string to, std::string cue) {
  return {std::move(from), std::move(to), type, {"news", 0, std::move(cue)}, EdgeSource::Extracted, 0.6};
}

// A plan for next year linked by `type` to a release last weekend, a link the solver set aside
// (as solve_graph names it: tests/solver/ninth_round_solver_test.cpp), and a meeting before the
// release, a link that holds.
GraphData solved_graph(EdgeType type) {
  GraphData g;
  g.events = {dated("trial", "Kestrel begins final-stage trial", sys_days{2020_y / jan / 1}, sys_days{2020_y / apr / 30}),
              dated("release", "Mid-stage study released", sys_days{2019_y / oct / 5}, sys_days{2019_y / oct / 6}),
              dated("meeting", "Board meets", sys_days{2019_y / sep / 20}, sys_days{2019_y / sep / 20})};
  g.edges = {link("trial", type, "release", "cue words"), link("meeting", EdgeType::Before, "release", "before")};
  const std::string aside = chronograph::graph::edge_label(g.edges[0]);
  g.conflicts.push_back({{aside}, "these 3 constraints cannot all hold; set aside: " + aside, {aside}});
  return g;
}

// The <path> element of the edge from `from` to `to` in a timeline SVG.
std::string edge_element(const std::string& svg, const std::string& from, const std::string& to) {
  const auto at = svg.find(fmt::format("data-from=\"{}\" data-to=\"{}\"", from, to));
  if (at == std::string::npos) return {};
  const auto begin = svg.rfind("<path", at), end = svg.find("</path>", at);
  return svg.substr(begin, end - begin);
}

}  // namespace

TEST_CASE("issue 32: a link the solver set aside is drawn grey and dotted with no arrow, one that holds as its type",
          "[render][issue-32]") {
  const EdgeType type = GENERATE(EdgeType::Causes, EdgeType::Simultaneous, EdgeType::Includes, EdgeType::Before);
  CAPTURE(to_string(type));
  const GraphData g = solved_graph(type);
  REQUIRE(chronograph::graph::set_aside_edges(g).size() == 1);
  const std::string svg = render_svg_timeline(g, {});
  const std::string aside = edge_element(svg, "trial", "release");
  REQUIRE_FALSE(aside.empty());
  CHECK(aside.find("class=\"edge e-" + std::string(to_string(type)) + " set-aside\"") != std::string::npos);
  CHECK(aside.find("stroke=\"#9a9a9a\"") != std::string::npos);
  CHECK(aside.find("marker-end") == std::string::npos);
  CHECK(aside.find("set aside: the dates contradict it") != std::string::npos);
  CHECK(svg.find("link set aside: the dates contradict it") != std::string::npos);  // in the legend
  CHECK(svg.find("1 set aside as contradicting the dates") != std::string::npos);   // in the subtitle
  const std::string holds = edge_element(svg, "meeting", "release");
  REQUIRE_FALSE(holds.empty());
  CHECK(holds.find("set-aside") == std::string::npos);
  CHECK(holds.find("marker-end=\"url(#arrow-before)\"") != std::string::npos);
  CHECK(test::layout_problems(test::read_boxes(svg)).empty());
}

TEST_CASE("issue 32: a graph whose links all hold draws no set-aside style or legend", "[render][issue-32]") {
  GraphData g = solved_graph(EdgeType::Causes);
  g.edges[0] = link("release", EdgeType::Causes, "trial", "led to");  // the study's results lead to the trial
  g.conflicts.clear();
  const std::string svg = render_svg_timeline(g, {});
  CHECK(svg.find("set-aside") == std::string::npos);
  CHECK(svg.find("set aside") == std::string::npos);
  CHECK(edge_element(svg, "release", "trial").find("marker-end=\"url(#arrow-causes)\"") != std::string::npos);
}

TEST_CASE("issue 32: the html card and the graphviz diagram mark a set-aside link too", "[render][issue-32]") {
  const GraphData g = solved_graph(EdgeType::Simultaneous);
  const std::string html = chronograph::render::render_html_timeline(g, {});
  CHECK(html.find("\"set_aside\":true") != std::string::npos);
  CHECK(html.find("\"set_aside\":false") != std::string::npos);  // the meeting's link holds
  CHECK(html.find("set aside: the dates contradict it") != std::string::npos);  // the card's script says so
  const std::string dot = chronograph::render::render_graphviz(g, "dot");
  CHECK(dot.find("simultaneous (set aside)") != std::string::npos);
  CHECK(dot.find("#9a9a9a") != std::string::npos);
  CHECK(dot.find("before (set aside)") == std::string::npos);
}

namespace {

// One event per lane, each lane an actor named `names[i]`, with no alias.
GraphData lanes_graph(const std::vector<std::string>& names) {
  GraphData g;
  for (std::size_t i = 0; i < names.size(); ++i) {
    chronograph::graph::Entity entity;
    entity.id = fmt::format("actor-{}", i);
    entity.name = names[i];
    entity.type = "ORGANIZATION";
    g.entities.push_back(entity);
    Event e = dated(fmt::format("event-{}", i), fmt::format("{} issues a recall notice for 40,000 cars", names[i]),
                    sys_days{2024_y / mar / 4} + days{static_cast<int>(3 * i)},
                    sys_days{2024_y / mar / 4} + days{static_cast<int>(3 * i)});
    e.actors = {entity.id};
    g.events.push_back(e);
  }
  return g;
}


}  // namespace

TEST_CASE("a long lane name with no alias is drawn whole in a lane column widened for it", "[render][lanes]") {
  const std::vector<std::string> names{"National Highway Traffic Safety Administration", "Federation of Independent Business",
                                       "California Water Association", "Center for Auto Safety", "Brightline Motors"};
  TimelineOptions options;
  options.width = 1400;
  const std::string svg = render_svg_timeline(lanes_graph(names), options);
  CHECK(test::lane_labels(svg) == names);
  CHECK(test::layout_problems(test::read_boxes(svg)).empty());
}

TEST_CASE("the lane column takes at most a quarter of the canvas, and a name longer than that is cut", "[render][lanes]") {
  const std::vector<std::string> names{"National Highway Traffic Safety Administration", "Brightline Motors"};
  for (const int width : {700, 900}) {
    TimelineOptions options;
    options.width = width;
    const std::string svg = render_svg_timeline(lanes_graph(names), options);
    const auto boxes = test::read_boxes(svg);
    const auto labels = test::lane_labels(svg);
    REQUIRE(labels.size() == 2);
    CHECK(labels[0].ends_with("\u2026"));
    CHECK(labels[0].starts_with("National Highway"));
    CHECK(labels[1] == "Brightline Motors");
    for (const auto& label : boxes.labels)
      if (label.text == labels[0]) CHECK(label.w <= width / 4.0 + 0.5);
    CHECK(test::layout_problems(boxes).empty());
  }
}
