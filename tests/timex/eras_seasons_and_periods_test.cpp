// Long periods: centuries, millennia, decades, eras and named periods, seasons of a year or of a
// sport, and counts of years ago.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/common/utc_offset.h"
#include "core/timex/sport_season.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::format_iso_day;
using chronograph::core::Timex;

namespace {

const sys_days kMay2019 = sys_days{2019_y / May / 12};

const sys_days kApril2025 = sys_days{2025_y / April / 28};

}  // namespace

TEST_CASE("a number of times in a period is the period with that freq", "[timex][tx49]") {
  auto [sentence, expression, value, freq] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"The committee meets once a month.", "once a month", "P1M", "1X"},
      {"Patients take the pills three times a day.", "three times a day", "P1D", "3X"},
      {"Ferries sail 12 times a year.", "12 times a year", "P1Y", "12X"},
      {"Flights leave four times per week.", "four times per week", "P1W", "4X"},
      {"Inspectors call twice a year.", "twice a year", "P1Y", "2X"},
      {"Trains run three times daily.", "three times daily", "P1D", "3X"},
      {"the twice-weekly market", "twice-weekly", "P1W", "2X"},
      {"The board meets once every two weeks.", "once every two weeks", "P2W", "1X"},
  }));
  INFO(sentence);
  const auto t = only_timex(sentence, sys_days{2024_y / May / 10}, expression);
  CHECK(t.type == "SET");
  CHECK(t.value == value);
  CHECK(t.freq == freq);
}

// ---- #9: a sport's "last season"

TEST_CASE("issue 9: 'last season' in a story about a sport is the season before the DCT's", "[timex][tx49]") {
  // the DCT's season starts in July; "the 2022-23 season" is read 2022-04-01..2023-06-30
  auto [dct, first] = GENERATE(table<sys_days, int>({
      {sys_days{2023_y / September / 4}, 2022},
      {sys_days{2023_y / July / 1}, 2022},
      {sys_days{2024_y / February / 10}, 2022},
      {sys_days{2024_y / June / 30}, 2022},
  }));
  INFO(format_iso_day(dct));
  const auto t = only_timex("City finished ninth last season.", dct, "last season");
  CHECK(t.value == std::to_string(first));
  CHECK(interval_text(t) == fmt::format("{}-04-01..{}-06-30", first, first + 1));
}

TEST_CASE("'this season' and 'next season' in a sports story step from the DCT's season", "[timex][tx49]") {
  const sys_days dct{2023_y / September / 4};
  const std::string story = "The striker scored 27 goals during the 2022-23 season. He wants more this season, and "
                            "the club will play in Europe next season.";
  CHECK(interval_text(only_timex(story, dct, "this season")) == "2023-04-01..2024-06-30");
  CHECK(interval_text(only_timex(story, dct, "next season")) == "2024-04-01..2025-06-30");
  // the season the text names by its years is the same span
  CHECK(interval_text(only_timex(story, dct, "the 2022-23 season")) == "2022-04-01..2023-06-30");
}

TEST_CASE("a sport's season is found by a league's words, a season of two years or a place in a table", "[timex][tx49]") {
  const sys_days dct{2024_y / March / 3};
  auto sentence = GENERATE(as<std::string>{}, "The team was relegated last season.",
                           "Their goalkeeper was injured for much of last season.",
                           "Attendance fell in the 2019/20 campaign and again last season.",
                           "United came 3rd last season.");
  INFO(sentence);
  CHECK(only_timex(sentence, dct, "last season").value == "2022");
}

TEST_CASE("'last season' outside sport stays PAST_REF", "[timex][tx49]") {
  const sys_days dct{2024_y / March / 3};
  auto sentence = GENERATE(as<std::string>{}, "The show lost viewers last season.",
                           "Designers favoured pastel colours last season.",
                           "Ticket sales finished lower last season.");
  INFO(sentence);
  CHECK(only_timex(sentence, dct, "last season").value == "PAST_REF");
  // and without a DCT nothing is placed
  CHECK(only_timex("City finished ninth last season.", std::nullopt, "last season").value == "PAST_REF");
}

// ---- #9: the first century AD

TEST_CASE("tester49: the first century AD starts in year 1", "[timex][tester49]") {
  const sys_days dct{2026_y / January / 29};
  const Timex first = only_timex("The arena was built in the first century AD.", dct, "the first century AD");
  REQUIRE(first.interval);
  CHECK(first.interval->start == sys_days{year{1} / January / 1});
  CHECK(first.interval->end == sys_days{year{99} / December / 31});
  const Timex second = only_timex("The arena was built in the second century.", dct, "the second century");
  REQUIRE(second.interval);
  CHECK(second.interval->start == sys_days{year{100} / January / 1});
}

// ---- #7: a span of centuries written once in the plural

TEST_CASE("tester49: both ends of a span of centuries are centuries", "[timex][tester49]") {
  const sys_days dct{2019_y / May / 12};
  for (int first = 2; first <= 18; first += 4) {
    const int last = first + 2;
    const auto ord = [](int n) { return std::to_string(n) + (n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th"); };
    for (const std::string joint : {"between the {} and {} centuries", "from the {} to {} centuries"}) {
      const std::string phrase = fmt::format(fmt::runtime(joint), ord(first), ord(last));
      INFO(phrase);
      const auto all = tag("The area was occupied " + phrase + ".", dct);
      CHECK(chronograph::test::timex_named(all, "the " + ord(first)).value == fmt::format("{:02}", first - 1));
      CHECK(chronograph::test::timex_named(all, ord(last) + " centuries").value == fmt::format("{:02}", last - 1));
    }
  }
  // (centuries alone stay a duration, and an ordinal before no span of centuries no date)
  CHECK(only_timex("The stones stood for centuries.", dct, "centuries").value == "PXC");
  CHECK_FALSE(has_timex(tag("He finished the 12th and 14th laps.", dct), "the 12th"));
}

// ---- millennia, and centuries of our era

TEST_CASE("the failing sentence: 'the third millennium BC' is -2999..-2000", "[timex][tx50]") {
  const auto t = only_timex("Stone circles in the area date to the third millennium BC.", kMay2019, "the third millennium BC");
  CHECK(t.value == "-2");
  CHECK(interval_text(t) == "-2999-01-01..-2000-12-31");
}

TEST_CASE("every ordinal millennium in either era", "[timex][tx50]") {
  auto [expression, value, interval] = GENERATE(table<const char*, const char*, const char*>({
      {"the first millennium BC", "-0", "-0999-01-01..0000-12-31"},
      {"the second millennium BCE", "-1", "-1999-01-01..-1000-12-31"},
      {"the 4th millennium B.C.", "-3", "-3999-01-01..-3000-12-31"},
      {"the first millennium AD", "0", "0001-01-01..0999-12-31"},
      {"the second millennium", "1", "1000-01-01..1999-12-31"},
      {"the third millennium CE", "2", "2000-01-01..2999-12-31"},
  }));
  const std::string sentence = fmt::format("The site was used in {}.", expression);
  INFO(sentence);
  const auto t = only_timex(sentence, kMay2019, expression);
  CHECK(t.value == value);
  CHECK(interval_text(t) == interval);
}

TEST_CASE("a part of a millennium or century takes its tenths", "[timex][tx50]") {
  auto [expression, interval] = GENERATE(table<const char*, const char*>({
      {"the late second millennium BC", "-1299-01-01..-1000-12-31"},
      {"the early 20th century", "1900-01-01..1929-12-31"},
      {"the mid-19th century", "1830-01-01..1869-12-31"},
      {"the late 19th century", "1870-01-01..1899-12-31"},
  }));
  const std::string sentence = fmt::format("It was built in {}.", expression);
  INFO(sentence);
  CHECK(interval_text(only_timex(sentence, kMay2019, expression)) == interval);
}

TEST_CASE("AD or CE after a century is part of it, an advertisement is not", "[timex][tx50]") {
  CHECK(interval_text(only_timex("The arena was built in the first century AD.", kMay2019, "the first century AD")) ==
        "0001-01-01..0099-12-31");
  CHECK(only_timex("It was rebuilt in the fourth century CE.", kMay2019, "the fourth century CE").value == "03");
  CHECK(has_timex(tag("They ran a 21st century ad campaign.", kMay2019), "21st century"));
}

// ---- round counts of years ago, and ranges before Christ

TEST_CASE("the failing sentence: '5,000 years ago' is approximate, 500 years either side", "[timex][tx50]") {
  const auto t = only_timex("People first settled the area 5,000 years ago.", kMay2019, "5,000 years ago");
  CHECK(t.value == "-2981");
  CHECK(t.mod == "APPROX");
  CHECK(interval_text(t) == "-3481-01-01..-2481-12-31");
}

TEST_CASE("the failing sentence: 'around 1200-1000 BC' is one range", "[timex][tx50]") {
  const auto all = tag("The burial dates to around 1200-1000 BC.", kMay2019);
  REQUIRE(all.size() == 1);
  CHECK(all[0].text == "around 1200-1000 BC");
  CHECK(all[0].mod == "APPROX");
  CHECK(interval_text(all[0]) == "-1199-01-01..-0999-12-31");
}

// ---- decades and centuries written in hundreds

TEST_CASE("the failing sentence: 'the early 1900s' is the century's first three decades", "[timex][tx50]") {
  const auto t = only_timex("In the early 1900s it was used as a school.", kMay2019, "the early 1900s");
  CHECK(t.value == "19");
  CHECK(t.mod == "START");
  CHECK(interval_text(t) == "1900-01-01..1929-12-31");
}

TEST_CASE("hundreds are centuries with their parts, the 2000s a decade, other decades unchanged", "[timex][tx50]") {
  auto [expression, interval] = GENERATE(table<const char*, const char*>({
      {"the 1800s", "1800-01-01..1899-12-31"},
      {"the late 1700s", "1770-01-01..1799-12-31"},
      {"the mid-1600s", "1630-01-01..1669-12-31"},
      {"the 2000s", "2000-01-01..2009-12-31"},
      {"the early 1980s", "1980-01-01..1983-04-30"},
  }));
  const std::string sentence = fmt::format("It happened in {}.", expression);
  INFO(sentence);
  CHECK(interval_text(only_timex(sentence, kMay2019, expression)) == interval);
}

// ---- named periods

TEST_CASE("the failing sentence: 'the late Bronze Age' is a broad period", "[timex][tx50]") {
  const auto t = only_timex("The grave dates to the late Bronze Age, about 3,000 years ago.", kMay2019, "the late Bronze Age");
  CHECK(t.type == "DATE");
  CHECK(t.mod == "APPROX");
  CHECK(t.derived);
  CHECK(interval_text(t) == "-1149-01-01..-0799-12-31");
}

TEST_CASE("a period the calendar cannot hold is a time with no interval, a lower-case word none", "[timex][tx50]") {
  const auto stone = only_timex("Hunters lived here in the Stone Age.", kMay2019, "the Stone Age");
  CHECK(stone.value == "PAST_REF");
  CHECK_FALSE(stone.interval);
  CHECK(tag("They ate in the middle ages of the hall and sold bronze age tools.", kMay2019).empty());
  CHECK(tag("The Bronze Agency opened.", kMay2019).empty());
}

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

TEST_CASE("tx51 #2: a period told in the past never begins after the DCT", "[timex][tx51]") {
  const auto all = tag("Voting will close on Sunday, May 4. The following week brought protests.", kApril2025);
  CHECK(timex_named(all, "The following week").value == "XXXX-WXX");
  // (after a past day, the week after it)
  const auto past = tag("Voting closed on Sunday, April 6. The following week brought protests.", kApril2025);
  CHECK(timex_named(past, "The following week").value == "2025-W15");
}

// ---- t55 #1: a count of days after a season

TEST_CASE("tx55 t55-1: days or weeks later after a season are some time of that season", "[timex][tx55]") {
  auto [season, code] = GENERATE(table<const char*, const char*>({
      {"spring", "SP"},
      {"summer", "SU"},
      {"autumn", "FA"},
      {"winter", "WI"},
  }));
  const sys_days dct{2024_y / March / 16};
  const std::string text = std::string("The firms first met in the ") + season + " of 2021. Two days later, they signed a deal.";
  INFO(text);
  const auto later = timex_named(tag(text, dct), "Two days later");
  CHECK(later.value == std::string("2021-") + code);
  // (the time it names is the season moved by the step, as for a month)
  CHECK(later.interval->precision == chronograph::Precision::Season);
  CHECK(timex_named(tag(std::string("Talks began in the ") + season + " of 2021. Three weeks later, they failed.", dct),
                    "Three weeks later")
            .value == std::string("2021-") + code);
}

TEST_CASE("tx55 t55-1: a count of seasons or years after a season is not held to it", "[timex][tx55]") {
  const sys_days dct{2024_y / March / 16};
  // (a year later is the year, as from a month)
  CHECK(timex_named(tag("The firms first met in the spring of 2021. A year later, they merged.", dct), "A year later").value ==
        "2022");
  // (after a day the count is a day)
  CHECK(timex_named(tag("The firms first met on May 3, 2021. Two days later, they signed a deal.", dct), "Two days later")
            .value == "2021-05-05");
}

TEST_CASE("tx55 t55-9: a vague count of decades or centuries spans up to the next larger unit", "[timex][tx55]") {
  const sys_days dct{2023_y / June / 16};
  const auto decades = timex_named(tag("The coast will change over the coming decades.", dct), "the coming decades");
  CHECK(decades.value == "PXY");
  CHECK(interval_text(decades) == "2023-06-16..2123-06-16");
  CHECK(interval_text(timex_named(tag("The town was flooded in 2001. Engineers said a bigger flood was likely within the next "
                                      "few decades.",
                                      dct),
                                  "the next few decades")) == "2001-01-01..2101-01-01");
  // (years stay a decade at most)
  CHECK(interval_text(timex_named(tag("The coast will change over the coming years.", dct), "the coming years")) ==
        "2023-06-16..2033-06-16");
}

// ---- t55 #10: a season across a year end

TEST_CASE("tx55 t55-10: the YYYY-YY season is one expression spanning the year end", "[timex][tx55]") {
  const sys_days dct{2020_y / September / 1};
  auto [text, name, value, span] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"He made his debut in the 2014-15 season.", "the 2014-15 season", "2014", "2014-04-01..2015-06-30"},
      {"The club was relegated at the end of the 2008/09 campaign.", "the 2008/09 campaign", "2008", "2008-04-01..2009-06-30"},
      {"Fees rose in the 2019-20 academic year.", "the 2019-20 academic year", "2019", "2019-09-01..2020-08-31"},  // (tx64: September to August)
      {"Enrolment fell in the 2017/18 school year.", "the 2017/18 school year", "2017", "2017-09-01..2018-08-31"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, dct), name);
  CHECK(t.value == value);
  CHECK(interval_text(t) == span);
}

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2011_nov_16 {

const sys_days kDct{2011_y / November / 16};  // a Wednesday

// ---- the odds of a thing given with its time look ahead (t57 #34)

TEST_CASE("tx57b: a thing said to be unlikely or likely before a season is ahead of the DCT", "[timex][tx57b]") {
  for (const char* odds : {"unlikely", "likely"}) {
    const std::string text = std::string("A spokesman said a ruling was ") + odds + " before the summer.";
    INFO(text);
    CHECK(timex_named(tag(text, kDct), "the summer").value == "2012-SU");
  }
}

}  // namespace dated_2011_nov_16
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2024_may_20 {

const sys_days kDct{2024_y / May / 20};

TEST_CASE("tx60: every unit of a period of time still recurs", "[timex][tx60]") {
  CHECK(timex_named(tag("The ferry sails every day of the year.", kDct), "every day").type == "SET");
  CHECK(timex_named(tag("Guards patrol every hour of the night.", kDct), "every hour").type == "SET");
  CHECK(timex_named(tag("The shop opens every day of the summer.", kDct), "every day").type == "SET");
  CHECK(timex_named(tag("The clinic checks the pumps every hour.", kDct), "every hour").type == "SET");
}

}  // namespace dated_2024_may_20
}  // namespace
