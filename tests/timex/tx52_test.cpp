// Testers 51 and 52 on time expressions: a count of hours before a clause is a distance from the
// day just named, the days of a stay count from its first, "for two nights" is a duration, a tour's
// dates go on from the date ahead they follow, a rate ("a day") is no duration, "by mid-month" is
// the middle of this month, and a plan told in the past ("was scheduled to close on Friday") is
// on the nearest such day.
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::has_timex;
using chronograph::test::interval_text;
using chronograph::test::tag;
using chronograph::test::timex_named;

// ---- t51 #10: hours before

TEST_CASE("tx52 t51-10: hours before a clause lie within a day after the time just named", "[timex][tx52]") {
  auto [text, dct, expression, interval] = GENERATE(table<const char*, sys_days, const char*, const char*>({
      {"The last helicopter left the embassy roof at 7:53 a.m. on April 30, 1975, just hours before North Vietnamese "
       "tanks rolled through the gates.",
       sys_days{2025_y / April / 28}, "hours", "1975-04-30..1975-05-01"},
      {"The polls closed at 8 p.m. on March 3, two days before the results were announced.", sys_days{2024_y / March / 10},
       "two days", "2024-03-03..2024-03-05"},
      {"Protesters gathered on Tuesday, just days after the vote.", sys_days{2024_y / March / 10}, "days",
       "2024-02-20..2024-03-05"},
      {"The plant closed on June 3, three weeks after the strike began.", sys_days{2024_y / July / 10}, "three weeks",
       "2024-05-13..2024-06-03"},
  }));
  INFO(text);
  CHECK(interval_text(timex_named(tag(text, dct), expression)) == interval);
}

TEST_CASE("tx52 t51-10: hours before with no day named before them in the sentence stay a bare duration", "[timex][tx52]") {
  const sys_days dct{2024_y / March / 10};
  // (the day is in the sentence before)
  CHECK(interval_text(timex_named(tag("The storm hit on Tuesday. Residents fled hours before the landfall.", dct), "hours")) ==
        "none");
  // (a count that ends its phrase is a date, as before)
  CHECK(timex_named(tag("They met on Dec. 7; two days before, they had quarrelled.", dct), "two days before").value ==
        "2023-12-05");
}

// ---- t51 #11: the days of a stay

TEST_CASE("tx52 t51-11: the Nth day of a visit counts from the day it opened", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Emperor Naruhito will arrive in London on Saturday for a four-day state visit. On the second day of the visit, "
       "the emperor will meet Prime Minister Rishi Sunak.",
       "the second day", "2024-06-23"},
      {"The summit will open on Monday for three days. On the final day of the summit, leaders will sign a pact.",
       "the final day", "2024-06-26"},
      {"The delegates will arrive on Monday. On the first morning of the summit, they will meet the king.",
       "the first morning", "2024-06-24TMO"},
      {"The talks opened on June 3. On day three of the talks, the sides agreed on a ceasefire.", "day three", "2024-06-05"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, sys_days{2024_y / June / 20}), expression).value == value);
}

TEST_CASE("tx52 t51-11: a day of a stay with nothing to count from stays unknown", "[timex][tx52]") {
  const sys_days dct{2024_y / June / 20};
  CHECK(timex_named(tag("Shares rose on the first day of trading.", dct), "the first day").value == "XXXX-XX-XX");
  // (the final day of a visit whose length was not told)
  CHECK(timex_named(tag("The delegates will arrive on Monday. On the final day, they will sign.", dct), "the final day").value ==
        "XXXX-XX-XX");
  // (after a verb the day says which day it is, not one counted: "today is the eighth day of ...")
  CHECK_FALSE(has_timex(tag("The army attacked on Monday. Today is the eighth day of the operation.", dct), "the eighth day"));
  // (a day of a calendar period is none of these)
  CHECK_FALSE(has_timex(tag("Rent is due on the first day of each month.", dct), "the first day"));
  CHECK_FALSE(has_timex(tag("The law took effect on the first day of May.", dct), "the first day"));
}

// ---- t51 #12: nights

TEST_CASE("tx52 t51-12: a count of nights is a duration in days", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The collapse happened at 3:40 a.m. on Tuesday. Families kept a vigil at the gates for two nights.", "two nights", "P2D"},
      {"The band stayed three nights in Paris.", "three nights", "P3D"},
      {"He slept in his car for several nights.", "several nights", "PXD"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, sys_days{2025_y / October / 9}), expression).value == value);
}

// ---- t52 #1: a tour's dates

TEST_CASE("tx52 t52-1: a day told after a date ahead goes on from it, not back before the DCT", "[timex][tx52]") {
  const sys_days dct{2026_y / December / 3};
  const auto all = tag("The band will tour next year. The tour opens on April 17 and reaches London on June 12 and 13. It "
                       "ends in Tokyo on Aug. 30.",
                       dct);
  CHECK(timex_named(all, "April 17").value == "2027-04-17");
  CHECK(timex_named(all, "June 12").value == "2027-06-12");
  CHECK(timex_named(all, "13").value == "2027-06-13");
  CHECK(timex_named(all, "Aug. 30").value == "2027-08-30");
  // (a variant: a festival ahead, then its days)
  const auto fest = tag("The festival opens on March 20. Its final concert is on May 2.", sys_days{2026_y / November / 10});
  CHECK(timex_named(fest, "March 20").value == "2027-03-20");
  CHECK(timex_named(fest, "May 2").value == "2027-05-02");
}

TEST_CASE("tx52 t52-1: a day after a date ahead stays put when it is itself ahead or told in the past", "[timex][tx52]") {
  const sys_days dct{2026_y / December / 3};
  // (ahead of the DCT already: tickets before the tour)
  CHECK(timex_named(tag("The tour opens on April 17. Tickets go on sale on Dec. 10.", dct), "Dec. 10").value == "2026-12-10");
  // (a past clause keeps its past)
  CHECK(timex_named(tag("The tour opens on April 17. The band announced it on June 12.", dct), "June 12").value ==
        "2026-06-12");
  // (with no date ahead before it, as before)
  CHECK(timex_named(tag("The band reaches London on June 12.", dct), "June 12").value == "2026-06-12");
}

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

// ---- t52 #5: rates

TEST_CASE("tx52 t52-5: one unit after an amount is a rate, not a duration", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The closure held up about $9 billion of trade a day.", "a day", "P1D"},
      {"Exporters warned that the bourbon duties would cost them $500 million a year.", "a year", "P1Y"},
      {"The refinery processes 40,000 barrels a day.", "a day", "P1D"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, sys_days{2024_y / October / 4}), expression);
  CHECK(t.type == "SET");
  CHECK(t.value == value);
}

TEST_CASE("tx52 t52-5: a unit a preposition takes, or a comparison's year, is no rate", "[timex][tx52]") {
  const sys_days dct{2024_y / October / 4};
  CHECK(timex_named(tag("Three officers were suspended for a year.", dct), "a year").type == "DURATION");
  CHECK(timex_named(tag("The 12 workers waited a week for news.", dct), "a week").type == "DURATION");
  CHECK(timex_named(tag("Profit rose to $5 million from $4 million a year.", dct), "a year").type != "SET");
}

// ---- t52 #6: a plan told in the past

TEST_CASE("tx52 t52-6: a weekday of a plan told in the past is the nearest such day", "[timex][tx52]") {
  auto [text, dct, expression, value] = GENERATE(table<const char*, sys_days, const char*, const char*>({
      {"The conference was scheduled to close on Friday evening.", sys_days{2025_y / November / 22}, "Friday evening",
       "2025-11-21TEV"},
      {"The conference was scheduled to close on Friday evening.", sys_days{2025_y / November / 19}, "Friday evening",
       "2025-11-21TEV"},
      {"Ministers were expected to meet on Thursday.", sys_days{2025_y / November / 22}, "Thursday", "2025-11-20"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, dct), expression).value == value);
}

TEST_CASE("tx52 t52-6: a plan told in the present still looks ahead", "[timex][tx52]") {
  const sys_days saturday{2025_y / November / 22};
  CHECK(timex_named(tag("Ministers are expected to meet on Thursday.", saturday), "Thursday").value == "2025-11-27");
  CHECK(timex_named(tag("The conference will close on Friday evening.", saturday), "Friday evening").value ==
        "2025-11-28TEV");
}

// ---- t52 #4: the end of term

TEST_CASE("tx52 t52-4: the end of term is the day the text says the term ends", "[timex][tx52]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Lecturers will walk out every Tuesday and Thursday until the end of term. The spring term ends on 27 March.",
       "the end of term", "2026-03-27"},
      {"Staff will strike until the end of the autumn semester. The semester closes on Dec. 19.",
       "the end of the autumn semester", "2026-12-19"},
      {"The spring term ends on 27 March, and exams will run until the end of the term.", "the end of the term", "2026-03-27"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, sys_days{2026_y / January / 9}), expression);
  CHECK(t.value == value);
  CHECK(t.derived);  // (no TIMEX3 of TimeML's)
}

TEST_CASE("tx52 t52-4: the end of term with no day told for it is no time expression", "[timex][tx52]") {
  const sys_days dct{2026_y / January / 9};
  CHECK_FALSE(has_timex(tag("Staff will strike until the end of term.", dct), "the end of term"));
  // (nor does a season's end change when no term follows it)
  CHECK(timex_named(tag("He will sign it by the end of the summer. The term ends on 27 March.", dct), "the end of the summer")
            .value == "2026-SU");
}
