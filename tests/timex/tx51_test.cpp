// Tester 51's findings on time expressions: a retrospective's days take the year of its story,
// fiscal years closed by a day, told as "2026-27" or as a code ("Q1 FY27") land on their own
// months, "until Thursday" ends after the day the story is at, and a part of the day or a count
// of hours goes on from the clock time just named.
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::has_timex;
using chronograph::test::interval_text;
using chronograph::test::only_timex;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {

const sys_days kApril2025 = sys_days{2025_y / April / 28};

}  // namespace

// ---- #1, #2: a retrospective's story year

TEST_CASE("tx51 #1: a day in a sentence opened by a season of a year written out takes that year", "[timex][tx51]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"In the spring of 1975, the last helicopter left the embassy at 7:53 a.m. on April 30.", "7:53 a.m. on April 30",
       "1975-04-30T07:53"},
      {"In the summer of 1969, the crew landed on the moon on July 20.", "July 20", "1969-07-20"},
      {"In March 1982, the junta invaded the islands on April 2.", "April 2", "1982-04-02"},
  }));
  INFO(text);
  CHECK(only_timex(text, kApril2025, expression).value == value);
}

TEST_CASE("tx51 #1: a day told in the sentence after a season of an old year stays in that year", "[timex][tx51]") {
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"In the spring of 1975, North Vietnamese forces swept south. Hue fell on March 26.", "March 26", "1975-03-26"},
      {"In the autumn of 1989, crowds gathered in Leipzig. The wall fell on November 9.", "November 9", "1989-11-09"},
  }));
  INFO(text);
  CHECK(only_timex(text, kApril2025, expression).value == value);
}

TEST_CASE("tx51 #1: a season without its year written frames no other year", "[timex][tx51]") {
  const std::string alone = only_timex("The firm opened a plant on April 3.", kApril2025, "April 3").value;
  CHECK(only_timex("In the spring, the firm opened a plant on April 3.", kApril2025, "April 3").value == alone);
}

TEST_CASE("tx51 #2: the following decade after an old day counts from that day, not from the DCT", "[timex][tx51]") {
  const auto all = tag("In the spring of 1975, the last helicopter left the embassy at 7:53 a.m. on April 30. "
                       "The following decade brought a wave of refugees.",
                       kApril2025);
  CHECK(timex_named(all, "The following decade").value == "198");
}

// ---- #3, #4, #7, #13: fiscal years

TEST_CASE("tx51 #3: the fiscal year that ended on a day is the twelve months to that day", "[timex][tx51][fiscal]") {
  auto [text, dct, interval] = GENERATE(table<const char*, sys_days, const char*>({
      {"Sales fell 14 percent in the fiscal year that ended Oct. 31.", sys_days{2025_y / January / 14},
       "2023-11-01..2024-10-31"},
      {"Profit rose in the fiscal year ended June 30.", sys_days{2025_y / September / 17}, "2024-07-01..2025-06-30"},
      {"Revenue doubled in the financial year ending March 31.", sys_days{2025_y / June / 10}, "2024-04-01..2025-03-31"},
  }));
  INFO(text);
  const auto all = tag(text, dct);
  const auto& year = all.at(0);
  CHECK(interval_text(year) == interval);
}

TEST_CASE("tx51 #3: a fiscal year without a day that closes it stays the one under way", "[timex][tx51][fiscal]") {
  const auto all = tag("Its fiscal year ends in October. Sales will rise in the fiscal year, it said.",
                       sys_days{2025_y / January / 14});
  CHECK(interval_text(timex_named(all, "the fiscal year")) == "2024-11-01..2025-10-31");
}

TEST_CASE("tx51 #7: a fiscal year written across two years is one expression", "[timex][tx51][fiscal]") {
  const sys_days dct{2026_y / June / 9};
  const auto t = only_timex("The council approved a $4.2 billion budget for the 2026-27 fiscal year.", dct,
                            "the 2026-27 fiscal year");
  CHECK(t.value == "2026");
  CHECK(interval_text(t) == "2026-04-01..2027-03-31");  // (April to March where the text gives no end: tx64)
  // (with the end the text gives, its twelve months)
  const auto ends = only_timex("Its fiscal year ends in June. The budget for the 2026-27 fiscal year passed.", dct,
                               "the 2026-27 fiscal year");
  CHECK(interval_text(ends) == "2026-07-01..2027-06-30");
  // (and a season written so keeps its own rule)
  CHECK(only_timex("The club was 17th in the 2023-24 season.", dct, "the 2023-24 season").value == "2023");
}

TEST_CASE("tx51 #13: a fiscal quarter's code with a two-digit year is one expression", "[timex][tx51][fiscal]") {
  const sys_days dct{2025_y / September / 17};
  const auto t = only_timex("Lumen promises a cheaper model in H2 2026 and a developer kit in Q1 FY27.", dct, "Q1 FY27");
  CHECK(t.value == "2027-Q1");
  // (on the fiscal calendar the text gives)
  const auto fiscal = only_timex("The company's fiscal year ends in June. A developer kit follows in Q1 FY27.", dct, "Q1 FY27");
  CHECK(interval_text(fiscal) == "2026-07-01..2026-09-30");
  const auto year = only_timex("The company's fiscal year ends in June. Sales should double in FY27.", dct, "FY27");
  CHECK(interval_text(year) == "2026-07-01..2027-06-30");
  CHECK(only_timex("Margins rose in H2 FY26.", dct, "H2 FY26").value == "2026-H2");
}

// ---- #9, #14: counting on from a clock time

TEST_CASE("tx51 #14: a part of the day after a later clock time of its day is the next day's", "[timex][tx51]") {
  const sys_days dct{2025_y / October / 9};
  const auto all = tag("The roof collapsed at 3:40 a.m. on Tuesday. Rescuers reached the men 36 hours later, and by dawn "
                       "the first of them was on the surface.",
                       dct);
  CHECK(timex_named(all, "dawn").value == "2025-10-09TMO");
  // (an afternoon after a clock time of the morning is that day's)
  const auto same = tag("Rescuers reached the men at 9:15 a.m. on Wednesday, and by mid-afternoon the first was out.", dct);
  CHECK(timex_named(same, "mid-afternoon").value == "2025-10-08TAF");
  // (and one pointed back to stays on its day)
  const auto back = tag("Rescuers reached the men at 3:15 p.m. on Wednesday. That morning the pumps had failed.", dct);
  CHECK(timex_named(back, "That morning").value.starts_with("2025-10-08"));
}

TEST_CASE("tx51 #2: a period told in the past never begins after the DCT", "[timex][tx51]") {
  const auto all = tag("Voting will close on Sunday, May 4. The following week brought protests.", kApril2025);
  CHECK(timex_named(all, "The following week").value == "XXXX-WXX");
  // (after a past day, the week after it)
  const auto past = tag("Voting closed on Sunday, April 6. The following week brought protests.", kApril2025);
  CHECK(timex_named(past, "The following week").value == "2025-W15");
}

// ---- #8: a span of two weekdays

TEST_CASE("tx51 #8: the weekday that ends a span of two comes after the one that opens it", "[timex][tx51]") {
  const sys_days tuesday{2025_y / December / 2};
  auto [text, first, second] = GENERATE(table<const char*, const char*, const char*>({
      {"The second phase will begin on Jan. 12. Health workers will visit schools from Monday to Friday.", "2026-01-12",
       "2026-01-16"},
      {"The clinic will open on Wednesday, Dec. 10. Nurses will work from Thursday through Tuesday.", "2025-12-11",
       "2025-12-16"},
  }));
  INFO(text);
  const auto all = tag(text, tuesday);
  REQUIRE(all.size() == 3);
  CHECK(all[1].value == first);
  CHECK(all[2].value == second);
  // ("on Thursday and Friday" or "Friday or Thursday": the nearest day either side, as before)
  const auto either = tag("The clinic will open on Jan. 14. Nurses will work on Friday or Thursday.", tuesday);
  CHECK(timex_named(either, "Thursday").value == "2026-01-15");
}

// ---- #12: the first hour

TEST_CASE("tx51 #12: the first hour is a duration counted from the clock time just named", "[timex][tx51]") {
  const sys_days dct{2025_y / October / 9};
  for (const char* text : {"The collapse happened at 3:40 a.m. on Tuesday. Nine men escaped on foot within the first hour.",
                           "The collapse happened at 3:40 a.m. on Tuesday, about 1.2 kilometres from the entrance. Nine "
                           "men escaped on foot within the first hour."}) {
    INFO(text);
    const auto hour = timex_named(tag(text, dct), "the first hour");
    CHECK(hour.value == "PT1H");
  }
  CHECK(timex_named(tag("Most were found in the first few hours of the search.", dct), "the first few hours").value == "PTXH");
}
