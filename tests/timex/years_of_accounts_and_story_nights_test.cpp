// Time expressions (tester t61): a fiscal year written across two years runs
// April to March where the text gives no end (#6, #7); a school or academic year so written runs
// September to August (#8); a race time "2:36:10" is no clock time (#9); a date in what a verb of
// following says came first is behind (#3); "the Daily Telegraph" is a paper, not a frequency (#14);
// "by lunchtime" is a time of the day the story is at (#15); "more than thirty years ago" is
// before that year (#2); "the first hour of trading on Monday" starts on Monday (#4); "that
// night" in a past perfect after a report's day is the night of the day told before (#1), and
// after a past year is some night of that year (#5).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::interval_text;
using chronograph::test::kMonthNames;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {

const sys_days kMidYear{2008_y / September / 30};

// "2011-12" for 2011: a year and the next one's last two digits, joined by `joint`.
std::string year_across(int first, const std::string& joint) {
  return std::to_string(first) + joint + fmt::format("{:02}", (first + 1) % 100);
}

std::string span_of(int first, const std::string& from, int last, const std::string& to) {
  return std::to_string(first) + "-" + from + ".." + std::to_string(last) + "-" + to;
}

bool any_clock(const std::vector<chronograph::core::Timex>& all) {
  return std::any_of(all.begin(), all.end(), [](const auto& t) { return t.type == "TIME"; });
}

bool any_set(const std::vector<chronograph::core::Timex>& all) {
  return std::any_of(all.begin(), all.end(), [](const auto& t) { return t.type == "SET"; });
}

}  // namespace

TEST_CASE("tx64 a fiscal year across two years with no stated end runs April to March", "[tx64][timex]") {
  for (int first = 1995; first <= 2030; ++first) {
    for (const std::string joint : {"-", "/"}) {
      const std::string years = year_across(first, joint);
      for (const std::string& phrase : {"the " + years + " financial year", "fiscal year " + years, "the " + years + " fiscal year",
                                        "the " + years + " tax year", "the " + years + " budget year"}) {
        INFO(phrase);
        const auto t = timex_named(tag("The council spent less in " + phrase + " than it had planned.", kMidYear), phrase);
        CHECK(t.value == std::to_string(first));
        CHECK(interval_text(t) == span_of(first, "04-01", first + 1, "03-31"));
      }
    }
  }
}

TEST_CASE("tx64 a fiscal year across two years keeps the end its text states", "[tx64][timex]") {
  // must not: a text that says its year ends in June keeps July to June
  const auto all = tag("The agency's fiscal year ends in June. It spent less in the 2019-20 financial year.", kMidYear);
  CHECK(interval_text(timex_named(all, "the 2019-20 financial year")) == "2019-07-01..2020-06-30");
}

TEST_CASE("tx64 a school or academic year across two years runs September to August", "[tx64][timex]") {
  for (int first = 1995; first <= 2030; ++first) {
    for (const std::string joint : {"-", "/"}) {
      for (const std::string noun : {"academic year", "school year"}) {
        const std::string phrase = "the " + year_across(first, joint) + " " + noun;
        INFO(phrase);
        const auto t = timex_named(tag("The college will close at the end of " + phrase + ", its board said.", kMidYear), phrase);
        CHECK(t.value == std::to_string(first));
        CHECK(interval_text(t) == span_of(first, "09-01", first + 1, "08-31"));
      }
    }
  }
  // must not: a sport's season across two years is no school year
  const auto season = timex_named(tag("The striker scored nine goals in the 2014-15 season for the club.", kMidYear), "the 2014-15 season");
  CHECK(interval_text(season) != "2014-09-01..2015-08-31");
}

TEST_CASE("tx64 a race time with seconds is no clock time", "[tx64][timex]") {
  for (int hours = 1; hours <= 9; ++hours) {
    for (const std::string rest : {":05:10", ":36:59", ":59:00"}) {
      const std::string time = std::to_string(hours) + rest;
      INFO(time);
      CHECK_FALSE(any_clock(tag("The winner crossed the line in " + time + " on a wet course.", kMidYear)));
      CHECK_FALSE(any_clock(tag("She set a course record of " + time + " last year.", kMidYear)));
    }
  }
  // must not: a clock time with seconds and a zone or "a.m." is still one, as is one without seconds
  CHECK(timex_named(tag("The ferry docked at 12:04:33 GMT near the harbour.", kMidYear), "12:04").type == "TIME");
  CHECK(any_clock(tag("The ferry docked at 10:32:15 a.m. near the harbour.", kMidYear)));
  CHECK(timex_named(tag("The ferry docked at 9:30 near the harbour.", kMidYear), "9:30").value == "2008-09-30T09:30");
}

TEST_CASE("tx64 a date in what a verb of following says came first is behind", "[tx64][timex]") {
  // DCT 2008-09-30: a month up to it is this year's, never the next year's (a later one is the past
  // slack's: a month just past the DCT may be a past one the story misdates, value_functions' kMonthSlack)
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    const std::string expected = m <= 9 ? fmt::format("2008-{:02}", m) : "";
    for (const std::string& sentence :
         {"The collapse follows the sale of its card business in " + month + ".",
          "The merger follows a failed takeover bid from a rival in " + month + " and a profit warning.",
          "These cuts succeed a round of layoffs in " + month + ".",
          "The strike comes after the closure of the plant in " + month + "."}) {
      INFO(sentence);
      const std::string value = timex_named(tag(sentence, kMidYear), month).value;
      CHECK_FALSE(value.starts_with("2009"));
      if (!expected.empty()) CHECK(value == expected);
    }
  }
  CHECK(timex_named(tag("The collapse follows the rescue of a rival lender over the weekend.", kMidYear), "the weekend").value ==
        "2008-W39-WE");
  // must not: the verb's own time ("follows in November"), or a date a later verb of its own tells
  CHECK(timex_named(tag("A second vote follows in November.", kMidYear), "November").value == "2008-11");
  CHECK(timex_named(tag("The ruling follows a complaint, and the board will meet in November.", kMidYear), "November").value ==
        "2008-11");
}

TEST_CASE("tx64 a capitalised word of frequency before a name opens the name", "[tx64][timex]") {
  for (const std::string word : {"Daily", "Weekly", "Monthly", "Nightly", "Yearly", "Hourly"}) {
    INFO(word);
    CHECK_FALSE(any_set(tag("The claims were first published by the " + word + " Telegraph, which obtained the records.", kMidYear)));
  }
  // must not: the same words in lower case, or before a comma, say how often
  CHECK(any_set(tag("The newspaper has been published daily since its founding.", kMidYear)));
  CHECK(any_set(tag("Weekly, the committee reviewed the claims it received.", kMidYear)));
}

TEST_CASE("tx64 a meal's time after a preposition is a part of the day the story is at", "[tx64][timex]") {
  const std::pair<const char*, const char*> meals[] = {{"lunchtime", "MI"}, {"teatime", "AF"}, {"dinnertime", "EV"}, {"suppertime", "EV"}};
  for (const auto& [meal, part] : meals) {
    for (const std::string before : {"by", "at", "until", "after"}) {
      const std::string text = "Queues formed outside the branch on Monday, and " + before + " " + meal + " it had run out of cash.";
      INFO(text);
      CHECK(timex_named(tag(text, kMidYear), meal).value == std::string("2008-09-29T") + part);
    }
    // must not: a meal's time before a noun it modifies, or with no preposition, names no time
    const auto concert = tag(std::string("The ") + meal + " concert in the park was cancelled.", kMidYear);
    CHECK(std::none_of(concert.begin(), concert.end(), [&](const auto& t) { return t.text == meal; }));
    const auto subject = tag(std::string("We said ") + meal + " was the best part of the visit.", kMidYear);
    CHECK(std::none_of(subject.begin(), subject.end(), [&](const auto& t) { return t.text == meal; }));
  }
}

TEST_CASE("tx64 more or less than a time ago bounds the point it names", "[tx64][timex]") {
  const char* words[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (int n = 2; n <= 12; ++n) {
    for (const std::string count : {std::string(words[n - 2]), std::to_string(n)}) {
      const std::string ago = count + " years ago";
      INFO(ago);
      const auto more = timex_named(tag("The student vanished more than " + ago + " after a night out.", kMidYear), "more than " + ago);
      CHECK(more.value == std::to_string(2008 - n));
      CHECK(more.mod == "BEFORE");
      for (const std::string fewer : {"less", "fewer"}) {
        const std::string phrase = fewer + " than " + ago;
        CHECK(timex_named(tag("The plant opened " + phrase + " in the valley.", kMidYear), phrase).mod == "AFTER");
      }
      // must not: a time ago with no bound, or a rough one, is no bound
      CHECK(timex_named(tag("The plant opened " + ago + " in the valley.", kMidYear), ago).mod.empty());
      CHECK(timex_named(tag("The plant opened roughly " + ago + " in the valley.", kMidYear), "roughly " + ago).mod == "APPROX");
    }
  }
}

TEST_CASE("tx64 the opening hours of a thing a day dates start on that day", "[tx64][timex]") {
  constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (const std::string weekday : kWeekdays) {
    for (const std::string& phrase : {std::string("the first hour"), std::string("the first few hours"), std::string("the opening hour")}) {
      const std::string text = "Its shares had fallen since January, and it lost 40 per cent in " + phrase + " of trading on " + weekday + ".";
      INFO(text);
      const auto all = tag(text, kMidYear);
      const std::string day = timex_named(all, weekday).value;
      CHECK(day.starts_with("2008-09"));
      CHECK(interval_text(timex_named(all, phrase)).starts_with(day + ".."));
    }
  }
  // must not: an opening hour with no day after it, or one a comma parts from the day, keeps its anchor
  const auto alone = tag("Its shares had fallen since January, and it lost 40 per cent in the first hour of trading.", kMidYear);
  CHECK(interval_text(timex_named(alone, "the first hour")).starts_with("2008-01-01.."));
  const auto parted = tag("The shares fell sharply in January. In the first hour of the talks, on Monday, they rose.", kMidYear);
  CHECK_FALSE(interval_text(timex_named(parted, "the first hour")).starts_with("2008-09-22.."));
}

TEST_CASE("tx64 a part of the day pointed back to in a past perfect after a report's day is on the day told before", "[tx64][timex]") {
  constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const sys_days dct{2026_y / January / 13};
  for (const std::string weekday : kWeekdays) {
    for (const std::string part : {"night", "evening", "morning", "afternoon"}) {
      const std::string before = "She was last seen in the town centre on Friday, 18 November 1994. ";
      const std::string report = "The inspector said on " + weekday + " that a witness had described seeing her near the bridge that " + part + ".";
      INFO(report);
      const auto all = tag(before + report, dct);
      CHECK(timex_named(all, "that " + part).value.starts_with("1994-11-18T"));
      // must not: a clause not in the past perfect is on the report's day
      const std::string told = "The inspector said on " + weekday + " that officers searched the bridge that " + part + ".";
      const auto own = tag(before + told, dct);
      CHECK(timex_named(own, "that " + part).value.starts_with(timex_named(own, weekday).value + "T"));
    }
  }
}

TEST_CASE("tx64 a part of the day pointed back to a past year is some one of that year", "[tx64][timex]") {
  const sys_days dct{2001_y / October / 19};
  for (int year = 1900; year <= 1999; year += 7) {
    for (const std::string part : {"night", "evening", "morning", "afternoon"}) {
      const std::string text = "The mayor recalled the " + std::to_string(year) + " flood, in which 58 people died. " +
                               "\"My parents lost their home that " + part + ".\"";
      INFO(text);
      const auto t = timex_named(tag(text, dct), "that " + part);
      CHECK(t.value.starts_with("XXXX-XX-XXT"));
      CHECK(interval_text(t) == std::to_string(year) + "-01-01.." + std::to_string(year) + "-12-31");
    }
  }
  // must not: a day told keeps its own night, and a year told further back lends none
  const auto day = tag("The storm struck on 14 March 1962. Many families lost their homes that night.", dct);
  CHECK(timex_named(day, "that night").value == "1962-03-14TNI");
  const auto far = tag("The mayor recalled the 1953 flood. The town rebuilt the wall. The council met. "
                       "Residents were warned that night.", dct);
  CHECK_FALSE(interval_text(timex_named(far, "that night")).starts_with("1953"));
}
