#include "graph/model/day_gap.h"

#include <catch2/catch.hpp>
#include <date/date.h>

using namespace chronograph::graph;

TEST_CASE("a duration in days and weeks is that many days apart", "[solver][gap]") {
  const int n = GENERATE(1, 2, 3, 10, 52);
  CHECK(day_gap("P" + std::to_string(n) + "D") == DayGap{n, n});
  CHECK(day_gap("P" + std::to_string(n) + "W") == DayGap{7 * n, 7 * n});
}

TEST_CASE("calendar months and years span every length the calendar gives them", "[solver][gap]") {
  // Against date arithmetic: the days from each first of a month over 28 years to the same day n
  // units later all lie in the range.
  using namespace date;
  const auto [value, months] = GENERATE(table<std::string, int>({{"P1M", 1}, {"P2M", 2}, {"P6M", 6}, {"P1Y", 12}, {"P4Y", 48}, {"P1DE", 120}}));
  const auto gap = day_gap(value);
  REQUIRE(gap);
  REQUIRE(gap->max);
  for (int m = 0; m < 28 * 12; ++m) {
    const year_month from = year{1990} / January + date::months{m};
    const int days = static_cast<int>((sys_days{(from + date::months{months}) / 1} - sys_days{from / 1}).count());
    INFO(value << " from " << from);
    CHECK(gap->min <= days);
    CHECK(days <= *gap->max);
  }
}

TEST_CASE("the ranges of months and years are as tight as the calendar", "[solver][gap]") {
  CHECK(day_gap("P1M") == DayGap{28, 31});
  CHECK(day_gap("P2M") == DayGap{59, 62});  // February and March; July and August
  CHECK(day_gap("P1Y") == DayGap{365, 366});
  CHECK(day_gap("P4Y") == DayGap{1460, 1461});  // 2097..2101 skips the leap day of 2100
}

TEST_CASE("hours and minutes fall on the same day or the next", "[solver][gap]") {
  CHECK(day_gap("PT5H") == DayGap{0, 1});
  CHECK(day_gap("PT72H") == DayGap{3, 4});
  CHECK(day_gap("PT30M") == DayGap{0, 1});
}

TEST_CASE("a duration of several units adds them up", "[solver][gap]") {
  // years and months together span what the months alone span, checked against date arithmetic
  using namespace date;
  const auto gap = day_gap("P1Y2M");
  REQUIRE(gap);
  REQUIRE(gap->max);
  for (int m = 0; m < 28 * 12; ++m) {
    const year_month from = year{1990} / January + date::months{m};
    const int days = static_cast<int>((sys_days{(from + date::months{14}) / 1} - sys_days{from / 1}).count());
    CHECK(gap->min <= days);
    CHECK(days <= *gap->max);
  }
  CHECK(day_gap("P1Y2M") == day_gap("P14M"));
  CHECK(day_gap("P2DT6H") == DayGap{2, 3});
  CHECK(day_gap("PT3H20M") == DayGap{0, 1});
  CHECK(day_gap("P1W2D") == DayGap{9, 9});
  CHECK(day_gap("P2Y6M") == day_gap("P30M"));
}

TEST_CASE("a duration's mod widens or opens its gap", "[solver][gap]") {
  CHECK(day_gap("P1W", "APPROX") == DayGap{6, 8});
  CHECK(day_gap("P4W", "APPROX") == DayGap{21, 35});
  CHECK(day_gap("PT72H", "EQUAL_OR_MORE") == DayGap{3, std::nullopt});
  CHECK(day_gap("P2D", "MORE_THAN") == DayGap{2, std::nullopt});
  CHECK(day_gap("P1W", "LESS_THAN") == DayGap{0, 7});
  CHECK(day_gap("P3D", "EQUAL_OR_LESS") == DayGap{0, 3});
}

TEST_CASE("a vague or unreadable duration gives no gap", "[solver][gap]") {
  for (const char* value : {"PXD", "PXY", "P", "", "2021-06-16", "P1.5Y", "P-3D", "P99999999D", "P1Q"}) {
    INFO(value);
    CHECK_FALSE(day_gap(value));
  }
}

TEST_CASE("a gap reads as days for chains and conflicts", "[solver][gap]") {
  CHECK(describe(DayGap{7, 7}) == "7 days");
  CHECK(describe(DayGap{1, 1}) == "1 day");
  CHECK(describe(DayGap{28, 31}) == "28 to 31 days");
  CHECK(describe(DayGap{3, std::nullopt}) == "at least 3 days");
}
