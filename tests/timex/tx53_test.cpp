// Testers 52 and 53 on time expressions: two months joined by a dash with no space ("March–May")
// are two months, a tour's months go on from the date ahead they follow as its days do, and the
// dateline's day stays the DCT's however the headline dates the story.
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::interval_text;
using chronograph::test::tag;
using chronograph::test::timex_named;

// ---- t52 #7: ranges of months

TEST_CASE("tx53 t52-7: two months joined by an unspaced en dash are two months of one year", "[timex][tx53]") {
  auto [text, first, second, first_value] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"The dam was closed March\u2013May 2024.", "March", "May 2024", "2024-03"},
      {"Rainfall in March\u2013May 2023 was 40 percent below average.", "March", "May 2023", "2023-03"},
      {"The road was shut November\u2013February 2024.", "November", "February 2024", "2023-11"},
      {"Output fell in June\u2013July 2022.", "June", "July 2022", "2022-06"},
  }));
  INFO(text);
  const auto all = tag(text, sys_days{2025_y / July / 2});
  CHECK(timex_named(all, first).value == first_value);
  CHECK(timex_named(all, second).type == "DATE");
}

TEST_CASE("tx53 t52-7: a word with an en dash inside still holds its months apart, and a spaced dash joins nothing",
          "[timex][tx53]") {
  const sys_days dct{2025_y / July / 2};
  // (a spaced dash is one between clauses: the month keeps its own year)
  CHECK(timex_named(tag("Rain fell in December \u2013 October 2024 was dry.", dct), "December").value == "2024-12");
  // (an em dash touching a word is a mark of its own too)
  CHECK(timex_named(tag("The talks ended on Monday\u2014a day early.", dct), "Monday").value == "2025-06-30");
  // (the span's words stay as they were: "between March and May" is two months)
  const auto between = tag("Rainfall between March and May was 40 percent below average.", dct);
  CHECK(timex_named(between, "March").value == "2025-03");
  CHECK(timex_named(between, "May").value == "2025-05");
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

TEST_CASE("tx53 t52-1: the dateline's day is the DCT's even when the headline names the year ahead", "[timex][tx53]") {
  const sys_days dct{2026_y / December / 3};
  const auto all = tag("Nova Heights announces 2027 world tour\n\nLOS ANGELES (Dec. 3) \u2014 Nova Heights will return to the "
                       "road next year, the group announced on Thursday.",
                       dct);
  CHECK(timex_named(all, "Dec. 3").value == "2026-12-03");
  // (nor is today's date moved by a date ahead in the body)
  CHECK(timex_named(tag("The tour opens on April 17. Tickets go on sale on Dec. 3.", dct), "Dec. 3").value == "2026-12-03");
}

// ---- t53 #3: the same weekday named again

TEST_CASE("tx53 t53-3: a weekday just named, named again in a clause not ahead, is the same day", "[timex][tx53]") {
  const sys_days dct{2025_y / September / 6};
  auto [text, value] = GENERATE(table<const char*, const char*>({
      {"She won on Wednesday. \"After Wednesday, I feel like I have nothing to lose,\" she said.", "2025-09-03"},
      {"The strike began on Monday. Since Monday, no trains have run.", "2025-09-01"},
      {"The bridge closed on Thursday, and traffic is heavy after Thursday's closure.", "2025-09-04"},
  }));
  INFO(text);
  const auto all = tag(text, dct);
  REQUIRE(all.size() == 2);
  CHECK(all[0].value == value);
  CHECK(all[1].value == value);
}

TEST_CASE("tx53 t53-3: a weekday named again stays its own day ahead, or far from the DCT's week", "[timex][tx53]") {
  // (a clause ahead names the next one)
  const auto ahead = tag("They met on Monday and will meet again on Monday.", sys_days{2025_y / September / 6});
  REQUIRE(ahead.size() == 2);
  CHECK(ahead[1].value == "2025-09-08");
  // (a day two weeks back that happens to be a Thursday is not this week's Thursday)
  const auto far = tag("Iraq invaded on Aug. 2. Saddam spoke on television Thursday.", sys_days{1990_y / August / 16});
  CHECK(timex_named(far, "Thursday").value == "1990-08-16");
  // ("since" a weekday alone is behind)
  CHECK(timex_named(tag("She has been unwell since Thursday.", sys_days{2025_y / September / 6}), "Thursday").value ==
        "2025-09-04");
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

TEST_CASE("tx53 t53-7: a log, incident or ticket number is no year", "[timex][tx53]") {
  const sys_days dct{2025_y / March / 14};
  const auto all = tag("Anyone with information is asked to call 101, quoting log 1987 of 8 March.", dct);
  REQUIRE(all.size() == 1);
  CHECK(all[0].value == "2025-03-08");
  CHECK(tag("Police gave the crash incident 2041 and ticket 1999.", dct).empty());
  // (a year after other words stays one)
  CHECK(timex_named(tag("The log was started in 1987.", dct), "1987").value == "1987");
}

// ---- t53 #6: "April 7-8"

TEST_CASE("tx53 t53-6: the day after a dash in a month's day range is a day of that month", "[timex][tx53]") {
  const sys_days dct{2024_y / October / 2};
  auto [text, first, last, value] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"The frost of April 7-8 destroyed half of the buds.", "April 7", "8", "2024-04-08"},
      {"Shows run June 12\u201314 in London.", "June 12", "14", "2024-06-14"},
      {"The talks on Sept. 3-5 ended without a deal.", "Sept. 3", "5", "2024-09-05"},
  }));
  INFO(text);
  const auto all = tag(text, dct);
  CHECK(timex_named(all, first).type == "DATE");
  CHECK(timex_named(all, last).value == value);
}

TEST_CASE("tx53 t53-6: a score or a numeric date after a month's day is no day range", "[timex][tx53]") {
  const sys_days dct{2024_y / October / 2};
  CHECK(tag("The March 3-2 vote passed.", dct).size() == 1);
  CHECK(tag("The frost of April 7 destroyed half of the buds.", dct).size() == 1);
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

// ---- t53 #12: "the last week of May"

TEST_CASE("tx53 t53-12: the N-th week of a month is its seven days, though the value stays the ISO week", "[timex][tx53]") {
  const sys_days dct{2024_y / May / 18};
  auto [text, expression, value, interval] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"The summit push is planned for the last week of May.", "the last week of May", "2024-W22", "2024-05-25..2024-05-31"},
      {"A second round is planned for the first week of April 2025.", "the first week of April 2025", "2025-W14",
       "2025-04-01..2025-04-07"},
      {"Polls close in the final week of February 2025.", "the final week of February 2025", "2025-W09",
       "2025-02-22..2025-02-28"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, dct), expression);
  CHECK(t.value == value);
  CHECK(interval_text(t) == interval);
}

// ---- t53 #10: "for five years from its release"

TEST_CASE("tx53 t53-10: a duration ahead counted from another time is not counted from the DCT", "[timex][tx53]") {
  const sys_days dct{2025_y / June / 11};
  auto [text, expression] = GENERATE(table<const char*, const char*>({
      {"The next long-term release, Helix 14, will be supported for five years from its release.", "five years"},
      {"The law will apply for two years after the vote.", "two years"},
      {"Members will stay for ten days of the summit.", "ten days"},
  }));
  INFO(text);
  CHECK(interval_text(timex_named(tag(text, dct), expression)) == "none");
  // (one said alone runs from now)
  CHECK(interval_text(timex_named(tag("Gift cards will be honored for 30 days.", dct), "30 days")) ==
        "2025-06-11..2025-07-11");
}
