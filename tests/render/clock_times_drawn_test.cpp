// Clock times on the timeline: zones, midnight closing a day and parts of a day drawn over
// their hours.
#include <algorithm>
#include <cmath>
#include <date/date.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"
#include "render/timeline/time_text.h"
#include "tests/render/event_times.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"
#include "tests/render/event_times.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::Precision;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::render::AxisExtent;
using chronograph::render::render_svg_timeline;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimelineOptions;
using chronograph::render::TimeScale;
namespace test = chronograph::test;
using chronograph::render::clock_of;
using chronograph::render::describe_date;

namespace {

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

double attribute(const std::string& svg, const std::string& id, const std::string& name) {
  const std::regex pattern("id=\"ev-" + id + "\"[\\s\\S]*?" + name + "=\"([0-9.]+)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, pattern));
  return std::stod(match[1]);
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

chronograph::graph::Event event_in_part(const std::string& id, sys_days day, const std::string& part) {
  auto e = event_on_day(id, day);
  e.time.value = format("%F", day) + "T" + part;
  return e;
}

// The mark of event `id` in a timeline SVG: its element name and [data-x0, data-x1].
struct DrawnMark {
  std::string element;
  double x0 = 0, x1 = 0;
};

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

}  // namespace

// (t55 #12: told on its own day, "<day>, 24:00"; a midnight that opens a day, "shortly after
// midnight", the tagger writes as that day's T00:00: midnight_opens_its_day in core/timex)
TEST_CASE("re52 #51: a T24:00 is drawn at the next day's start and told on its own day", "[render][dates]") {
  const auto day = GENERATE(sys_days{2025_y / nov / 21}, sys_days{2024_y / dec / 31}, sys_days{2024_y / feb / 28});
  const std::string iso = chronograph::format_iso_day(day);
  const std::string next_iso = chronograph::format_iso_day(day + days{1});
  GraphData g;
  g.events.push_back(event_at("draft-circulated", day, iso + "T24:00", Precision::Instant));
  g.events.push_back(event_at("next-day-start", day + days{1}, next_iso + "T00:00", Precision::Instant));
  g.events.push_back(event_at("evening-before", day, iso + "T20:00", Precision::Instant));
  const std::string svg = render_svg_timeline(g, {});
  CHECK(attribute(svg, "draft-circulated", "cx") == Approx(attribute(svg, "next-day-start", "cx")));
  CHECK(attribute(svg, "evening-before", "cx") < attribute(svg, "draft-circulated", "cx"));
  const std::regex date_of_draft("id=\"ev-draft-circulated\"[^>]*data-date=\"([^\"]*)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, date_of_draft));
  CHECK(match[1] == chronograph::render::format_day_label(day_number(day), true) + ", 24:00");
}

TEST_CASE("re55: a part of a day is drawn over its hours, in the order of the day", "[render][time-of-day]") {
  const sys_days day = GENERATE(sys_days{2023_y / sep / 26}, sys_days{2017_y / feb / 9});
  chronograph::graph::GraphData g;
  g.events.push_back(event_in_part("ferry-leaves", day, "MO"));
  g.events.push_back(event_in_part("storm-reaches-coast", day, "AF"));
  g.events.push_back(event_in_part("harbour-closes", day, "EV"));
  g.events.push_back(event_in_part("crews-work", day + days{1}, "NI"));
  g.events.push_back(event_on_day("ferry-returns", day + days{2}));
  const auto svg = chronograph::render::render_svg_timeline(g, {});
  const auto morning = mark_of(svg, "ferry-leaves"), afternoon = mark_of(svg, "storm-reaches-coast"),
             evening = mark_of(svg, "harbour-closes"), night = mark_of(svg, "crews-work");
  CHECK(morning.element == "rect bar");
  CHECK(afternoon.element == "rect bar");
  // one after the other, not each over the whole day
  CHECK(morning.x1 <= afternoon.x0 + 0.5);
  CHECK(afternoon.x1 <= evening.x0 + 0.5);
  CHECK(evening.x1 < night.x0);
  CHECK(morning.x1 - morning.x0 == Approx(afternoon.x1 - afternoon.x0).margin(0.5));
  // must not: a day without a part of it stays a day
  CHECK(mark_of(svg, "ferry-returns").element.find("point") != std::string::npos);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("re55: part_of_day_of reads only a day's part", "[render][time-of-day]") {
  using chronograph::render::part_of_day_of;
  auto time = event_in_part("x", sys_days{2020_y / sep / 1}, "NI").time;
  CHECK(part_of_day_of(time) == std::pair{22 / 24.0, 1.0});
  time.value = "2020-09-01T21:40";
  CHECK_FALSE(part_of_day_of(time));
  time.value = "2020-09-01";
  CHECK_FALSE(part_of_day_of(time));
  time.value = "2020-W36";
  CHECK_FALSE(part_of_day_of(time));
}

TEST_CASE("issue 22: a 3 p.m. EST conference is drawn after an 18:30 GMT briefing that day", "[render][tx49]") {
  const sys_days day{2026_y / February / 11};
  const double est = *clock_of(clock_time(day, "2026-02-11T15:00-05:00"));
  const double gmt = *clock_of(clock_time(day, "2026-02-11T18:30Z"));
  CHECK(est == Approx(20.0 / 24));
  CHECK(gmt == Approx(18.5 / 24));
  CHECK(est > gmt);
  // the label keeps the clock as told
  CHECK(describe_date(clock_time(day, "2026-02-11T15:00-05:00")) == "11 Feb 2026, 15:00");
}

TEST_CASE("a zoned time past midnight in UTC is drawn on the next day, a time with no zone as written", "[render][tx49]") {
  const sys_days day{2026_y / February / 11};
  CHECK(*clock_of(clock_time(day, "2026-02-11T21:00-05:00")) == Approx(26.0 / 24));
  CHECK(*clock_of(clock_time(day, "2026-02-11T07:00+09:00")) == Approx(-2.0 / 24));
  CHECK(*clock_of(clock_time(day, "2026-02-11T15:00")) == Approx(15.0 / 24));
}

TEST_CASE("tx56x t55-12: the midnight that closes a day is told on that day", "[render][dates][tx56x]") {
  using chronograph::render::describe_date;
  // (Tuesday 1 Sep 2020, "said in a statement shortly before midnight")
  CHECK(describe_date(clock_time(sys_days{2020_y / sep / 1}, "2020-09-01T24:00")) == "1 Sep 2020, 24:00");
  // (the last day of a month and of a year stay theirs)
  CHECK(describe_date(clock_time(sys_days{2020_y / dec / 31}, "2020-12-31T24:00")) == "31 Dec 2020, 24:00");
  // (a midnight that opens a day is that day's 00:00)
  CHECK(describe_date(clock_time(sys_days{2020_y / sep / 2}, "2020-09-02T00:00")) == "2 Sep 2020, 00:00");
}

TEST_CASE("tx56x t55-12: the midnight that closes a day is drawn where the next day starts", "[render][dates][tx56x]") {
  using chronograph::render::clock_of;
  REQUIRE(clock_of(clock_time(sys_days{2020_y / sep / 1}, "2020-09-01T24:00")));
  CHECK(*clock_of(clock_time(sys_days{2020_y / sep / 1}, "2020-09-01T24:00")) == Approx(1.0));
}
