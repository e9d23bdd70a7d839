// Helper tx56x, t55 #77: a half year set by an override has the precision the tagger gives it.
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "graph/overrides/overrides.h"

using chronograph::Precision;
using chronograph::graph::parse_override_date;

TEST_CASE("tx56x t55-77: an override's half year is the year's precision with its own months", "[overrides][tx56x]") {
  auto [text, start, end] = GENERATE(table<const char*, const char*, const char*>({
      {"2026-H1", "2026-01-01", "2026-06-30"},
      {"2026 H2", "2026-07-01", "2026-12-31"},
  }));
  CAPTURE(text);
  const auto time = parse_override_date(text);
  REQUIRE(time);
  CHECK(chronograph::format_iso_day(*time->start) == start);
  CHECK(chronograph::format_iso_day(*time->end) == end);
  CHECK(time->precision == Precision::Year);
}

TEST_CASE("tx56x t55-77: an override's quarter and month keep their precisions", "[overrides][tx56x]") {
  CHECK(parse_override_date("2026-Q3")->precision == Precision::Quarter);
  CHECK(parse_override_date("2026-05")->precision == Precision::Month);
}
