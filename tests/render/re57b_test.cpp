// re57b (tester t57 #69): the timeline's header counts every link, and says how many of them
// are not drawn because an event of theirs has no date; the legend explains only the kinds of
// link that are drawn.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "render/timeline/svg_timeline.h"

using namespace date;
using chronograph::graph::Edge;
using chronograph::graph::EdgeSource;
using chronograph::graph::EdgeType;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::render::render_svg_timeline;
using chronograph::render::TimelineOptions;

namespace {

Event event(std::string id, std::string title) {
  Event e;
  e.id = std::move(id);
  e.title = std::move(title);
  e.confidence = 0.8;
  return e;
}

Event dated(std::string id, std::string title, sys_days day) {
  Event e = event(std::move(id), std::move(title));
  e.time.start = day;
  e.time.end = day;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  e.time.precision = chronograph::Precision::Day;
  return e;
}

Edge link(std::string from, EdgeType type, std::string to) {
  return {std::move(from), std::move(to), type, {"story", 0, "cue"}, EdgeSource::Extracted, 0.6};
}

// A library's reopening: the roof is mended before the doors reopen, both dated; the mending
// includes an undated survey, and an undated grant is part of the reopening.
GraphData library_story() {
  GraphData g;
  g.events = {dated("mend", "Crew mends library roof", sys_days{2023_y / may / 2}),
              dated("reopen", "Library reopens its doors", sys_days{2023_y / jun / 14}),
              event("survey", "Engineers survey rafters"), event("grant", "Council awards grant")};
  g.edges = {link("mend", EdgeType::Before, "reopen"), link("mend", EdgeType::Includes, "survey"),
             link("grant", EdgeType::PartOf, "reopen")};
  return g;
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("t57 #69: the header says how many counted links are not drawn for want of a date", "[render][links]") {
  const std::string svg = render_svg_timeline(library_story(), TimelineOptions{});
  CHECK(count(svg, "class=\"edge e-") == 1);
  CHECK(svg.find("3 links (2 with an undated event, not drawn)") != std::string::npos);
}

TEST_CASE("t57 #69: the legend explains only the kinds of link that are drawn", "[render][links]") {
  const std::string svg = render_svg_timeline(library_story(), TimelineOptions{});
  CHECK(svg.find(">before</text>") != std::string::npos);
  CHECK(svg.find(">includes</text>") == std::string::npos);
  CHECK(svg.find(">part of</text>") == std::string::npos);
}

TEST_CASE("t57 #69: links between dated events are counted with no note", "[render][links]") {
  GraphData g = library_story();
  g.edges.resize(1);  // only the dated pair's link
  const std::string svg = render_svg_timeline(g, TimelineOptions{});
  CHECK(svg.find("1 link<") != std::string::npos);
  CHECK(svg.find("not drawn") == std::string::npos);
}

TEST_CASE("t57 #69: an undated link and a set-aside one share one note in the header", "[render][links]") {
  GraphData g = library_story();
  g.edges.resize(2);
  g.edges.push_back(link("reopen", EdgeType::Before, "mend"));
  const std::string aside = chronograph::graph::edge_label(g.edges.back());
  g.conflicts.push_back({{aside}, "these 2 constraints cannot all hold; set aside: " + aside, {aside}});
  const std::string svg = render_svg_timeline(g, TimelineOptions{});
  CHECK(svg.find("3 links (1 with an undated event, not drawn; 1 set aside as contradicting the dates)") !=
        std::string::npos);
}
