// rd59 (tester t58): a couple of years drawn narrow keep ticks of their halves or quarters
// (#62); a link's way round labels stays near its ends rather than enclose half the plot, and
// the axis shows the late part of a year for "by late 2019", not the whole year, and a year
// for "not before the 1960s", not one day (#63).
#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/common/interval.h"
#include "graph/model/graph_data.h"
#include "render/timeline/link_route.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"

using namespace date;
using chronograph::render::LinkRouter;
using chronograph::render::Path;
using chronograph::render::RouteBox;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimeScale;

namespace {

double day_number(sys_days d) { return d.time_since_epoch().count(); }

std::vector<std::string> labels(const std::vector<Tick>& ticks) {
  std::vector<std::string> out;
  for (const auto& tick : ticks) out.push_back(tick.label);
  return out;
}

std::size_t count_of(const std::vector<Tick>& ticks, const std::string& label) {
  const auto all = labels(ticks);
  return static_cast<std::size_t>(std::count(all.begin(), all.end(), label));
}

std::vector<Tick> ticks_of(sys_days begin, sys_days end, double width) {
  TextMetrics metrics;
  return TimeScale::build({{day_number(begin), day_number(end)}}, 100, 100 + width).ticks(metrics, 11);
}

}  // namespace

TEST_CASE("t58 #62: a year and a half drawn narrow is ticked by months and names its year at January", "[render][axis][rd59]") {
  const auto ticks = ticks_of(sys_days{2019_y / apr / 1}, sys_days{2020_y / sep / 30}, 180);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  REQUIRE(ticks.size() >= 3);
  CHECK(std::all_of(ticks.begin(), ticks.end(), [](const Tick& tick) { return tick.mark; }));
  CHECK(count_of(ticks, "2020") == 1);
  CHECK(count_of(ticks, "Jul") >= 1);
}

TEST_CASE("t58 #62: compact months need a January to name the year", "[render][axis][rd59]") {
  // Seven months of one year drawn narrow: no January, so one label names the stretch.
  const auto ticks = ticks_of(sys_days{2017_y / apr / 1}, sys_days{2017_y / oct / 31}, 70);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  REQUIRE(ticks.size() == 1);
  CHECK_FALSE(ticks.front().mark);
  CHECK(ticks.front().label.find("2017") != std::string::npos);
}

TEST_CASE("t58 #62: a year and a half drawn wide keeps its full month labels", "[render][axis][rd59]") {
  const auto ticks = ticks_of(sys_days{2019_y / feb / 1}, sys_days{2020_y / aug / 31}, 1100);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  CHECK(count_of(ticks, "Jan 2020") == 1);
  CHECK(count_of(ticks, "2020") == 0);
}

namespace {

// Two marks one above the other at x 600, 300 px apart, and between them one label running
// from `left` to `right`.
std::vector<RouteBox> marks_around_label(double left, double right) {
  return {{594, 60, 12, 10, true}, {594, 360, 12, 10, true}, {left, 200, right - left, 14}};
}

// How far the path strays sideways from x 600.
double widest_swing(const Path& path) {
  double widest = 0;
  for (const auto& piece : path)
    for (const auto& p : {piece.from, piece.c1, piece.c2, piece.to}) widest = std::max(widest, std::abs(p.x - 600));
  return widest;
}

constexpr RouteBox kWidePlot{100, 40, 1000, 400};

}  // namespace

TEST_CASE("t58 #63: a link does not go round a label whose ends are far from it", "[render][links][rd59]") {
  // The label reaches 450 px left and 410 px right of the marks: any way round is a loop.
  LinkRouter router(marks_around_label(150, 1010), kWidePlot);
  std::size_t budget = 1'000'000;
  const Path path = router.path({600, 70}, {600, 359}, 0, 1, budget);
  CHECK(widest_swing(path) < 340);
  CHECK(router.label_crossings(path, {0, 1}) == 1);
}

TEST_CASE("t58 #63: a link still goes round a label that ends near it", "[render][links][rd59]") {
  // must not: the label ends 120 px right of the marks, so the way round is short
  LinkRouter router(marks_around_label(150, 720), kWidePlot);
  std::size_t budget = 1'000'000;
  const Path path = router.path({600, 70}, {600, 359}, 0, 1, budget);
  CHECK(router.label_crossings(path, {0, 1}) == 0);
  CHECK(widest_swing(path) < 340);
}

namespace {

// A week of news about a ferry line in mid-October 2019, and a refit told only by its bound
// "by <part> 2019" (`mod`: START, MID, END or none).
chronograph::graph::GraphData ferry_story(const std::string& mod) {
  chronograph::graph::GraphData g;
  for (int day = 14; day <= 20; ++day) {
    chronograph::graph::Event e;
    e.id = e.title = "ferry-news-" + std::to_string(day);
    e.time.start = e.time.end = sys_days{2019_y / oct / day};
    e.time.precision = chronograph::Precision::Day;
    e.time.source = chronograph::graph::TimeSource::Explicit;
    g.events.push_back(e);
  }
  chronograph::graph::Event refit;
  refit.id = refit.title = "ferry-refit-done";
  refit.time.end = sys_days{2019_y / dec / 31};
  refit.time.precision = chronograph::Precision::Year;
  refit.time.value = "2019";
  refit.time.mod = mod;
  refit.time.source = chronograph::graph::TimeSource::Explicit;
  g.events.push_back(refit);
  return g;
}

// The first day the axis shows (the first segment's start).
double axis_start(const std::string& svg) {
  const std::regex segments_attr("data-segments=\"([^\" ]*)");
  std::smatch found;
  REQUIRE(std::regex_search(svg, found, segments_attr));
  return std::stod(found[1].str());
}

// How many days the first segment of the axis covers.
double first_segment_days(const std::string& svg) {
  const std::regex segments_attr("data-segments=\"([^\" ]*) ([^\" ]*)");
  std::smatch found;
  REQUIRE(std::regex_search(svg, found, segments_attr));
  return std::stod(found[2].str()) - std::stod(found[1].str());
}

}  // namespace

TEST_CASE("t58 #63: the axis shows the late part of the year for a bound told as late in it", "[render][axis][rd59]") {
  const std::string svg = chronograph::render::render_svg_timeline(ferry_story("END"), {});
  CHECK(axis_start(svg) >= day_number(sys_days{2019_y / aug / 1}));
}

TEST_CASE("t58 #63: a bound told by its whole year keeps the year on the axis", "[render][axis][rd59]") {
  // must not: "by 2019" may lie anywhere in the year
  const std::string svg = chronograph::render::render_svg_timeline(ferry_story(""), {});
  CHECK(axis_start(svg) <= day_number(sys_days{2019_y / jan / 1}));
}

TEST_CASE("t58 #63: a bound told by its decade is drawn on a segment of a year, not of one day", "[render][axis][rd59]") {
  // "not before the 1960s", or a bar "since the 1960s" up to the news
  const bool bar = GENERATE(false, true);
  chronograph::graph::GraphData g = ferry_story("");
  g.events.pop_back();
  chronograph::graph::Event pier;
  pier.id = pier.title = "pier-stands";
  pier.time.start = sys_days{1960_y / jan / 1};
  pier.time.precision = chronograph::Precision::Decade;
  pier.time.value = "196";
  if (bar) pier.time.end = sys_days{2019_y / oct / 18};
  pier.time.source = chronograph::graph::TimeSource::Explicit;
  g.events.push_back(pier);
  const std::string svg = chronograph::render::render_svg_timeline(g, {});
  CHECK(first_segment_days(svg) >= 300);
  CHECK(svg.find(">1 Jan 1960<") == std::string::npos);
  CHECK(svg.find("1960</text>") != std::string::npos);
}
