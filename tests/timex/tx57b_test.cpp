// Helper tx57b on time expressions (tester t57): financial years across a year end written with a
// slash and the financial year under way where the text does not say when it ends (#52).
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
    CHECK(interval_text(t) == "2011-04-01..2012-06-30");
  }
  // (a slash between two years that are not one after the other is no such year)
  const auto two = tag("Sales of the 2011/14 models fell.", kDct);
  CHECK(std::none_of(two.begin(), two.end(), [](const auto& t) { return t.text.find("2011/14") != std::string::npos; }));
}

TEST_CASE("tx57b: the financial year under way is read as ending in March or June, not as the calendar year", "[timex][tx57b]") {
  const auto end = timex_named(tag("The agency will issue new guidance before the end of the financial year.", kDct),
                               "the end of the financial year");
  CHECK(end.mod == "END");
  // (its last four months read both ways: December to March, March to June)
  CHECK(interval_text(end) == "2011-12-01..2012-06-30");
  const auto whole = timex_named(tag("Borrowing rose in the financial year.", kDct), "the financial year");
  CHECK(interval_text(whole) == "2011-04-01..2012-06-30");
  const auto last = timex_named(tag("Borrowing rose in the last financial year.", kDct), "the last financial year");
  CHECK(interval_text(last) == "2010-04-01..2011-06-30");
}

TEST_CASE("tx57b: a financial year the text says the end of keeps that end, and a fiscal year keeps the calendar's", "[timex][tx57b]") {
  const auto stated = timex_named(tag("Its financial year ends in September. Costs will fall by the end of the financial year.", kDct),
                                  "the end of the financial year");
  CHECK(interval_text(stated) == "2012-06-01..2012-09-30");
  // (US usage: "fiscal year" alone is left to the calendar reading)
  const auto fiscal = timex_named(tag("Costs will fall by the end of the fiscal year.", kDct), "the end of the fiscal year");
  CHECK(fiscal.interval->end == sys_days{2011_y / December / 31});
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

// ---- the rest of the week said on a Sunday (t57 #61)

TEST_CASE("tx57b: the rest of the week said on a Sunday is the week ahead, not that Sunday alone", "[timex][tx57b]") {
  const sys_days sunday{2011_y / November / 20};
  const auto rest = timex_named(tag("Snow is forecast for the rest of the week.", sunday), "the rest of the week");
  CHECK(rest.value == "2011-W47");
  CHECK(interval_text(rest) == "2011-11-20..2011-11-26");
}

TEST_CASE("tx57b: the rest of the week said on another day ends on that week's Sunday", "[timex][tx57b]") {
  for (unsigned d = 14; d <= 19; ++d) {  // Monday to Saturday
    const sys_days day{2011_y / November / d};
    INFO(d);
    const auto rest = timex_named(tag("Snow is forecast for the rest of the week.", day), "the rest of the week");
    CHECK(rest.value == "2011-W46");
    REQUIRE(rest.interval);
    CHECK(rest.interval->start == day);
    CHECK(rest.interval->end == sys_days{2011_y / November / 20});
  }
}
