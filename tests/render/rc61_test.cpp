// rc61 (tester t59): a run of days beside "by the end of the year" gets a segment of its own
// (#78); the diagram ranks every event by its date and hour (#80); a link between marks overlapping in time runs upright at the time they share, not out
// and back against time (#79); a short planned bar is no hollow sliver reading as "0" (#81).
#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "axis_segments.h"
#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/graphviz/graphviz.h"
#include "render/timeline/svg_timeline.h"

using namespace date;
using chronograph::Precision;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::graph::Modality;
using chronograph::graph::TimeSource;
using chronograph::test::axis_segment_at;
using chronograph::test::axis_segments_of;
using chronograph::test::AxisSegment;
using chronograph::test::day_number;
using chronograph::test::event_on;

namespace {

// A tour of four days in early May 2031 told in an article of 30 April, and `extra`.
GraphData tour_and(const Event& extra) {
  GraphData g;
  for (int day = 5; day <= 8; ++day)
    g.events.push_back(event_on("tour-day-" + std::to_string(day), sys_days{2031_y / may / day},
                                sys_days{2031_y / may / day}, Precision::Day, Modality::Planned));
  g.events.push_back(extra);
  return g;
}

// x0, y, width, height of the mark of event `id`.
std::vector<double> mark_box(const std::string& svg, const std::string& id) {
  std::smatch found;
  const std::regex mark("id=\"ev-" + id + "\"[^\\n]*?class=\"mark[^\"]*\" data-box=\"([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\"");
  REQUIRE(std::regex_search(svg, found, mark));
  return {std::stod(found[1].str()), std::stod(found[2].str()), std::stod(found[3].str()), std::stod(found[4].str())};
}

}  // namespace

TEST_CASE("t59 #78: a tour of days beside a bar to the end of the year gets a segment of its own", "[render][axis][rc61]") {
  // "announcements are expected by the end of the year", from the article's date
  Event by_year_end = event_on("announcements", sys_days{2031_y / apr / 30}, sys_days{2031_y / dec / 31},
                               Precision::Year, Modality::Planned);
  by_year_end.time.value = "2031";
  by_year_end.time.mod = "END";
  const auto segments = axis_segments_of(chronograph::render::render_svg_timeline(tour_and(by_year_end), {}));
  const AxisSegment tour = axis_segment_at(segments, day_number(sys_days{2031_y / may / 6}));
  CHECK(tour.day1 - tour.day0 < 40);
  CHECK(axis_segment_at(segments, day_number(sys_days{2031_y / nov / 30})).day0 > tour.day1);
}

TEST_CASE("t59 #78: a late part of the year told as one stays whole on its segment", "[render][axis][rc61]") {
  // must not: "late 2031" (September to December) is a period told as one, kept whole
  Event late = event_on("harvest", sys_days{2031_y / sep / 1}, sys_days{2031_y / dec / 31}, Precision::Year);
  late.time.value = "2031";
  late.time.mod = "END";
  const auto segments = axis_segments_of(chronograph::render::render_svg_timeline(tour_and(late), {}));
  const AxisSegment autumn = axis_segment_at(segments, day_number(sys_days{2031_y / sep / 1}));
  CHECK(autumn.day1 >= day_number(sys_days{2031_y / dec / 31}));
}

TEST_CASE("t59 #79: a before link between marks overlapping in time runs upright at the time they share", "[render][links][rc61]") {
  GraphData g;
  g.events.push_back(event_on("knee-injured", sys_days{2029_y / mar / 1}, sys_days{2029_y / mar / 31}, Precision::Month));
  g.events.push_back(event_on("season-missed", sys_days{2029_y / mar / 1}, sys_days{2029_y / jun / 30}, Precision::Month));
  g.events.push_back(event_on("comeback", sys_days{2030_y / feb / 2}, sys_days{2030_y / feb / 2}, Precision::Day));
  chronograph::graph::Edge before;
  before.from = "knee-injured";
  before.to = "season-missed";
  g.edges.push_back(before);
  const std::string svg = chronograph::render::render_svg_timeline(g, {});
  std::smatch found;
  REQUIRE(std::regex_search(svg, found, std::regex("data-from=\"knee-injured\"[^>]*data-pts=\"([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\" data-ctl=\"([0-9.]+) [0-9.]+ ([0-9.]+) ")));
  const double x0 = std::stod(found[1].str()), x1 = std::stod(found[3].str());
  CHECK(x0 == Approx(x1));
  const auto injured = mark_box(svg, "knee-injured");
  CHECK(x0 > injured[0]);
  CHECK(x0 < injured[0] + injured[2]);
  // it ends on the bar's edge, not in its middle
  const auto missed = mark_box(svg, "season-missed");
  const double y1 = std::stod(found[4].str());
  CHECK((y1 <= missed[1] || y1 >= missed[1] + missed[3]));
  // no swing out past either end in time: its control points lie at that time too
  CHECK(std::stod(found[5].str()) == Approx(x0));
  CHECK(std::stod(found[6].str()) == Approx(x0));
}

TEST_CASE("t59 #81: a planned month on a long axis is drawn as wide as a point", "[render][marks][rc61]") {
  GraphData g;
  g.events.push_back(event_on("old-founding", sys_days{1990_y / jan / 1}, sys_days{1990_y / jan / 1}, Precision::Day));
  g.events.push_back(event_on("cup-final", sys_days{2032_y / apr / 1}, sys_days{2032_y / apr / 30}, Precision::Month,
                              Modality::Planned));
  g.events.push_back(event_on("cup-semis", sys_days{2032_y / mar / 1}, sys_days{2032_y / mar / 31}, Precision::Month));
  g.events.push_back(event_on("old-stadium", sys_days{2001_y / jul / 1}, sys_days{2001_y / jul / 31}, Precision::Month));
  const std::string svg = chronograph::render::render_svg_timeline(g, {});
  CHECK(mark_box(svg, "cup-final")[2] >= 10);
  // must not: a month that happened keeps its own (narrow) width
  CHECK(mark_box(svg, "old-stadium")[2] < 10);
}

TEST_CASE("t59 #80: the diagram ranks every event of a lane by its date and hour", "[render][graphviz][rc61]") {
  GraphData g;
  const sys_days flood_day = 2030_y / may / 6;
  auto add = [&](const std::string& id, chronograph::graph::EventTime time) {
    Event e;
    e.id = e.title = id;
    e.time = time;
    e.time.source = TimeSource::Explicit;
    g.events.push_back(e);
  };
  add("levee-inspected", event_on("x", sys_days{2030_y / may / 1}, sys_days{2030_y / may / 1}, Precision::Day).time);
  add("roads-closed", chronograph::test::clock_time(flood_day, "2030-05-06T14:30"));
  add("river-peaks", chronograph::test::clock_time(flood_day, "2030-05-06T10:52"));
  add("pumps-started", event_on("x", sys_days{2030_y / may / 7}, sys_days{2030_y / may / 7}, Precision::Day).time);
  add("schools-closed", event_on("x", sys_days{2030_y / may / 7}, sys_days{2030_y / may / 7}, Precision::Day).time);
  const std::string svg = chronograph::render::render_graphviz(g, "svg");
  auto x_of = [&](const std::string& id) {
    const auto at = svg.find("<title>" + std::regex_replace(id, std::regex("-"), "&#45;") + "</title>");
    REQUIRE(at != std::string::npos);
    std::smatch match;
    const std::string rest = svg.substr(at, 600);
    REQUIRE(std::regex_search(rest, match, std::regex("<text[^>]* x=\"(-?[0-9.]+)\"")));
    return std::stod(match[1]);
  };
  CHECK(x_of("levee-inspected") < x_of("river-peaks"));
  CHECK(x_of("river-peaks") < x_of("roads-closed"));
  CHECK(x_of("roads-closed") < x_of("pumps-started"));
  // a second event of a day is ranked with the first, not left at the start of the diagram
  CHECK(x_of("schools-closed") == Approx(x_of("pumps-started")).margin(1));
}

TEST_CASE("t59 #80: a long title is broken into even lines in the diagram, a short one is not", "[render][graphviz][rc61]") {
  GraphData g;
  g.events.push_back(event_on("Volunteers from three neighbouring villages rebuild the old footbridge",
                              sys_days{2030_y / may / 1}, sys_days{2030_y / may / 1}, Precision::Day));
  g.events.push_back(event_on("Ferry service resumes", sys_days{2030_y / may / 2}, sys_days{2030_y / may / 2},
                              Precision::Day));
  const std::string dot = chronograph::render::render_graphviz(g, "dot");
  CHECK(dot.find("Volunteers from three\\nneighbouring villages\\nrebuild the old footbridge\\n1 May 2030") !=
        std::string::npos);
  CHECK(dot.find("\"Ferry service resumes\\n2 May 2030\"") != std::string::npos);
}
