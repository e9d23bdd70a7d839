// Event marks and the legend: dots, bars, fades and strikes for each kind of date, and the legend
// entries that explain them.
#include <algorithm>
#include <cmath>
#include <date/date.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "axis_segments.h"
#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/graphviz/graphviz.h"
#include "render/timeline/segment_spans.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"
#include "render/timeline/time_text.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"
#include "tests/render/event_times.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using namespace date::literals;
using chronograph::Precision;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::graph::Modality;
using chronograph::graph::TimeSource;
using chronograph::render::AxisExtent;
using chronograph::render::describe_span;
using chronograph::render::render_svg_timeline;
using chronograph::render::segment_spans;
using chronograph::render::TextMetrics;
using chronograph::render::TimeScale;
using chronograph::render::Tick;
using chronograph::render::ScaleSegment;
using date::sys_days;

namespace {

// x0, y, width, height of the mark of event `id`.
std::vector<double> mark_box(const std::string& svg, const std::string& id) {
  std::smatch found;
  const std::regex mark("id=\"ev-" + id + "\"[^\\n]*?class=\"mark[^\"]*\" data-box=\"([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\"");
  REQUIRE(std::regex_search(svg, found, mark));
  return {std::stod(found[1].str()), std::stod(found[2].str()), std::stod(found[3].str()), std::stod(found[4].str())};
}

double attribute_after(const std::string& svg, const std::string& id, const std::string& name) {
  const std::regex pattern("id=\"ev-" + id + "\"[\\s\\S]*?" + name + "=\"([0-9.]+)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, pattern));
  return std::stod(match[1]);
}

// The legend's entries as (swatch element, text), left to right.
std::vector<std::pair<std::string, std::string>> legend_entries(const std::string& svg) {
  std::vector<std::string> swatches, texts;
  const auto legend_at = svg.find("<g class=\"legend\">");
  REQUIRE(legend_at != std::string::npos);
  const std::string legend = svg.substr(legend_at, svg.find("</g>", legend_at) - legend_at);
  const std::regex swatch("<(circle|rect|path) class=\"mark legend-mark\"([^>]*)/>"), rx("rx=\"([0-9.]+)\"");
  for (auto it = std::sregex_iterator(legend.begin(), legend.end(), swatch); it != std::sregex_iterator(); ++it) {
    const std::string attributes = (*it)[2];
    std::smatch round;
    swatches.push_back(std::regex_search(attributes, round, rx) ? fmt::format("{} rx={}", (*it)[1].str(), round[1].str())
                                                                 : (*it)[1].str());
  }
  const std::regex text("class=\"label legend\"[^>]*>([^<]*)<");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator(); ++it)
    texts.push_back((*it)[1]);
  REQUIRE(swatches.size() == texts.size());
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < texts.size(); ++i) out.emplace_back(swatches[i], texts[i]);
  return out;
}

std::vector<std::string> point_texts(const std::string& svg) {
  std::vector<std::string> out;
  for (const auto& [swatch, text] : legend_entries(svg))
    if (text.starts_with("a day") || text.starts_with("a time")) out.push_back(swatch + ": " + text);
  return out;
}

// The strike over event `id`'s mark: its ends' heights.
std::pair<double, double> strike_of(const std::string& svg, const std::string& id) {
  const std::regex strike("id=\"ev-" + id + "\"[^]*?<line class=\"strike\" x1=\"[0-9.]+\" y1=\"([0-9.]+)\" "
                          "x2=\"[0-9.]+\" y2=\"([0-9.]+)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, strike));
  return {std::stod(match[1]), std::stod(match[2])};
}

Event negated(Event e) {
  e.modality = chronograph::graph::Modality::Negated;
  return e;
}

chronograph::graph::Event event_on_day(const std::string& id, sys_days day) {
  chronograph::graph::Event e;
  e.id = id;
  e.title = "Event " + id;
  e.time.start = day;
  e.time.end = day;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The mark of event `id` in a timeline SVG: its element name and [data-x0, data-x1].
struct DrawnMark {
  std::string element;
  double x0 = 0, x1 = 0;
};

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

}  // namespace

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

// These tests use their own event_on and mark_of: other tests in this file use other values of the same names.
namespace {
namespace day_wide_marks {

Event event_on(const std::string& id, sys_days start, sys_days end, const std::string& title = {}) {
  Event e;
  e.id = id;
  e.title = title.empty() ? "Event " + id : title;
  e.time.start = start;
  e.time.end = end;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

// The element that draws event `id`'s mark: "circle" or "rect", and its class.
std::string mark_of(const std::string& svg, const std::string& id) {
  const std::regex mark("id=\"ev-" + id + "\"[\\s\\S]*?<(circle|rect) class=\"mark ([a-z ]+)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, mark));
  return std::string(match[1]) + " " + std::string(match[2]);
}

TEST_CASE("t53 #51: a day on an axis ticked in hours is drawn from its midnight to the next", "[render][marks]") {
  // a semi-final told by the clock, the final two days on, the quarter-final before
  const sys_days friday = GENERATE(sys_days{2025_y / sep / 5}, sys_days{2024_y / jan / 26}, sys_days{2023_y / jul / 14});
  GraphData g;
  for (const auto& [id, minutes] : std::vector<std::pair<std::string, int>>{{"starts", 21 * 60 + 15}, {"ends", 24 * 60 + 38}}) {
    Event e = event_on(id, friday + days{minutes / 1440}, friday + days{minutes / 1440});
    e.time.value = fmt::format("{}T{:02}:{:02}", format("%F", friday + days{minutes / 1440}), minutes % 1440 / 60, minutes % 60);
    e.time.precision = chronograph::Precision::Instant;
    g.events.push_back(e);
  }
  g.events.push_back(event_on("final", friday + days{2}, friday + days{2}));
  g.events.push_back(event_on("quarter-final", friday - days{2}, friday - days{2}));
  const auto svg = render_svg_timeline(g, {});
  CHECK(mark_of(svg, "final") == "rect point day");
  CHECK(mark_of(svg, "quarter-final") == "rect point day");
  // the clock times stay dots at their minute
  CHECK(mark_of(svg, "starts") == "circle point");
  CHECK(mark_of(svg, "ends") == "circle point");
  // the final's mark runs a whole day: from its midnight, as wide as from 'starts' to a day later
  CHECK(attribute_after(svg, "final", "width") > 30);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("t53 #51: a day on an axis of years stays a dot", "[render][marks]") {
  GraphData g;
  g.events.push_back(event_on("born", sys_days{1871_y / jun / 3}, sys_days{1871_y / jun / 3}));
  g.events.push_back(event_on("dies", sys_days{1949_y / jan / 18}, sys_days{1949_y / jan / 18}));
  g.events.push_back(event_on("studies", sys_days{1889_y / jan / 1}, sys_days{1894_y / dec / 31}));
  const auto svg = render_svg_timeline(g, {});
  CHECK(mark_of(svg, "born") == "circle point");
  CHECK(mark_of(svg, "dies") == "circle point");
}

}  // namespace day_wide_marks
}  // namespace

// These tests use their own event_at and event_on: other tests in this file use other values of the same names.
namespace {
namespace legend_points {

Event event_on(const std::string& id, sys_days start, sys_days end) {
  Event e;
  e.id = id;
  e.title = "Event " + id;
  e.time.start = start;
  e.time.end = end;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

Event event_at(const std::string& id, sys_days day, int minutes) {
  Event e = event_on(id, day, day);
  e.time.value = fmt::format("{}T{:02}:{:02}", format("%F", day), minutes / 60, minutes % 60);
  e.time.precision = chronograph::Precision::Instant;
  return e;
}

TEST_CASE("re54: on an axis ticked in hours the legend shows a day as the day-wide bar it is drawn", "[render][legend]") {
  // a match told by the clock, the final and the quarter-final days around it
  const sys_days friday = GENERATE(sys_days{2025_y / sep / 5}, sys_days{2024_y / jan / 26}, sys_days{2023_y / jul / 14});
  GraphData g;
  g.events.push_back(event_at("starts", friday, 21 * 60 + 15));
  g.events.push_back(event_at("ends", friday + days{1}, 38));
  g.events.push_back(event_on("final", friday + days{2}, friday + days{2}));
  g.events.push_back(event_on("quarter-final", friday - days{2}, friday - days{2}));
  const auto svg = render_svg_timeline(g, {});
  REQUIRE(svg.find("class=\"mark point day\"") != std::string::npos);
  CHECK(point_texts(svg) == std::vector<std::string>{"circle: a time of day",
                                                     "rect rx=4.5: a day: from its midnight to the next"});
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("re54: only days on an axis ticked in hours: no dot in the legend", "[render][legend]") {
  const sys_days start = GENERATE(sys_days{2025_y / sep / 3}, sys_days{2026_y / feb / 27});
  GraphData g;
  for (int d = 0; d < 4; ++d)
    g.events.push_back(event_on(fmt::format("day-{}", d), start + days{d}, start + days{d}));
  const auto svg = render_svg_timeline(g, {});
  CHECK(point_texts(svg) == std::vector<std::string>{"rect rx=4.5: a day: from its midnight to the next"});
}

TEST_CASE("re54: days on an axis of months or years stay a dot in the legend", "[render][legend]") {
  GraphData g;
  g.events.push_back(event_on("born", sys_days{1871_y / jun / 3}, sys_days{1871_y / jun / 3}));
  g.events.push_back(event_on("dies", sys_days{1949_y / jan / 18}, sys_days{1949_y / jan / 18}));
  g.events.push_back(event_on("studies", sys_days{1889_y / jan / 1}, sys_days{1894_y / dec / 31}));
  const auto svg = render_svg_timeline(g, {});
  CHECK(point_texts(svg) == std::vector<std::string>{"circle: a day"});
}

TEST_CASE("re54: clock times beside days: the legend names every kind of point drawn, and no other", "[render][legend]") {
  // half a year or a month of news, one day of it told by the clock
  const int step = GENERATE(14, 3, 1);
  GraphData g;
  const sys_days first = 2024_y / mar / 1;
  for (int d = 0; d < 10 * step; d += step)
    g.events.push_back(event_on(fmt::format("day-{}", d), first + days{d}, first + days{d}));
  g.events.push_back(event_at("alarm", first + days{10}, 14 * 60 + 32));
  g.events.push_back(event_at("all-clear", first + days{10}, 16 * 60 + 5));
  const auto svg = render_svg_timeline(g, {});
  bool day_dot = false, day_across = false;
  for (const auto& event : g.events) {
    if (event.id == "alarm" || event.id == "all-clear") continue;
    const std::regex mark("id=\"ev-" + event.id + "\"[\\s\\S]*?<(circle|rect) class=\"mark point");
    std::smatch match;
    REQUIRE(std::regex_search(svg, match, mark));
    (match[1] == "circle" ? day_dot : day_across) = true;
  }
  std::vector<std::string> expected{day_dot ? "circle: a day or a time of day" : "circle: a time of day"};
  if (day_across) expected.push_back("rect rx=4.5: a day: from its midnight to the next");
  CHECK(point_texts(svg) == expected);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("t54 #69: a long mark that did not happen is struck along its middle, a dot corner to corner", "[render][marks]") {
  GraphData g;
  // "does not race again" over a year, across a break, beside a day that did happen and one that did not
  g.events.push_back(negated(event_on("not-race-again", sys_days{2025_y / jan / 1}, sys_days{2025_y / dec / 31})));
  g.events.push_back(event_on("record", sys_days{2023_y / oct / 8}, sys_days{2023_y / oct / 8}));
  g.events.push_back(negated(event_on("no-injury", sys_days{2023_y / may / 2}, sys_days{2023_y / may / 2})));
  g.events.push_back(event_on("race", sys_days{2025_y / sep / 28}, sys_days{2025_y / sep / 28}));
  Event bound = negated(event_on("not-think", sys_days{2025_y / sep / 28}, sys_days{2025_y / sep / 28}));
  bound.time.start.reset();
  g.events.push_back(bound);
  const auto svg = render_svg_timeline(g, {});
  const auto [bar_y1, bar_y2] = strike_of(svg, "not-race-again");
  CHECK(bar_y1 == bar_y2);
  const auto [fade_y1, fade_y2] = strike_of(svg, "not-think");
  CHECK(fade_y1 == fade_y2);
  const auto [dot_y1, dot_y2] = strike_of(svg, "no-injury");
  CHECK(dot_y1 > dot_y2);
}

}  // namespace legend_points
}  // namespace

// These tests use their own mark_of: other tests in this file use other values of the same names.
namespace {
namespace bound_fades {

DrawnMark mark_of(const std::string& svg, const std::string& id) {
  const auto at = svg.find("data-id=\"" + id + "\"");
  REQUIRE(at != std::string::npos);
  const auto mark = svg.find("class=\"mark ", at);
  const auto open = svg.rfind('<', mark);
  DrawnMark out;
  out.element = svg.substr(open + 1, svg.find(' ', open) - open - 1) + " " +
                svg.substr(mark + 12, svg.find('"', mark + 12) - mark - 12);
  out.x0 = std::stod(svg.substr(svg.find("data-x0=\"", mark) + 9));
  out.x1 = std::stod(svg.substr(svg.find("data-x1=\"", mark) + 9));
  return out;
}

TEST_CASE("re55: a date known only by its bound reaches to the plot's edge on its open side", "[render][fade]") {
  // a life told over decades, and things said only to have happened by the article's date
  const sys_days article = GENERATE(sys_days{1998_y / nov / 3}, sys_days{2011_y / may / 20});
  chronograph::graph::GraphData g;
  g.events.push_back(event_on_day("born", article - days{365 * 80}));
  g.events.push_back(event_on_day("dies", article - days{2}));
  auto studied = event_on_day("studied-abroad", article);
  studied.time.start.reset();
  studied.time.source = chronograph::graph::TimeSource::Dct;
  g.events.push_back(studied);
  auto founded = event_on_day("founded-lab", article - days{365 * 40});
  founded.time.end.reset();  // "after 1958", say
  g.events.push_back(founded);
  const auto svg = chronograph::render::render_svg_timeline(g, {});
  const auto plot = svg.find("data-plot=\"");
  const double left = std::stod(svg.substr(plot + 11));
  const double right = std::stod(svg.substr(svg.find(' ', plot + 11) + 1));
  const auto before = mark_of(svg, "studied-abroad"), after = mark_of(svg, "founded-lab");
  CHECK(before.x0 == Approx(left).margin(0.5));  // back to the birth and beyond, not beside the death
  CHECK(after.x1 == Approx(right).margin(0.5));
  CHECK(count(svg, "class=\"open-side\"") == 2);
  // the solid part stays beside the bound
  const auto stub = svg.find(" x=\"", svg.find("class=\"mark fade\"", svg.find("data-id=\"studied-abroad\"")));
  CHECK(std::stod(svg.substr(stub + 4)) > mark_of(svg, "dies").x0 - 100);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("re55: a link meets a bound's mark at its fade, not along its dotted part", "[render][fade]") {
  const sys_days article = GENERATE(sys_days{2016_y / sep / 17}, sys_days{2008_y / mar / 2});
  chronograph::graph::GraphData g;
  g.events.push_back(event_on_day("launch-delayed", article - days{400}));
  auto waited = event_on_day("engineers-wait", article);
  waited.time.start.reset();
  waited.time.source = chronograph::graph::TimeSource::Dct;
  g.events.push_back(waited);
  g.events.push_back(event_on_day("rocket-lifts-off", article - days{1}));
  g.edges.push_back({"launch-delayed", "engineers-wait", chronograph::graph::EdgeType::Causes,
                     chronograph::graph::Evidence{"d", 0, "because"}, chronograph::graph::EdgeSource::Extracted, 0.8});
  const auto svg = chronograph::render::render_svg_timeline(g, {});
  const auto pts = svg.find("data-pts=\"", svg.find("class=\"edge "));
  REQUIRE(pts != std::string::npos);
  std::istringstream numbers(svg.substr(pts + 10, svg.find('"', pts + 10) - pts - 10));
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  numbers >> x1 >> y1 >> x2 >> y2;
  const auto stub = svg.find(" x=\"", svg.find("class=\"mark fade\"", svg.find("data-id=\"engineers-wait\"")));
  const double fade_left = std::stod(svg.substr(stub + 4));
  CHECK(x2 >= fade_left - 10);
  CHECK(x2 <= mark_of(svg, "engineers-wait").x1 + 1);
}

}  // namespace bound_fades
}  // namespace
