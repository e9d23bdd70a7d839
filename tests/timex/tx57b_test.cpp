// Helper tx57b on time expressions (tester t57): financial years across a year end written with a
// slash (#52), a step back from "now" (#53), the odds of a thing given with its time (#34).
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::interval_text;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {
const sys_days kDct{2011_y / November / 16};  // a Wednesday
}  // namespace

// ---- financial years (t57 #52)

TEST_CASE("tx57b: a financial year across a year end may be written with a slash", "[timex][tx57b]") {
  for (const char* kind : {"financial", "fiscal", "tax", "budget"}) {
    const std::string year = std::string("the 2011/12 ") + kind + " year";
    const std::string text = "The council expects to sell fewer flats in " + year + ".";
    INFO(text);
    const auto t = timex_named(tag(text, kDct), year);
    CHECK(t.value == "2011");
    CHECK(interval_text(t) == "2011-04-01..2012-03-31");  // (April to March where the text gives no end: tx64)
  }
  // (a slash between two years that are not one after the other is no such year)
  const auto two = tag("Sales of the 2011/14 models fell.", kDct);
  CHECK(std::none_of(two.begin(), two.end(), [](const auto& t) { return t.text.find("2011/14") != std::string::npos; }));
}

// ---- a step back from "now" (t57 #53)

TEST_CASE("tx57b: a step back in a sentence that says now counts from now, not from the date last named", "[timex][tx57b]") {
  for (const char* step : {"a year earlier", "two years earlier"}) {
    const std::string text = std::string("Rents peaked in the second quarter. Rents are now 3 percent lower than ") + step + ".";
    INFO(text);
    const auto back = timex_named(tag(text, kDct), step);
    CHECK(back.value == (std::string(step) == "a year earlier" ? "2010" : "2009"));
  }
}

TEST_CASE("tx57b: without now in its sentence a step back still counts from the date last named", "[timex][tx57b]") {
  const std::string text = "Rents peaked in the second quarter. They were 3 percent lower than a year earlier.";
  CHECK(timex_named(tag(text, kDct), "a year earlier").value == "2010-Q2");
  // ("now" in an earlier sentence, a date named since: that date is the anchor)
  const std::string since = "Rents are now falling. They peaked in the second quarter, 3 percent above a year earlier.";
  CHECK(timex_named(tag(since, kDct), "a year earlier").value == "2010-Q2");
}

// ---- the odds of a thing given with its time look ahead (t57 #34)

TEST_CASE("tx57b: a thing said to be unlikely or likely before a season is ahead of the DCT", "[timex][tx57b]") {
  for (const char* odds : {"unlikely", "likely"}) {
    const std::string text = std::string("A spokesman said a ruling was ") + odds + " before the summer.";
    INFO(text);
    CHECK(timex_named(tag(text, kDct), "the summer").value == "2012-SU");
  }
}

TEST_CASE("tx57b: likely as a hedge on a past fact leaves its time in the past", "[timex][tx57b]") {
  CHECK(timex_named(tag("Exports were likely weaker in the summer, the bank said.", kDct), "the summer").value == "2011-SU");
  CHECK(timex_named(tag("Exports were likely to have fallen in the summer, the bank said.", kDct), "the summer").value == "2011-SU");
}
