// Helper tx60 on time expressions: a fiscal year written after its words ("the fiscal year
// 2022-23", t59 #21), "every hour of this clean-up" (t59 #30) and "until then" after "within"
// a span ahead (t59 #28).
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::has_timex;
using chronograph::test::interval_text;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {

const sys_days kDct{2024_y / May / 20};

}  // namespace

// ---- a fiscal year written after its words (t59 #21)

TEST_CASE("tx60: the fiscal year and a year across a year end are one expression", "[timex][tx60]") {
  for (const std::string kind : {"fiscal", "financial", "tax", "budget"}) {
    const std::string words = "the " + kind + " year 2016-17";
    const auto all = tag("The council cut its grants in " + words + ", officials noted.", kDct);
    INFO(words);
    const auto year = timex_named(all, words);
    CHECK(year.value == "2016");
    REQUIRE(year.interval);
    CHECK(year_month_day{year.interval->start}.year() == 2016_y);
    CHECK(year_month_day{year.interval->end}.year() == 2017_y);
    CHECK_FALSE(has_timex(all, "2016"));
  }
}

TEST_CASE("tx60: fiscal and a year across a year end written with a slash are one expression", "[timex][tx60]") {
  const auto all = tag("Exports slowed in fiscal 2009/10 across the region.", kDct);
  CHECK(timex_named(all, "fiscal 2009/10").value == "2009");
}

TEST_CASE("tx60: the fiscal year followed by a single year stays one year", "[timex][tx60]") {
  const auto all = tag("Revenue grew in the fiscal year 2016 after the merger.", kDct);
  CHECK_FALSE(has_timex(all, "the fiscal year 2016-"));
  CHECK(timex_named(all, "2016").value == "2016");
}

// ---- the parts of one occasion are no recurrence (t59 #30)

TEST_CASE("tx60: every unit of one occasion is no recurring time", "[timex][tx60]") {
  for (const std::string unit : {"hour", "minute", "day", "week"})
    for (const std::string quant : {"every", "each"}) {
      const std::string text = "The fans cheered " + quant + " " + unit + " of this tournament.";
      INFO(text);
      CHECK_FALSE(has_timex(tag(text, kDct), quant + " " + unit));
    }
  CHECK_FALSE(has_timex(tag("She will account for every penny and every hour of the repair work.", kDct), "every hour"));
}

TEST_CASE("tx60: every unit of a period of time still recurs", "[timex][tx60]") {
  CHECK(timex_named(tag("The ferry sails every day of the year.", kDct), "every day").type == "SET");
  CHECK(timex_named(tag("Guards patrol every hour of the night.", kDct), "every hour").type == "SET");
  CHECK(timex_named(tag("The shop opens every day of the summer.", kDct), "every day").type == "SET");
  CHECK(timex_named(tag("The clinic checks the pumps every hour.", kDct), "every hour").type == "SET");
}

// ---- "until then" after a span ahead counted from the story's day (t59 #28)

TEST_CASE("tx60: until then after within a span ahead is the end of that span", "[timex][tx60]") {
  for (const std::string past : {"in 2019", "last spring", "in March 2023", "on May 2"}) {
    const std::string text = "The mill lost money " + past +
                             ". A buyer is expected to take over within a year. Until then, the workers will keep the looms running.";
    INFO(text);
    CHECK(timex_named(tag(text, kDct), "then").value == "2025-05-20");
  }
  const auto weeks = tag("The bridge will reopen within six weeks. Until then, ferries will carry the traffic.", kDct);
  CHECK(timex_named(weeks, "then").value == "2024-07-01");
}

TEST_CASE("tx60: until then in a past clause after a past date names that date", "[timex][tx60]") {
  const auto all = tag("The mill closed in March 2023. Until then, the workers had kept the looms running.", kDct);
  CHECK(timex_named(all, "then").value == "2023-03");
  const auto would = tag("He was arrested in March 2019. Until then, he would visit the bar every night.", kDct);
  CHECK(timex_named(would, "then").value == "2019-03");
}

TEST_CASE("tx60: until then after a date ahead still names that date", "[timex][tx60]") {
  const auto all = tag("The mill will close in March 2025. Until then, the workers will keep the looms running.", kDct);
  CHECK(timex_named(all, "then").value == "2025-03");
}
