#include "core/timex/timex.h"

#include <catch2/catch.hpp>

using namespace date;
using chronograph::Interval;
using chronograph::Precision;
using chronograph::core::interval_of_value;

TEST_CASE("values map to calendar intervals with their precision", "[timex]") {
  auto [value, mod, expected] = GENERATE(table<std::string, std::string, Interval>({
      {"2021-06", "", {2021_y / jun / 1, 2021_y / jun / 30, Precision::Month}},
      {"2022", "START", {2022_y / jan / 1, 2022_y / apr / 30, Precision::Year}},
      {"2022", "MID", {2022_y / may / 1, 2022_y / aug / 31, Precision::Year}},
      {"2022", "END", {2022_y / sep / 1, 2022_y / dec / 31, Precision::Year}},
      {"199", "", {1990_y / jan / 1, 1999_y / dec / 31, Precision::Decade}},
      {"199", "START", {1990_y / jan / 1, 1993_y / apr / 30, Precision::Decade}},
      {"19", "", {1900_y / jan / 1, 1999_y / dec / 31, Precision::Century}},
      {"2021-W49", "", {2021_y / dec / 6, 2021_y / dec / 12, Precision::Week}},
      {"2020-W53", "", {2020_y / dec / 28, 2021_y / jan / 3, Precision::Week}},
      {"2021-W48-WE", "", {2021_y / dec / 4, 2021_y / dec / 5, Precision::Week}},
      {"2021-Q4", "", {2021_y / oct / 1, 2021_y / dec / 31, Precision::Quarter}},
      {"2021-SU", "", {2021_y / jun / 1, 2021_y / aug / 31, Precision::Season}},
      {"2023-WI", "", {2023_y / dec / 1, 2024_y / feb / 29, Precision::Season}},
      {"2021-12-07", "", {2021_y / dec / 7, 2021_y / dec / 7, Precision::Day}},
      {"2021-12-07T22:00", "", {2021_y / dec / 7, 2021_y / dec / 7, Precision::Instant}},
      {"2021-12-07TMO", "", {2021_y / dec / 7, 2021_y / dec / 7, Precision::Day}},
      {"2021-06", "END", {2021_y / jun / 21, 2021_y / jun / 30, Precision::Month}},
      {"-0499", "", {year{-499} / jan / 1, year{-499} / dec / 31, Precision::Year}},
  }));
  INFO(value << " " << mod);
  const auto got = interval_of_value(value, mod);
  REQUIRE(got);
  CHECK(*got == expected);
}

TEST_CASE("underspecified or impossible values have no interval", "[timex]") {
  const auto value = GENERATE(as<std::string>{}, "XXXX-WXX-2", "PRESENT_REF", "PAST_REF", "P3Y", "XXXX-06",
                              "2021-13", "2021-02-30", "2021-W54", "2021-Q5", "2021-XX", "", "20211", "2021-12-07Tx");
  INFO(value);
  CHECK_FALSE(interval_of_value(value));
}
