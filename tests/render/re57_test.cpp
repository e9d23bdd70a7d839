// re57 (tester t56): a calendar period told as one (a month, a year) is kept whole on the axis,
// so it lies on a segment that shows it as long as it is: no "2 days" segment made for the first
// day of a year (#62), no month squeezed to a dot at the edge of a decades-long segment (#63).
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <date/date.h>

#include "graph/model/graph_data.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"

using chronograph::Precision;
using chronograph::render::AxisExtent;
using chronograph::render::ScaleSegment;
using chronograph::render::TimeScale;
using date::sys_days;
using namespace date::literals;

namespace {

double day_number(sys_days d) { return d.time_since_epoch().count(); }

// A heist story: a year, a night in it told by the clock, and a week of news two decades on.
std::vector<AxisExtent> heist_story(bool year_whole) {
  std::vector<AxisExtent> out{{day_number(sys_days{1996_y / jan / 1}), day_number(sys_days{1997_y / jan / 1}), 1, year_whole},
                              {day_number(sys_days{1996_y / mar / 9}) + 0.1, day_number(sys_days{1996_y / mar / 9}) + 0.101},
                              {day_number(sys_days{1980_y / jan / 1}), day_number(sys_days{1981_y / jan / 1})}};
  for (int day = 10; day <= 16; day += 2)
    out.push_back({day_number(sys_days{2017_y / may / day}), day_number(sys_days{2017_y / may / day}) + 1});
  return out;
}

// Whether some segment holds all of [begin, end): no break lies inside it.
bool on_one_segment(const TimeScale& scale, double begin, double end) {
  for (const ScaleSegment& segment : scale.segments())
    if (segment.day0 <= begin && end <= segment.day1) return true;
  return false;
}

}  // namespace

TEST_CASE("t56 #62: a year told as one lies whole on one segment", "[render][axis]") {
  const double y0 = day_number(sys_days{1996_y / jan / 1}), y1 = day_number(sys_days{1997_y / jan / 1});
  const auto scale = TimeScale::build(heist_story(true), 100, 1300);
  CHECK(on_one_segment(scale, y0, y1));
  // and no segment is shorter than the year it was made for
  for (const ScaleSegment& segment : scale.segments())
    if (segment.content_begin <= y0 && y0 < segment.content_end) CHECK(segment.day1 - segment.day0 >= y1 - y0);
}

TEST_CASE("t56 #62: a span between two dates the text gives may still be broken inside", "[render][axis]") {
  // "from 1980 until this week": seen by its ends, so the empty decades inside it are broken out
  auto extents = heist_story(true);
  const double from = day_number(sys_days{1980_y / jan / 1}), to = day_number(sys_days{2017_y / may / 11});
  extents.push_back({from, to});
  const auto scale = TimeScale::build(extents, 100, 1300);
  CHECK_FALSE(on_one_segment(scale, from, to));
  CHECK(on_one_segment(scale, day_number(sys_days{1996_y / jan / 1}), day_number(sys_days{1997_y / jan / 1})));
}

namespace {

using chronograph::graph::Event;
using chronograph::graph::GraphData;

Event dated(const std::string& id, sys_days start, sys_days end, Precision precision, const std::string& value) {
  Event e;
  e.id = id;
  e.title = id;
  e.time.start = start;
  e.time.end = end;
  e.time.precision = precision;
  e.time.value = value;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

// A flood season: a mill built in 1962, floods in May and June, a week of daily news in late June.
GraphData flood_story() {
  GraphData g;
  g.events.push_back(dated("mill-built", sys_days{1962_y / jan / 1}, sys_days{1962_y / dec / 31}, Precision::Year, "1962"));
  g.events.push_back(dated("river-floods", sys_days{2023_y / may / 1}, sys_days{2023_y / may / 31}, Precision::Month, "2023-05"));
  g.events.push_back(dated("levee-raised", sys_days{2023_y / jun / 1}, sys_days{2023_y / jun / 30}, Precision::Month, "2023-06"));
  for (int day = 24; day <= 30; ++day) {
    const sys_days d{2023_y / jun / day};
    g.events.push_back(dated("news-" + std::to_string(day), d, d, Precision::Day, "2023-06-" + std::to_string(day)));
  }
  return g;
}

// The drawn width of event `id`'s mark.
double mark_width(const std::string& svg, const std::string& id) {
  const auto at = svg.find("id=\"ev-" + id + "\"");
  REQUIRE(at != std::string::npos);
  const auto x0 = svg.find("data-x0=\"", at), x1 = svg.find("data-x1=\"", at);
  return std::stod(svg.substr(x1 + 9)) - std::stod(svg.substr(x0 + 9));
}

}  // namespace

TEST_CASE("t56 #63: a month beside a decades-long segment is drawn as a month, not a dot", "[render][axis]") {
  const std::string svg = chronograph::render::render_svg_timeline(flood_story(), {});
  const double may = mark_width(svg, "river-floods"), june = mark_width(svg, "levee-raised");
  CHECK(may > 60);
  // both months on one scale: 31 days against 30
  CHECK(may / june == Approx(31.0 / 30).epsilon(0.05));
  // a day of the news week keeps a day's share of its month
  CHECK(mark_width(svg, "news-27") <= june / 10);
}

TEST_CASE("t56 #64: undated events with one title each say their id, and others do not", "[render][undated]") {
  GraphData g = flood_story();
  for (const std::string id : {"inquiry-k2", "inquiry-p7", "mill-closes"}) {
    Event e;
    e.id = id;
    e.title = id == "mill-closes" ? "Mill closes" : "Inquiry";
    g.events.push_back(e);
  }
  const std::string svg = chronograph::render::render_svg_timeline(g, {});
  CHECK(svg.find(">Inquiry (inquiry-k2)<") != std::string::npos);
  CHECK(svg.find(">Inquiry (inquiry-p7)<") != std::string::npos);
  CHECK(svg.find(">Mill closes<") != std::string::npos);
  CHECK(svg.find("mill-closes)") == std::string::npos);
}

TEST_CASE("t55 #69: a period whose bounds were only inferred is drawn as its bounds, not as a solid bar",
          "[render][between]") {
  GraphData g = flood_story();
  Event repairs = dated("pumps-repaired", sys_days{2023_y / may / 12}, sys_days{2023_y / jun / 26}, Precision::Unknown, "");
  repairs.time.source = chronograph::graph::TimeSource::Inferred;
  g.events.push_back(repairs);
  const std::string svg = chronograph::render::render_svg_timeline(g, {});
  const auto at = svg.find("id=\"ev-pumps-repaired\"");
  REQUIRE(at != std::string::npos);
  const std::string event = svg.substr(at, svg.find("</g>", at) - at);
  CHECK(event.find("class=\"mark between\"") != std::string::npos);
  CHECK(event.find("class=\"mark bar\"") == std::string::npos);
  CHECK(svg.find("only its bounds inferred: somewhere between the ticks") != std::string::npos);
  // a month the text gives stays a solid bar
  const auto may = svg.find("id=\"ev-river-floods\"");
  CHECK(svg.substr(may, svg.find("</g>", may) - may).find("class=\"mark bar\"") != std::string::npos);
}

TEST_CASE("t55 #69: without an inferred period the legend has no entry for one", "[render][between]") {
  const std::string svg = chronograph::render::render_svg_timeline(flood_story(), {});
  CHECK(svg.find("mark between") == std::string::npos);
  CHECK(svg.find("only its bounds inferred") == std::string::npos);
}

namespace {

// How many days the axis segment at pixel `px` covers (0 when none is there).
double segment_days_at(const std::string& svg, double px) {
  const std::regex segments_attr("data-segments=\"([^\"]*)\"");
  std::smatch found;
  REQUIRE(std::regex_search(svg, found, segments_attr));
  std::istringstream list(found[1].str());
  std::string segment;
  while (std::getline(list, segment, ';')) {
    double day0 = 0, day1 = 0, x0 = 0, x1 = 0;
    std::istringstream(segment) >> day0 >> day1 >> x0 >> x1;
    if (x0 - 1 <= px && px <= x1 + 1) return day1 - day0;
  }
  return 0;
}

double mark_x1(const std::string& svg, const std::string& id) {
  const auto at = svg.find("id=\"ev-" + id + "\"");
  REQUIRE(at != std::string::npos);
  return std::stod(svg.substr(svg.find("data-x1=\"", at) + 9));
}

}  // namespace

TEST_CASE("t56 #62: a bound told by its season lies on a segment as long as the season at least", "[render][axis]") {
  GraphData g = flood_story();
  Event review = dated("dam-review", sys_days{2026_y / may / 31}, sys_days{2026_y / may / 31}, Precision::Season, "2026-SP");
  review.time.start.reset();
  g.events.push_back(review);
  const std::string svg = chronograph::render::render_svg_timeline(g, {});
  CHECK(segment_days_at(svg, mark_x1(svg, "dam-review")) >= 90);
  // a bound told to the day keeps its day's segment
  g.events.back().time.precision = Precision::Day;
  const std::string by_day = chronograph::render::render_svg_timeline(g, {});
  CHECK(segment_days_at(by_day, mark_x1(by_day, "dam-review")) < 30);
}

TEST_CASE("t56 #62: a bar from a year to a day starts on a segment a year long at least", "[render][axis]") {
  // "has dredged the harbour since 2009", beside a mill built in 1962, a canal dug in 1975 and
  // ten days of news
  GraphData g;
  g.events.push_back(dated("mill-built", sys_days{1962_y / jan / 1}, sys_days{1962_y / dec / 31}, Precision::Year, "1962"));
  g.events.push_back(dated("canal-dug", sys_days{1975_y / jan / 1}, sys_days{1975_y / dec / 31}, Precision::Year, "1975"));
  for (int day = 20; day < 30; ++day) {
    const sys_days d{2023_y / jun / day};
    g.events.push_back(dated("news-" + std::to_string(day), d, d, Precision::Day, "2023-06-" + std::to_string(day)));
  }
  g.events.push_back(dated("harbour-dredged", sys_days{2009_y / jan / 1}, sys_days{2023_y / jun / 28}, Precision::Year, "2009"));
  const auto x0_of = [](const std::string& svg, const std::string& id) {
    const auto at = svg.find("id=\"ev-" + id + "\"");
    return std::stod(svg.substr(svg.find("data-x0=\"", at) + 9));
  };
  const std::string svg = chronograph::render::render_svg_timeline(g, {});
  CHECK(segment_days_at(svg, x0_of(svg, "harbour-dredged") + 1) >= 365);
  // from a day: that day is all its segment needs
  g.events.back().time.precision = Precision::Day;
  const std::string by_day = chronograph::render::render_svg_timeline(g, {});
  CHECK(segment_days_at(by_day, x0_of(by_day, "harbour-dredged") + 1) < 30);
}
