// The time axis: the segments it is broken into, their scales and spans, and the ticks and tick
// labels of each.
#include <algorithm>
#include <cmath>
#include <date/date.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <random>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "axis_segments.h"
#include "core/common/interval.h"
#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/graphviz/graphviz.h"
#include "render/timeline/link_route.h"
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
using chronograph::render::LinkRouter;
using chronograph::render::Path;
using chronograph::render::RouteBox;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimeScale;
using chronograph::render::AxisExtent;
using chronograph::render::render_svg_timeline;
using chronograph::render::TimelineOptions;
namespace test = chronograph::test;
using chronograph::render::describe_span;
using chronograph::render::segment_spans;
using chronograph::render::Curve;
using chronograph::render::RoutePoint;
using chronograph::render::ScaleSegment;
using date::sys_days;

namespace {

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

double at_clock(sys_days d, int hours, int minutes) { return day_number(d) + (hours * 60 + minutes) / 1440.0; }

// A post-mortem: a 2019 outage, the incident's minutes on one day, the article three days on
// with its "by" bounds, and remediation bars over the next weeks.
std::vector<AxisExtent> incident_story(sys_days incident, const std::vector<std::pair<int, int>>& clocks) {
  std::vector<AxisExtent> out{{day_number(sys_days{2019_y / jan / 1}), day_number(sys_days{2020_y / jan / 1})}};
  for (const auto& [h, m] : clocks) out.push_back({at_clock(incident, h, m), at_clock(incident, h, m) + 1.0 / 1440});
  const sys_days article = incident + days{3};
  for (int k = 0; k < 6; ++k) out.push_back({day_number(article), day_number(article) + 1, 0.25});
  out.push_back({day_number(article), day_number(article + days{50})});
  out.push_back({day_number(article), day_number(article + days{30})});
  return out;
}

std::vector<std::string> span_labels(const std::string& svg) {
  std::vector<std::string> out;
  const std::regex label("class=\"label segment-span-label\"[^>]*>([^<]*)<");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1]);
  return out;
}

bool has_label_ending_with(const std::vector<std::string>& labels, const std::string& unit) {
  for (const auto& label : labels)
    if (label.size() >= unit.size() && label.compare(label.size() - unit.size(), unit.size(), unit) == 0) return true;
  return false;
}

std::vector<std::string> tick_labels(const std::string& svg) {
  std::vector<std::string> out;
  const std::regex tick("class=\"label tick-label\"[^>]*>([^<]*)<");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), tick); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1]);
  return out;
}

bool says_a_clock_time(const std::string& label) {
  return std::regex_search(label, std::regex("(^| )[0-2][0-9]:[0-5][0-9]$"));
}

// `count` one-day events spread evenly over `span` days from `first`.
std::vector<AxisExtent> spread(sys_days first, int span, int count) {
  std::vector<AxisExtent> out;
  for (int k = 0; k < count; ++k) {
    const double day = day_number(first) + (count == 1 ? 0 : std::floor(double(span - 1) * k / (count - 1)));
    out.push_back({day, day + 1});
  }
  return out;
}

std::string dump(const std::vector<Tick>& ticks) {
  std::string out;
  for (const auto& t : ticks) out += fmt::format("[{} @{:.0f}{}] ", t.label, t.x, t.mark ? "" : " ctx");
  return out;
}

// Ticks with a line (not a segment's centred name) on the segment drawn from `x0` to `x1`.
std::vector<Tick> marked_on(const std::vector<Tick>& ticks, double x0, double x1) {
  std::vector<Tick> out;
  for (const auto& tick : ticks)
    if (tick.mark && tick.x >= x0 - 0.5 && tick.x <= x1 + 0.5) out.push_back(tick);
  return out;
}

void check_labels_apart(const std::vector<Tick>& ticks) {
  for (std::size_t i = 1; i < ticks.size(); ++i) {
    INFO(dump(ticks));
    CHECK(ticks[i - 1].label_x + ticks[i - 1].label_width <= ticks[i].label_x);
  }
}

// The most days between two neighbouring ticks; 0 when fewer than two.
double widest_step(const std::vector<Tick>& ticks) {
  double out = 0;
  for (std::size_t i = 1; i < ticks.size(); ++i) out = std::max(out, ticks[i].day - ticks[i - 1].day);
  return out;
}

// Three events over `span` days, six weeks before a busy week of news, and three single
// days years before: drawn on `width` pixels, the stretch of `span` days gets a narrow segment.
TimeScale storm_weeks_scale(int span, double width) {
  using namespace date;
  std::vector<AxisExtent> extents;
  const double first = day_number(sys_days{2023_y / oct / 2});
  for (int k = 0; k < 3; ++k) {
    const double day = first + std::floor((span - 1) * k / 2.0);
    extents.push_back({day, day + 1});
  }
  const double news = first + span + 40;
  for (int k = 0; k < 30; ++k) extents.push_back({news + k % 7, news + k % 7 + 1});
  for (auto y : {2015_y, 2018_y, 2021_y}) {
    const double day = day_number(sys_days{y / mar / 1});
    extents.push_back({day, day + 1});
  }
  return TimeScale::build(extents, 100, 100 + width);
}

std::vector<Tick> ticks_on(const std::vector<Tick>& ticks, const ScaleSegment& segment) {
  std::vector<Tick> out;
  for (const auto& tick : ticks)
    if (tick.x >= segment.x0 - 0.5 && tick.x <= segment.x1 + 0.5) out.push_back(tick);
  return out;
}

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

// These tests use their own tour_and: other tests in this file use other values of the same names.
namespace {
namespace tour_story {

// A tour of four days in early May 2031 told in an article of 30 April, and `extra`.
GraphData tour_and(const Event& extra) {
  GraphData g;
  for (int day = 5; day <= 8; ++day)
    g.events.push_back(event_on("tour-day-" + std::to_string(day), sys_days{2031_y / may / day},
                                sys_days{2031_y / may / day}, Precision::Day, Modality::Planned));
  g.events.push_back(extra);
  return g;
}

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

}  // namespace tour_story
}  // namespace

// These tests use their own regatta_and: other tests in this file use other values of the same names.
namespace {
namespace regatta_story {

// A regatta of a week and a half in August 2033, told on 12 August, and `extra`.
GraphData regatta_and(const Event& extra) {
  GraphData g;
  for (int day = 4; day <= 14; day += 2)
    g.events.push_back(event_on("regatta-race-" + std::to_string(day), sys_days{2033_y / aug / day},
                                sys_days{2033_y / aug / day}, Precision::Day));
  g.events.push_back(extra);
  return g;
}

TEST_CASE("t60 #61: a span of years from the article's date keeps no year whole beside the news", "[render][axis][rc62]") {
  // "the city may host the regatta again within ten years", from 12 August 2033
  Event again = event_on("host-again", sys_days{2033_y / aug / 12}, sys_days{2043_y / aug / 12}, Precision::Year,
                         Modality::Planned);
  const auto segments = axis_segments_of(chronograph::render::render_svg_timeline(regatta_and(again), {}));
  const AxisSegment news = axis_segment_at(segments, day_number(sys_days{2033_y / aug / 8}));
  CHECK(news.day1 - news.day0 < 60);
  CHECK(axis_segment_at(segments, day_number(sys_days{2043_y / aug / 12})).day0 > news.day1);
}

TEST_CASE("t60 #61: a span starting with a year told as one keeps that year whole", "[render][axis][rc62]") {
  // must not: "from 2029 to 12 August 2033" starts on a year's first day, the year it is told in
  Event since = event_on("sponsor-backs-regatta", sys_days{2029_y / jan / 1}, sys_days{2033_y / aug / 12},
                         Precision::Year);
  const auto segments = axis_segments_of(chronograph::render::render_svg_timeline(regatta_and(since), {}));
  CHECK(axis_segment_at(segments, day_number(sys_days{2029_y / jan / 1})).day1 >= day_number(sys_days{2029_y / dec / 31}));
}

}  // namespace regatta_story
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

TEST_CASE("re52 #46: an incident told minute by minute gets its own segment, its times told apart", "[render][axis]") {
  using Clocks = std::vector<std::pair<int, int>>;
  const auto [incident, clocks] = GENERATE(table<sys_days, Clocks>({
      {sys_days{2025_y / sep / 9}, Clocks{{14, 20}, {14, 32}, {14, 32}, {14, 35}, {15, 2}, {15, 2}, {15, 19}}},
      {sys_days{2024_y / mar / 2}, Clocks{{21, 5}, {21, 40}, {22, 10}, {23, 55}}},
      {sys_days{2023_y / jul / 30}, Clocks{{6, 0}, {6, 12}, {7, 45}, {8, 3}, {9, 30}}}}));
  TextMetrics metrics;
  const auto scale = TimeScale::build(incident_story(incident, clocks), 150, 1370);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  for (std::size_t i = 1; i < clocks.size(); ++i) {
    if (clocks[i] == clocks[i - 1]) continue;
    const double a = scale.x(at_clock(incident, clocks[i - 1].first, clocks[i - 1].second));
    const double b = scale.x(at_clock(incident, clocks[i].first, clocks[i].second));
    CHECK(b - a >= 16);
  }
  // the axis tells the hours ("14:35"), not only the day
  CHECK(std::any_of(ticks.begin(), ticks.end(), [](const Tick& t) { return t.label.find(':') != std::string::npos; }));
}

TEST_CASE("re52 #46: days of news a few days apart still share one segment", "[render][axis]") {
  // (whole days: a break inside a week of news would hide how far apart its days are)
  std::vector<AxisExtent> extents;
  for (int d : {1, 2, 3, 7, 8, 11, 12})
    extents.push_back({day_number(sys_days{2025_y / sep / d}), day_number(sys_days{2025_y / sep / d}) + 1});
  CHECK(TimeScale::build(extents, 150, 1370).segments().size() == 1);
}

TEST_CASE("re52 #50: a day's tick label sits centred on its tick, not pushed off it by a break", "[render][axis]") {
  // a strike story: background years, a dispute since 1 October, a ballot and the days around
  // the article of 9 January, the end of term in spring
  const auto start = GENERATE(sys_days{2025_y / oct / 1}, sys_days{2025_y / sep / 30}, sys_days{2025_y / oct / 3});
  std::vector<AxisExtent> extents{{day_number(sys_days{2022_y / jan / 1}), day_number(sys_days{2023_y / jan / 1})},
                                  {day_number(start), day_number(sys_days{2026_y / jan / 10})},
                                  {day_number(sys_days{2025_y / nov / 1}), day_number(sys_days{2025_y / dec / 1})}};
  for (const sys_days d : {sys_days{2025_y / oct / 20}, sys_days{2025_y / nov / 3}, sys_days{2025_y / nov / 17}})
    extents.push_back({day_number(d), day_number(d) + 1});
  for (int d : {5, 9, 9, 9, 12, 13})
    extents.push_back({day_number(sys_days{2026_y / jan / d}), day_number(sys_days{2026_y / jan / d}) + 1});
  extents.push_back({day_number(sys_days{2026_y / mar / 27}), day_number(sys_days{2026_y / mar / 28})});
  extents.push_back({day_number(sys_days{2026_y / may / 1}), day_number(sys_days{2026_y / jun / 1})});
  TextMetrics metrics;
  const auto scale = TimeScale::build(extents, 150, 1370);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  for (const auto& tick : ticks) {
    const bool day_label = !tick.label.empty() && std::isdigit(static_cast<unsigned char>(tick.label[0])) &&
                           tick.label.find(' ') != std::string::npos && tick.label.find(' ') <= 2;
    if (!tick.mark || !day_label) continue;
    CAPTURE(tick.label);
    CHECK(std::abs(tick.label_x + tick.label_width / 2 - tick.x) <= tick.label_width / 4);
  }
  // the bar's start is not drawn left of the tick before it, read at its label
  const double bar = scale.x(day_number(start));
  for (const auto& tick : ticks)
    if (tick.mark && tick.day < day_number(start) && tick.day > day_number(start) - 14) CHECK(tick.x <= bar);
}

TEST_CASE("re52 #50: a month or year label at a segment's start still names it", "[render][axis]") {
  // a tour year after a break: "Jan 2027" leans into the year it begins
  std::vector<AxisExtent> extents{{day_number(sys_days{2017_y / jan / 1}), day_number(sys_days{2019_y / jan / 1})}};
  for (int d : {1, 3, 3, 5, 9, 11})
    extents.push_back({day_number(sys_days{2026_y / dec / d}), day_number(sys_days{2026_y / dec / d}) + 1});
  extents.push_back({day_number(sys_days{2027_y / jan / 1}), day_number(sys_days{2028_y / jan / 1})});
  extents.push_back({day_number(sys_days{2027_y / apr / 1}), day_number(sys_days{2027_y / sep / 1})});
  TextMetrics metrics;
  const auto ticks = TimeScale::build(extents, 150, 1370).ticks(metrics, 11);
  const auto all = labels(ticks);
  INFO(fmt::format("{}", fmt::join(all, " | ")));
  CHECK(std::any_of(all.begin(), all.end(), [](const std::string& l) { return l.find("2027") != std::string::npos; }));
}

TEST_CASE("re55: a fortnight drawn narrow beside a busy week is ticked every few days", "[render][ticks]") {
  TextMetrics metrics;
  const sys_days first = GENERATE(sys_days{2024_y / mar / 4}, sys_days{2019_y / oct / 9}, sys_days{2022_y / jan / 27});
  const int span = GENERATE(5, 9, 13, 16);
  // a stretch of background with three events, ten weeks before a week of daily news
  auto extents = spread(first, span, 3);
  for (const auto& extent : spread(first + days{span + 70}, 6, 12)) extents.push_back(extent);
  const auto scale = TimeScale::build(extents, 100, 1300);
  REQUIRE(scale.segments().size() == 2);
  const auto& background = scale.segments().front();
  const auto ticks = scale.ticks(metrics, 11);
  const auto marked = marked_on(ticks, background.x0, background.x1);
  INFO(span << " days: " << dump(ticks));
  CHECK(marked.size() >= 2);
  CHECK(widest_step(marked) <= 7);
  check_labels_apart(ticks);
}

TEST_CASE("re55: axes of a day to thirty years get ticks whose labels never overlap", "[render][ticks]") {
  TextMetrics metrics;
  const int span = GENERATE(1, 5, 13, 40, 240, 30 * 365);
  const double width = GENERATE(200.0, 400.0, 1200.0);
  const auto scale = TimeScale::build(spread(sys_days{2023_y / aug / 21}, span, 6), 100, 100 + width);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(span << " days on " << width << " px: " << dump(ticks));
  check_labels_apart(ticks);
  for (const auto& tick : ticks) {
    CHECK(tick.label_x >= 100 - 1e-9);
    CHECK(tick.label_x + tick.label_width <= 100 + width + 1e-9);
  }
  const auto marked = marked_on(ticks, 100, 100 + width);
  if (span > 1) CHECK(marked.size() >= 2);
  // (days apart on a span of days: a reader can tell which day an event is on; the first
  // label, which says the year, may take its neighbour's room)
  if (span > 1 && span <= 40 && width >= 400) CHECK(widest_step(marked) <= 14);
  if (span > 1 && span <= 13 && width >= 400) CHECK(widest_step(marked) <= 4);
}

TEST_CASE("re55: weekly ticks stay on Mondays where two of them fit there", "[render][ticks]") {
  TextMetrics metrics;
  // six weeks of dates on a narrow axis: ticked by weeks, on the weeks' Mondays
  const sys_days first = GENERATE(sys_days{2021_y / may / 3}, sys_days{2025_y / feb / 12});
  const auto scale = TimeScale::build(spread(first, 42, 5), 100, 400);
  const auto marked = marked_on(scale.ticks(metrics, 11), 100, 400);
  REQUIRE(marked.size() >= 2);
  for (const auto& tick : marked) {
    INFO(tick.label);
    CHECK(weekday{sys_days{days{static_cast<int>(tick.day)}}} == Monday);
  }
}

TEST_CASE("re56: a few days drawn narrow are ticked by their days, not named by their month", "[render][ticks]") {
  chronograph::render::TextMetrics metrics;
  using namespace date;
  const int span = GENERATE(5, 9, 13);
  const double width = GENERATE(450.0, 550.0, 700.0);
  const auto scale = storm_weeks_scale(span, width);
  const ScaleSegment* narrow = nullptr;
  for (const auto& segment : scale.segments())
    if (segment.content_begin >= day_number(sys_days{2023_y / oct / 1}) &&
        segment.content_end <= day_number(sys_days{2023_y / oct / 20}))
      narrow = &segment;
  REQUIRE(narrow);
  REQUIRE(narrow->x1 - narrow->x0 < 120);
  const auto all = scale.ticks(metrics, 11);
  const auto ticks = ticks_on(all, *narrow);
  REQUIRE(!ticks.empty());
  // the first says its day, month and year, where the reader can see which day it marks
  const std::regex a_day(R"(\d{1,2} Oct 2023)");
  INFO(span << " days on " << narrow->x1 - narrow->x0 << " px: " << ticks.front().label);
  CHECK(std::regex_match(ticks.front().label, a_day));
  CHECK(ticks.front().mark);
  CHECK(ticks.front().day >= narrow->content_begin);
  CHECK(ticks.front().day < narrow->content_end);
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    CHECK(ticks[i].label_x >= narrow->x0 - 1e-9);
    CHECK(ticks[i].label_x + ticks[i].label_width <= narrow->x1 + 1e-9);
    if (i > 0) CHECK(ticks[i - 1].label_x + ticks[i - 1].label_width < ticks[i].label_x);
  }
}

TEST_CASE("re56: months drawn narrow keep their names, not day numbers", "[render][ticks]") {
  chronograph::render::TextMetrics metrics;
  using namespace date;
  // two events three months apart, years before a busy week: a narrow segment of months
  std::vector<AxisExtent> extents{{day_number(sys_days{2019_y / feb / 3}), day_number(sys_days{2019_y / feb / 4})},
                                  {day_number(sys_days{2019_y / may / 20}), day_number(sys_days{2019_y / may / 21})}};
  const double news = day_number(sys_days{2023_y / nov / 6});
  for (int k = 0; k < 30; ++k) extents.push_back({news + k % 7, news + k % 7 + 1});
  const auto scale = TimeScale::build(extents, 100, 500);
  const auto ticks = ticks_on(scale.ticks(metrics, 11), scale.segments().front());
  REQUIRE(!ticks.empty());
  const std::regex day_alone(R"(\d{1,2})");
  for (const auto& tick : ticks) {
    INFO(tick.label);
    CHECK_FALSE(std::regex_match(tick.label, day_alone));
  }
}

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

TEST_CASE("t56 #63: a month beside a decades-long segment is drawn as a month, not a dot", "[render][axis]") {
  const std::string svg = chronograph::render::render_svg_timeline(flood_story(), {});
  const double may = mark_width(svg, "river-floods"), june = mark_width(svg, "levee-raised");
  CHECK(may > 60);
  // both months on one scale: 31 days against 30
  CHECK(may / june == Approx(31.0 / 30).epsilon(0.05));
  // a day of the news week keeps a day's share of its month
  CHECK(mark_width(svg, "news-27") <= june / 10);
}

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

// These tests use their own event_on and history_and_news: other tests in this file use other values of the same names.
namespace {
namespace history_and_news_story {

Event event_on(const std::string& id, sys_days start, sys_days end, const std::string& title = {}) {
  Event e;
  e.id = id;
  e.title = title.empty() ? "Event " + id : title;
  e.time.start = start;
  e.time.end = end;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

// A band's history in years, then weeks of news around the article: two scales beside each other.
GraphData history_and_news(int first_year, int last_year, sys_days news) {
  GraphData g;
  for (int y = first_year; y <= last_year; ++y)
    g.events.push_back(event_on(fmt::format("year-{}", y), sys_days{year{y} / jan / 1}, sys_days{year{y} / dec / 31}));
  for (int d = 0; d < 15; d += 2) g.events.push_back(event_on(fmt::format("news-{}", d), news + days{d}, news + days{d}));
  return g;
}

TEST_CASE("re53: a segment's length is said in the unit a reader rounds it to", "[render][axis]") {
  const auto [span_days, whole_days, said] = GENERATE(table<double, bool, std::string>({
      {0.02, false, "29 minutes"},
      {1.7, false, "41 hours"},
      {1.7, true, "2 days"},
      {0.4, true, "1 day"},
      {9, true, "9 days"},
      {20, true, "3 weeks"},
      {200, true, "7 months"},
      {380, true, "1 year"},
      {540, true, "1\u00bd years"},
      {900, true, "2\u00bd years"},
      {3650, true, "10 years"},
      {438000, true, "1,199 years"}}));
  CAPTURE(span_days, whole_days);
  CHECK(describe_span(span_days, whole_days) == said);
}

TEST_CASE("t52 #48: years beside weeks of news are each said over their segment", "[render][axis]") {
  const auto [first, last, news] = GENERATE(table<int, int, sys_days>({{2017, 2018, sys_days{2026_y / jun / 12}},
                                                                       {1995, 2003, sys_days{2024_y / mar / 1}},
                                                                       {2010, 2010, sys_days{2025_y / nov / 20}}}));
  const auto svg = render_svg_timeline(history_and_news(first, last, news), {});
  const auto labels = span_labels(svg);
  INFO(fmt::format("{}", fmt::join(labels, " | ")));
  REQUIRE(labels.size() >= 2);
  CHECK((has_label_ending_with(labels, "years") || has_label_ending_with(labels, "year")));
  CHECK((has_label_ending_with(labels, "weeks") || has_label_ending_with(labels, "days")));
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("t52 #48: an axis of one scale, broken or not, has no span row", "[render][axis]") {
  TextMetrics metrics;
  SECTION("one segment") {
    const auto scale = TimeScale::build({{day_number(sys_days{2024_y / may / 1}), day_number(sys_days{2024_y / may / 2})},
                                         {day_number(sys_days{2024_y / may / 9}), day_number(sys_days{2024_y / may / 10})}},
                                        150, 1370);
    CHECK(segment_spans(scale, metrics, 10).empty());
  }
  SECTION("the sample-like article's week beside its background has one") {
    const auto svg = render_svg_timeline(chronograph::test::sample_like_graph(), {});
    CHECK(span_labels(svg).size() == 3);
  }
  SECTION("a single day of news") {
    GraphData g;
    g.events.push_back(event_on("only", sys_days{2024_y / may / 1}, sys_days{2024_y / may / 1}));
    CHECK(render_svg_timeline(g, {}).find("segment-spans") == std::string::npos);
  }
}

}  // namespace history_and_news_story
}  // namespace

// These tests use their own event_at and event_on: other tests in this file use other values of the same names.
namespace {
namespace race_by_the_clock {

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

TEST_CASE("t54 #68: a day of a race told by the clock, beside months of background, is ticked in hours", "[render][axis]") {
  // last year's race and a record months before; on race day the start, the finish, the winner's day
  const auto [race, start, finish] = GENERATE(table<sys_days, int, int>({
      {sys_days{2025_y / sep / 28}, 9 * 60 + 15, 11 * 60 + 18},
      {sys_days{2024_y / apr / 21}, 10 * 60, 12 * 60 + 5},
      {sys_days{2026_y / nov / 1}, 8 * 60 + 30, 14 * 60 + 45}}));
  GraphData g;
  g.events.push_back(event_on("record", race - days{700}, race - days{700}));
  g.events.push_back(event_on("last-year", race - days{364}, race - days{364}));
  g.events.push_back(event_at("start", race, start));
  g.events.push_back(event_at("finish", race, finish));
  g.events.push_back(event_on("wins", race, race));
  const auto svg = render_svg_timeline(g, {});
  const auto labels = tick_labels(svg);
  CHECK(std::count_if(labels.begin(), labels.end(), says_a_clock_time) >= 2);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("t54 #68: a segment made for one day without clock times is still named once", "[render][axis]") {
  const sys_days race = GENERATE(sys_days{2025_y / sep / 28}, sys_days{2024_y / apr / 21});
  GraphData g;
  g.events.push_back(event_on("record", race - days{700}, race - days{700}));
  g.events.push_back(event_on("last-year", race - days{364}, race - days{364}));
  g.events.push_back(event_on("wins", race, race));
  const auto labels = tick_labels(render_svg_timeline(g, {}));
  CHECK(std::none_of(labels.begin(), labels.end(), says_a_clock_time));
}

}  // namespace race_by_the_clock
}  // namespace
