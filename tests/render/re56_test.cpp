// re56: links swing wide round blocks of labels when the plain shapes cannot (t55 #68).
#include <catch2/catch.hpp>

#include <cmath>
#include <regex>
#include <string>
#include <random>
#include <vector>

#include "render/timeline/link_route.h"
#include "render/timeline/time_scale.h"
#include "render/timeline/time_text.h"

using chronograph::render::Curve;
using chronograph::render::LinkRouter;
using chronograph::render::RouteBox;
using chronograph::render::RoutePoint;

namespace {

const RouteBox kPlot{0, 0, 1400, 900};

double length_of(const Curve& c) {
  auto d = [](RoutePoint p, RoutePoint q) { return std::hypot(q.x - p.x, q.y - p.y); };
  return d(c.from, c.c1) + d(c.c1, c.c2) + d(c.c2, c.to);
}

}  // namespace

TEST_CASE("re56: a link between stacked marks swings wide round labels on both sides of their column",
          "[render][links]") {
  // Marks at x 700, rows of labels from x 380 to 1100 between them: every short bow cuts
  // through, but the left of the plot is free.
  std::vector<RouteBox> labels;
  for (int row = 0; row < 10; ++row) labels.push_back({380, 220.0 + row * 40, 720, 14});
  const LinkRouter router(labels, kPlot);
  const Curve routed = router.route({700, 820}, {703, 100});
  CHECK(router.crossings(routed) == 0);
  CHECK(std::min(routed.c1.x, routed.c2.x) < 380);
  CHECK(std::min(routed.c1.x, routed.c2.x) >= kPlot.x);
}

TEST_CASE("re56: a link does not swing far out to spare a single label", "[render][links]") {
  // The same column with one row of labels between the marks: the wide swing that misses it
  // is over a thousand pixels longer, so the link keeps its short bow and passes under it.
  const std::vector<RouteBox> labels{{380, 420, 720, 14}};
  const LinkRouter router(labels, kPlot);
  const Curve routed = router.route({700, 820}, {703, 100});
  CHECK(router.crossings(routed) == 1);
  CHECK(length_of(routed) < 1200);
}

TEST_CASE("re56: a swung link never crosses more boxes than the plain one, nor leaves the plot", "[render][links]") {
  std::mt19937 random(56);
  std::uniform_real_distribution<double> x(40, 1300), y(40, 860), width(40, 500);
  for (int round = 0; round < 150; ++round) {
    std::vector<RouteBox> boxes;
    for (int i = 0; i < 30; ++i) boxes.push_back({x(random), y(random), width(random), 14});
    const RoutePoint from{x(random), y(random)}, to{x(random), y(random)};
    const LinkRouter router(boxes, kPlot);
    const Curve plain = LinkRouter({}, kPlot).route(from, to);
    const Curve routed = router.route(from, to);
    CHECK(router.crossings(routed) <= router.crossings(plain));
    for (double cx : {routed.c1.x, routed.c2.x}) {
      CHECK(cx >= kPlot.x);
      CHECK(cx <= kPlot.x + kPlot.w);
    }
  }
}

namespace {

chronograph::graph::EventTime span(const char* value, date::sys_days start, date::sys_days end, chronograph::Precision precision) {
  chronograph::graph::EventTime time;
  time.value = value;
  time.start = start;
  time.end = end;
  time.precision = precision;
  time.source = chronograph::graph::TimeSource::Explicit;
  return time;
}

}  // namespace

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

namespace {

using chronograph::render::AxisExtent;
using chronograph::render::ScaleSegment;
using chronograph::render::Tick;
using chronograph::render::TimeScale;

double day_number(date::sys_days d) { return d.time_since_epoch().count(); }

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

}  // namespace

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
