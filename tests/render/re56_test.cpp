// re56: links swing wide round blocks of labels when the plain shapes cannot (t55 #68).
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <vector>

#include "render/timeline/link_route.h"
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
