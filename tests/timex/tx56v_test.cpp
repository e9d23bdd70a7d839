// TIMEX normalisation on TBAQ train (tx56v): a weekday of a future told in the past by a verb of
// saying ("said they would appeal Wednesday's ruling") is the nearest such day.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {

constexpr const char* kWeekdayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

}  // namespace

// ---- a future told in the past: "said they would ..."

TEST_CASE("tx56v a weekday naming a thing under said-would is the nearest such day, the DCT's own included",
          "[timex][tx56v]") {
  const unsigned named = GENERATE(range(0u, 7u));
  const unsigned printed = GENERATE(range(0u, 7u));
  const weekday wd{named};
  // (a week whose Sunday is 2025-06-01)
  const sys_days dct = sys_days{2025_y / June / 1} + days{printed};
  const sys_days nearest = chronograph::core::nearest_weekday_or_on(wd, dct);
  const sys_days ahead = chronograph::core::resolve_weekday(wd, dct, chronograph::core::Tense::Future);
  for (const char* frame : {"Lawyers for the family said they would try to overturn {}'s ruling by the board.",
                            "The union announced it would challenge {}'s decision in court.",
                            "Officials had hoped the board would reverse {}'s vote."}) {
    const std::string text = fmt::format(fmt::runtime(frame), kWeekdayNames[named]);
    INFO(text << " printed " << format("%F", dct));
    CHECK(timex_named(tag(text, dct), kWeekdayNames[named]).value == format("%F", nearest));
  }
  // (the act the future tells stays ahead)
  for (const char* frame : {"The minister told reporters the talks would resume on {}.",
                            "The union announced the strike would end {}."}) {
    const std::string text = fmt::format(fmt::runtime(frame), kWeekdayNames[named]);
    INFO(text << " printed " << format("%F", dct));
    CHECK(timex_named(tag(text, dct), kWeekdayNames[named]).value == format("%F", ahead));
  }
}

TEST_CASE("tx56v a weekday's thing under would with no past verb of saying before it still looks ahead", "[timex][tx56v]") {
  const sys_days saturday{2025_y / June / 7};
  // (the plain future, and "would" after a present verb of saying)
  CHECK(timex_named(tag("The committee would review Wednesday's vote if asked.", saturday), "Wednesday").value ==
        "2025-06-11");
  CHECK(timex_named(tag("Officials say the court would hear Wednesday's appeal.", saturday), "Wednesday").value ==
        "2025-06-11");
  // (a verb of saying in another clause, behind a comma, does not reach it)
  CHECK(timex_named(tag("He said nothing, but the panel would review Thursday's vote.", saturday), "Thursday").value ==
        "2025-06-12");
}

TEST_CASE("tx56v a weekday told in the past stays behind, would or not", "[timex][tx56v]") {
  const sys_days saturday{2025_y / June / 7};
  CHECK(timex_named(tag("The board said it would appeal after the court ruled on Tuesday.", saturday), "Tuesday").value ==
        "2025-06-03");
}

// ---- a rate of counted things: "three meals a day"

TEST_CASE("tx56v a unit right after counted things is a rate, a SET", "[timex][tx56v]") {
  auto [unit, value] = GENERATE(table<const char*, const char*>({{"day", "P1D"}, {"week", "P1W"}, {"month", "P1M"}, {"year", "P1Y"}}));
  const sys_days dct{2025_y / June / 7};
  for (const char* frame : {"The clinic serves three meals a {}.", "The club sold forty thousand tickets a {}.",
                            "The port handles 12 ships a {}."}) {
    const std::string text = fmt::format(fmt::runtime(frame), unit);
    INFO(text);
    const auto rate = timex_named(tag(text, dct), std::string("a ") + unit);
    CHECK(rate.type == "SET");
    CHECK(rate.value == value);
    CHECK(rate.quant == "EVERY");
  }
}

TEST_CASE("tx56v a unit after things not counted, or in a comparison, stays a duration", "[timex][tx56v]") {
  const sys_days dct{2025_y / June / 7};
  // (no count before the things)
  CHECK(timex_named(tag("The firm gave the workers a week off.", dct), "a week").type == "DURATION");
  // (a comparison: the figure a year before)
  CHECK(timex_named(tag("The port handled 14 ships, up from 12 ships a year.", dct), "a year").type == "DURATION");
  // (what a verb that is given a time takes: how long, not a rate)
  CHECK(timex_named(tag("It took three inspectors a week to finish the report.", dct), "a week").type == "DURATION");
  CHECK(timex_named(tag("The mill gave 300 workers a month off.", dct), "a month").type == "DURATION");
}

// ---- "the then-current price": current at a past time

TEST_CASE("tx56v then-current is a past reference, current alone the present", "[timex][tx56v]") {
  const sys_days dct{2025_y / June / 7};
  for (const char* words : {"then-current", "then current", "then-present", "then present"}) {
    const std::string text = std::string("The plan let members buy units at half the ") + words + " price.";
    INFO(text);
    CHECK(timex_named(tag(text, dct), words).value == "PAST_REF");
  }
  CHECK(timex_named(tag("Members may buy units at the current price.", dct), "current").value == "PRESENT_REF");
  // ("until then" is the date last named, and "current" after it the present)
  const auto all = tag("The mill closed in 2019, and until then current rules applied.", dct);
  CHECK(timex_named(all, "then").value == "2019");
  CHECK(timex_named(all, "current").value == "PRESENT_REF");
}

// ---- "runs through June": "through" closes a span as "until" does

TEST_CASE("tx56v a month after through in a clause told now, or after a verb that grants time, is ahead", "[timex][tx56v]") {
  const sys_days dct{2021_y / October / 13};
  for (unsigned m = 1; m <= 7; ++m) {
    const std::string month = chronograph::test::kMonthNames[m - 1];
    const std::string ahead = fmt::format("2022-{:02}", m);
    const std::string behind = fmt::format("2021-{:02}", m);
    INFO(month);
    CHECK(timex_named(tag("The exhibition is open through " + month + ".", dct), month).value == ahead);
    CHECK(chronograph::test::only_tagged_timex("The/DT exhibition/NN runs/VBZ through/IN " + month + "/NNP ./.", dct, month)
              .value == ahead);
    CHECK(timex_named(tag("The bank extended the loan through " + month + ".", dct), month).value == ahead);
    // (a past clause with no verb that grants time: a span gone by)
    CHECK(timex_named(tag("Sales rose through " + month + ".", dct), month).value == behind);
    CHECK(timex_named(tag("The strike lasted through " + month + ".", dct), month).value == behind);
    // (the end of a period a figure was measured over, told now: gone by; the nearest, so from
    // April on, as a month told now is)
    if (m >= 4) {
      CHECK(timex_named(tag("Inflation in the 12 months through " + month + " is 3 percent.", dct), month).value == behind);
      CHECK(timex_named(tag("Shares are up 10 percent this year through " + month + ".", dct), month).value == behind);
    }
  }
}

TEST_CASE("tx56v a weekday after through is ahead only after a verb that grants time", "[timex][tx56v]") {
  const sys_days wednesday{2021_y / October / 13};
  for (unsigned d = 0; d < 7; ++d) {
    const std::string day = kWeekdayNames[d];
    const weekday wd{d};
    INFO(day);
    CHECK(timex_named(tag("The bank extended the loan through " + day + ".", wednesday), day).value ==
          format("%F", chronograph::core::resolve_weekday(wd, wednesday, chronograph::core::Tense::Future)));
    CHECK(timex_named(tag("Trading was halted through " + day + ".", wednesday), day).value ==
          format("%F", chronograph::core::resolve_weekday(wd, wednesday, chronograph::core::Tense::Past)));
  }
}

// ---- "the 1988 quarter": the fiscal quarter last named, moved into that year

TEST_CASE("tx56v the year's quarter is the quarter last named, even after another date", "[timex][tx56v]") {
  const sys_days dct{2021_y / October / 27};
  const char* ordinals[] = {"first", "second", "third", "fourth"};
  for (unsigned q = 1; q <= 4; ++q) {
    const std::string text = std::string("The maker said its ") + ordinals[q - 1] +
                             "-quarter profit will trail the 90 cents a share it earned last year. It earned $2 million in the "
                             "2020 quarter.";
    INFO(text);
    const auto all = tag(text, dct);
    CHECK(timex_named(all, "last year").value == "2020");
    CHECK(timex_named(all, "the 2020 quarter").value == fmt::format("2020-Q{}", q));
    // ("period" may be a half or nine months: after another date it stays the year)
    std::string period = text;
    period.replace(period.find("2020 quarter"), 12, "2020 period");
    CHECK(timex_named(tag(period, dct), "the 2020 period").value == "2020");
  }
  // (no quarter named before: the year)
  CHECK(timex_named(tag("It earned $2 million in the 2020 quarter.", dct), "the 2020 quarter").value == "2020");
}

// ---- "at the time" after a date counted back: that date

TEST_CASE("tx56v at the time and since then refer to a date counted back told last", "[timex][tx56v]") {
  const sys_days dct{2021_y / October / 13};
  auto [ago, value] = GENERATE(table<const char*, const char*>({
      {"Three years ago", "2018"}, {"Two months ago", "2021-08"}, {"Six weeks ago", "2021-W35"}, {"Ten days ago", "2021-10-03"}}));
  const std::string opening = std::string("The firm was founded in 2009. ") + ago + ", it moved to Boston";
  INFO(opening);
  CHECK(timex_named(tag(opening + "; at the time, it employed 500 people.", dct), "the time").value == value);
  CHECK(timex_named(tag(opening + ", and since then it has doubled its staff.", dct), "then").value == value);
  // (with no date counted back since, the date told before it)
  CHECK(timex_named(tag("The firm was founded in 2009. At the time, it employed five people.", dct), "the time").value ==
        "2009");
}

TEST_CASE("tx56v a weekday of a plan told in the past named on that weekday is the DCT", "[timex][tx56v]") {
  for (unsigned d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2025_y / June / 1} + days{d};  // Sunday 2025-06-01 onwards
    const std::string day = kWeekdayNames[d];
    INFO(day);
    CHECK(timex_named(tag("Ministers were expected to meet on " + day + ".", dct), day).value == format("%F", dct));
  }
}
