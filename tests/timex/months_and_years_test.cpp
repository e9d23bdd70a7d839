// Months and years: which year a month named without one is in.
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::format_iso_day;

namespace {

const sys_days kDct{2023_y / October / 11};  // a Wednesday


}  // namespace

// ---- t52 #3: mid-month

TEST_CASE("tx52 t52-3: mid-month is the middle of the DCT's month", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The backlog of ships is expected to clear by mid-month.", "mid-month", "2024-10"},
      {"A decision is due by mid-year.", "mid-year", "2025"},  // (the middle of 2024 is gone)
      {"Talks will resume in the middle of the month.", "the middle of the month", "2024-10"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, sys_days{2024_y / October / 4}), expression);
  CHECK(t.value == value);
  CHECK(t.mod == "MID");
}

// ---- t52 #1 in the whole article: a tour's months

TEST_CASE("tx53 t52-1: a month told after a date ahead goes on from it, not back before the DCT", "[timex][tx53]") {
  const sys_days dct{2026_y / December / 3};
  const auto all = tag("The band will return to the road next year. The tour opens at the Hollywood Bowl on April 17 and "
                       "continues through North America before crossing to Europe in June, with shows in London on June 12 "
                       "and 13, Paris on June 16 and Berlin on June 19. It ends in Tokyo on Aug. 30.",
                       dct);
  CHECK(timex_named(all, "June").value == "2027-06");
  CHECK(timex_named(all, "June 12").value == "2027-06-12");
  CHECK(timex_named(all, "13").value == "2027-06-13");
  CHECK(timex_named(all, "June 19").value == "2027-06-19");
  CHECK(timex_named(all, "Aug. 30").value == "2027-08-30");
  // (variants: a season ahead, then its months)
  CHECK(timex_named(tag("The league starts on March 8 and reaches its final in May.", sys_days{2025_y / October / 1}), "May")
            .value == "2026-05");
  CHECK(timex_named(tag("The works begin on Feb. 2 and the road reopens in August.", sys_days{2025_y / November / 20}),
                    "August")
            .value == "2026-08");
}

TEST_CASE("tx53 t52-1: a month after a date ahead stays put when told in the past or itself ahead", "[timex][tx53]") {
  const sys_days dct{2026_y / December / 3};
  // (past: the month is behind the DCT)
  CHECK(timex_named(tag("The tour opens on April 17. The band recorded the album in June.", dct), "June").value == "2026-06");
  // (a month already ahead of the DCT is not moved a year on)
  CHECK(timex_named(tag("The tour opens on Jan. 17 and reaches Europe in February.", dct), "February").value == "2027-02");
}

// ---- t53 #9 and #7: "around May 20", "log 1987"

TEST_CASE("tx53 t53-9: around before a month's day is part of it, with mod APPROX", "[timex][tx53]") {
  const sys_days dct{2024_y / May / 18};
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Forecasters said a summit window opens around May 20.", "around May 20", "2024-05-20"},
      {"The ship docked around June 3.", "around June 3", "2024-06-03"},
      {"The vote is due roughly Aug. 14.", "roughly Aug. 14", "2024-08-14"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, dct), expression);
  CHECK(t.value == value);
  CHECK(t.mod == "APPROX");
  // (without it, no mod)
  CHECK(timex_named(tag("A summit window opens on May 20.", dct), "May 20").mod.empty());
}

// ---- t53 #5: "the 2021 vintage, when ..."

TEST_CASE("tx53 t53-5: a month in a when clause after a year is in that year", "[timex][tx53]") {
  const sys_days dct{2024_y / October / 2};
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The losses recall the 2021 vintage, when a frost in early April cut production by about half.", "early April",
       "2021-04"},
      {"The losses recall 2021, when a frost in April cut production.", "April", "2021-04"},
      {"Prices peaked in 2019 when the mine closed on March 3.", "March 3", "2019-03-03"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, dct), expression).value == value);
}

TEST_CASE("tx53 t53-5: a year with no when clause after it leaves a later month alone", "[timex][tx53]") {
  const sys_days dct{2024_y / October / 2};
  CHECK(timex_named(tag("The losses recall the 2021 vintage. A frost in early April cut production.", dct), "early April")
            .value == "2024-04");
  CHECK(timex_named(tag("The 2021 vintage was small, and a frost in April cut production.", dct), "April").value ==
        "2024-04");
}

TEST_CASE("tx56x: a quoted month that is a time stays a date", "[timex][tx56x]") {
  // (a month in quotes before a number is a date)
  CHECK(timex_named(tag("The deadline, \"March 3,\" was missed by the city.", kDct), "March 3").value == "2023-03-03");
  // (no capitalised name follows the link word)
  CHECK(has_timex(tag("They marched in the \"May to remember\" rally.", kDct), "May"));
}

TEST_CASE("tx59: a month that only follows last year in another sentence or phrase keeps its own year", "[timex][tx59]") {
  const sys_days dct{2024_y / November / 25};
  // (another sentence: the month by the clause's tense, the one before the DCT)
  CHECK(timex_named(tag("The old pump broke down last year. In March it failed again.", dct), "March").value == "2024-03");
  // (no comma: "last year" is no frame the month elaborates)
  CHECK(timex_named(tag("Sales fell faster than last year and recovered in March.", dct), "March").value == "2024-03");
}

// ---- #52: a month in the sentence of a step told from a past month is in that month's year

TEST_CASE("tx62 #52: a month after a step from a month of a year back, in the same sentence, is in that year", "[timex][tx62]") {
  const sys_days dct{1998_y / October / 30};
  for (unsigned m = 4; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    const std::string text =
        "The losses came to light in March 1996. The board met the following month and dismissed the treasurer in " + month + ".";
    INFO(text);
    CHECK(value_in(text, dct, month) == "1996-" + std::string(m < 10 ? "0" : "") + std::to_string(m));
  }
  // (must not: a month before the step is not the story's next one)
  CHECK(value_in("The losses came to light in March 1996. The board met the following month and dismissed the treasurer in "
                 "February.",
                 dct, "February") == "1998-02");
  // (must not: a month in a sentence of its own after a bare month is background, as before)
  CHECK(value_in("Prices peaked in February 1996. In May, the company cut jobs.", dct, "May") == "1998-05");
}
