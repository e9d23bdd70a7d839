// re55: every segment of the time axis is ticked densely enough to read which day an event is
// on (every day, or every 2, 3 or 7 days), and no two tick labels overlap; the HTML page's
// timeline says where each day lies and keeps legend room, so the zoom can redraw both; a part
// of a day ("the morning of") is drawn over its hours (t55 #67); a date known only by a bound
// runs on, dotted, to the plot's edge (t55 #66).
#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <date/date.h>

#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"
#include "render/timeline/time_text.h"
#include "tests/render/svg_check.h"

using namespace date;
using chronograph::render::AxisExtent;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimeScale;

namespace {

double day_number(sys_days d) { return d.time_since_epoch().count(); }

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

}  // namespace

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

namespace {

chronograph::graph::Event event_on_day(const std::string& id, sys_days day) {
  chronograph::graph::Event e;
  e.id = id;
  e.title = "Event " + id;
  e.time.start = day;
  e.time.end = day;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

// Three months of dated days: each drawn as a dot, until the page's zoom draws it across.
chronograph::graph::GraphData season_of_days(sys_days first) {
  chronograph::graph::GraphData g;
  for (int k = 0; k < 7; ++k) g.events.push_back(event_on_day("e" + std::to_string(k), first + days{13 * k}));
  return g;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("re55: the page's timeline tells its script where each day lies and keeps legend room for a day drawn across",
          "[render][html]") {
  const sys_days first = GENERATE(sys_days{2025_y / feb / 3}, sys_days{2018_y / sep / 17});
  const auto graph = season_of_days(first);
  chronograph::render::TimelineOptions page;
  page.zoomable = true;
  const auto svg = chronograph::render::render_svg_timeline(graph, page);
  CHECK(count(svg, "data-day=\"") == 7);
  CHECK(svg.find("data-kind=\"point\"") != std::string::npos);
  // the entry a zoom may need, hidden until then: its swatch and its text
  CHECK(count(svg, "visibility=\"hidden\"") == 2);
  CHECK(svg.find("data-kind=\"day\" visibility=\"hidden\"") != std::string::npos);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
  // the picture itself is the static timeline's
  const auto plain = chronograph::render::render_svg_timeline(graph, {});
  CHECK(plain.find("data-day=") == std::string::npos);
  CHECK(plain.find("data-kind=") == std::string::npos);
  CHECK(plain.find("visibility=") == std::string::npos);
}

TEST_CASE("re55: no legend room is kept where no day could be drawn across, nor twice", "[render][html]") {
  chronograph::render::TimelineOptions page;
  page.zoomable = true;
  SECTION("a week of days, already drawn across") {
    chronograph::graph::GraphData g;
    for (int k = 0; k < 5; ++k) g.events.push_back(event_on_day("d" + std::to_string(k), sys_days{2022_y / nov / 14} + days{k}));
    const auto svg = chronograph::render::render_svg_timeline(g, page);
    CHECK(count(svg, "data-kind=\"day\"") == 1);
    CHECK(svg.find("visibility=\"hidden\"") == std::string::npos);
  }
  SECTION("periods only") {
    chronograph::graph::GraphData g;
    auto spell = event_on_day("spell", sys_days{2020_y / jan / 6});
    spell.time.end = sys_days{2020_y / mar / 30};
    g.events.push_back(spell);
    const auto svg = chronograph::render::render_svg_timeline(g, page);
    CHECK(svg.find("data-kind=\"day\"") == std::string::npos);
    CHECK(svg.find("data-day=") == std::string::npos);
  }
}

namespace {

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
