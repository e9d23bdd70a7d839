#include "core/common/interval.h"

#include <catch2/catch.hpp>

using namespace date;
using chronograph::format_iso_day;
using chronograph::format_year_label;
using chronograph::parse_iso_day;

TEST_CASE("iso days round-trip, BCE years included", "[interval]") {
  const auto day = GENERATE(as<std::string>{}, "2021-12-07", "1999-01-31", "0001-01-01", "-0499-03-15",
                            "2024-02-29", "9999-12-31");
  const auto parsed = parse_iso_day(day);
  REQUIRE(parsed);
  CHECK(format_iso_day(*parsed) == day);
}

TEST_CASE("impossible calendar days are rejected", "[interval]") {
  const auto text = GENERATE(as<std::string>{}, "2021-13-40", "2021-02-30", "2023-02-29", "2021-00-10",
                             "2021-1-1", "21-01-01", "2021-01-01x", "", "early 2022");
  CHECK_FALSE(parse_iso_day(text));
}

TEST_CASE("years before 1 CE are labelled BCE without a year zero", "[interval]") {
  CHECK(format_year_label(year{-499}) == "500 BCE");
  CHECK(format_year_label(year{0}) == "1 BCE");
  CHECK(format_year_label(year{1}) == "1");
  CHECK(format_year_label(year{2021}) == "2021");
}
