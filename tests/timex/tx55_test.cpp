// Tester 55 on time expressions: a count finer than a season after a season keeps the season,
// as one after a month keeps the month.
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::interval_text;
using chronograph::test::tag;
using chronograph::test::timex_named;

// ---- t55 #1: a count of days after a season

TEST_CASE("tx55 t55-1: days or weeks later after a season are some time of that season", "[timex][tx55]") {
  auto [season, code] = GENERATE(table<const char*, const char*>({
      {"spring", "SP"},
      {"summer", "SU"},
      {"autumn", "FA"},
      {"winter", "WI"},
  }));
  const sys_days dct{2024_y / March / 16};
  const std::string text = std::string("The firms first met in the ") + season + " of 2021. Two days later, they signed a deal.";
  INFO(text);
  const auto later = timex_named(tag(text, dct), "Two days later");
  CHECK(later.value == std::string("2021-") + code);
  // (the time it names is the season moved by the step, as for a month)
  CHECK(later.interval->precision == chronograph::Precision::Season);
  CHECK(timex_named(tag(std::string("Talks began in the ") + season + " of 2021. Three weeks later, they failed.", dct),
                    "Three weeks later")
            .value == std::string("2021-") + code);
}

TEST_CASE("tx55 t55-1: a count of seasons or years after a season is not held to it", "[timex][tx55]") {
  const sys_days dct{2024_y / March / 16};
  // (a year later is the year, as from a month)
  CHECK(timex_named(tag("The firms first met in the spring of 2021. A year later, they merged.", dct), "A year later").value ==
        "2022");
  // (after a day the count is a day)
  CHECK(timex_named(tag("The firms first met on May 3, 2021. Two days later, they signed a deal.", dct), "Two days later")
            .value == "2021-05-05");
}
