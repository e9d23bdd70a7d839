// Helper tx58 on time expressions: a part of the day after "in the" / "during the" (t57 #59).
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::interval_text;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {
const sys_days kDct{2022_y / May / 18};  // a Wednesday
}  // namespace

// ---- a part of the day after a preposition (t57 #59)

TEST_CASE("tx58: every part of the day after in the, during the or through the is a time on the day told last", "[timex][tx58]") {
  auto [part, code] = GENERATE(table<const char*, const char*>({
      {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}}));
  for (const std::string prep : {"in", "during", "through"}) {
    const std::string text = "The hikers left the hut at 6 a.m. on May 14 and were stranded " + prep + " the " + part + ".";
    INFO(text);
    const auto found = timex_named(tag(text, kDct), std::string("the ") + part);
    CHECK(found.type == "TIME");
    CHECK(found.value == std::string("2022-05-14T") + code);
    CHECK(interval_text(found) == "2022-05-14..2022-05-14");
  }
}

TEST_CASE("tx58: a part of the day with no date told before it is on the DCT, and its modifier is its mod", "[timex][tx58]") {
  CHECK(timex_named(tag("The generator failed in the night.", kDct), "the night").value == "2022-05-18TNI");
  const auto late = timex_named(tag("The pumps stopped in the late afternoon.", kDct), "the late afternoon");
  CHECK(late.value == "2022-05-18TAF");
  CHECK(late.mod == "END");
}

TEST_CASE("tx58: a part of the day with no preposition that places a time is not one", "[timex][tx58]") {
  for (const std::string text : {"She spent the evening with friends.", "The morning after the vote was quiet.",
                                 "He loved the night."}) {
    INFO(text);
    CHECK(tag(text, kDct).empty());
  }
}
