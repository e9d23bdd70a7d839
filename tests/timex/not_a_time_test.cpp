// Words that look like times and are none: months opening names, counts, codes and numbers that
// are no date, and a part of the day or a weekday that places nothing.
#include <fmt/format.h>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::core::Timex;
using chronograph::format_iso_day;

namespace {

sys_days sunday_ending(sys_days d) { return d + (Sunday - weekday{d}); }  // the ISO week's last day

const sys_days kJune2024 = sys_days{2024_y / June / 20};

const sys_days kMay2019 = sys_days{2019_y / May / 12};

constexpr const char* kWeekdayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

const sys_days kWednesday{2026_y / November / 25};

sys_days before(unsigned iso, sys_days from) { return from - days{1} - (weekday{from - days{1}} - weekday{iso % 7}); }

// The value of `name` in a text written "word/TAG word/TAG ...", as the tagger would tag it.
std::string tagged_value(const std::string& words_and_tags, sys_days dct, const std::string& name) {
  const auto tagged = tagged_text(words_and_tags);
  return timex_named(timex_tagger().tag(tagged.text, &tagged.tokens, dct), name).value;
}

}  // namespace

// These tests use their own kDct and kWeekdays: other tests in this file use other values of the same names.
namespace {
namespace dated_2025_feb_13_weekdays_from_monday {

const sys_days kDct{2025_y / February / 13};  // a Thursday

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

TEST_CASE("sp57: a weekday after an indefinite article is no particular day", "[timex][sp57]") {
  for (unsigned n = 1; n <= 7; ++n) {
    const std::string day = kWeekdays[n - 1];
    const std::string number = std::to_string(n);
    for (const std::string& text : {"The old mill burned down on a " + day + ".",
                                    "The old mill burned down on a " + day + ", the busiest day of the week.",
                                    "The old mill burned down on a " + day + " in the summer of 1956."}) {
      INFO(text);
      const auto t = timex_named(tag(text, kDct), day);
      CHECK(t.value == "XXXX-WXX-" + number);
      CHECK(interval_text(t) == "none");
    }
    const std::string night = "The old mill burned down on a " + day + " night in 1956.";
    INFO(night);
    CHECK(timex_named(tag(night, kDct), day + " night").value == "XXXX-WXX-" + number + "TNI");
    const std::string clock = "The roof fell in at 5:40 p.m. on a " + day + ", witnesses recalled.";
    INFO(clock);
    CHECK(timex_named(tag(clock, kDct), "5:40 p.m. on a " + day).value == "XXXX-WXX-" + number + "T17:40");
  }
}

}  // namespace dated_2025_feb_13_weekdays_from_monday
}  // namespace

// These tests use their own kWeekdays: other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_sunday {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

TEST_CASE("a clock time on a weekday with no date still counts from the DCT", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2024_y / December / 1})) {
    for (unsigned w = 0; w < 7; ++w) {
      const sys_days day = ahead_of(dct, weekday{w});
      if (day == dct) continue;  // (the DCT's own weekday: the house style's own case)
      const std::string text = "9 a.m. on " + std::string(kWeekdays[w]);
      INFO(iso(dct) << " " << text);
      CHECK(only_timex("A pretrial hearing is scheduled for " + text + ".", dct, text).value == iso(day) + "T09:00");
    }
  }
}

TEST_CASE("the rest of the week with no day named runs from the DCT", "[timex][tester48]") {
  // must not change, but on a Sunday, the week's last day, the rest is the week ahead (t57 #61)
  for (const sys_days dct : week_of_dcts(sys_days{2019_y / November / 24})) {
    INFO(iso(dct));
    const Timex rest = only_timex("He is out for the rest of the week.", dct, "the rest of the week");
    REQUIRE(rest.interval);
    const sys_days start = weekday{dct} == Sunday ? dct + days{1} : dct;
    CHECK(rest.interval->start == start);
    CHECK(rest.interval->end == sunday_ending(start));
  }
}

TEST_CASE("a number counting a noun after a date is no day", "[timex][tester48]") {
  // must not change
  const sys_days dct{2021_y / November / 27};
  CHECK(tag("On November 22 and 23 people were hurt.", dct).size() == 1);
  CHECK(tag("Sales rose on November 22, and 23 stores closed.", dct).size() == 1);
  CHECK(tag("The firm sold 22 and 23 November shipments.", dct).size() == 1);
  CHECK(tag("Schools closed on November 22 and 40 reopened.", dct).size() == 1);
}

// ---- #1: "between midnight and 4am" after the night of a raid

TEST_CASE("tester49: midnight opening a range of hours is the start of the night last named", "[timex][tester49]") {
  const sys_days dct{2023_y / February / 14};  // a Tuesday
  for (int back = 1; back <= 6; ++back) {
    const sys_days night = dct - days{back};
    const std::string wd = kWeekdays[weekday{night}.c_encoding()];
    INFO(wd);
    for (const std::string range : {"between midnight and 4am", "from midnight to 4am"}) {
      const std::string text = "Thieves broke into the museum in the early hours of " + wd +
                               ". Police appealed for anyone who was near the street " + range +
                               " to come forward.";
      const auto all = tag(text, dct);
      CHECK(chronograph::test::timex_named(all, "midnight").value == iso(night) + "T00:00");
      CHECK(chronograph::test::timex_named(all, "4am").value == iso(night) + "T04:00");
    }
  }
}

TEST_CASE("tester49: a range of hours after a year named in between stays on the day last named", "[timex][tester49]") {
  const sys_days dct{2023_y / February / 14};
  const std::string text =
      "Officers were called to the museum at 3.40am on 12 February. The jewels had been on display since 2015. "
      "She appealed for anyone who was near the street between midnight and 4am to come forward.";
  const auto all = tag(text, dct);
  CHECK(chronograph::test::timex_named(all, "midnight").value == "2023-02-12T00:00");
  CHECK(chronograph::test::timex_named(all, "4am").value == "2023-02-12T04:00");
}

// ---- #2, #3: a month or a season that opens a name

TEST_CASE("tester49: a month opening a name is no date", "[timex][tester49]") {
  const sys_days dct{2021_y / August / 9};
  for (const char* month : kMonthNames) {
    INFO(month);
    const std::string name = std::string(month) + " Complex";
    const auto all = tag("It is the second-largest fire after the " + name + " fire of 2020.", dct);
    CHECK_FALSE(has_timex(all, month));
    CHECK(has_timex(all, "2020"));
    // (the month after a preposition is a date whatever follows)
    CHECK(has_timex(tag("The fire started in " + std::string(month) + ".", dct), month));
  }
  CHECK_FALSE(has_timex(tag("The October Revolution began in 1917.", dct), "October"));
}

TEST_CASE("tester49: a capitalised season before a name is no season", "[timex][tester49]") {
  const sys_days dct{2026_y / January / 29};
  for (const std::string season : {"Winter", "Summer"}) {
    for (const std::string games : {"Games", "Olympics", "Paralympics"}) {
      INFO(season << " " << games);
      const auto all = tag("The next " + season + " " + games + " will be held in the French Alps in 2030.", dct);
      CHECK(all.size() == 1);
      CHECK(has_timex(all, "2030"));
    }
  }
  // (a season in lower case, or a capitalised one before no name, stays a time)
  CHECK(only_timex("The next winter will be cold.", dct, "The next winter").value == "2026-WI");
  CHECK(only_timex("The plant will reopen in the summer.", dct, "the summer").value == "2026-SU");
}

TEST_CASE("tester49: a timetable verb the tagger reads as a noun gives the present", "[timex][tester49]") {
  const sys_days wednesday{2025_y / December / 3};
  for (const std::string verb : {"resumes", "reopens", "starts"}) {
    INFO(verb);
    const std::string words = "Shipping/NN " + verb + "/NNS at/IN midnight/NN Friday/NNP ./.";
    CHECK(only_tagged_timex(words, wednesday, "midnight Friday").value == "2025-12-05T24:00");
  }
  // (tagged as the verb's past, it is the Friday gone by)
  CHECK(only_tagged_timex("Shipping/NN resumed/VBD at/IN midnight/NN Friday/NNP ./.", wednesday, "midnight Friday").value ==
        "2025-11-28T24:00");
}

// ---- #6: a day counted in a period

TEST_CASE("tester49: the last or first weekday of a period is no last weekday", "[timex][tester49]") {
  const sys_days dct{2026_y / January / 29};
  for (const char* wd : kWeekdays) {
    INFO(wd);
    for (const std::string which : {"last", "first", "final"})
      CHECK(tag("The hockey final is on the " + which + " " + wd + " of the Games.", dct).empty());
  }
  CHECK(only_timex("The rally took place last Wednesday.", dct, "last Wednesday").value == "2026-01-21");
}

}  // namespace weekdays_from_sunday
}  // namespace

TEST_CASE("every month before a capitalised name and a sitting noun stays a date", "[timex][tx50]") {
  for (const char* month : kMonthNames) {
    for (const char* tail : {"Fed meeting", "Fed rate decision", "Senate vote", "Fed minutes"}) {
      const std::string sentence = fmt::format("Markets had priced in a cut before the {} {}, traders said.", month, tail);
      INFO(sentence);
      CHECK(has_timex(tag(sentence, kJune2024), month));
    }
  }
}

TEST_CASE("a month opening a name before another noun stays no date", "[timex][tx50]") {
  auto [sentence, month] = GENERATE(table<const char*, const char*>({
      {"It is the second-largest fire on record after the August Complex fire of 2020.", "August"},
      {"Historians still argue about the October Revolution anniversary in the city.", "October"},
      {"Fans packed the arena for the March Madness tournament this week.", "March"},
  }));
  INFO(sentence);
  CHECK_FALSE(has_timex(tag(sentence, sys_days{2021_y / August / 9}), month));
}

TEST_CASE("named periods from the table, with and without a part", "[timex][tx50]") {
  auto [sentence, expression, interval] = GENERATE(table<const char*, const char*, const char*>({
      {"Iron tools spread in the Iron Age.", "the Iron Age", "-0799-01-01..0043-12-31"},
      {"Life in the Middle Ages was short.", "the Middle Ages", "0500-01-01..1499-12-31"},
      {"Plague struck in the Late Middle Ages.", "the Late Middle Ages", "1300-01-01..1499-12-31"},
      {"The house dates from the Victorian era.", "the Victorian era", "1837-01-01..1901-12-31"},
      {"Farming began in the Neolithic.", "the Neolithic", "-3999-01-01..-2499-12-31"},
      {"Farming spread in the early Neolithic.", "the early Neolithic", "-3999-01-01..-3500-12-31"},
      {"Bronze Age burials were found.", "Bronze Age", "-2499-01-01..-0799-12-31"},
  }));
  INFO(sentence);
  CHECK(interval_text(only_timex(sentence, kMay2019, expression)) == interval);
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

TEST_CASE("tx52 t52-5: a unit a preposition takes, or a comparison's year, is no rate", "[timex][tx52]") {
  const sys_days dct{2024_y / October / 4};
  CHECK(timex_named(tag("Three officers were suspended for a year.", dct), "a year").type == "DURATION");
  CHECK(timex_named(tag("The 12 workers waited a week for news.", dct), "a week").type == "DURATION");
  CHECK(timex_named(tag("Profit rose to $5 million from $4 million a year.", dct), "a year").type != "SET");
}

TEST_CASE("tx52 t52-4: the end of term with no day told for it is no time expression", "[timex][tx52]") {
  const sys_days dct{2026_y / January / 9};
  CHECK_FALSE(has_timex(tag("Staff will strike until the end of term.", dct), "the end of term"));
  // (nor does a season's end change when no term follows it)
  CHECK(timex_named(tag("He will sign it by the end of the summer. The term ends on 27 March.", dct), "the end of the summer")
            .value == "2026-SU");
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

TEST_CASE("tx53 t53-7: a log, incident or ticket number is no year", "[timex][tx53]") {
  const sys_days dct{2025_y / March / 14};
  const auto all = tag("Anyone with information is asked to call 101, quoting log 1987 of 8 March.", dct);
  REQUIRE(all.size() == 1);
  CHECK(all[0].value == "2025-03-08");
  CHECK(tag("Police gave the crash incident 2041 and ticket 1999.", dct).empty());
  // (a year after other words stays one)
  CHECK(timex_named(tag("The log was started in 1987.", dct), "1987").value == "1987");
}

TEST_CASE("tx53 t53-6: a score or a numeric date after a month's day is no day range", "[timex][tx53]") {
  const sys_days dct{2024_y / October / 2};
  CHECK(tag("The March 3-2 vote passed.", dct).size() == 1);
  CHECK(tag("The frost of April 7 destroyed half of the buds.", dct).size() == 1);
}

TEST_CASE("tx55 t55-3: a time earlier than the story's clock, or with no clocked day, stays on the last day",
          "[timex][tx55]") {
  const sys_days dct{2025_y / May / 19};
  // (before the clock of the day the story is at: the earlier day's own time)
  CHECK(timex_named(tag("The ferry left the harbour at 5:10 a.m. on Sunday. A first sailing on Thursday was cancelled "
                        "at 4 a.m.",
                        dct),
                    "4 a.m.")
            .value == "2025-05-15T04:00");
  // (no day told by the clock before: the last day named)
  CHECK(timex_named(tag("The ferry left the harbour on Sunday. A first sailing on Thursday was cancelled. It was called "
                        "off at 9:35 a.m.",
                        dct),
                    "9:35 a.m.")
            .value == "2025-05-15T09:35");
  // (in the sentence of the earlier day: that day's time)
  CHECK(timex_named(tag("The bill passed at 10 p.m. on Thursday. On Wednesday, senators debated until 11:30 p.m.", dct),
                    "11:30 p.m.")
            .value == "2025-05-14T23:30");
  // (a later day named since: its own time)
  CHECK(timex_named(tag("The ferry left the harbour at 5:10 a.m. on Thursday. A second sailing on Sunday was cancelled. "
                        "It was called off at 9:35 a.m.",
                        dct),
                    "9:35 a.m.")
            .value == "2025-05-18T09:35");
}

TEST_CASE("tx55 t55-10: two years that do not follow each other are no season, and a slash date stays a day",
          "[timex][tx55]") {
  const sys_days dct{2020_y / September / 1};
  const auto apart = timex_named(tag("Prices rose in the 2014-16 season.", dct), "the 2014-16 season");
  CHECK(apart.value == "2014");
  CHECK(interval_text(apart) == "2014-01-01..2014-12-31");
  CHECK(timex_named(tag("He left on 12/05/2019.", dct), "12/05/2019").value == "2019-12-05");
}

TEST_CASE("tx56v a weekday of a plan told in the past named on that weekday is the DCT", "[timex][tx56v]") {
  for (unsigned d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2025_y / June / 1} + days{d};  // Sunday 2025-06-01 onwards
    const std::string day = kWeekdayNames[d];
    INFO(day);
    CHECK(timex_named(tag("Ministers were expected to meet on " + day + ".", dct), day).value == format("%F", dct));
  }
}

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2023_oct_11 {

const sys_days kDct{2023_y / October / 11};  // a Wednesday

// ---- a march's name in quotes

TEST_CASE("tx56x: a month opening a quoted march's name after the is no date", "[timex][tx56x]") {
  for (const char* month : kMonthNames) {
    const std::string text = std::string("Thousands walked in the ``") + month + " of the Silent Women,'' a yearly protest.";
    INFO(text);
    CHECK_FALSE(has_timex(tag(text, kDct), month));
    const std::string plain = std::string("Thousands walked in the \"") + month + " for Clean Rivers\" on Sunday.";
    INFO(plain);
    CHECK_FALSE(has_timex(tag(plain, kDct), month));
  }
}

TEST_CASE("tx56x: a count before a part of the day is no clock time", "[timex][tx56x]") {
  // (not after a word that places a time)
  CHECK_FALSE(has_timex(tag("The visitors scored 3 in the morning session.", kDct), "3 in the morning"));
  CHECK_FALSE(has_timex(tag("She sold 8 in the evening market.", kDct), "8 in the evening"));
  // (an hour after 11 is no morning's)
  CHECK_FALSE(has_timex(tag("They met at 12 in the morning.", kDct), "12 in the morning"));
}

// ---- a step ahead of a plan (t56 #3)

TEST_CASE("tx57: a step later in a future clause counts from the plan's day, not a past date named since", "[timex][tx57]") {
  auto [later, value] = GENERATE(table<const char*, const char*>({
      {"two weeks later", "2023-12-04"},
      {"three days later", "2023-11-23"},
      {"a month later", "2023-12-20"},
  }));
  const std::string text = std::string("The library will reopen on November 20, eight months after it closed in March because of a flood. ") +
                           "The reading rooms will follow " + later + ", the council said.";
  INFO(text);
  CHECK(timex_named(tag(text, kDct), later).value == value);
}

TEST_CASE("tx57: a step later in a past story still counts from the date last named", "[timex][tx57]") {
  const std::string text = "The library closed on March 6 because of a flood. It reopened two weeks later.";
  CHECK(timex_named(tag(text, kDct), "two weeks later").value == "2023-03-20");
  // (a later day ahead named since goes on as the anchor: only a past date gives way to the plan)
  const std::string two_days = "The library will reopen on November 20 and the cafe on December 1. The reading rooms will follow two weeks later.";
  CHECK(timex_named(tag(two_days, kDct), "two weeks later").value == "2023-12-15");
}

TEST_CASE("tx57: a weekend without a date, or of no date, stays as it was", "[timex][tx57]") {
  CHECK(has_timex(tag("The fair will run over the weekend.", kDct), "the weekend"));
  CHECK(timex_named(tag("The fair ran over the weekend of February 30.", kDct), "the weekend of February 30").value == "XXXX-WXX-WE");
}

TEST_CASE("tx57: a hundred before no unit is no time", "[timex][tx57]") {
  const auto all = tag("A hundred people lined the road.", kDct);
  CHECK(all.empty());
}

}  // namespace dated_2023_oct_11
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2011_nov_16 {

const sys_days kDct{2011_y / November / 16};  // a Wednesday

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

}  // namespace dated_2011_nov_16
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2022_may_18 {

const sys_days kDct{2022_y / May / 18};  // a Wednesday

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

}  // namespace dated_2022_may_18
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2024_may_20 {

const sys_days kDct{2024_y / May / 20};

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

}  // namespace dated_2024_may_20
}  // namespace

// These tests use their own kWeekdays: other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_monday {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

TEST_CASE("tx63 a present tag after a possessive or an article is a noun and no infinitive's head", "[timex][tx63]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    if (iso == 3) continue;  // (the DCT's own weekday is the DCT either way)
    const std::string day = kWeekdays[iso - 1];
    const std::string past = format_iso_day(before(iso, kWednesday));
    for (const std::string owner : {"their/PRP$", "its/PRP$", "the/DT", "his/PRP$"}) {
      const std::string text = "Two/CD bidders/NNS extended/VBD " + owner + " offers/VBZ to/TO buy/VB the/DT mill/NN " +
                               day + "/NNP ./.";
      INFO(text);
      CHECK(tagged_value(text, kWednesday, day) == past);
    }
    const std::string calls = "The/DT union/NN renewed/VBD its/PRP$ calls/VBZ on/IN " + day + "/NNP ./.";
    INFO(calls);
    CHECK(tagged_value(calls, kWednesday, day) == past);
  }
}

}  // namespace weekdays_from_monday
}  // namespace
