// Issue 22 (tester 48): times told in different zones are drawn in their true order.
#include "render/timeline/time_text.h"

#include <catch2/catch.hpp>

#include "tests/render/event_times.h"

using namespace date;
using chronograph::render::clock_of;
using chronograph::render::describe_date;
using chronograph::test::clock_time;


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
