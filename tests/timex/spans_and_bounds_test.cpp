// Spans and bounds: ranges written with dashes or 'through', 'until' and 'since', and dates given
// at the earliest or at the latest.
#include <fmt/format.h>

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

std::string month_value(year_month ym) {
  return fmt::format("{:04}-{:02}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
}

// months from the DCT's month to `ym`
int months_between(year_month from, year_month to) { return static_cast<int>((to - from).count()); }

const sys_days kMay2019 = sys_days{2019_y / May / 12};

}  // namespace

TEST_CASE("until a month closing an infinitive's span told in the past is the nearest such month", "[timex][tester48]") {
  for (unsigned dm = 1; dm <= 12; ++dm) {
    const sys_days dct{2023_y / month{dm} / 4};
    const year_month now{2023_y, month{dm}};
    for (unsigned m = 1; m <= 12; ++m) {
      year_month best = 2022_y / month{m};
      for (const year y : {2022_y, 2023_y, 2024_y})
        if (std::abs(months_between(now, y / month{m})) < std::abs(months_between(now, best))) best = y / month{m};
      const std::string name = kMonthNames[m - 1];
      INFO(iso(dct) << " " << name);
      CHECK(only_timex("The club allowed two academy players to leave on loan until " + name + ".", dct, name).value ==
            month_value(best));
      CHECK(only_timex("The council voted to keep the bridge shut until " + name + ".", dct, name).value == month_value(best));
    }
  }
}

TEST_CASE("not until a month told in the past is a month gone by", "[timex][tester48]") {
  // must not change: "did not reopen until March" is the latest March not more than two months ahead
  for (unsigned dm = 1; dm <= 12; ++dm) {
    const sys_days dct{2023_y / month{dm} / 4};
    const year_month now{2023_y, month{dm}};
    for (unsigned m = 1; m <= 12; ++m) {
      year_month expected = 2022_y / month{m};
      for (const year y : {2023_y, 2024_y})
        if (months_between(now, y / month{m}) <= 2) expected = y / month{m};
      const std::string name = kMonthNames[m - 1];
      INFO(iso(dct) << " " << name);
      CHECK(only_timex("The store did not reopen until " + name + ".", dct, name).value == month_value(expected));
    }
  }
}

// ---- #17: "on Nov. 22 and 23": the second day is an expression of its own, in the same month

TEST_CASE("a bare day joined to a day of a month is a day of that month", "[timex][tester48]") {
  const sys_days dct{2021_y / November / 27};
  for (unsigned m = 1; m <= 12; ++m) {
    const year_month ym = 2021_y / month{m};
    const unsigned last = static_cast<unsigned>(year_month_day_last{ym / date::last}.day());
    for (unsigned d = 1; d < last; d += 4) {
      const std::string name = kMonthNames[m - 1];
      INFO(name << " " << d);
      const auto us = tag("Schools were closed on " + name + " " + std::to_string(d) + " and " + std::to_string(d + 1) +
                              " and reopened later.",
                          dct);
      // (the year is the first day's, however the tense placed it)
      const Timex us_first = chronograph::test::timex_named(us, name + " " + std::to_string(d));
      REQUIRE(us_first.interval);
      CHECK(year_month_day{us_first.interval->start}.month() == month{m});
      CHECK(chronograph::test::timex_named(us, std::to_string(d + 1)).value == iso(us_first.interval->start + days{1}));
      const auto uk = tag("Schools were closed on " + std::to_string(d) + " and " + std::to_string(d + 1) + " " + name + ".", dct);
      const Timex uk_second = chronograph::test::timex_named(uk, std::to_string(d + 1) + " " + name);
      REQUIRE(uk_second.interval);
      CHECK(chronograph::test::timex_named(uk, std::to_string(d)).value == iso(uk_second.interval->start - days{1}));
      const auto list = tag("Talks were held on " + name + " " + std::to_string(d) + ", " + std::to_string(d + 1) + " and " +
                                std::to_string(d + 1) + "th.",
                            dct);
      CHECK(list.size() == 3);
    }
  }
}

TEST_CASE("a hyphenated span before Christ is one range, one with words two", "[timex][tx50]") {
  auto [sentence, expression, interval] = GENERATE(table<const char*, const char*, const char*>({
      {"The hoard dates from 1200\u20131000 BCE.", "1200\u20131000 BCE", "-1199-01-01..-0999-12-31"},
      {"Pots were made c. 800-700 BC in the valley.", "c. 800-700 BC", "-0799-01-01..-0699-12-31"},
      {"It was in use 450 - 400 B.C. at least.", "450 - 400 B.C.", "-0449-01-01..-0399-12-31"},
  }));
  INFO(sentence);
  CHECK(interval_text(only_timex(sentence, kMay2019, expression)) == interval);
  const auto words = tag("It was in use between 1200 and 1000 BC.", kMay2019);
  CHECK(words.size() == 2);
}

TEST_CASE("after any verb, a date after 'through' ends a span, one after 'until' a put-off's new time", "[timex][tx50]") {
  const sys_days dct{2024_y / February / 13};  // a Tuesday
  CHECK(only_timex("The road is closed through Feb. 19. Crews will return on Thursday.", dct, "Thursday").value == "2024-02-15");
  CHECK(only_timex("The hearing was delayed through March 1. It will resume on Friday.", dct, "Friday").value == "2024-02-16");
  // (the new time of a put-off talk: the story is there, so a weekday said after it follows it)
  CHECK(only_timex("The talks were postponed until Feb. 20. They will end on Thursday.", dct, "Thursday").value == "2024-02-22");
}

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

TEST_CASE("tx55 t55-5: a wait gone by ends in the past", "[timex][tx55]") {
  const sys_days dct{2024_y / May / 22};
  CHECK(timex_named(tag("Investors waited until the fourth quarter to sell.", dct), "the fourth quarter").value == "2023-Q4");
  CHECK(timex_named(tag("The fund waited until September before it sold.", dct), "September").value == "2023-09");
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

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2023_oct_11 {

const sys_days kDct{2023_y / October / 11};  // a Wednesday

// ---- until then, after a time ahead (t56 #8)

TEST_CASE("tx57: until then after a time ahead ends when that time ends", "[timex][tx57]") {
  const std::string text = "The mayor said repairs would take at least five days. She said the bridge would stay closed until then.";
  const auto then = timex_named(tag(text, kDct), "then");
  CHECK(then.value == "2023-10-16");
  CHECK(interval_text(then) == "2023-10-16..2023-10-16");
}

TEST_CASE("tx57: until then after a date, or in a past clause, keeps the date told", "[timex][tx57]") {
  // (a date named after the time ahead is what "then" refers to)
  const std::string dated = "Repairs will take five days. The bridge will reopen on November 2 and stay busy until then.";
  CHECK(timex_named(tag(dated, kDct), "then").value == "2023-11-02");
  // (a past clause: the time ahead is not what it ends at)
  const std::string past = "The plant closed in 2019 after repairs would take two years. Until then it had employed 300.";
  CHECK(timex_named(tag(past, kDct), "then").value == "2019");
}

// ---- the thing a past verb moved, and its new time (t56 #7)

TEST_CASE("tx57: days of a thing a past verb moved to a new time are the nearest, its new time on them", "[timex][tx57]") {
  // (DCT Wednesday 2023-10-11: the sessions moved are the coming Friday and Saturday)
  const auto all = tag("Organisers moved the start of the evening sessions on Friday and Saturday to 6 p.m. because of the heat.", kDct);
  CHECK(timex_named(all, "Friday").value == "2023-10-13");
  CHECK(timex_named(all, "Saturday").value == "2023-10-14");
  CHECK(timex_named(all, "6 p.m.").value == "2023-10-14T18:00");
  // (every verb of putting off, and a day told by its month)
  CHECK(timex_named(tag("The league postponed the match on Monday until December 2.", kDct), "Monday").value == "2023-10-09");
  CHECK(timex_named(tag("The league rescheduled the match on Thursday to November 3.", kDct), "Thursday").value == "2023-10-12");
}

TEST_CASE("tx57: a day of a past clause that moves nothing to a new time stays behind", "[timex][tx57]") {
  // ("moved to" a verb: no new time)
  CHECK(timex_named(tag("The council moved on Friday to ban the event.", kDct), "Friday").value == "2023-10-06");
  // (no verb of putting off)
  const auto held = tag("Organisers held the sessions on Friday and Saturday at 6 p.m.", kDct);
  CHECK(timex_named(held, "Friday").value == "2023-10-06");
  // (a clause break between the verb and the day)
  CHECK(timex_named(tag("The club delayed its plans, and the match on Friday went ahead to 3,000 fans.", kDct), "Friday").value ==
        "2023-10-06");
}

TEST_CASE("tx57: a time had, or one not given to act, gets no span from the DCT", "[timex][tx57]") {
  CHECK(interval_text(timex_named(tag("The regulator had 10 working days to decide.", kDct), "10 working days")) == "none");
  CHECK(interval_text(timex_named(tag("The mill has 10 days of stock.", kDct), "10 days")) == "none");
}

}  // namespace dated_2023_oct_11
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2024_may_20 {

const sys_days kDct{2024_y / May / 20};

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

}  // namespace dated_2024_may_20
}  // namespace
