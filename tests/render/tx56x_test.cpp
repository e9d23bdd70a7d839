// Helper tx56x, t55 #12: a statement "shortly before midnight" on a Tuesday is told on Tuesday.
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "render/timeline/time_text.h"
#include "tests/render/event_times.h"

using namespace date;

using chronograph::test::clock_time;

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
