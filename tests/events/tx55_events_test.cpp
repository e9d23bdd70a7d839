// Tester 55's time expressions that need the parse: a count of days later goes on from the day
// the story is at, not from a coarser date in a clause that hangs on a noun ("a review that had
// been delayed since the firm applied in the spring of 2021"), and a report's day moves a story
// that was at no day yet.
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::timex_value_in;

TEST_CASE("tx55 t55-1: days later count from the main clause's day, not from a date in a noun's clause",
          "[events][tx55]") {
  auto [text, later, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The regulator cleared the merger on Tuesday, closing an inquiry that had dragged on since the firms "
       "announced the deal in the autumn of 2020. Three days later, the buyer fired the chief executive.",
       "Three days later", "2024-03-15"},
      {"The council approved the bridge on Thursday, ending a dispute that had simmered since residents "
       "objected in the winter of 2019. A day later, the contractor ordered the steel.",
       "A day later", "2024-03-15"},
      {"The league suspended the coach on Monday, after a probe that the club opened when fans complained in "
       "March 2022. Two weeks later, he resigned.",
       "Two weeks later", "2024-03-25"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, later, sys_days{2024_y / March / 16}) == value);
}

TEST_CASE("tx55 t55-1: a coarser date in the main clause still moves the story", "[events][tx55]") {
  const sys_days dct{2024_y / March / 16};
  // (the month is the story's own time: a day later is some day of it, TimeML's month)
  CHECK(timex_value_in("The regulator cleared the merger on Tuesday. The firms had first met in March 2021. A day later, "
                       "they signed a letter of intent.",
                       "A day later", dct) == "2021-03");
  // (a season keeps its own granularity as a month does)
  CHECK(timex_value_in("The firms first met in the spring of 2021. Two days later, they signed a letter of intent.",
                       "Two days later", dct) == "2021-SP");
}

TEST_CASE("tx55 t55-2: a report's day moves a story that was at a coarser date", "[events][tx55]") {
  auto [text, dct, value] = GENERATE(table<const char*, sys_days, const char*>({
      {"The owner rejected an offer in May and a second one later that month. The owner said on Monday that he would "
       "never sell. A day later, he accepted a deal.",
       sys_days{2023_y / August / 30}, "2023-08-29"},
      {"The union turned down a pay rise in January. Its leader told members on Friday that the strike would go on. "
       "Two days later, the union signed the agreement.",
       sys_days{2024_y / March / 12}, "2024-03-10"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, std::string(text).find("A day later") != std::string::npos ? "A day later" : "Two days later",
                       dct) == value);
}

TEST_CASE("tx55 t55-2: a report's day does not move a story already at a day", "[events][tx55]") {
  // (the count compares with the story's day, the strike, not with the day it was told)
  CHECK(timex_value_in("The strike began on March 4. The union said on Friday that talks had failed. Two days later, the "
                       "port closed.",
                       "Two days later", sys_days{2024_y / March / 12}) == "2024-03-06");
}

TEST_CASE("tx55 t55-4: the end of the period a deadline with by names lies ahead, in a headline too", "[events][tx55]") {
  const sys_days dct{2024_y / May / 22};
  auto [text, name, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Central Bank Holds Rates, Signals Cut by Year-End\n\nThe central bank held its main rate on Wednesday.", "Year-End",
       "2024"},
      {"Retailer Plans Store Closures by Year-End\n\nThe chain reported a loss on Wednesday.", "Year-End", "2024"},
      {"The central bank signaled a cut by the end of the year.", "the end of the year", "2024"},
      {"The carmaker promised a recall by year's end.", "year's end", "2024"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, name, dct) == value);
}

TEST_CASE("tx55 t55-4: the end of a period told in the past without by stays behind", "[events][tx55]") {
  // (a past clause's end of the DCT's year, not yet come, is last year's)
  CHECK(timex_value_in("Sales slumped at the end of the year.", "the end of the year", sys_days{2024_y / May / 22}) == "2023");
}

TEST_CASE("tx55 t55-4: a deadline a past perfect met lies behind", "[events][tx55]") {
  const sys_days dct{2024_y / May / 22};
  auto [text, name, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Sales had recovered by the end of the year.", "the end of the year", "2023"},
      {"The builders had finished the roof by September.", "September", "2023-09"},
      {"Most farms had sold their crops by the end of the quarter.", "the end of the quarter", "2024-Q1"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, name, dct) == value);
}

TEST_CASE("tx55 initial: a noun of planning with no aim after it gives no time ahead", "[events][tx55]") {
  const sys_days wednesday{2024_y / March / 13};
  auto [text, day, value] = GENERATE(table<const char*, const char*, const char*>({
      {"On Monday, when the minister dropped holiday plans for the summit, the agency lifted a ban on travel.", "Monday",
       "2024-03-11"},
      {"On Tuesday, after the council shelved its building plans for the square, residents held a party.", "Tuesday",
       "2024-03-12"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, day, wednesday) == value);
}

TEST_CASE("tx55 initial: plans to do a thing still look ahead", "[events][tx55]") {
  const sys_days wednesday{2024_y / March / 13};
  CHECK(timex_value_in("The company has plans to open a store on Friday.", "Friday", wednesday) == "2024-03-15");
}
