// Weeks and weekends: the week of or ending a day, the rest of the week, weekends of a date, and
// weekdays closing a span.
#include <fmt/format.h>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/common/utc_offset.h"
#include "core/timex/sport_season.h"
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

sys_days sunday_ending(sys_days d) { return d + (Sunday - weekday{d}); }  // the ISO week's last day

// Easter Sunday by the anonymous Gregorian computus (Meeus), written apart from the tagger's.
sys_days easter_of(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451, month_ = (h + l - 7 * m + 114) / 31, day_ = ((h + l - 7 * m + 114) % 31) + 1;
  return sys_days{year{y} / month{static_cast<unsigned>(month_)} / day{static_cast<unsigned>(day_)}};
}

constexpr const char* kWeekdayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

const sys_days kDct{2023_y / October / 11};  // a Wednesday

const sys_days kWednesday{2026_y / November / 25};


}  // namespace

// These tests use their own kWeekdays and weekday_name: other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_sunday {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::string weekday_name(sys_days d) { return kWeekdays[weekday{d}.c_encoding()]; }

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

// ---- #21: a step finer than the month last mentioned moves that month's span

TEST_CASE("weeks or days later after a month is that month's span moved", "[timex][tester48]") {
  const sys_days dct{2024_y / December / 3};
  for (unsigned m = 1; m <= 12; ++m) {
    const year_month ym = 2023_y / month{m};
    const sys_days first{ym / 1}, last{ym / date::last};
    for (const auto& [words, step] : {std::pair{std::string("two weeks later"), days{14}}, {"ten days later", days{10}}}) {
      INFO(kMonthNames[m - 1] << " " << words);
      const auto found = tag("Lyle was arrested in " + std::string(kMonthNames[m - 1]) +
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

}  // namespace weekdays_from_sunday
}  // namespace

// ---- #16: a holiday weekend

TEST_CASE("issue 16: 'the long weekend' in a past clause is the last Saturday-to-Monday over by the DCT", "[timex][tx49]") {
  // DCTs over a fortnight: the long weekend is the latest Saturday whose Monday is on or before the DCT
  for (sys_days dct = sys_days{2021_y / November / 14}; dct < sys_days{2021_y / November / 28}; dct += days{1}) {
    sys_days monday = dct - (weekday{dct} - Monday);
    const sys_days saturday = monday - days{2};
    INFO(format_iso_day(dct));
    const auto t = only_timex("Attendance had fallen over the long weekend.", dct, "the long weekend");
    CHECK(interval_text(t) == format_iso_day(saturday) + ".." + format_iso_day(monday));
    CHECK(t.value.ends_with("-WE"));
  }
}

TEST_CASE("a bank holiday weekend ahead is the coming Saturday to Monday", "[timex][tx49]") {
  for (sys_days dct = sys_days{2024_y / May / 19}; dct < sys_days{2024_y / May / 26}; dct += days{1}) {
    const sys_days saturday = dct + (Saturday - weekday{dct});
    INFO(format_iso_day(dct));
    const auto t = only_timex("Roads will be busy over the bank holiday weekend.", dct, "the bank holiday weekend");
    CHECK(interval_text(t) == format_iso_day(saturday) + ".." + format_iso_day(saturday + days{2}));
  }
  CHECK(only_timex("Shops closed for the holiday weekend.", std::nullopt, "the holiday weekend").value == "XXXX-WXX-WE");
  // a plain weekend stays Saturday to Sunday
  const auto plain = only_timex("Attendance had fallen over the weekend.", sys_days{2021_y / November / 29}, "the weekend");
  CHECK(interval_text(plain) == "2021-11-27..2021-11-28");
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

TEST_CASE("tx56v a weekday after through is ahead only after a verb that grants time", "[timex][tx56v]") {
  const sys_days wednesday{2021_y / October / 13};
  for (unsigned d = 0; d < 7; ++d) {
    const std::string day = kWeekdayNames[d];
    const weekday wd{d};
    INFO(day);
    CHECK(timex_named(tag("The bank extended the loan through " + day + ".", wednesday), day).value ==
          format("%F", chronograph::core::resolve_weekday(wd, wednesday, chronograph::core::Tense::Future)));
    CHECK(timex_named(tag("Trading was halted through " + day + ".", wednesday), day).value ==
          format("%F", chronograph::core::resolve_weekday(wd, wednesday, chronograph::core::Tense::Past)));
  }
}

// ---- the weekend of a date (t56 #6)

TEST_CASE("tx57: the weekend of a date is one expression, the weekend of that day's week", "[timex][tx57]") {
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string day = std::string(kMonthNames[m - 1]) + " 12, 2024";
    const std::string text = "Organisers expect to finish the work by the weekend of " + day + ".";
    INFO(text);
    const auto weekend = timex_named(tag(text, kDct), "the weekend of " + day);
    CHECK(weekend.type == "DATE");
    CHECK(weekend.value == chronograph::core::format_iso_week(sys_days{2024_y / month{m} / 12}) + "-WE");
    REQUIRE(weekend.interval);
    // (its Saturday and Sunday)
    CHECK(weekday{weekend.interval->start} == Saturday);
    CHECK(weekday{weekend.interval->end} == Sunday);
  }
}

TEST_CASE("tx57: the weekend of a day and month without a year", "[timex][tx57]") {
  // (Saturday 18 November 2023 ahead of the DCT; day first or month first)
  CHECK(timex_named(tag("The fair will run over the weekend of November 18.", kDct), "the weekend of November 18").value == "2023-W46-WE");
  CHECK(timex_named(tag("The fair will run over the weekend of 19 November.", kDct), "the weekend of 19 November").value == "2023-W46-WE");
  CHECK(timex_named(tag("The fair will run over the weekend of Nov. 17.", kDct), "the weekend of Nov. 17").value == "2023-W46-WE");
}

// ---- a time given from now to act (t56 #9)

TEST_CASE("tx57: a time given to act runs from the DCT, working days leaving out weekends", "[timex][tx57]") {
  // (DCT Wednesday 2023-10-11: ten working days end on Wednesday 2023-10-25, ten days on 2023-10-21)
  const auto working = timex_named(tag("The regulator now has 10 working days to decide.", kDct), "10 working days");
  CHECK(working.value == "P10D");  // (TimeML has no unit of working days)
  CHECK(interval_text(working) == "2023-10-11..2023-10-25");
  CHECK(interval_text(timex_named(tag("Bidders have ten days to respond.", kDct), "ten days")) == "2023-10-11..2023-10-21");
}

// ---- the rest of the week on a Sunday (t57 #61)

TEST_CASE("tx58: the rest of the week said on a Sunday about now or ahead is the week ahead", "[timex][tx58]") {
  for (const sys_days sunday : {sys_days{2022_y / May / 22}, sys_days{2022_y / January / 2}, sys_days{2023_y / December / 31}}) {
    for (const std::string text : {"The bridge will stay closed for the rest of the week.",
                                   "The bridge is closed for the rest of the week."}) {
      INFO(text << " " << chronograph::core::format_iso_week(sunday));
      const auto rest = timex_named(tag(text, sunday), "the rest of the week");
      CHECK(rest.value == chronograph::core::format_iso_week(sunday + days{1}));
      REQUIRE(rest.interval);
      CHECK(rest.interval->start == sunday + days{1});
      CHECK(rest.interval->end == sunday + days{7});
    }
  }
}

TEST_CASE("tx58: the rest of the week on other days is the rest of this week", "[timex][tx58]") {
  // must not change: Monday to Saturday keep their own week
  for (int k = 0; k < 6; ++k) {
    const sys_days day = sys_days{2022_y / May / 16} + days{k};
    INFO(chronograph::core::format_iso_week(day) << " +" << k);
    const auto rest = timex_named(tag("The bridge will stay closed for the rest of the week.", day), "the rest of the week");
    CHECK(rest.value == "2022-W20");
    REQUIRE(rest.interval);
    CHECK(rest.interval->start == day);
    CHECK(rest.interval->end == sys_days{2022_y / May / 22});
  }
}

TEST_CASE("tx58: the rest of the week told in the past on a Sunday stays in that week", "[timex][tx58]") {
  // must not move ahead: a past clause tells of the week that ends with the article's Sunday
  const sys_days sunday{2022_y / May / 22};
  const auto rest = timex_named(tag("The bridge was closed for the rest of the week.", sunday), "the rest of the week");
  CHECK(rest.value == "2022-W20");
  REQUIRE(rest.interval);
  CHECK(rest.interval->end == sunday);
}

// These tests use their own kWeekdays: other tests in this file use other values of the same names.
namespace {
namespace weekdays_from_monday {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// ---- #45: "not ... until" a weekday tells when the thing happened, not a span from the story's day

TEST_CASE("tx62 #45: a weekday after not and until in a past clause is not moved past the story's day", "[timex][tx62]") {
  for (unsigned iso = 1; iso <= 7; ++iso) {
    const std::string day = kWeekdays[iso - 1];
    const std::string alone = "The council was criticised for not holding a meeting until " + day + ".";
    const std::string text = "The school closed on Tuesday. " + alone;
    INFO(text);
    CHECK(value_in(text, kWednesday, day) == value_in(alone, kWednesday, day));
    if (iso != 3) CHECK(value_in(text, kWednesday, day) < format_iso_day(kWednesday));
  }
  // (must not: "until" with no negation still closes a span that runs from the story's day)
  const auto span = tag("The school closed on Tuesday. Parents kept their children at home until Monday.", kWednesday);
  CHECK(timex_named(span, "Monday").value == "2026-11-30");
}

}  // namespace weekdays_from_monday
}  // namespace
