// Tester 48's articles (a trial schedule, a launch, a strike, a transfer window): weekdays that a
// date beside them already names, weekdays told after a headline's or a span's day, and the
// phrases of those articles. Every expectation is computed with date arithmetic, over every
// weekday and several DCTs, never typed in by hand.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::core::Timex;
using chronograph::test::only_timex;
using chronograph::test::timex_tagger;
using chronograph::test::tag;

namespace {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

std::string weekday_name(sys_days d) { return kWeekdays[weekday{d}.c_encoding()]; }
std::string month_name(sys_days d) { return kMonths[static_cast<unsigned>(year_month_day{d}.month()) - 1]; }
unsigned day_of(sys_days d) { return static_cast<unsigned>(year_month_day{d}.day()); }

std::string iso(sys_days d) {
  const year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

// The day `wd` falls on in the six days after `dct` (a weekday ahead, counted from the DCT).
sys_days ahead_of(sys_days dct, weekday wd) { return dct + (wd - weekday{dct}); }

// A week of DCTs, Sunday to Saturday.
std::vector<sys_days> week_of_dcts(sys_days sunday) {
  std::vector<sys_days> out;
  for (int k = 0; k < 7; ++k) out.push_back(sunday + days{k});
  return out;
}

}  // namespace

// ---- #1: a clock time, a weekday and the date the weekday agrees with are one expression

TEST_CASE("a clock time on a weekday with its date is that date's day", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2024_y / December / 1})) {
    for (int ahead = 1; ahead <= 20; ++ahead) {
      const sys_days day = dct + days{ahead};
      const std::string date_us = month_name(day) + " " + std::to_string(day_of(day));
      const std::string date_uk = std::to_string(day_of(day)) + " " + month_name(day);
      const std::string wd = weekday_name(day);
      INFO(iso(dct) << " " << wd << " " << date_us);
      const std::string us = "9 a.m. on " + wd + ", " + date_us;
      CHECK(only_timex("A pretrial hearing is scheduled for " + us + ".", dct, us).value == iso(day) + "T09:00");
      const std::string uk = "18:30 GMT on " + wd + " " + date_uk;
      CHECK(only_timex("The agency will hold a briefing at " + uk + ".", dct, uk).value == iso(day) + "T18:30Z");
      const std::string zulu = "0614 UTC on " + wd + ", " + date_us;
      CHECK(only_timex("The launch is set for " + zulu + ".", dct, zulu).value == iso(day) + "T06:14Z");
      const std::string part = wd + " morning, " + date_us;
      CHECK(only_timex("The hearing will open on " + part + ".", dct, part).value == iso(day) + "TMO");
      const std::string bare = wd + " " + date_uk;
      CHECK(only_timex("The hearing will open on " + bare + ".", dct, bare).value == iso(day));
    }
  }
}

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

// ---- #2: a day the headline names does not push the body's weekdays past it

TEST_CASE("a holiday in the headline does not anchor a weekday of the body", "[timex][tester48]") {
  for (int y = 2019; y <= 2026; ++y) {
    const sys_days thanksgiving{year{y} / November / Thursday[4]};
    const sys_days christmas{year{y} / December / 25};
    for (const auto& [holiday, day] : {std::pair{std::string("Thanksgiving"), thanksgiving}, {"Christmas", christmas}}) {
      const sys_days dct = day - days{4};
      for (int k = 1; k <= 3; ++k) {  // the body's weekday falls before the holiday
        const sys_days expected = dct + days{k};
        const std::string wd = weekday_name(expected);
        INFO(holiday << " " << y << " " << wd);
        const auto found = tag("Bus drivers vote to strike over " + holiday +
                                   "\n\nOperators will walk off the job at 12:01 a.m. on " + wd + ".",
                               dct);
        CHECK(chronograph::test::timex_named(found, "12:01 a.m. on " + wd).value == iso(expected) + "T00:01");
        const auto plain = tag("Drivers to strike on " + weekday_name(day) + "\n\nOperators will walk off the job on " + wd + ".", dct);
        CHECK(chronograph::test::timex_named(plain, wd).value == iso(expected));
      }
    }
  }
}

TEST_CASE("a weekday in the body right after a day ahead in the body still goes on from it", "[timex][tester48]") {
  // must not change: "will arrive on Monday and leave on Friday" (said on a Thursday) is the Friday after
  for (const sys_days dct : week_of_dcts(sys_days{2024_y / December / 1})) {
    const sys_days monday = ahead_of(dct, Monday);  // (said on a Monday: that day)
    const sys_days friday = monday + days{4};
    INFO(iso(dct));
    const auto found = tag("The team will arrive on Monday and will leave on Friday.", dct);
    CHECK(chronograph::test::timex_named(found, "Friday").value == iso(friday));
  }
}

// ---- #4: a span's end or a report's date is no day ahead the story is at

TEST_CASE("a weekday ahead after a span's end counts from the DCT", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 8})) {
    const sys_days end = dct + days{8};
    for (unsigned w = 0; w < 7; ++w) {
      const sys_days expected = ahead_of(dct, weekday{w});
      if (expected == dct) continue;
      const std::string wd = kWeekdays[w];
      INFO(iso(dct) << " " << wd);
      for (const std::string cue : {"through", "until"}) {
        const auto found = tag("Attempts are possible every day " + cue + " " + month_name(end) + " " +
                                   std::to_string(day_of(end)) + ". The agency will hold another briefing at 18:30 GMT on " + wd + ".",
                               dct);
        CHECK(chronograph::test::timex_named(found, "18:30 GMT on " + wd).value == iso(expected) + "T18:30Z");
      }
    }
  }
}

TEST_CASE("a weekday in a clause reported on the DCT counts from the report", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2019_y / November / 24})) {
    const sys_days later = dct + days{5};
    for (int k = 1; k <= 3; ++k) {
      const sys_days expected = dct + days{k};
      const std::string wd = weekday_name(expected);
      INFO(iso(dct) << " " << wd);
      const auto found = tag("The vans would run on " + weekday_name(later) + ". The governor's office said on " +
                                 weekday_name(dct) + " that a mediator would meet both sides on " + wd + " afternoon.",
                             dct);
      CHECK(chronograph::test::timex_named(found, wd + " afternoon").value == iso(expected) + "TAF");
    }
  }
}

TEST_CASE("a weekday after a deferral's new day still goes on from it", "[timex][tester48]") {
  // must not change: "postponed until <day>. It will ... on <weekday>" counts on from the new day
  const sys_days dct{2026_y / February / 11};  // a Wednesday
  const auto found = tag("The launch was postponed until Friday, February 13. The crew will board on Monday, and will fly on Tuesday.", dct);
  CHECK(chronograph::test::timex_named(found, "Tuesday").value == "2026-02-17");
}

// ---- #3: a delay "to <weekday>" points ahead, whatever amount of delay comes between

TEST_CASE("a weekday a delay moves a thing to lies ahead", "[timex][tester48]") {
  const std::vector<std::string> verbs = {"has been pushed back", "was postponed", "was moved", "was delayed"};
  const std::vector<std::string> amounts = {"", "48 hours ", "by two days ", "a week ", "another three days "};
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 8})) {
    for (unsigned w = 0; w < 7; ++w) {
      const sys_days expected = ahead_of(dct, weekday{w});
      if (expected == dct) continue;
      const std::string wd = kWeekdays[w];
      for (const auto& verb : verbs)
        for (const auto& amount : amounts)
          for (const std::string prep : {"to", "until"}) {
            const std::string text = "The launch " + verb + " " + amount + prep + " " + wd + ", NASA said on " + weekday_name(dct) + ".";
            INFO(iso(dct) << ": " << text);
            CHECK(only_timex(text, dct, wd).value == iso(expected));
          }
    }
  }
}

TEST_CASE("a weekday after until in a clause that puts nothing off keeps the clause's tense", "[timex][tester48]") {
  // must not change: "the talks lasted until Thursday" is the Thursday before
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 8})) {
    for (unsigned w = 0; w < 7; ++w) {
      const sys_days day = ahead_of(dct, weekday{w});
      const sys_days expected = day == dct ? dct : day - days{7};
      INFO(iso(dct) << " " << kWeekdays[w]);
      CHECK(only_timex("The talks lasted two days until " + std::string(kWeekdays[w]) + ".", dct, kWeekdays[w]).value == iso(expected));
    }
  }
}

// ---- #5: a time of day alone after an evening time goes on past midnight

namespace {
std::string hhmm(int h, int m) { return fmt::format("{:02}{:02}", h, m); }
std::string clock_value(sys_days d, int h, int m) { return fmt::format("{}T{:02}:{:02}", iso(d), h, m); }
}  // namespace

TEST_CASE("a morning time alone after an evening time of a weekday is the next day", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 28})) {  // (the month's end crossed too)
    const sys_days day = dct - days{1};
    const std::string wd = weekday_name(day);
    for (const int evening : {18, 21, 23})
      for (const int morning : {0, 2, 6, 11}) {
        INFO(iso(dct) << " " << evening << " -> " << morning);
        const std::string first = hhmm(evening, 30) + " UTC on " + wd, second = hhmm(morning, 15) + " UTC";
        const auto found = tag("Fueling began at " + first + " and was stopped at " + second + ".", dct);
        CHECK(chronograph::test::timex_named(found, first).value == clock_value(day, evening, 30) + "Z");
        CHECK(chronograph::test::timex_named(found, second).value == clock_value(day + days{1}, morning, 15) + "Z");
      }
  }
}

TEST_CASE("a later time alone on the same day stays on that day", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2026_y / February / 8})) {
    const sys_days day = dct - days{1};
    const std::string wd = weekday_name(day);
    for (const auto& [first_h, second_h] : {std::pair{8, 14}, {10, 11}, {18, 23}, {13, 9}}) {
      INFO(iso(dct) << " " << first_h << " -> " << second_h);
      const std::string first = hhmm(first_h, 0) + " UTC on " + wd, second = hhmm(second_h, 15) + " UTC";
      const auto found = tag("Fueling began at " + first + " and was stopped at " + second + ".", dct);
      CHECK(chronograph::test::timex_named(found, second).value == clock_value(day, second_h, 15) + "Z");
    }
  }
}

// ---- #7: "until <month>" closing an infinitive's span set going in the past: the nearest month

namespace {
std::string month_value(year_month ym) {
  return fmt::format("{:04}-{:02}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
}
// months from the DCT's month to `ym`
int months_between(year_month from, year_month to) { return static_cast<int>((to - from).count()); }
}  // namespace

TEST_CASE("until a month closing an infinitive's span told in the past is the nearest such month", "[timex][tester48]") {
  for (unsigned dm = 1; dm <= 12; ++dm) {
    const sys_days dct{2023_y / month{dm} / 4};
    const year_month now{2023_y, month{dm}};
    for (unsigned m = 1; m <= 12; ++m) {
      year_month best = 2022_y / month{m};
      for (const year y : {2022_y, 2023_y, 2024_y})
        if (std::abs(months_between(now, y / month{m})) < std::abs(months_between(now, best))) best = y / month{m};
      const std::string name = kMonths[m - 1];
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
      const std::string name = kMonths[m - 1];
      INFO(iso(dct) << " " << name);
      CHECK(only_timex("The store did not reopen until " + name + ".", dct, name).value == month_value(expected));
    }
  }
}

// ---- #11: "48 hours from now", "three days from now", "a week from today": the DCT plus the offset

TEST_CASE("a count of hours or days from now is the DCT plus that many days", "[timex][tester48]") {
  const char* const kCounts[] = {"one", "two", "three", "four", "five"};
  for (const sys_days dct : week_of_dcts(sys_days{2024_y / December / 29})) {  // (the year's end crossed)
    for (int n = 1; n <= 5; ++n) {
      INFO(iso(dct) << " " << n);
      const std::string hours = std::to_string(24 * n) + " hours from now";
      CHECK(only_timex("The satellite will launch " + hours + ".", dct, hours).value == iso(dct + days{n}));
      const std::string day_count = std::string(kCounts[n - 1]) + (n == 1 ? " day" : " days") + " from now";
      CHECK(only_timex("The vote will be held " + day_count + ".", dct, day_count).value == iso(dct + days{n}));
      const std::string weeks = std::string(kCounts[n - 1]) + (n == 1 ? " week" : " weeks") + " from today";
      CHECK(only_timex("The vote will be held " + weeks + ".", dct, weeks).value == iso(dct + days{7 * n}));
    }
    CHECK(only_timex("The vote will be held a week from today.", dct, "a week from today").value == iso(dct + days{7}));
  }
}

TEST_CASE("a count of hours ago keeps the DCT's day", "[timex][tester48]") {
  // must not change (TBAQ): "48 hours ago" is written as the DCT's day
  const sys_days dct{2024_y / December / 10};
  CHECK(only_timex("The satellite was launched 48 hours ago.", dct, "48 hours ago").value == iso(dct));
}

// ---- #21: a step finer than the month last mentioned moves that month's span

TEST_CASE("weeks or days later after a month is that month's span moved", "[timex][tester48]") {
  const sys_days dct{2024_y / December / 3};
  for (unsigned m = 1; m <= 12; ++m) {
    const year_month ym = 2023_y / month{m};
    const sys_days first{ym / 1}, last{ym / date::last};
    for (const auto& [words, step] : {std::pair{std::string("two weeks later"), days{14}}, {"ten days later", days{10}}}) {
      INFO(kMonths[m - 1] << " " << words);
      const auto found = tag("Lyle was arrested in " + std::string(kMonths[m - 1]) +
                                 " of last year and pleaded not guilty at his arraignment " + words + ".",
                             dct);
      const Timex later = chronograph::test::timex_named(found, words);
      CHECK(later.value == month_value(ym));  // (TimeML: no finer than the month it counts from)
      REQUIRE(later.interval);
      CHECK(later.interval->start == first + step);
      CHECK(later.interval->end == last + step);
    }
  }
}

TEST_CASE("days later after a day is that day moved", "[timex][tester48]") {
  // must not change
  const sys_days dct{2024_y / December / 3};
  for (int k = 1; k <= 20; ++k) {
    const sys_days day = dct - days{k + 3};
    const std::string date = month_name(day) + " " + std::to_string(day_of(day));
    const auto found = tag("They met on " + date + ". Three days later they split.", dct);
    CHECK(chronograph::test::timex_named(found, "Three days later").value == iso(day + days{3}));
  }
}

// ---- #13: "the rest of the week" after a day ahead runs from the day after it

namespace {
sys_days sunday_ending(sys_days d) { return d + (Sunday - weekday{d}); }  // the ISO week's last day
}  // namespace

TEST_CASE("the rest of the week after a day ahead runs from the next day to the week's end", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2019_y / November / 24})) {
    for (int k = 1; k <= 5; ++k) {
      const sys_days day = dct + days{k};
      INFO(iso(dct) << " " << weekday_name(day));
      const auto found = tag("If no agreement is reached by " + weekday_name(day) +
                                 " evening, riders should make other arrangements for the rest of the week.",
                             dct);
      const Timex rest = chronograph::test::timex_named(found, "the rest of the week");
      REQUIRE(rest.interval);
      CHECK(rest.interval->start == day + days{1});
      CHECK(rest.interval->end == sunday_ending(day + days{1}));
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

// ---- #14: "the week ending <day>", "the week to <day>": the seven days up to that day

TEST_CASE("the week ending a day is the seven days up to it", "[timex][tester48]") {
  const sys_days dct{2021_y / November / 27};
  for (int back = 1; back <= 60; back += 3) {
    const sys_days day = dct - days{back};
    for (const std::string closer : {"ending", "ended", "to", "through"})
      for (const std::string& date : {month_name(day) + " " + std::to_string(day_of(day)),
                                     std::to_string(day_of(day)) + " " + month_name(day),
                                     month_name(day) + " " + std::to_string(day_of(day)) + ", 2021"}) {
        const std::string words = "the week " + closer + " " + date;
        INFO(words);
        const Timex week = only_timex("Officials reported 31 new cases in " + words + ".", dct, words);
        REQUIRE(week.interval);
        CHECK(week.interval->start == day - days{6});
        CHECK(week.interval->end == day);
      }
  }
}

TEST_CASE("the week of a day is still its calendar week", "[timex][tester48]") {
  // must not change
  const sys_days dct{2021_y / November / 27};
  const Timex week = only_timex("Cases rose in the week of November 10.", dct, "the week of November 10");
  REQUIRE(week.interval);
  CHECK(week.interval->start == sys_days{2021_y / November / 8});
  CHECK(week.interval->end == sys_days{2021_y / November / 14});
}

// ---- #17: "on Nov. 22 and 23": the second day is an expression of its own, in the same month

TEST_CASE("a bare day joined to a day of a month is a day of that month", "[timex][tester48]") {
  const sys_days dct{2021_y / November / 27};
  for (unsigned m = 1; m <= 12; ++m) {
    const year_month ym = 2021_y / month{m};
    const unsigned last = static_cast<unsigned>(year_month_day_last{ym / date::last}.day());
    for (unsigned d = 1; d < last; d += 4) {
      const std::string name = kMonths[m - 1];
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

TEST_CASE("a number counting a noun after a date is no day", "[timex][tester48]") {
  // must not change
  const sys_days dct{2021_y / November / 27};
  CHECK(tag("On November 22 and 23 people were hurt.", dct).size() == 1);
  CHECK(tag("Sales rose on November 22, and 23 stores closed.", dct).size() == 1);
  CHECK(tag("The firm sold 22 and 23 November shipments.", dct).size() == 1);
  CHECK(tag("Schools closed on November 22 and 40 reopened.", dct).size() == 1);
}

// ---- #20: "over Easter", "the Easter weekend": Good Friday to Easter Monday

namespace {
// Easter Sunday by the anonymous Gregorian computus (Meeus), written apart from the tagger's.
sys_days easter_of(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451, month_ = (h + l - 7 * m + 114) / 31, day_ = ((h + l - 7 * m + 114) % 31) + 1;
  return sys_days{year{y} / month{static_cast<unsigned>(month_)} / day{static_cast<unsigned>(day_)}};
}
}  // namespace

TEST_CASE("over Easter and the Easter weekend run from Good Friday to Easter Monday", "[timex][tester48]") {
  for (int y = 2000; y <= 2035; ++y) {
    const sys_days easter = easter_of(y);
    const sys_days dct = easter - days{6};
    INFO(y);
    for (const std::string& words : {std::string("Easter"), std::string("the Easter weekend")}) {
      const Timex t = only_timex("Engineers will work over " + words + ".", dct, words);
      REQUIRE(t.interval);
      CHECK(t.interval->start == easter - days{2});
      CHECK(t.interval->end == easter + days{1});
    }
    // told after it, in the past
    const Timex past = only_timex("Traffic was heavy over the Easter weekend.", easter + days{10}, "the Easter weekend");
    REQUIRE(past.interval);
    CHECK(past.interval->start == easter - days{2});
  }
}

TEST_CASE("at Easter is Easter Sunday", "[timex][tester48]") {
  // must not change
  for (int y = 2000; y <= 2035; ++y) {
    const sys_days easter = easter_of(y);
    INFO(y);
    CHECK(only_timex("They will meet at Easter.", easter - days{6}, "Easter").value == iso(easter));
  }
}

// ---- #16: the shopping days after Thanksgiving and the Thanksgiving weekend are named days

TEST_CASE("the shopping days and the weekend of Thanksgiving are days counted from it", "[timex][tester48]") {
  const std::vector<std::pair<std::string, int>> days_after = {
      {"Black Friday", 1}, {"Small Business Saturday", 2}, {"Cyber Monday", 4}, {"Giving Tuesday", 5}};
  for (int y = 2015; y <= 2030; ++y) {
    const sys_days thanksgiving{year{y} / November / Thursday[4]};
    const sys_days dct = thanksgiving - days{4};
    for (const auto& [name, after] : days_after) {
      INFO(y << " " << name);
      CHECK(only_timex("The partnership said it would run free vans on " + name + ".", dct, name).value ==
            iso(thanksgiving + days{after}));
      CHECK(only_timex("Sales rose on " + name + ".", thanksgiving + days{20}, name).value == iso(thanksgiving + days{after}));
    }
    const Timex weekend = only_timex("Bus drivers vote to strike over Thanksgiving weekend.", dct, "Thanksgiving weekend");
    REQUIRE(weekend.interval);
    CHECK(weekend.interval->start == thanksgiving);
    CHECK(weekend.interval->end == thanksgiving + days{3});
  }
}

TEST_CASE("a weekday after another colour or word is still the weekday alone", "[timex][tester48]") {
  // must not change: "Black Monday" (a crash, not a shopping day) keeps only its weekday
  const sys_days dct{2019_y / November / 24};
  const auto found = tag("Shares fell on Black Monday.", dct);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Monday");
}

// ---- #18: "by the end of the financial year": the end of the fiscal year the DCT is in

TEST_CASE("the end of the financial year is the last third of the fiscal year the DCT is in", "[timex][tester48]") {
  for (unsigned end = 1; end <= 11; ++end) {
    for (unsigned dm = 1; dm <= 12; ++dm) {
      const sys_days dct{2022_y / month{dm} / 15};
      // the fiscal year holding the DCT: the twelve months after the last `end` month before the DCT's month
      year_month last_end = 2022_y / month{end};
      if (last_end >= 2022_y / month{dm}) last_end -= years{1};
      const year_month fy_last = last_end + months{12};
      for (const std::string name : {"financial", "fiscal"}) {
        const std::string text = "The company, whose " + name + " year ends in " + kMonths[end - 1] +
                                 ", plans to recruit 150 more by the end of the " + name + " year.";
        INFO(text << " DCT " << iso(dct));
        const Timex t = only_timex(text, dct, "the end of the " + name + " year");
        REQUIRE(t.interval);
        CHECK(t.mod == "END");
        CHECK(t.interval->end == sys_days{fy_last / date::last});
        CHECK(t.interval->start == sys_days{(fy_last - months{3}) / 1});
      }
    }
  }
}

TEST_CASE("the end of the financial year with no year end stated is the DCT's year's end", "[timex][tester48]") {
  for (unsigned dm = 1; dm <= 12; ++dm) {
    const sys_days dct{2022_y / month{dm} / 15};
    const Timex t = only_timex("The regulator plans to recruit a further 150 by the end of the financial year.", dct,
                               "the end of the financial year");
    CHECK(t.value == "2022");
    CHECK(t.mod == "END");
  }
}

// ---- #6: "Saturday week", "a week on Saturday": a week after the coming Saturday

TEST_CASE("a weekday week is a week after the coming one", "[timex][tester48]") {
  for (const sys_days dct : week_of_dcts(sys_days{2023_y / September / 3})) {
    for (unsigned w = 0; w < 7; ++w) {
      const std::string wd = kWeekdays[w];
      const sys_days expected = ahead_of(dct, weekday{w}) + days{7};
      INFO(iso(dct) << " " << wd);
      CHECK(only_timex("City travel to Eastfield on " + wd + " week.", dct, wd + " week").value == iso(expected));
      CHECK(only_timex("The vote is a week on " + wd + ".", dct, "a week on " + wd).value == iso(expected));
    }
  }
  // and the weekend after it follows on from it
  const auto found = tag("City travel to Eastfield on Saturday week before hosting Northbridge the following weekend.",
                         sys_days{2023_y / September / 4});
  const Timex weekend = chronograph::test::timex_named(found, "the following weekend");
  REQUIRE(weekend.interval);
  CHECK(weekend.interval->start == sys_days{2023_y / September / 23});
}

TEST_CASE("a weekday followed by a week of something is still that weekday", "[timex][tester48]") {
  // must not change
  const sys_days dct{2023_y / September / 4};
  CHECK(only_timex("The festival opened on Saturday, a week of events.", dct, "Saturday").value == "2023-09-02");
}

TEST_CASE("the following week after the week ending a day is the week after that day's", "[timex][tester48]") {
  const sys_days dct{2021_y / November / 27};
  for (int back = 20; back <= 60; back += 1) {
    const sys_days end = dct - days{back};
    const sys_days later = end + days{7};
    const sys_days monday = later - (weekday{later} - Monday);
    const std::string words = "the week to " + month_name(end) + " " + std::to_string(day_of(end));
    INFO(words);
    const auto found = tag("Cases rose in " + words + " and fell the following week.", dct);
    const Timex following = chronograph::test::timex_named(found, "the following week");
    REQUIRE(following.interval);
    CHECK(following.interval->start == monday);
  }
}
