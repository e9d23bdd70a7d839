// Helper tx58 on time expressions: a part of the day after "in the" / "during the" (t57 #59) and
// "the rest of the week" said on a Sunday (t57 #61).
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

// ---- the rest of the week on a Sunday (t57 #61)

TEST_CASE("tx58: the rest of the week said on a Sunday about now or ahead is the week ahead", "[timex][tx58]") {
  for (const sys_days sunday : {sys_days{2022_y / May / 22}, sys_days{2022_y / January / 2}, sys_days{2023_y / December / 31}}) {
    for (const std::string text : {"The bridge will stay closed for the rest of the week.",
                                   "The bridge is closed for the rest of the week."}) {
      INFO(text << " " << chronograph::core::format_iso_week(sunday));
      const auto rest = timex_named(tag(text, sunday), "the rest of the week");
      CHECK(rest.value == chronograph::core::format_iso_week(sunday + days{1}));
      REQUIRE(rest.interval);
      CHECK(rest.interval->start == sunday + days{1});
      CHECK(rest.interval->end == sunday + days{7});
    }
  }
}

TEST_CASE("tx58: the rest of the week on other days is the rest of this week", "[timex][tx58]") {
  // must not change: Monday to Saturday keep their own week
  for (int k = 0; k < 6; ++k) {
    const sys_days day = sys_days{2022_y / May / 16} + days{k};
    INFO(chronograph::core::format_iso_week(day) << " +" << k);
    const auto rest = timex_named(tag("The bridge will stay closed for the rest of the week.", day), "the rest of the week");
    CHECK(rest.value == "2022-W20");
    REQUIRE(rest.interval);
    CHECK(rest.interval->start == day);
    CHECK(rest.interval->end == sys_days{2022_y / May / 22});
  }
}

TEST_CASE("tx58: the rest of the week told in the past on a Sunday stays in that week", "[timex][tx58]") {
  // must not move ahead: a past clause tells of the week that ends with the article's Sunday
  const sys_days sunday{2022_y / May / 22};
  const auto rest = timex_named(tag("The bridge was closed for the rest of the week.", sunday), "the rest of the week");
  CHECK(rest.value == "2022-W20");
  REQUIRE(rest.interval);
  CHECK(rest.interval->end == sunday);
}
