// Tester 55 on time expressions: a count finer than a season after a season keeps the season,
// as one after a month keeps the month.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::interval_text;
using chronograph::test::tag;
using chronograph::test::timex_named;

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

// ---- t55 #3: a time of day after a flashback to earlier days

TEST_CASE("tx55 t55-3: a later time alone goes on with the day the story was clocked on, past earlier days",
          "[timex][tx55]") {
  auto [text, clock, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The ferry left the harbour at 5:10 a.m. on Sunday. A first sailing on Thursday was cancelled because of fog, "
       "and a second, on Friday, was stopped by a strike. It docked at 9:35 a.m.",
       "9:35 a.m.", "2025-05-18T09:35"},
      {"The polls closed at 8 p.m. on Saturday. Early voting had opened on Wednesday, and turnout on Thursday was low. The "
       "result came at 11:40 p.m.",
       "11:40 p.m.", "2025-05-17T23:40"},
      {"Firefighters reached the mill at 2:15 p.m. on Wednesday. Inspectors found faults there on Tuesday. The blaze was out "
       "by 6 p.m.",
       "6 p.m.", "2025-05-14T18:00"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, sys_days{2025_y / May / 19}), clock).value == value);
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

// ---- t55 #5: waiting until a time ahead

TEST_CASE("tx55 t55-5: a wait until a quarter, a month or a day is a time ahead in a past clause too", "[timex][tx55]") {
  const sys_days dct{2024_y / May / 22};
  auto [text, name, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The governor said last week that waiting until the third quarter risked a recession.", "the third quarter", "2024-Q3"},
      {"Two members argued that waiting until the fourth quarter was too risky.", "the fourth quarter", "2024-Q4"},
      {"The minister said that waiting until September was a mistake.", "September", "2024-09"},
      {"Analysts said the bank waits until December before it acts.", "December", "2024-12"},
      {"Economists said that postponing the cut until the third quarter was a mistake.", "the third quarter", "2024-Q3"},
  }));
  INFO(text);
  CHECK(timex_named(tag(text, dct), name).value == value);
}

TEST_CASE("tx55 t55-5: a wait gone by ends in the past", "[timex][tx55]") {
  const sys_days dct{2024_y / May / 22};
  CHECK(timex_named(tag("Investors waited until the fourth quarter to sell.", dct), "the fourth quarter").value == "2023-Q4");
  CHECK(timex_named(tag("The fund waited until September before it sold.", dct), "September").value == "2023-09");
}

// ---- t55 #6 #7: a fiscal year that says where it ends

TEST_CASE("tx55 t55-6/7: fiscal YYYY, which ends in a month, is the twelve months to it, and the month is its",
          "[timex][tx55]") {
  const sys_days dct{2023_y / January / 13};
  // (April to November: a year ending in January to March is named either way, below)
  for (unsigned m = 4; m <= 11; ++m) {
    const std::string name = chronograph::test::kMonthNames[m - 1];
    for (const std::string verb : {"ends", "ended", "closes"}) {
      const std::string text = "The firm expects sales of $4 billion in fiscal 2023, which " + verb + " in " + name + ".";
      INFO(text);
      const auto all = tag(text, dct);
      const auto year = timex_named(all, "fiscal 2023");
      const year_month last = 2023_y / month{m};
      CHECK(interval_text(year) == chronograph::format_iso_day(sys_days{(last - months{11}) / 1}) + ".." +
                                       chronograph::format_iso_day(sys_days{last / date::last}));
      CHECK(timex_named(all, name).value == fmt::format("2023-{:02}", m));
    }
  }
}

TEST_CASE("tx55 t55-6/7: fiscal YYYY, which began on a day, starts that day in the year before", "[timex][tx55]") {
  const auto all = tag("Sales will rise in fiscal 2024, which began on Oct. 1.", sys_days{2023_y / November / 20});
  CHECK(timex_named(all, "Oct. 1").value == "2023-10-01");
  CHECK(interval_text(timex_named(all, "fiscal 2024")) == "2023-10-01..2024-09-30");
}

TEST_CASE("tx55 t55-6/7: a month that does not bound the fiscal year keeps the tense's year", "[timex][tx55]") {
  const sys_days dct{2023_y / January / 13};
  // (no verb of ending: a month of the story)
  CHECK(timex_named(tag("Its fiscal year ends in September. Profit for fiscal 2023 rose, and in September it hired staff.", dct),
                    "September")
            .value == "2022-09");
  // (a year ending in March is named either way, 2022-04..2024-03: its end stays where the tense put
  // it, within a past clause's slack of the DCT, not at the end of the later reading)
  CHECK(timex_named(tag("Sales rose in fiscal 2023, which ended in March.", dct), "March").value == "2023-03");
}

// ---- t55 #8: the year to a month

TEST_CASE("tx55 t55-8: the year to or through a month is the twelve months that month closes", "[timex][tx55]") {
  const sys_days dct{2024_y / December / 20};
  // (from March: a past clause puts January and February, within two months ahead, in 2025)
  for (unsigned m = 3; m <= 11; ++m) {
    const std::string name = chronograph::test::kMonthNames[m - 1];
    for (const std::string joint : {"to", "through"}) {
      const std::string text = "Consumer prices rose 2.9 percent in the year " + joint + " " + name + ".";
      INFO(text);
      const auto year = timex_named(tag(text, dct), "the year");
      CHECK(year.type == "DURATION");
      CHECK(year.value == "P1Y");
      const year_month last = 2024_y / month{m};
      CHECK(interval_text(year) == chronograph::format_iso_day(sys_days{(last - months{11}) / 1}) + ".." +
                                       chronograph::format_iso_day(sys_days{last / date::last}));
    }
  }
}

TEST_CASE("tx55 t55-8: the year to date is the year under way, and the year alone the calendar's", "[timex][tx55]") {
  const sys_days dct{2024_y / May / 22};
  CHECK(timex_named(tag("Sales in the year to date rose 4 percent.", dct), "the year to date").value == "2024");
  CHECK(timex_named(tag("Sales for the year rose 4 percent.", dct), "the year").value == "2024");
}

// ---- t55 #9: a time ahead told in the past of a coarser date

TEST_CASE("tx55 t55-9: the next few units said in the past count from the date the story is at", "[timex][tx55]") {
  const sys_days dct{2023_y / June / 16};
  auto [text, name, span] = GENERATE(table<const char*, const char*, const char*>({
      {"The town was flooded in 2001. Engineers said a bigger flood was likely within the next few years.",
       "the next few years", "2001-01-01..2011-01-01"},
      {"The mine closed in March 2015. The site stayed empty for the next two years.",
       "the next two years", "2015-03-01..2017-03-01"},
      {"The dam cracked in the spring of 2010. Inspectors warned that repairs were needed over the coming months.",
       "the coming months", "2010-03-01..2011-03-01"},
  }));
  INFO(text);
  CHECK(interval_text(timex_named(tag(text, dct), name)) == span);
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

TEST_CASE("tx55 t55-9: the next few units count from the DCT in a clause ahead or after a day", "[timex][tx55]") {
  const sys_days dct{2023_y / June / 16};
  // (a clause ahead: from now)
  CHECK(interval_text(timex_named(tag("The town was flooded in 2001. A bigger flood will come within the next few years.", dct),
                                  "the next few years")) == "2023-06-16..2033-06-16");
  // (after a day: from that day, as before)
  CHECK(interval_text(timex_named(tag("The town was flooded on Monday. Engineers said more rain was likely over the next few days.",
                                      dct),
                                  "the next few days")) == "2023-06-12..2023-06-26");
}

// ---- t55 #11: at the earliest, at the latest

TEST_CASE("tx55 t55-11: a date at the earliest or at the latest is a bound", "[timex][tx55]") {
  const sys_days dct{2024_y / February / 8};
  auto [text, name, value, mod] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"He could be freed in 2031 at the earliest.", "2031 at the earliest", "2031", "ON_OR_AFTER"},
      {"The bridge will reopen in May at the soonest.", "May at the soonest", "2024-05", "ON_OR_AFTER"},
      {"A ruling is due on Friday at the latest.", "Friday at the latest", "2024-02-09", "ON_OR_BEFORE"},
      {"The tower will be finished by 2027 at the latest.", "2027 at the latest", "2027", "ON_OR_BEFORE"},
  }));
  INFO(text);
  const auto t = timex_named(tag(text, dct), name);
  CHECK(t.value == value);
  CHECK(t.mod == mod);
}

TEST_CASE("tx55 t55-11: after a comma the bound keeps its words out, and other words after a date are no bound",
          "[timex][tx55]") {
  const sys_days dct{2024_y / February / 8};
  const auto comma = timex_named(tag("A ruling is due in June, at the latest.", dct), "June");
  CHECK(comma.mod == "ON_OR_BEFORE");
  // (the latest news, the earliest settlers: no bound)
  CHECK(timex_named(tag("In 2023 at the latest count, 40 firms had left.", dct), "2023").mod.empty());
  CHECK(timex_named(tag("He arrived in 2019 at the earliest settlers' camp.", dct), "2019").mod.empty());
  // (a clause after the bound: still one)
  CHECK(timex_named(tag("He could be freed in 2031 at the earliest if the appeal fails.", dct), "2031 at the earliest").mod ==
        "ON_OR_AFTER");
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

TEST_CASE("tx55 t55-10: two years that do not follow each other are no season, and a slash date stays a day",
          "[timex][tx55]") {
  const sys_days dct{2020_y / September / 1};
  const auto apart = timex_named(tag("Prices rose in the 2014-16 season.", dct), "the 2014-16 season");
  CHECK(apart.value == "2014");
  CHECK(interval_text(apart) == "2014-01-01..2014-12-31");
  CHECK(timex_named(tag("He left on 12/05/2019.", dct), "12/05/2019").value == "2019-12-05");
}
