// Event labels and lanes: where labels sit and end, the gaps between them, and the names lanes
// are drawn with.
#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <random>
#include <regex>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "render/graphviz/graphviz.h"
#include "render/html/html_timeline.h"
#include "render/timeline/link_route.h"
#include "render/timeline/segment_spans.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"
#include "render/timeline/time_text.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"
#include "tests/render/event_times.h"

using namespace date;
using chronograph::graph::Edge;
using chronograph::graph::EdgeSource;
using chronograph::graph::EdgeType;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::render::render_svg_timeline;
using chronograph::render::TimelineOptions;
namespace test = chronograph::test;
using chronograph::Precision;
using chronograph::render::AxisExtent;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimeScale;
using chronograph::render::describe_span;
using chronograph::render::segment_spans;
using chronograph::render::Curve;
using chronograph::render::LinkRouter;
using chronograph::render::RouteBox;
using chronograph::render::RoutePoint;
using chronograph::render::ScaleSegment;

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

Event event_at(const std::string& id, sys_days day, const std::string& value, Precision precision) {
  Event e;
  e.id = id;
  e.title = id;
  e.time.start = e.time.end = day;
  e.time.value = value;
  e.time.precision = precision;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

// The right edges of the event labels, in the order drawn.
std::vector<double> event_label_rights(const std::string& svg) {
  std::vector<double> out;
  const std::regex box("class=\"label event-label\"[^>]*data-box=\"([0-9.]+) [0-9.]+ ([0-9.]+) [0-9.]+\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), box); it != std::sregex_iterator(); ++it)
    out.push_back(std::stod((*it)[1]) + std::stod((*it)[2]));
  return out;
}

double plot_right(const std::string& svg) {
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, std::regex("data-plot=\"[0-9.]+ ([0-9.]+)\"")));
  return std::stod(match[1]);
}

Event event_on(const std::string& id, sys_days start, sys_days end, const std::string& title = {}) {
  Event e;
  e.id = id;
  e.title = title.empty() ? "Event " + id : title;
  e.time.start = start;
  e.time.end = end;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

// Event `id`'s label: its left edge, top and width.
std::tuple<double, double, double> label_box(const std::string& svg, const std::string& id) {
  const std::regex pattern("id=\"ev-" + id + "\"[\\s\\S]*?class=\"label event-label\"[^>]*data-box=\"([0-9.]+) ([0-9.]+) ([0-9.]+)");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, pattern));
  return {std::stod(match[1]), std::stod(match[2]), std::stod(match[3])};
}

chronograph::graph::EventTime span(const char* value, date::sys_days start, date::sys_days end, chronograph::Precision precision) {
  chronograph::graph::EventTime time;
  time.value = value;
  time.start = start;
  time.end = end;
  time.precision = precision;
  time.source = chronograph::graph::TimeSource::Explicit;
  return time;
}

// One event a day for each actor, in the order given, each in its actor's lane.
GraphData lanes_of(const std::vector<std::pair<std::string, std::vector<std::string>>>& actors) {
  return test::actors_graph(actors, sys_days{2026_y / jan / 5});
}

std::vector<std::string> labels_of(const GraphData& g) {
  TimelineOptions options;
  options.width = 900;
  return test::lane_labels(render_svg_timeline(g, options));
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

TEST_CASE("re52 #47: no event label runs to the plot's right edge", "[render][labels]") {
  const auto seed = GENERATE(range(1u, 9u));
  const auto width = GENERATE(1400, 900);
  TimelineOptions options;
  options.width = width;
  const std::string svg = render_svg_timeline(test::random_graph(30, seed, 2015, 2028), options);
  const double right = plot_right(svg);
  CHECK(test::layout_problems(test::read_boxes(svg)).empty());
  const auto rights = event_label_rights(svg);
  CHECK(rights.size() > 10);
  for (const double label_right : rights) {
    CAPTURE(seed, width);
    CHECK(label_right <= right - 8 + 0.05);
  }
}

TEST_CASE("re52 #47: a late event with a long title ends inside the plot, with air", "[render][labels]") {
  GraphData g;
  g.events.push_back(event_at("first-show", sys_days{2026_y / dec / 3}, "2026-12-03", Precision::Day));
  const auto last = GENERATE(as<std::string>{}, "Tour opens at Hollywood Bowl", "Band plays every weekend");
  g.events.push_back(event_at(last, sys_days{2027_y / apr / 17}, "2027-04-17", Precision::Day));
  const std::string svg = render_svg_timeline(g, {});
  const auto rights = event_label_rights(svg);
  REQUIRE(rights.size() == 2);
  CHECK(*std::max_element(rights.begin(), rights.end()) <= plot_right(svg) - 8 + 0.05);
  // (its label reaches the edge: without the air it would end on it)
  CHECK(*std::max_element(rights.begin(), rights.end()) >= plot_right(svg) - 8 - 0.05);
}

TEST_CASE("t53 #50: two labels on one row keep a few spaces between them", "[render][labels]") {
  // a long label, then a bound known only as 'by' a later day, whose label ends at its mark:
  // wherever that day falls, the two labels share a row only with air between them
  const std::string title = GENERATE(std::string("Lindqvist joins Norwegian auroral expedition to Kautokeino"),
                                     std::string("Minister joins delegation to the regional summit in the north"));
  const sys_days start{2024_y / jan / 1};
  for (int gap_days = 20; gap_days <= 140; gap_days += 2) {
    GraphData g;
    g.events.push_back(event_on("long", start, start, title));
    Event by = event_on("by-event", start, start + days{gap_days}, "Lindqvist works");
    by.time.start.reset();
    g.events.push_back(by);
    g.events.push_back(event_on("later", start + days{150}, start + days{150}));
    const auto svg = render_svg_timeline(g, {});
    const auto [x0, y0, w0] = label_box(svg, "long");
    const auto [x1, y1, w1] = label_box(svg, "by-event");
    CAPTURE(gap_days, x0 + w0, x1);
    if (y0 == y1) CHECK(std::max(x1 - (x0 + w0), x0 - (x1 + w1)) >= 12);
  }
}

TEST_CASE("re56: a span from a year or month on to a day starts at that year or month, not its first day",
          "[render][labels]") {
  using namespace date;
  using chronograph::Precision;
  using chronograph::render::describe_date;
  // "has run the club since 2017", closed by the article's date
  CHECK(describe_date(span("2017", sys_days{2017_y / jan / 1}, sys_days{2023_y / oct / 3}, Precision::Year)) ==
        "2017 – 3 Oct 2023");
  CHECK(describe_date(span("2023-03", sys_days{2023_y / mar / 1}, sys_days{2023_y / jul / 19}, Precision::Month)) ==
        "Mar 2023 – 19 Jul 2023");
  // must not: whole years, a span from a day, a single year, a part of a year
  CHECK(describe_date(span("2017", sys_days{2017_y / jan / 1}, sys_days{2019_y / dec / 31}, Precision::Year)) ==
        "2017 – 2019");
  CHECK(describe_date(span("2017", sys_days{2017_y / jun / 12}, sys_days{2023_y / oct / 3}, Precision::Year)) ==
        "12 Jun 2017 – 3 Oct 2023");
  CHECK(describe_date(span("2017", sys_days{2017_y / jan / 1}, sys_days{2017_y / dec / 31}, Precision::Year)) == "2017");
  auto early = span("2017", sys_days{2017_y / jan / 1}, sys_days{2017_y / apr / 30}, Precision::Year);
  early.mod = "START";
  CHECK(describe_date(early) == "early 2017");
}

TEST_CASE("t52 issue 49: a lane is not drawn as the kind word before its name's of", "[render][lanes][ux52]") {
  const auto names = labels_of(lanes_of({{"University of Northbridge Medical School Faculty", {"University"}},
                                         {"Bank of England Monetary Policy Committee", {"Bank"}}}));
  REQUIRE(names.size() == 2);
  CHECK(names[0] != "University");
  CHECK(names[1] != "Bank");
}

TEST_CASE("t52 issue 49: a lane is not drawn as a word of another actor's name", "[render][lanes][ux52]") {
  const auto names = labels_of(lanes_of({{"Northbridge Metropolitan University Trust", {"University"}},
                                         {"University and College Union", {}}}));
  REQUIRE(names.size() == 2);
  CHECK(names[0] != "University");
  CHECK(names[1] == "University and College Union");
}

TEST_CASE("t52 issue 49: an alias that says whose lane it is is still drawn", "[render][lanes][ux52]") {
  const auto names = labels_of(lanes_of({{"U.S. Federal Trade Commission Bureau", {"FTC"}},
                                         {"University and College Union", {}}}));
  REQUIRE(names.size() == 2);
  CHECK(names[0] == "FTC");
}
