#include "core/timex/timex_tagger.h"

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/interval.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::Interval;
using chronograph::Precision;
using chronograph::format_iso_day;
using chronograph::core::Timex;
using chronograph::test::only_timex;
using chronograph::test::only_tagged_timex;
using chronograph::test::timex_named;
using chronograph::test::kMonthNames;
using chronograph::test::timex_tagger;

namespace {

const char* const kWeekdayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

// Expected days computed by walking the calendar one day at a time, not by the tagger's formulas.
sys_days walk_back_to(weekday wd, sys_days from) {
  while (weekday{from} != wd) from -= days{1};
  return from;
}
sys_days walk_forward_after(weekday wd, sys_days from) {
  do from += days{1}; while (weekday{from} != wd);
  return from;
}
sys_days walk_forward_from(weekday wd, sys_days from) {
  while (weekday{from} != wd) from += days{1};
  return from;
}
// The day nearest `from`, itself included; three days ahead before three back.
sys_days walk_to_nearest(weekday wd, sys_days from) {
  for (int d = 0; d <= 3; ++d) {
    if (weekday{from + days{d}} == wd) return from + days{d};
    if (weekday{from - days{d}} == wd) return from - days{d};
  }
  throw std::logic_error("a week has seven days");
}

}  // namespace

TEST_CASE("a weekday resolves by clause tense for a DCT on every weekday", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2021_y / nov / 29} + days{d};  // Monday .. Sunday
    for (unsigned w = 0; w < 7; ++w) {
      const weekday wd{w};
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const Timex past = only_timex("The minister resigned on " + name + ".", dct, name);
      CHECK(past.value == format_iso_day(walk_back_to(wd, dct)));
      // (AP style names the day of the week, not "today": the DCT's own weekday is the DCT)
      const Timex future = only_timex("The minister will resign on " + name + ".", dct, name);
      CHECK(future.value == format_iso_day(walk_forward_from(wd, dct)));
      // a present clause tells a timetable: the DCT or the six days after it
      const Timex present = only_timex("The museum is open on " + name + ".", dct, name);
      CHECK(present.value == format_iso_day(walk_forward_from(wd, dct)));
      // the present of a verb of saying tells what was said before the paper went out
      const Timex says = only_timex("The ministry says on " + name + " that talks stalled.", dct, name);
      CHECK(says.value == format_iso_day(walk_back_to(wd, dct)));
      // and a headline's present tells what happened
      const auto headline = timex_tagger().tag("Museum is closed on " + name + "\n\nThe doors stayed shut.", nullptr, dct);
      CHECK(timex_named(headline, name).value == format_iso_day(walk_back_to(wd, dct)));
      // a weekday that names a thing by its day lies either side: the nearest
      const Timex named = only_timex("The move is a reply to " + name + "'s declaration.", dct, name);
      CHECK(named.value == format_iso_day(walk_to_nearest(wd, dct)));
      REQUIRE(future.interval);
      CHECK(*future.interval == chronograph::whole_day(walk_forward_from(wd, dct)));
    }
  }
}

TEST_CASE("the tagger's Penn tags decide the tense when they are there", "[timex]") {
  const std::string text = "They cut the price on Tuesday.";
  const sys_days monday = 2021_y / nov / 29;
  chronograph::core::TokenizedText tokens;
  std::size_t at = 0;
  for (const std::string word : {"They", "cut", "the", "price", "on", "Tuesday", "."}) {
    at = text.find(word, at);
    chronograph::core::Token t;
    t.span = {at, at + word.size()};
    t.text = t.norm = word;
    t.xpos = word == "cut" ? "VBD" : "NN";
    tokens.tokens.push_back(t);
    at += word.size();
  }
  CHECK(timex_tagger().tag(text, &tokens, monday).at(0).value == "2021-11-23");
  tokens.tokens[1].xpos = "VBP";
  CHECK(timex_tagger().tag(text, &tokens, monday).at(0).value == "2021-11-30");
}

TEST_CASE("what is due lies ahead", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2025_y / mar / 10} + days{d};  // Monday .. Sunday
    for (unsigned w = 0; w < 7; ++w) {
      if (weekday{dct} == weekday{w}) continue;  // (the day itself may be today's)
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const std::string ahead = format_iso_day(walk_forward_from(weekday{w}, dct));
      CHECK(only_timex("The law is due to be signed on " + name + ".", dct, name).value == ahead);
      CHECK(only_timex("A ruling is due on " + name + ".", dct, name).value == ahead);
      // a cause is no time ahead: the day stays the past one its clause tells
      const std::string back = format_iso_day(walk_back_to(weekday{w}, dct));
      CHECK(only_timex("The flight was cancelled on " + name + " due to the storm.", dct, name).value == back);
    }
  }
  // (a month less than two months back is taken for a late report of this year's, as for any cue)
  const sys_days dct = 2025_y / mar / 12;
  for (unsigned m = 4; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    INFO(month);
    CHECK(only_timex("The report is due in " + month + ".", dct, month).value == fmt::format("2025-{:02}", m));
    // nor is a debt that fell due, or a cause (past months beyond the slack a late report gets)
    if (m < 6) continue;
    CHECK(only_timex("The loan came due in " + month + ".", dct, month).value == fmt::format("2024-{:02}", m));
    CHECK(only_timex("Sales fell in " + month + " due to the strike.", dct, month).value == fmt::format("2024-{:02}", m));
  }
}

TEST_CASE("'for' after a verb that fixes a time names that time ahead, in any tense", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2021_y / nov / 29} + days{d};  // Monday .. Sunday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const std::string ahead = format_iso_day(walk_forward_from(weekday{w}, dct));
      CHECK(only_timex("The court set the hearing for " + name + ".", dct, name).value == ahead);
      CHECK(only_timex("The union called a strike for " + name + ".", dct, name).value == ahead);
      CHECK(only_timex("The hearing was set for " + name + ".", dct, name).value == ahead);
      CHECK(only_timex("The vote was scheduled for " + name + ".", dct, name).value == ahead);
    }
  }
  const sys_days friday = 2026_y / jul / 3;
  for (unsigned m = 1; m <= 12; ++m) {
    // (July 22 is ahead whatever the tense; a day less than two months back, May or June 22, is
    // taken for a late report of this year's)
    if (m >= 5 && m <= 7) continue;
    const std::string day = std::string(kMonthNames[m - 1]) + " 22";
    INFO(day);
    const std::string year = m < 7 ? "2027-" : "2026-";
    CHECK(only_timex("The president later set a snap election for " + day + ".", friday, day).value.starts_with(year));
  }
  const sys_days saturday = 2021_y / dec / 4;
  // after "had", or with no such verb, the clause's tense decides
  CHECK(only_timex("The court had set the hearing for Monday.", saturday, "Monday").value == "2021-11-29");
  CHECK(only_timex("The firm paid a bonus for Monday.", saturday, "Monday").value == "2021-11-29");
  // a verb that fixes nothing held on a date: set a record, called the results disappointing
  CHECK(only_timex("The company set a sales record for March, it said.", saturday, "March").value == "2021-03");
  CHECK(only_timex("Analysts called the results for March disappointing.", saturday, "March").value == "2021-03");
}

TEST_CASE("a time of day that opens a span of two times is on the day the second names", "[timex]") {
  const sys_days tuesday = 2026_y / mar / 10;
  for (unsigned w = 0; w < 7; ++w) {
    const std::string name = kWeekdayNames[w];
    INFO(name);
    const sys_days named = walk_back_to(weekday{w}, tuesday);  // a past clause
    const auto all = timex_tagger().tag("On Monday, police said the men were seen between 3 a.m. and 5 a.m. on " + name + ".",
                                        nullptr, tuesday);
    CHECK(timex_named(all, "3 a.m.").value == format_iso_day(named) + "T03:00");
    CHECK(timex_named(all, "5 a.m. on " + name).value == format_iso_day(named) + "T05:00");
    // across midnight the first time is on the day before
    const auto night = timex_tagger().tag("On Monday, they said the bar was open from 9 p.m. to 2 a.m. " + name + ".", nullptr, tuesday);
    CHECK(timex_named(night, "9 p.m.").value == format_iso_day(named - days{1}) + "T21:00");
  }
  // a part of a day ends the span as well: between 9 p.m. and Sunday morning
  const auto morning = timex_tagger().tag("On Monday, they said the men were seen between 9 p.m. and Sunday morning.", nullptr, tuesday);
  CHECK(timex_named(morning, "9 p.m.").value == "2026-03-08T21:00");
  // a time after some other word keeps the day last mentioned
  const auto apart = timex_tagger().tag("On Monday the shop opened at 3 a.m. and on Sunday at 5 a.m.", nullptr, tuesday);
  CHECK(timex_named(apart, "3 a.m.").value == "2026-03-09T03:00");
}

TEST_CASE("a month that opens a span is in the year the span's end names", "[timex]") {
  const sys_days dct = 2025_y / aug / 14;
  // every pair of months, with the end's year written or counted from the DCT
  for (unsigned a = 1; a <= 12; ++a)
    for (unsigned b = 1; b <= 12; ++b) {
      const std::string first = kMonthNames[a - 1], second = kMonthNames[b - 1];
      const auto expected_year = [&](int end_year) { return std::to_string(a > b ? end_year - 1 : end_year); };
      const auto written = timex_tagger().tag("Prices fell from " + first + " to " + second + " 2023.", nullptr, dct);
      INFO(first << " to " << second);
      CHECK(timex_named(written, first).value.starts_with(expected_year(2023) + "-"));
      const auto counted = timex_tagger().tag("Prices fell between " + first + " and " + second + " last year.", nullptr, dct);
      CHECK(timex_named(counted, first).value.starts_with(expected_year(2024) + "-"));
    }
  // a month's day too, and without a DCT the written year still holds
  const auto days = timex_tagger().tag("The trial ran from June 3 to July 9, 2021.", nullptr, dct);
  CHECK(timex_named(days, "June 3").value == "2021-06-03");
  const auto undated = timex_tagger().tag("The dip lasted from March to May 2023.", nullptr, std::nullopt);
  CHECK(timex_named(undated, "March").value == "2023-03");
  // a month apart from the span keeps its own year
  const auto apart = timex_tagger().tag("Sales rose in March, and in May 2023 they fell.", nullptr, dct);
  CHECK(timex_named(apart, "March").value == "2025-03");
  // a hyphen between spaces is a dash between clauses, no span
  for (const char* dash_text : {"Sales rose in December - October 2023 saw a fall.", "Sales rose in December \u2013 October 2023 saw a fall."}) {
    CAPTURE(dash_text);
    CHECK(timex_named(timex_tagger().tag(dash_text, nullptr, dct), "December").value == "2024-12");
  }
  const auto joined = timex_tagger().tag("Sales rose in the October-December 2023 period.", nullptr, dct);
  CHECK(timex_named(joined, "October").value == "2023-10");
}

TEST_CASE("every month name and abbreviation is recognised", "[timex]") {
  const auto& full = kMonthNames;
  const char* const abbr[] = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string mm{static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10)};  // "01" .. "12"
    const Timex whole = only_timex(std::string("It happened in ") + full[m - 1] + " 2019.", 2021_y / dec / 4,
                                   std::string(full[m - 1]) + " 2019");
    CHECK(whole.value == "2019-" + mm);
    CHECK(*whole.interval == chronograph::whole_month(2019_y / month{m}));
    const std::string short_text = std::string(abbr[m - 1]) + " 5, 2019";
    CHECK(only_timex("It happened on " + short_text + " in Paris.", 2021_y / dec / 4, short_text).value ==
          "2019-" + mm + "-05");
  }
}

TEST_CASE("a time of day before a date with its year is on that date, for every month and both word orders", "[timex]") {
  const auto& full = kMonthNames;
  const char* const abbr[] = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string mm{static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10)};
    const std::string us = std::string("7:42 a.m. on ") + abbr[m - 1] + " 6, 2000";
    CHECK(only_timex("The bridge collapsed at " + us + ".", 2025_y / nov / 7, us).value == "2000-" + mm + "-06T07:42");
    const std::string uk = std::string("3 p.m. on 14 ") + full[m - 1] + " 1998";
    CHECK(only_timex("The plane crashed at " + uk + ".", 2025_y / nov / 7, uk).value == "1998-" + mm + "-14T15:00");
  }
}

TEST_CASE("a British time of day with a point and its am or pm is a clock time, a decimal is not", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  for (int hour = 1; hour <= 12; ++hour) {
    const std::string h = std::to_string(hour);
    const int pm = hour == 12 ? 12 : hour + 12, am = hour == 12 ? 0 : hour;
    const auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    CHECK(only_timex("The train left at " + h + ".05pm.", dct, h + ".05pm").value == "2021-12-04T" + two(pm) + ":05");
    CHECK(only_timex("The train left at " + h + ".30 a.m.", dct, h + ".30 a.m.").value == "2021-12-04T" + two(am) + ":30");
  }
  CHECK(timex_tagger().tag("Shares rose 2.50 percent.", nullptr, dct).empty());
  CHECK(timex_tagger().tag("The index closed at 11.05 points.", nullptr, dct).empty());
}

TEST_CASE("month names that are also words need their capital or their period", "[timex]") {
  CHECK(timex_tagger().tag("Prices may march higher.", nullptr, sys_days{2021_y / dec / 4}).empty());
  CHECK(timex_tagger().tag("Jan Kavan met the staff of Sun Microsystems.", nullptr, sys_days{2021_y / dec / 4}).empty());
}

TEST_CASE("seasons follow the northern hemisphere and winter spans the year end", "[timex]") {
  const Timex winter = only_timex("It snowed in winter 2021.", 2022_y / jan / 15, "winter 2021");
  CHECK(winter.value == "2021-WI");
  CHECK(*winter.interval == Interval{2021_y / dec / 1, 2022_y / feb / 28, Precision::Season});
  CHECK(only_timex("It snowed last winter.", 2022_y / jan / 15, "last winter").value == "2020-WI");
  CHECK(only_timex("It snows this winter.", 2022_y / jan / 15, "this winter").value == "2021-WI");
  CHECK(only_timex("It snows this winter.", 2021_y / dec / 4, "this winter").value == "2021-WI");
  CHECK(only_timex("It will open next summer.", 2021_y / dec / 4, "next summer").value == "2022-SU");
  const Timex summer = only_timex("It opened in summer 2019.", 2021_y / dec / 4, "summer 2019");
  CHECK(*summer.interval == Interval{2019_y / jun / 1, 2019_y / aug / 31, Precision::Season});
}

TEST_CASE("ago, next, last and this move from the DCT", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, std::string>({
      {"It opened two weeks ago.", "two weeks ago", "2021-W46"},
      {"It opened three years ago.", "three years ago", "2018"},
      {"It opened a month ago.", "a month ago", "2021-11"},
      {"It opened 10 days ago.", "10 days ago", "2021-11-24"},
      {"Talks resume next week.", "next week", "2021-W49"},
      {"Prices rose last month.", "last month", "2021-11"},
      {"Prices rose this year.", "this year", "2021"},
      {"Prices will rise next year.", "next year", "2022"},
      {"Prices rose last year.", "last year", "2020"},
      {"The rally took place last Friday.", "last Friday", "2021-11-26"},
      {"The rally is next Friday.", "next Friday", "2021-12-10"},
      {"He spoke yesterday.", "yesterday", "2021-12-03"},
      {"He speaks tomorrow.", "tomorrow", "2021-12-05"},
  }));
  INFO(sentence);
  CHECK(only_timex(sentence, dct, text).value == value);
}

TEST_CASE("a week value is the ISO week and its interval runs Monday to Sunday", "[timex]") {
  const Timex week = only_timex("Talks resume next week.", 2021_y / dec / 4, "next week");
  CHECK(*week.interval == Interval{2021_y / dec / 6, 2021_y / dec / 12, Precision::Week});
  // ISO week 1 of 2021 starts on 2021-01-04; 2021-01-02 belongs to 2020-W53.
  CHECK(only_timex("It was signed this week.", 2021_y / jan / 2, "this week").value == "2020-W53");
}

TEST_CASE("the first year of a span that ends before Christ, and is higher, is before Christ too", "[timex]") {
  const sys_days dct = 2024_y / oct / 3;
  for (const char* era : {"BC", "BCE", "B.C."})
    for (const char* joint : {" and ", " to ", " until ", " through "})  // ("1800-1450 BC" is one range: tx50_test)
      for (const auto& [from, to] : std::vector<std::pair<int, int>>{{1800, 1450}, {500, 400}, {3200, 2900}, {90, 30}}) {
        const std::string first = std::to_string(from), last = std::to_string(to) + " " + era;
        const std::string text = "The script was used from " + first + joint + last + ", experts said.";
        INFO(text);
        const auto all = timex_tagger().tag(text, nullptr, dct);
        const Timex start = timex_named(all, first);
        CHECK(start.value == fmt::format("-{:04}", from - 1));
        CHECK(start.interval->start == sys_days{year{1 - from} / jan / 1});
        CHECK(timex_named(all, last).value == fmt::format("-{:04}", to - 1));
      }
  // a lower first year is of our era, and a year joined to no era is left as it is
  CHECK(only_timex("It was used from 1450 to 1800 BC.", dct, "1450").value == "1450");
  CHECK(only_timex("It was built in 1800 and rebuilt in 1450 BC.", dct, "1800").value == "1800");
}

TEST_CASE("numbers with groups of three digits count units", "[timex]") {
  const sys_days dct = 2024_y / oct / 3;
  for (const auto& [written, n] : std::vector<std::pair<std::string, int>>{{"3,500", 3500}, {"2,000", 2000}, {"12,000", 12000}}) {
    const Timex ago = only_timex("The palace fell some " + written + " years ago.", dct, "some " + written + " years ago");
    CHECK(ago.value == chronograph::core::format_year(year{2024 - n}));
    CHECK(ago.mod == "APPROX");
    CHECK(only_timex("They walked for " + written + " days.", dct, written + " days").value == "P" + std::to_string(n) + "D");
  }
  // a decimal or a group of another length is no count of units here
  for (const Timex& t : timex_tagger().tag("It grew 3,5 years ago and 1,500.5 days on.", nullptr, dct)) {
    INFO(t.text);
    CHECK(!std::isdigit(static_cast<unsigned char>(t.text.front())));
  }
}

TEST_CASE("quarters, decades and centuries get their values and intervals", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  const Timex q = only_timex("Sales fell in the third quarter of 2020.", dct, "the third quarter of 2020");
  CHECK(q.value == "2020-Q3");
  CHECK(*q.interval == Interval{2020_y / jul / 1, 2020_y / sep / 30, Precision::Quarter});
  CHECK(only_timex("Sales fell in the first quarter.", dct, "the first quarter").value == "2021-Q1");
  const Timex nineties = only_timex("It grew in the 1990s.", dct, "the 1990s");
  CHECK(nineties.value == "199");
  CHECK(*nineties.interval == Interval{1990_y / jan / 1, 1999_y / dec / 31, Precision::Decade});
  const Timex century = only_timex("It was built in the 20th century.", dct, "the 20th century");
  CHECK(century.value == "19");
  CHECK(*century.interval == Interval{1900_y / jan / 1, 1999_y / dec / 31, Precision::Century});
  const Timex bc = only_timex("It was built in the fifth century BC.", dct, "the fifth century BC");
  CHECK(bc.value == "-04");
  CHECK(*bc.interval == Interval{year{-499} / jan / 1, year{-400} / dec / 31, Precision::Century});
  const Timex bce_year = only_timex("Rome burned in 390 BC.", dct, "390 BC");
  CHECK(bce_year.value == "-0389");
  CHECK(bce_year.interval->start == sys_days{year{-389} / jan / 1});
}

TEST_CASE("a quarter something happens in, in a future clause, lies ahead once it is two quarters behind, in a past clause behind", "[timex]") {
  const char* const ordinals[] = {"first", "second", "third", "fourth"};
  CHECK(only_timex("The company will restate its results for the first quarter.", 2021_y / nov / 3, "the first quarter").value ==
        "2021-Q1");
  for (unsigned m = 1; m <= 12; ++m) {
    const sys_days dct = 2025_y / month{m} / 15;
    const int now_q = static_cast<int>((m - 1) / 3 + 1);
    for (int q = 1; q <= 4; ++q) {
      const std::string phrase = std::string("the ") + ordinals[q - 1] + " quarter";
      const std::string suffix = "-Q" + std::to_string(q);
      INFO(phrase << ", DCT month " << m);
      const int ahead = 2025 + (q + 1 < now_q ? 1 : 0);
      CHECK(only_timex("Profits will rise in " + phrase + ".", dct, phrase).value == std::to_string(ahead) + suffix);
      const int behind = 2025 - (q > now_q ? 1 : 0);
      CHECK(only_timex("Profits rose in " + phrase + ".", dct, phrase).value == std::to_string(behind) + suffix);
    }
  }
}

TEST_CASE("years ago this week, this month or today is that week, month or day so many years back", "[timex]") {
  const char* const counts[] = {"one", "two", "five", "ten", "twenty-five", "fifty"};
  const int years[] = {1, 2, 5, 10, 25, 50};
  for (const sys_days dct : {sys_days{2025_y / nov / 7}, sys_days{2024_y / feb / 29}, sys_days{2021_y / jan / 3}}) {
    for (std::size_t i = 0; i < std::size(counts); ++i) {
      const year_month_day d{dct};
      const year_month_day back{d.year() - date::years{years[i]}, d.month(), d.day()};
      const sys_days day = back.ok() ? sys_days{back} : sys_days{back.year() / back.month() / date::last};
      const std::string n = std::string(counts[i]) + (years[i] == 1 ? " year" : " years");
      INFO(n << ", DCT " << format_iso_day(dct));
      CHECK(only_timex("It opened " + n + " ago this week.", dct, n + " ago this week").value == chronograph::core::format_iso_week(day));
      CHECK(only_timex("It opened " + n + " ago this month.", dct, n + " ago this month").value ==
            format_iso_day(day).substr(0, 7));
      CHECK(only_timex("It opened " + n + " ago today.", dct, n + " ago today").value == format_iso_day(day));
    }
  }
}

TEST_CASE("a time of day given again in brackets in another zone takes the day that puts the two nearest", "[timex]") {
  const sys_days dct = 2025_y / jun / 13;
  const auto [local, gmt, shift] = GENERATE(table<std::string, std::string, int>({
      {"11 p.m. Washington time", "0300 GMT", -1},
      {"4:17 a.m. local time", "0117 GMT", 0},
      {"9 a.m. Tokyo time", "2300 GMT", 1},
      {"9:41 p.m. EST", "0241 GMT", -1},
      {"noon", "1100 GMT", 0},
  }));
  for (unsigned w = 1; w <= 4; ++w) {  // (Monday to Thursday: every day in the story before the DCT)
    const std::string day_name = kWeekdayNames[w];
    const std::string text = "The talks ended at " + local + " (" + gmt + " on " + day_name + ").";
    INFO(text);
    const auto all = timex_tagger().tag(text, nullptr, dct);
    REQUIRE(all.size() == 2);
    const auto gmt_day = chronograph::parse_iso_day(all[1].value.substr(0, 10));
    REQUIRE(gmt_day);
    CHECK(all[0].value.substr(0, 10) == format_iso_day(*gmt_day + days{shift}));
    // the story goes on in the first clock's zone: later times of day are on its day
    const auto story = timex_tagger().tag(text + " It sent a signal 47 minutes later and again at 11:59 p.m.", nullptr, dct);
    REQUIRE(story.size() == 4);
    CHECK(story[2].value.substr(0, 10) == all[0].value.substr(0, 10));
    CHECK(story[3].value.substr(0, 10) == all[0].value.substr(0, 10));
  }
}

TEST_CASE("a time of day with its gloss in brackets, then the day, is on that day", "[timex]") {
  const sys_days dct = 2025_y / jun / 13;  // a Friday
  const auto [local, gmt, shift] = GENERATE(table<std::string, std::string, int>({
      {"3 p.m. Eastern time", "2000 GMT", 0},
      {"10 p.m. Eastern time", "0300 GMT", 1},
      {"9 a.m. Tokyo time", "0000 GMT", 0},
      {"8 a.m. local time", "2300 GMT", -1},
  }));
  for (unsigned w = 0; w < 7; ++w)
    for (const std::string tense : {"started", "will start"}) {
      for (const std::string on : {" on ", " "}) {
        const std::string text = "The vote " + tense + " at " + local + " (" + gmt + ")" + on + kWeekdayNames[w] + ".";
        INFO(text);
        const auto all = timex_tagger().tag(text, nullptr, dct);
        REQUIRE(all.size() == 3);
        const auto day = chronograph::parse_iso_day(all[2].value);
        REQUIRE(day);
        CHECK(all[0].value.substr(0, 10) == all[2].value);
        CHECK(all[1].value.substr(0, 10) == format_iso_day(*day + days{shift}));
      }
    }
  // a gloss with no day after it keeps the story's day
  const auto alone = timex_tagger().tag("The vote started at 3 p.m. Eastern time (2000 GMT), officials said.", nullptr, dct);
  REQUIRE(alone.size() == 2);
  CHECK(alone[0].value == "2025-06-13T15:00-04:00");  // (Eastern daylight time: core/timex/time_zones.h)
}

TEST_CASE("a quarter closed by a day is the three months up to it, the calendar quarter ending nearest unless numbered", "[timex]") {
  const sys_days dct = 2025_y / nov / 20;
  for (unsigned m = 1; m <= 12; ++m) {
    for (const unsigned d : {1u, 10u, 28u}) {  // (not the 15th: mid-August is as near June 30 as Sept. 30)
      const date::year_month_day closing{2024_y / date::month{m} / date::day{d}};
      const std::string day_text = std::string(kMonthNames[m - 1]) + " " + std::to_string(d) + ", 2024";
      // the calendar quarter whose last day is nearest
      std::optional<std::pair<int, sys_days>> nearest;
      for (int y = 2023; y <= 2024; ++y)
        for (unsigned q = 1; q <= 4; ++q) {
          const sys_days end{date::year{y} / date::month{q * 3} / date::last};
          const int gap = std::abs((end - sys_days{closing}).count());
          if (!nearest || gap < std::abs((nearest->second - sys_days{closing}).count())) nearest = {y * 10 + static_cast<int>(q), end};
        }
      const std::string expected = std::to_string(nearest->first / 10) + "-Q" + std::to_string(nearest->first % 10);
      for (const std::string joint : {" ended ", ", which ended ", " ending "}) {
        const std::string text = "Sales for the quarter" + joint + day_text + " rose 6%.";
        INFO(text);
        const auto all = timex_tagger().tag(text, nullptr, dct);
        REQUIRE(all.size() == 2);
        CHECK(all[0].value == expected);
        REQUIRE(all[0].interval);
        CHECK(all[0].interval->end == sys_days{closing});
        CHECK(all[0].interval->start == sys_days{date::year_month_day{sys_days{closing} + days{1}} - date::months{3}});
      }
      // a numbered quarter keeps the company's number, and takes the three months
      const auto numbered = timex_tagger().tag("Its fourth quarter ended " + day_text + " was weak.", nullptr, dct);
      REQUIRE(numbered.size() == 2);
      CHECK(numbered[0].value.ends_with("-Q4"));
      REQUIRE(numbered[0].interval);
      CHECK(numbered[0].interval->end == sys_days{closing});
    }
  }
  // a quarter followed by a day it does not close keeps its calendar months
  const auto other = timex_tagger().tag("The third quarter, said the firm on Nov. 3, was weak.", nullptr, dct);
  REQUIRE(other.size() == 2);
  REQUIRE(other[0].interval);
  CHECK(other[0].interval->start == sys_days{2025_y / jul / 1});
}

TEST_CASE("a month and day named again without a year keep the year they were named with, when it is near", "[timex]") {
  const sys_days dct = 2025_y / may / 15;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month_name = kMonthNames[m - 1];
    const std::string mm{static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10)};
    INFO(month_name);
    for (const std::string year : {"2024", "2025"}) {
      const auto all = timex_tagger().tag("The recall covers units made before " + month_name + " 9, " + year +
                                              ". Units built after " + month_name + " 9 are safe.",
                                          nullptr, dct);
      REQUIRE(all.size() == 2);
      CHECK(all[1].value == year + "-" + mm + "-09");
    }
    // another day of that month is no repeat, and takes its year as it would alone
    const std::string alone = timex_tagger().tag("Units built after " + month_name + " 10 are safe.", nullptr, dct).at(0).value;
    const auto other = timex_tagger().tag("The recall covers units made before " + month_name +
                                              " 9, 2024. Units built after " + month_name + " 10 are safe.",
                                          nullptr, dct);
    REQUIRE(other.size() == 2);
    CHECK(other[1].value == alone);
    // nor a year far from the one the DCT gives, which names another day
    const auto born = timex_tagger().tag("She was born on " + month_name + " 9, 1950. Police said she was arrested on " +
                                             month_name + " 9.", nullptr, dct);
    REQUIRE(born.size() == 2);
    CHECK(born[1].value.substr(0, 4) != "1950");
  }
}

TEST_CASE("durations get ISO 8601 values and only anchored ones an interval", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, std::string>({
      {"It lasted three years.", "three years", "P3Y"},
      {"It lasted twenty-five days.", "twenty-five days", "P25D"},
      {"Wait 24 hours.", "24 hours", "PT24H"},
      {"It took 90 minutes.", "90 minutes", "PT90M"},
      {"It took a decade.", "a decade", "P10Y"},
      {"It took two centuries.", "two centuries", "P200Y"},
      {"It took several weeks.", "several weeks", "PXW"},
      {"It took a long time.", "a long time", "PXY"},
      {"A 10-year bond.", "10-year", "P10Y"},
  }));
  INFO(sentence);
  const Timex t = only_timex(sentence, dct, text);
  CHECK(t.type == "DURATION");
  CHECK(t.value == value);
  CHECK_FALSE(t.interval);
}

TEST_CASE("'the past three years' runs from DCT minus three years to the DCT", "[timex]") {
  const Timex t = only_timex("Prices doubled over the past three years.", 2021_y / dec / 4, "the past three years");
  CHECK(t.type == "DURATION");
  CHECK(t.value == "P3Y");
  CHECK(*t.interval == Interval{2018_y / dec / 4, 2021_y / dec / 4, Precision::Year});
  const Timex next = only_timex("Prices will double in the next two weeks.", 2021_y / dec / 4, "the next two weeks");
  CHECK(*next.interval == Interval{2021_y / dec / 4, 2021_y / dec / 18, Precision::Week});
}

TEST_CASE("a vague count from the DCT spans up to the next larger unit", "[timex]") {
  const sys_days dct = 2022_y / mar / 15;
  auto [sentence, text, value, interval] = GENERATE_COPY(table<std::string, std::string, std::string, Interval>({
      {"Talks resume in the coming days.", "the coming days", "PXD", {dct, dct + days{14}, Precision::Day}},
      {"Rules change in the coming weeks.", "the coming weeks", "PXW", {dct, dct + days{56}, Precision::Week}},
      {"Prices rose over the past few months.", "the past few months", "PXM", {2021_y / mar / 15, dct, Precision::Month}},
      {"Rents rose in recent weeks.", "recent weeks", "PXW", {dct - days{56}, dct, Precision::Week}},
      {"Farms failed in recent years.", "recent years", "PXY", {2012_y / mar / 15, dct, Precision::Year}},
      {"Costs may rise over the next several years.", "the next several years", "PXY", {dct, 2032_y / mar / 15, Precision::Year}},
  }));
  INFO(sentence);
  const Timex t = only_timex(sentence, dct, text);
  CHECK(t.type == "DURATION");
  CHECK(t.value == value);
  REQUIRE(t.interval);
  CHECK(*t.interval == interval);
}

TEST_CASE("sets: every, daily, twice a year, plural weekdays", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, std::string>({
      {"They meet every Tuesday.", "every Tuesday", "XXXX-WXX-2"},
      {"The paper appears daily.", "daily", "P1D"},
      {"They meet twice a year.", "twice a year", "P1Y"},
      {"He calls every day.", "every day", "P1D"},
      {"Shops close on Sundays.", "Sundays", "XXXX-WXX-7"},
  }));
  INFO(sentence);
  const Timex t = only_timex(sentence, dct, text);
  CHECK(t.type == "SET");
  CHECK(t.value == value);
  CHECK_FALSE(t.interval);
}

TEST_CASE("modifiers take the first, middle or last third", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  const Timex early = only_timex("It may start in early 2022.", dct, "early 2022");
  CHECK(early.mod == "START");
  CHECK(*early.interval == Interval{2022_y / jan / 1, 2022_y / apr / 30, Precision::Year});
  CHECK(*only_timex("It starts in mid-2022.", dct, "mid-2022").interval ==
        Interval{2022_y / may / 1, 2022_y / aug / 31, Precision::Year});
  CHECK(*only_timex("It starts in late 2022.", dct, "late 2022").interval ==
        Interval{2022_y / sep / 1, 2022_y / dec / 31, Precision::Year});
  CHECK(*only_timex("It ended in early June 2021.", dct, "early June 2021").interval ==
        Interval{2021_y / jun / 1, 2021_y / jun / 10, Precision::Month});
}

TEST_CASE("without a DCT relative expressions stay underspecified", "[timex]") {
  auto [sentence, text, value] = GENERATE(table<std::string, std::string, std::string>({
      {"They will meet on Tuesday.", "Tuesday", "XXXX-WXX-2"},
      {"Prices rose last year.", "last year", "XXXX"},
      {"He spoke today.", "today", "XXXX-XX-XX"},
      {"They met in June.", "June", "XXXX-06"},
      {"They met on Dec. 7.", "Dec. 7", "XXXX-12-07"},
      {"Talks resume next week.", "next week", "XXXX-WXX"},
      {"It opened two weeks ago.", "two weeks ago", "XXXX-WXX"},
  }));
  INFO(sentence);
  const Timex t = only_timex(sentence, std::nullopt, text);
  CHECK(t.value == value);
  CHECK_FALSE(t.interval);
  // an absolute date needs no DCT
  CHECK(only_timex("Signed on June 16, 2021.", std::nullopt, "June 16, 2021").value == "2021-06-16");
}

TEST_CASE("impossible dates are never emitted as valid dates, and nothing crashes", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  for (const std::string bad : {"It closed on February 30.", "It closed on the 45th of May.", "It closed on 2021-13.",
                                "It closed on 2021-02-30.", "It closed in year 0.", "It closed in the year 10000.",
                                "It closed on February 29, 2021.", "It closed in 99999 BC."}) {
    INFO(bad);
    for (const auto& t : timex_tagger().tag(bad, nullptr, dct)) {
      INFO(t.text << " = " << t.value);
      CHECK(t.value != "2021-02-30");
      CHECK(t.value != "2021-13");
      CHECK(t.value != "0000");
      CHECK(t.value != "10000");
      if (t.interval) CHECK(t.interval->ok());
      if (t.text.find("30") != std::string::npos || t.text.find("45th") != std::string::npos ||
          t.text.find("13") != std::string::npos || t.text.find("29") != std::string::npos)
        CHECK_FALSE(t.interval);
    }
  }
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 7919) % 256);
  CHECK_NOTHROW(timex_tagger().tag(noise, nullptr, dct));
  CHECK(timex_tagger().tag("", nullptr, dct).empty());
  CHECK_NOTHROW(timex_tagger().tag("2021-", nullptr, dct));
  CHECK_NOTHROW(timex_tagger().tag("the 3", nullptr, dct));
}

TEST_CASE("'early Tuesday' is one expression, 'later Tuesday' is not", "[timex]") {
  const auto early = only_timex("Police arrived early Tuesday.", 2021_y / dec / 4, "early Tuesday");
  CHECK(early.mod == "START");
  CHECK(early.value == "2021-11-30");
  const auto later = only_timex("Later Tuesday, police arrived.", 2021_y / dec / 4, "Tuesday");
  CHECK(later.mod.empty());
}

TEST_CASE("ids run t1, t2, ... in text order and spans index the text", "[timex]") {
  const std::string text = "On June 7, 2021 and in 1999 and today, not on Monday.";
  const auto all = timex_tagger().tag(text, nullptr, sys_days{2021_y / dec / 4});
  REQUIRE(all.size() == 4);
  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK(all[i].id == std::string("t").append(std::to_string(i + 1)));
    CHECK(all[i].span.of(text) == all[i].text);
    CHECK_FALSE(all[i].rule.empty());
  }
  CHECK(all[0].text == "June 7, 2021");
  CHECK(all[3].text == "Monday");
}

TEST_CASE("the sample article's expressions", "[timex][sample]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::ifstream in(shared / "seed" / "000_203724dd82367cc3.txt");
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const auto all = timex_tagger().tag(text, nullptr, sys_days{2021_y / dec / 4});
  std::vector<std::string> tuesday, saturday, friday;
  for (const auto& t : all) {
    if (t.text == "Tuesday") tuesday.push_back(t.value);
    if (t.text == "Saturday") saturday.push_back(t.value);
    if (t.text == "Friday") friday.push_back(t.value);
  }
  CHECK(tuesday == std::vector<std::string>{"2021-12-07", "2021-12-07"});
  CHECK(saturday == std::vector<std::string>{"2021-12-04", "2021-12-04"});
  CHECK(friday == std::vector<std::string>{"2021-12-03", "2021-12-03"});
  CHECK(timex_named(all, "June").value == "2021-06");
  const Timex early = timex_named(all, "early-2022");
  CHECK(early.value == "2022");
  CHECK(early.mod == "START");
  CHECK(*early.interval == Interval{2022_y / jan / 1, 2022_y / apr / 30, Precision::Year});
  CHECK(timex_named(all, "today").value == "2021-12-04");
  CHECK(timex_named(all, "past years").value == "PAST_REF");
  const Timex long_time = timex_named(all, "a long time");
  CHECK(long_time.type == "DURATION");
  CHECK(long_time.value == "PXY");
  for (const auto& t : all) CHECK(t.text != "soon");
}

TEST_CASE("twin of the sample: a text of our own with other dates", "[timex]") {
  const std::string text =
      "Speaking on Wednesday, the mayor said the new bridge will open on Monday. Work began in March "
      "and should be finished by late-2023. The city has grown over the past five years, and residents "
      "are now hopeful. The old bridge had stood for a long time, and traffic today is worse than in past years.";
  const auto all = timex_tagger().tag(text, nullptr, sys_days{2022_y / sep / 15});  // a Thursday
  CHECK(timex_named(all, "Wednesday").value == "2022-09-14");
  CHECK(timex_named(all, "Monday").value == "2022-09-19");
  CHECK(timex_named(all, "March").value == "2022-03");
  const Timex late = timex_named(all, "late-2023");
  CHECK(late.value == "2023");
  CHECK(late.mod == "END");
  CHECK(*late.interval == Interval{2023_y / sep / 1, 2023_y / dec / 31, Precision::Year});
  const Timex past = timex_named(all, "the past five years");
  CHECK(past.value == "P5Y");
  CHECK(*past.interval == Interval{2017_y / sep / 15, 2022_y / sep / 15, Precision::Year});
  CHECK(timex_named(all, "now").value == "PRESENT_REF");
  CHECK(timex_named(all, "a long time").value == "PXY");
  CHECK(timex_named(all, "today").value == "2022-09-15");
  CHECK(timex_named(all, "past years").value == "PAST_REF");
}

TEST_CASE("a date counted back from another does not move the narrative", "[timex]") {
  const std::string text =
      "Profit rose 5% in the third quarter of 2021 from a year earlier. Sales rose 3% from a year earlier.";
  const auto all = timex_tagger().tag(text, nullptr, sys_days{2021_y / dec / 4});
  REQUIRE(all.size() == 3);
  CHECK(all[1].value == "2020-Q3");
  CHECK(all[2].value == "2020-Q3");
}

TEST_CASE("a step finer than the date it counts from keeps that date's granularity", "[timex]") {
  const std::string text = "The ministry resigned in May 2020. Two days later, the cabinet fell.";
  const auto all = timex_tagger().tag(text, nullptr, sys_days{2021_y / dec / 4});
  const Timex later = timex_named(all, "Two days later");
  CHECK(later.value == "2020-05");
  // (the span it names is the month moved two days: some day from 3 May to 2 June)
  CHECK(*later.interval == Interval{2020_y / may / 3, 2020_y / jun / 2, Precision::Month});
  const auto days = timex_tagger().tag("The ministry resigned on May 3, 2020. Two days later, the cabinet fell.",
                                       nullptr, sys_days{2021_y / dec / 4});
  CHECK(timex_named(days, "Two days later").value == "2020-05-05");
}

TEST_CASE("a deadline preposition sends a month ahead and 'since' sends it back", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  CHECK(only_timex("The airline said it doubled its flights by August.", dct, "August").value == "2022-08");
  CHECK(only_timex("The airline said it doubled its flights in August.", dct, "August").value == "2021-08");
  CHECK(only_timex("The carrier will have been on patrol since March.", dct, "March").value == "2021-03");
  CHECK(only_timex("The carrier will be on patrol in March.", dct, "March").value == "2022-03");
}

TEST_CASE("a past auxiliary before a future word is a future clause", "[timex]") {
  const sys_days saturday = 2021_y / dec / 4;
  CHECK(only_timex("Protesters were planning a march on Monday.", saturday, "Monday").value == "2021-12-06");
  CHECK(only_timex("Protesters held a march on Monday.", saturday, "Monday").value == "2021-11-29");
}

TEST_CASE("a future word that names a comparison's standard is no cue of the clause's time", "[timex]") {
  const sys_days saturday = 2021_y / dec / 4;
  // every month, after "than expected", "than forecast", "as planned", "than analysts expected"
  for (const auto& [sentence, month] : std::vector<std::pair<std::string, std::string>>{
           {"Sales rose more than expected in March.", "March"},
           {"Prices climbed faster than forecast in May.", "May"},
           {"The bridge reopened as planned in October.", "October"},
           {"Exports fell less than analysts expected in April.", "April"}}) {
    INFO(sentence);
    CHECK(only_timex(sentence, saturday, month).value.starts_with("2021-"));
  }
  // a subject between, and a past verb on the left: Sales rose more than the company expected in March.
  CHECK(only_timex("Sales rose more than the company had expected in March.", saturday, "March").value == "2021-03");
  // the same words as the clause's own verbs still look ahead, as they do after "such as" or in
  // a present clause
  CHECK(only_timex("The bridge is expected to reopen in March.", saturday, "March").value == "2022-03");
  CHECK(only_timex("Investors watch events such as upcoming elections in March.", saturday, "March").value == "2022-03");
  CHECK(only_timex("The launch goes ahead as planned on Tuesday.", saturday, "Tuesday").value == "2021-12-07");
  CHECK(only_timex("The ministry planned a vote in March.", saturday, "March").value == "2022-03");
}

TEST_CASE("a time of day is on the last day mentioned, else on the DCT", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  const auto all = timex_tagger().tag("He was shot on Oct. 23, 2019. It happened at 10 p.m. in the kitchen.", nullptr, dct);
  CHECK(timex_named(all, "10 p.m.").value == "2019-10-23T22:00");
  CHECK(only_timex("The market opened at 9:30 a.m.", dct, "9:30 a.m.").value == "2021-12-04T09:30");
  const auto month_only = timex_tagger().tag("It rose in March 2019. Trading stopped at 10 p.m.", nullptr, dct);
  CHECK(timex_named(month_only, "10 p.m.").value == "2021-12-04T22:00");
  // a coarser date named after the day, holding it, leaves the clock on the day
  for (const std::string coarser : {"earlier in the week", "earlier this month", "in December"}) {
    INFO(coarser);
    const auto later = timex_tagger().tag("The rocket left on Thursday after two attempts " + coarser +
                                              " were called off. It lifted off at 9:41 p.m.", nullptr, dct);
    CHECK(timex_named(later, "9:41 p.m.").value == "2021-12-02T21:41");
  }
  // not one that does not hold it
  const auto apart = timex_tagger().tag("He was shot on Oct. 23, 2019. In March 2020 the trial began at 10 a.m.", nullptr, dct);
  CHECK(timex_named(apart, "10 a.m.").value.substr(0, 7) != "2019-10");
}

TEST_CASE("years said in words, and weeks ago at week granularity", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  CHECK(only_timex("Atlanta, nineteen ninety-six. A bomb exploded.", dct, "nineteen ninety-six").value == "1996");
  CHECK(only_timex("It came in the winter of nineteen eighty.", dct, "the winter of nineteen eighty").value == "1980-WI");
  for (const auto& t : timex_tagger().tag("Eleven forty people came at ten thirty.", nullptr, dct))
    CHECK((t.value.find("1140") == std::string::npos && t.value.find("1030") == std::string::npos));
  CHECK(only_timex("It opened six weeks ago.", dct, "six weeks ago").value == "2021-W42");
}

TEST_CASE("with Penn tags: a perfect is past, an infinitive before the date looks ahead", "[timex]") {
  using chronograph::test::only_tagged_timex;
  const sys_days monday = 2021_y / nov / 29, saturday = 2021_y / dec / 4;
  // present perfect: not the DCT's week (2021-11-30) but the Tuesday before
  CHECK(only_tagged_timex("The/DT firm/NN has/VBZ sold/VBN the/DT unit/NN on/IN Tuesday/NNP ./.", monday, "Tuesday")
            .value == "2021-11-23");
  CHECK(only_tagged_timex("The/DT firm/NN is/VBZ open/JJ on/IN Tuesday/NNP ./.", monday, "Tuesday").value ==
        "2021-11-30");
  // a present tag: the timetable's day ahead; the present of saying: the day it was said
  CHECK(only_tagged_timex("The/DT summit/NN ends/VBZ on/IN Sunday/NNP ./.", saturday, "Sunday").value == "2021-12-05");
  CHECK(only_tagged_timex("Officials/NNS say/VBP Friday/NNP that/IN talks/NNS stalled/VBD ./.", saturday, "Friday")
            .value == "2021-12-03");
  CHECK(only_tagged_timex("The/DT move/NN follows/VBZ Friday/NNP 's/POS vote/NN ./.", saturday, "Friday").value ==
        "2021-12-03");
  // an infinitive before the expression, after a participle or a present verb
  CHECK(only_tagged_timex("Talks/NNS are/VBP set/VBN to/TO resume/VB on/IN Tuesday/NNP ./.", saturday, "Tuesday")
            .value == "2021-12-07");
  // ... but not after a past verb, a noun, or after the expression
  CHECK(only_tagged_timex("Ministers/NNS voted/VBN to/TO back/VB it/PRP on/IN Tuesday/NNP ./.", saturday, "Tuesday")
            .value == "2021-11-30");
  CHECK(only_tagged_timex("Crowds/NNS joined/VBD parades/NNS to/TO honour/VB him/PRP on/IN Tuesday/NNP ./.", saturday,
                          "Tuesday")
            .value == "2021-11-30");
  CHECK(only_tagged_timex("On/IN Tuesday/NNP ,/, to/TO demand/VB change/NN ,/, farmers/NNS marched/VBD ./.", saturday,
                          "Tuesday")
            .value == "2021-11-30");
}

TEST_CASE("with Penn tags: a present tag right after a number is a counted noun, not the tense", "[timex]") {
  using chronograph::test::only_tagged_timex;
  const sys_days saturday = 2021_y / dec / 4;
  for (unsigned w = 0; w < 7; ++w) {
    const std::string name = kWeekdayNames[w];
    INFO(name);
    const std::string behind = format_iso_day(walk_back_to(weekday{w}, saturday));
    CHECK(only_tagged_timex("The/DT index/NN lost/VBD 19.69/CD points/VBZ " + name + "/NNP ./.", saturday, name).value ==
          behind);
    CHECK(only_tagged_timex("Shares/NNS slid/VBD 3/CD percent/VBP " + name + "/NNP ./.", saturday, name).value == behind);
  }
}

TEST_CASE("with Penn tags: a verb in -ed the tagger calls present is still past", "[timex]") {
  using chronograph::test::only_tagged_timex;
  const sys_days monday = 2021_y / nov / 29;
  CHECK(only_tagged_timex("Shares/NNS jumped/VBP on/IN Wednesday/NNP ./.", monday, "Wednesday").value ==
        "2021-11-24");
  CHECK(only_tagged_timex("Shares/NNS fell/VBP on/IN Wednesday/NNP ./.", monday, "Wednesday").value == "2021-11-24");
  // an -ed adjective is no verb: "is" decides
  CHECK(only_tagged_timex("Trading/NN is/VBZ unchanged/JJ on/IN Wednesday/NNP ./.", monday, "Wednesday").value ==
        "2021-12-01");
}

TEST_CASE("a closing attribution after a comma does not set the tense of the clause before it", "[timex]") {
  using chronograph::test::only_tagged_timex;
  const sys_days monday = 2023_y / oct / 16;
  for (unsigned w = 0; w < 7; ++w) {
    const std::string name = kWeekdayNames[w];
    INFO(name);
    const std::string ahead = format_iso_day(walk_forward_from(weekday{w}, monday));
    const std::string behind = format_iso_day(walk_back_to(weekday{w}, monday));
    CHECK(only_tagged_timex("Dahl/NNP will/MD visit/VB the/DT area/NN on/IN " + name + "/NNP ,/, his/PRP$ office/NN said/VBD ./.",
                            monday, name)
              .value == ahead);
    CHECK(only_tagged_timex("Dahl/NNP visited/VBD the/DT area/NN on/IN " + name + "/NNP ,/, his/PRP$ office/NN says/VBZ ./.",
                            monday, name)
              .value == behind);
    // with no verb before it in its clause, the expression takes the verb after the comma
    CHECK(only_tagged_timex("On/IN " + name + "/NNP ,/, the/DT office/NN said/VBD it/PRP was/VBD closed/JJ ./.", monday, name)
              .value == behind);
  }
}

TEST_CASE("a future verb far back in its clause still sets the tense before a closing attribution", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2026_y / feb / 8} + days{d};  // Sunday .. Saturday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const std::string text = "A storm will dump up to 2 feet of snow on the mountains of central Colorado on " + name +
                               ", forecasters said.";
      CHECK(only_timex(text, dct, name).value == format_iso_day(walk_forward_from(weekday{w}, dct)));
    }
  }
}

TEST_CASE("a weekday after 'into' continues the span the weekday before it opens", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2026_y / feb / 8} + days{d};  // Sunday .. Saturday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string first = kWeekdayNames[w], second = kWeekdayNames[(w + 1) % 7];
      INFO("DCT " << format_iso_day(dct) << ", " << first);
      const auto all = timex_tagger().tag("A storm will dump up to 2 feet of snow on Colorado from " + first +
                                              " night into " + second + ", forecasters said.",
                                          nullptr, dct);
      const sys_days night = walk_forward_from(weekday{w}, dct);
      CHECK(timex_named(all, first + " night").value == format_iso_day(night) + "TNI");
      CHECK(timex_named(all, second).value == format_iso_day(night + days{1}));
    }
  }
}

TEST_CASE("'as soon as' and 'as early as' put a weekday ahead, 'effective' a month-day", "[timex]") {
  const sys_days saturday = 2021_y / dec / 4;
  for (const std::string lead : {"as soon as", "as early as"}) {
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kWeekdayNames[w];
      INFO(lead << " " << name);
      CHECK(only_timex("The envoy said he could leave " + lead + " " + name + ".", saturday, name).value ==
            format_iso_day(walk_forward_from(weekday{w}, saturday)));
    }
  }
  const sys_days october = 2021_y / oct / 4;
  CHECK(only_timex("The board approved the plan, effective Feb. 1.", october, "Feb. 1").value == "2022-02-01");
  CHECK(only_timex("The board approved the plan on Feb. 1.", october, "Feb. 1").value == "2021-02-01");
}

TEST_CASE("'until' puts a weekday ahead after a verb that puts off or grants time, or in a present or future clause", "[timex]") {
  const sys_days saturday = 2021_y / dec / 4;
  for (unsigned w = 0; w < 7; ++w) {
    const std::string name = kWeekdayNames[w];
    INFO(name);
    const std::string ahead = format_iso_day(walk_forward_from(weekday{w}, saturday));
    const std::string behind = format_iso_day(walk_back_to(weekday{w}, saturday));
    CHECK(only_timex("Officials postponed the vote until " + name + ".", saturday, name).value == ahead);
    CHECK(only_timex("The court gave the company till " + name + " to reply.", saturday, name).value == ahead);
    CHECK(only_timex("Until " + name + ", the police had described him as a witness.", saturday, name).value ==
          behind);
    CHECK(only_timex("It was not until " + name + " that the minister resigned.", saturday, name).value == behind);
    CHECK(only_timex("The talks lasted until " + name + ".", saturday, name).value == behind);
    // a present or future clause, "at least" between them too
    CHECK(only_timex("The museum is closed until " + name + ".", saturday, name).value == ahead);
    CHECK(only_timex("Rain will fall every day until at least " + name + ".", saturday, name).value == ahead);
    CHECK(only_timex("The rain lasted until at least " + name + ".", saturday, name).value == behind);
  }
}


TEST_CASE("the clause tense never comes from the next or the previous sentence", "[timex]") {
  const sys_days saturday = 2021_y / dec / 4;
  // no cue in its own sentence: unknown, read as past; "will" next door does not count
  CHECK(only_timex("Lawyers for the family on Tuesday. They will appeal.", saturday, "Tuesday").value ==
        "2021-11-30");
  CHECK(only_timex("He would come here to get his son. On Tuesday, lawyers for the family of the boy met.", saturday,
                   "Tuesday")
            .value == "2021-11-30");
}

TEST_CASE("'earlier this' and 'later this' cover the part of the period before or after the DCT", "[timex]") {
  const sys_days saturday = 2021_y / dec / 4;
  const auto interval = [](const std::string& sentence, sys_days dct, const std::string& text) {
    const Timex t = only_timex(sentence, dct, text);
    REQUIRE(t.interval);
    return *t.interval;
  };
  CHECK(interval("They met earlier this week.", saturday, "earlier this week") ==
        Interval{2021_y / nov / 29, 2021_y / dec / 3, Precision::Week});
  CHECK(interval("They will meet later this week.", saturday, "later this week") ==
        Interval{2021_y / dec / 5, 2021_y / dec / 5, Precision::Week});
  CHECK(interval("Prices rose earlier this month.", saturday, "earlier this month") ==
        Interval{2021_y / dec / 1, 2021_y / dec / 3, Precision::Month});
  CHECK(interval("It opens later this year.", saturday, "later this year") ==
        Interval{2021_y / dec / 5, 2021_y / dec / 31, Precision::Year});
  // "early", and a DCT on the period's first day, keep the period's first third
  CHECK(interval("Prices rose early this month.", saturday, "early this month") ==
        Interval{2021_y / dec / 1, 2021_y / dec / 10, Precision::Month});
  CHECK(interval("Prices rose earlier this year.", 2022_y / jan / 1, "earlier this year") ==
        Interval{2022_y / jan / 1, 2022_y / apr / 30, Precision::Year});
}

TEST_CASE("a weekday joined to the one before it is the one nearest that day, in either order", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2023_y / may / 22} + days{d};  // Monday .. Sunday
    for (unsigned a = 0; a < 7; ++a)
      for (unsigned b = 0; b < 7; ++b) {
        if (a == b) continue;
        const std::string first = kWeekdayNames[a], second = kWeekdayNames[b];
        for (const std::string joint : {"and", "or", "to"}) {
          const std::string text = "Schools were closed on " + first + " " + joint + " " + second + ".";
          INFO(text << " DCT " << format_iso_day(dct));
          const auto all = timex_tagger().tag(text, nullptr, dct);
          REQUIRE(all.size() == 2);
          const sys_days day_a = walk_back_to(weekday{a}, dct);
          CHECK(all[0].value == format_iso_day(day_a));
          // the nearest by walking both ways from the first day; the end of a span ("to") the next
          // after it, unless that passes the DCT in this past clause (tester 51 #8)
          const sys_days ahead = walk_forward_after(weekday{b}, day_a), back = walk_back_to(weekday{b}, day_a - days{1});
          const sys_days nearest = (ahead - day_a) < (day_a - back) ? ahead : back;
          const bool span_end = joint == "to" && ahead <= dct;
          CHECK(all[1].value == format_iso_day(span_end ? ahead : nearest));
        }
      }
  }
  // not after a date that is no weekday: "from Sept. 14 to Thursday" keeps the clause's tense
  const auto sept = timex_tagger().tag("It bought shares from Sept. 14 to Thursday.", nullptr, 2023_y / oct / 27);
  REQUIRE(sept.size() == 2);
  CHECK(sept[1].value == "2023-10-26");
}

TEST_CASE("a relative clause after a weekday, a future word or infinitive after 'had' and a result infinitive leave the clause in the past", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2024_y / jun / 3} + days{d};  // Monday .. Sunday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const std::string past = format_iso_day(walk_back_to(weekday{w}, dct));
      const std::string ahead = format_iso_day(walk_forward_from(weekday{w}, dct));
      // the value of "on NAME" between the tagged words `before` and `after`
      const auto on_day = [&](const std::string& before, const std::string& after) {
        return only_tagged_timex(before + " on/IN " + name + "/NNP " + after, dct, name).value;
      };
      CHECK(on_day("The/DT council/NN passed/VBD a/DT law/NN", "that/WDT would/MD ban/VB cars/NNS ./.") == past);
      CHECK(on_day("Traders/NNS had/VBD largely/RB expected/VBN the/DT cut/NN", "./.") == past);
      // so is an infinitive whose governing word follows "had" or "had been"; not one after "is"
      CHECK(on_day("The/DT offer/NN had/VBD been/VBN due/JJ to/TO expire/VB", "./.") == past);
      CHECK(on_day("The/DT envoy/NN had/VBD planned/VBN to/TO leave/VB", "./.") == past);
      CHECK(on_day("The/DT offer/NN is/VBZ due/JJ to/TO expire/VB", "./.") == ahead);
      // an infinitive of result after a past verb and its adverbial phrase is past too
      CHECK(on_day("Rovers/NNPS came/VBD from/IN behind/RB to/TO beat/VB them/PRP", "./.") == past);
      // without the relative clause, "would" still looks ahead
      CHECK(on_day("The/DT council/NN would/MD ban/VB cars/NNS", "./.") == ahead);
    }
  }
}

TEST_CASE("a possibility after a past report looks ahead, but 'could not', 'could hear' and 'could have' look back", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2024_y / aug / 11} + days{d};  // Sunday .. Saturday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const std::string ahead = format_iso_day(walk_forward_from(weekday{w}, dct));
      const std::string back = format_iso_day(walk_back_to(weekday{w}, dct));
      for (const std::string modal : {"may", "might", "could"}) {
        INFO(modal);
        const Timex possible = only_tagged_timex("Forecasters/NNS warned/VBD that/IN temperatures/NNS " + modal +
                                                     "/MD reach/VB 41/CD degrees/NNS on/IN " + name + "/NNP ./.",
                                                 dct, name);
        CHECK(possible.value == ahead);
      }
      const Timex unable = only_tagged_timex("Rescuers/NNS could/MD not/RB reach/VB the/DT village/NN on/IN " + name +
                                                 "/NNP ,/, officials/NNS said/VBD ./.",
                                             dct, name);
      CHECK(unable.value == back);
      const Timex perfect = only_tagged_timex("Investigators/NNS said/VBD the/DT fire/NN could/MD have/VB started/VBN on/IN " +
                                                  name + "/NNP ./.",
                                              dct, name);
      CHECK(perfect.value == back);
      // "may have to" is an obligation ahead; "could hear" a past ability as often as not
      const Timex obliged = only_tagged_timex("The/DT plant/NN may/MD have/VB to/TO close/VB on/IN " + name + "/NNP ./.",
                                              dct, name);
      CHECK(obliged.value == ahead);
      const Timex heard = only_tagged_timex("Residents/NNS said/VBD they/PRP could/MD hear/VB blasts/NNS on/IN " + name +
                                                "/NNP ./.",
                                            dct, name);
      CHECK(heard.value == back);
    }
  }
}

TEST_CASE("a participle after a present 'is' is a present passive, not the past", "[timex]") {
  const sys_days dct = 2023_y / nov / 15;
  for (unsigned m = 1; m <= 12; ++m) {
    const year_month_day named{2023_y, month{m}, day{15}};
    const std::string name = kMonthNames[m - 1];
    INFO(name);
    // present: the nearest March 15; past: the most recent one (or one up to two months ahead)
    const Timex present = only_timex("He faces prison when he is sentenced on " + name + " 15.", dct, name + " 15");
    const Timex past = only_timex("He faced prison when he was sentenced on " + name + " 15.", dct, name + " 15");
    const sys_days this_year{named}, next_year{(named.year() + years{1}) / named.month() / named.day()};
    const sys_days nearest = (next_year - dct) < (dct - this_year) ? next_year : this_year;
    CHECK(present.value == format_iso_day(nearest));
    const sys_days last_year{(named.year() - years{1}) / named.month() / named.day()};
    const sys_days slack = dct + days{61};  // news dates a coming day in the past tense, up to two months ahead
    const sys_days recent = next_year <= slack ? next_year : this_year <= slack ? this_year : last_year;
    CHECK(past.value == format_iso_day(recent));
  }
}

TEST_CASE("'last' and 'next' weekdays count weeks from Sunday to Saturday, for a DCT on every weekday", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2025_y / mar / 17} + days{d};  // Monday .. Sunday
    const sys_days week_start = walk_back_to(Sunday, dct);  // the reader's week: Sunday .. Saturday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const Timex last = only_timex("The campaign started last " + name + ".", dct, "last " + name);
      CHECK(last.value == format_iso_day(walk_back_to(weekday{w}, week_start - days{1})));
      const Timex next = only_timex("The campaign starts next " + name + ".", dct, "next " + name);
      CHECK(next.value == format_iso_day(walk_forward_after(weekday{w}, week_start + days{6})));
    }
  }
}

TEST_CASE("a curly possessive leaves the weekday or decade before it readable", "[timex]") {
  const sys_days tuesday = 2024_y / oct / 8;
  for (unsigned w = 0; w < 7; ++w) {
    const std::string name = kWeekdayNames[w];
    INFO(name);
    const Timex curly = only_timex("Shares fell from " + name + "\u2019s high.", tuesday, name);
    CHECK(curly.value == format_iso_day(walk_back_to(weekday{w}, tuesday)));
  }
  CHECK(only_timex("Prices peaked in the 1990\u2019s.", tuesday, "the 1990\u2019s").value == "199");
  CHECK(only_timex("Prices peaked in the 1980's.", tuesday, "the 1980's").value == "198");
  // a name's possessive still reads as one word to the other rules
  CHECK(timex_tagger().tag("Russia\u2019s army moved.", nullptr, tuesday).empty());
}

TEST_CASE("a duration after 'within' in a clause ahead counts from the article's date", "[timex]") {
  const sys_days dct = 2026_y / oct / 14;
  const auto [sentence, text, last] = GENERATE(table<std::string, std::string, sys_days>({
      {"The firm will decide within two weeks whether to appeal.", "two weeks", 2026_y / oct / 28},
      {"Officials will respond within a month.", "a month", 2026_y / nov / 14},
      {"The court will rule within 30 days.", "30 days", 2026_y / nov / 13},
      // hours in whole days, an obligation ahead too
      {"Officials will lift the orders within 48 hours.", "48 hours", 2026_y / oct / 16},
      {"Crews will restore power within 30 hours.", "30 hours", 2026_y / oct / 16},
      {"Officials will reply within 90 minutes.", "90 minutes", 2026_y / oct / 14},
      {"Fighters must withdraw within 30 days.", "30 days", 2026_y / nov / 13},
  }));
  CAPTURE(sentence);
  const Timex within = only_timex(sentence, dct, text);
  CHECK(within.type == "DURATION");
  REQUIRE(within.interval);
  CHECK(within.interval->start == dct);
  CHECK(within.interval->end == last);
  // a past clause's "within" counts from the story's time, which the DCT is not
  CHECK_FALSE(only_timex("The shop closed within two weeks.", dct, "two weeks").interval);
  CHECK_FALSE(only_timex("The talks lasted 36 hours.", dct, "36 hours").interval);
  // "must have" draws a past as certain: no obligation ahead
  CHECK(only_timex("The pilot must have known about the fault in February.", dct, "February").value == "2026-02");
  const Timex past = only_timex("Prices fell 5 percent in the past 36 hours.", dct, "the past 36 hours");
  REQUIRE(past.interval);
  CHECK(past.interval->start == dct - days{2});
}

TEST_CASE("a duration after 'in' in a clause ahead is the time that far after the article's date", "[timex]") {
  using Counts = std::vector<std::pair<std::string, long>>;
  const auto [unit, counts] = GENERATE(table<std::string, Counts>({
      {"day", Counts{{"a", 1}, {"two", 2}, {"three", 3}, {"10", 10}}},
      {"week", Counts{{"a", 1}, {"two", 2}, {"three", 3}, {"eight", 8}}},
      {"month", Counts{{"a", 1}, {"two", 2}, {"six", 6}}},
      {"year", Counts{{"a", 1}, {"two", 2}, {"five", 5}}},
  }));
  for (const auto dct : {sys_days{2024_y / sep / 17}, sys_days{2023_y / dec / 30}, sys_days{2024_y / jan / 31}}) {
    for (const auto& [words, n] : counts) {
      const std::string text = words + " " + unit + (n == 1 ? "" : "s");
      const std::string sentence = "The factory will reopen in " + text + ".";
      CAPTURE(sentence, dct);
      const Timex ahead = only_timex(sentence, dct, text);
      CHECK(ahead.type == "DURATION");
      REQUIRE(ahead.interval);
      const year_month_day d{dct};
      if (unit == "day" || unit == "week") {
        const sys_days day = dct + days{(unit == "week" ? 7 : 1) * n};
        CHECK(ahead.interval->start == day);
        CHECK(ahead.interval->end == day);
      } else if (unit == "month") {
        const year_month ym = year_month{d.year(), d.month()} + months{n};
        CHECK(ahead.interval->start == sys_days{ym / 1});
        CHECK(ahead.interval->end == sys_days{ym / last});
      } else {
        CHECK(ahead.interval->start == sys_days{(d.year() + years{n}) / jan / 1});
        CHECK(ahead.interval->end == sys_days{(d.year() + years{n}) / dec / 31});
      }
    }
  }
  const sys_days dct = 2024_y / sep / 17;
  // the past, a vague count, or a duration measuring a noun is no time ahead
  CHECK_FALSE(only_timex("The factory reopened in three weeks.", dct, "three weeks").interval);
  CHECK_FALSE(only_timex("The talks will end in three weeks of wrangling.", dct, "three weeks").interval);
  CHECK_FALSE(only_timex("Prices will rise for the first time in years.", dct, "years").interval);
  // a ranking word before it makes the duration a comparison's reach, back from the DCT
  CHECK_FALSE(only_timex("Rates will be cut for the first time in four years.", dct, "four years").interval);
  CHECK_FALSE(only_tagged_timex("Inflation/NN will/MD hit/VB its/PRP$ highest/JJS level/NN in/IN three/CD decades/NNS ./.",
                                dct, "three decades")
                  .interval);
  // ... not one before the clause's verb, nor a word that only ends like a superlative
  CHECK(only_tagged_timex("The/DT first/JJ flights/NNS will/MD resume/VB in/IN two/CD weeks/NNS ./.", dct, "two weeks")
            .interval);
  CHECK(only_tagged_timex("Flights/NNS will/MD resume/VB ,/, an/DT inquest/NN in/IN two/CD weeks/NNS ./.", dct, "two weeks")
            .interval);
  CHECK(only_tagged_timex("The/DT inquest/NN will/MD resume/VB in/IN two/CD weeks/NNS ./.", dct, "two weeks").interval);
  CHECK_FALSE(only_timex("The leaders will meet, their first summit in three years.", dct, "three years").interval);
}

TEST_CASE("'overnight' after a day just named is that day's night, in the past or ahead", "[timex]") {
  const sys_days friday = 2025_y / jun / 13;
  for (unsigned w = 1; w <= 4; ++w) {  // Monday .. Thursday, all before the Friday DCT
    const date::weekday wd{w};
    const std::string name = kWeekdayNames[w];
    INFO(name);
    const auto past = timex_tagger().tag("Talks broke down on " + name + " evening but resumed overnight.", nullptr, friday);
    CHECK(timex_named(past, "overnight").value == format_iso_day(friday - (date::Friday - wd)) + "TNI");
    const auto ahead = timex_tagger().tag("The storm will reach the coast on " + name + " and weaken overnight.", nullptr, friday);
    CHECK(timex_named(ahead, "overnight").value == format_iso_day(friday + (wd - date::Friday)) + "TNI");
    // not a day on the other side of the DCT from the clause's tense, nor one two sentences back
    const auto other_side = timex_tagger().tag("Police arrested a man on " + name + ". The storm will weaken overnight.", nullptr, friday);
    CHECK(timex_named(other_side, "overnight").value == format_iso_day(friday) + "TNI");
    const auto far = timex_tagger().tag("Shares fell on " + name + ". Bonds rose. Elsewhere, a storm strengthened overnight.", nullptr, friday);
    CHECK(timex_named(far, "overnight").value == format_iso_day(friday - days{1}) + "TNI");
  }
}

TEST_CASE("'overnight' with no day named is the night before the DCT in a past clause, the DCT's night otherwise, and no time before a noun", "[timex]") {
  for (const auto dct : {sys_days{2026_y / sep / 17}, sys_days{2024_y / mar / 1}, sys_days{2023_y / jan / 1}}) {
    CAPTURE(dct);
    const Timex past = only_timex("The storm had strengthened rapidly overnight.", dct, "overnight");
    CHECK(past.type == "TIME");
    CHECK(past.value == format_iso_day(dct - days{1}) + "TNI");
    const Timex ahead = only_timex("The rain will ease overnight.", dct, "overnight");
    CHECK(ahead.value == format_iso_day(dct) + "TNI");
  }
  CHECK(only_timex("The storm strengthened overnight.", std::nullopt, "overnight").value == "XXXX-XX-XXTNI");
  auto curfew = chronograph::test::tagged_text("Police/NNS imposed/VBD an/DT overnight/JJ curfew/NN ./.");
  curfew.tokens.tokens[4].upos = "NOUN";  // what "a noun after it" reads
  CHECK(timex_tagger().tag(curfew.text, &curfew.tokens, sys_days{2026_y / sep / 17}).empty());
}

TEST_CASE("a counted period a day closes is the days up to and including that day", "[timex]") {
  const auto [phrase, closing, first] = GENERATE(table<std::string, std::string, sys_days>({
      {"the three months", "Dec. 31, 2023", 2023_y / oct / 1},
      {"the nine months", "Sept. 30, 2023", 2023_y / jan / 1},
      {"the six months", "June 30, 2022", 2022_y / jan / 1},
      {"the 12 weeks", "March 24, 2024", 2024_y / jan / 1},
      {"the two years", "Feb. 29, 2024", 2022_y / mar / 1},
  }));
  const std::string joint = GENERATE(as<std::string>{}, "ended", "ending", "that ended", "ended on", "through");
  const std::string text = "Net income rose 4% in " + phrase + " " + joint + " " + closing + ".";
  CAPTURE(text);
  const auto all = timex_tagger().tag(text, nullptr, sys_days{2024_y / may / 2});
  const Timex period = timex_named(all, phrase);
  const Timex day = timex_named(all, closing);
  REQUIRE(period.interval);
  REQUIRE(day.interval);
  CHECK(period.interval->start == first);
  CHECK(period.interval->end == day.interval->end);
  // a duration that no day closes keeps no interval
  CHECK_FALSE(timex_named(timex_tagger().tag("Sales rose for three months.", nullptr, sys_days{2024_y / may / 2}), "three months")
                  .interval);
}

TEST_CASE("'the next day' after a past month is a day of it and never after the DCT in the past", "[timex]") {
  const sys_days dct = 2024_y / sep / 17;
  const auto [first, expected] = GENERATE(table<std::string, std::string>({
      {"in August last year", "2023-08"},
      {"last month", "2024-08"},
      {"in July", "2024-07"},
      {"on Aug. 3", "2024-08-04"},
      // a year or quarter is too often background to count from
      {"in 2022", "PAST_REF"},
      {"in the second quarter", "PAST_REF"},
  }));
  for (const std::string next : {"the next day", "the following day"}) {
    const std::string text = "The pipe burst " + first + ". Crews repaired it " + next + ".";
    CAPTURE(text);
    CHECK(timex_named(timex_tagger().tag(text, nullptr, dct), next).value == expected);
  }
  // with no date before it, a past clause's next day lies before the DCT
  CHECK(only_timex("The minister resigned the next day.", dct, "the next day").value == "PAST_REF");
  CHECK(only_timex("The minister will resign the next day.", dct, "the next day").value == "2024-09-18");
}

TEST_CASE("a month or day with no year takes a year named earlier in its sentence", "[timex]") {
  const sys_days dct = 2024_y / nov / 19;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    const std::string day = month + " 14";
    INFO(day);
    CHECK(only_timex("Last year the bank raised rates on " + day + ".", dct, day).value == fmt::format("2023-{:02}-14", m));
    CHECK(only_timex("In 2019, the firm opened a plant in " + month + ".", dct, month).value == fmt::format("2019-{:02}", m));
    CHECK(only_timex("Next year the league will start on " + day + ".", dct, day).value == fmt::format("2025-{:02}-14", m));
  }
  // not a year a comparison or a bound starts from, nor one inside a clause, nor a possessor
  CHECK(only_timex("Inflation reached its highest level since 1982 in March.", dct, "March").value == "2024-03");
  CHECK(only_timex("Elected in 2016, he will step down on June 30.", dct, "June 30").value == "2025-06-30");
  CHECK(only_timex("The treaty, signed in 1990, was renewed on February 20.", dct, "February 20").value == "2024-02-20");
  CHECK(only_timex("Compared with last year, sales rose sharply in February.", dct, "February").value == "2024-02");
  CHECK(only_timex("Next year's budget, presented on March 3, was approved.", dct, "March 3").value == "2024-03-03");
  CHECK(only_timex("Last year sales fell; the bank raised rates on September 14.", dct, "September 14").value == "2024-09-14");
  // not across a sentence: "Last year sales fell. The bank raised rates on September 14."
  CHECK(only_timex("Last year sales fell. The bank raised rates on September 14.", dct, "September 14").value == "2024-09-14");
}

TEST_CASE("'effective' before a weekday and a verb of putting off before its object name a time ahead", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2024_y / nov / 18} + days{d};  // Monday .. Sunday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const std::string ahead = format_iso_day(walk_forward_from(weekday{w}, dct));
      CHECK(only_timex("The firm raised prices, effective " + name + ".", dct, name).value == ahead);
      CHECK(only_timex("Storms delayed the launch of the lunar lander to " + name + ".", dct, name).value == ahead);
      // a verb that gives reaches no time over a long object, and "was effective" is its clause's
      const std::string back = format_iso_day(walk_back_to(weekday{w}, dct));
      CHECK(only_timex("The charity gave food and blankets to " + name + "'s quake survivors.", dct, name).value == back);
      CHECK(only_timex("The price increase was effective " + name + ".", dct, name).value == back);
    }
  }
}

TEST_CASE("decades and centuries counted from a year stay years", "[timex]") {
  const sys_days dct = 2024_y / nov / 19;
  for (int year : {1901, 1955, 1987, 1999}) {
    const std::string text = fmt::format("The company was founded in {}. Two decades later it went public.", year);
    INFO(text);
    CHECK(only_timex(text, dct, "Two decades later").value == std::to_string(year + 20));
    const std::string century = fmt::format("The bridge opened in {}. A century later it was rebuilt.", year - 100);
    CHECK(only_timex(century, dct, "A century later").value == std::to_string(year));
  }
  // counted from the article's date too, a decade ago is a year, as TBAQ's annotators write it
  // ("a decade ago" and "10 years ago": 1989 in articles of 1999), about when it was, not the 2010s
  CHECK(only_timex("A decade ago the firm had 20 staff.", dct, "A decade ago").value == "2014");
  CHECK(only_timex("Three decades ago the firm had 20 staff.", dct, "Three decades ago").value == "1994");
  CHECK(only_timex("A century ago the town had a mill.", dct, "A century ago").value == "1924");
}

TEST_CASE("a time of day told in the past is on no day ahead of the article's", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2024_y / dec / 9} + days{d};  // Monday .. Sunday
    for (unsigned w = 0; w < 7; ++w) {
      const std::string name = kWeekdayNames[w];
      INFO("DCT " << format_iso_day(dct) << ", " << name);
      const std::string ahead = format_iso_day(walk_forward_from(weekday{w}, dct));
      const std::string text = "Voting will close on " + name + ". ";
      CHECK(only_timex(text + "The minister spoke at 2 p.m.", dct, "2 p.m.").value == format_iso_day(dct) + "T14:00");
      CHECK(only_timex(text + "Polls will open at 7 a.m.", dct, "7 a.m.").value == ahead + "T07:00");
    }
  }
}

TEST_CASE("a time word in title case inside prose names a show or a film, not a time", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  const auto texts_of = [&](const std::string& sentence) {
    std::vector<std::string> texts;
    for (const auto& t : timex_tagger().tag(sentence, nullptr, dct)) texts.push_back(t.text);
    return texts;
  };
  for (const std::string unit : {"Minutes", "Hours", "Days", "Weeks", "Months", "Years"}) {
    INFO(unit);
    CHECK(texts_of("The minister told the programme \"60 " + unit + "\" that talks would resume soon.").empty());
    // in lower case it is a duration, and a headline writes every word in title case
    std::string lower = unit;
    lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    CHECK(texts_of("The minister spoke for 60 " + lower + " about the talks with reporters.") ==
          std::vector<std::string>{"60 " + lower});
    CHECK(timex_named(timex_tagger().tag("Talks Stall After 60 " + unit + "\n\nThe ministers left the room.", nullptr, dct),
                      "60 " + unit)
              .type == "DURATION");
  }
  for (const std::string show : {"This Week", "Next Week", "This Morning"})
    CHECK(texts_of("Baker, speaking on ABC's \"" + show + ",\" said the request was reasonable.").empty());
  CHECK(texts_of("It showed a picture of Gary Cooper from the film \"High Noon.\" The crowd cheered loudly.").empty());
  CHECK(texts_of("Critics compared the standoff to High Noon.").empty());
  const auto show = timex_tagger().tag("He appeared on This Week on Sunday.", nullptr, dct);
  CHECK(show.size() == 1);
  CHECK(timex_named(show, "Sunday").value == "2021-11-28");
  CHECK(texts_of("Critics praised the film Midnight Express when it opened in cinemas.") ==
        std::vector<std::string>{});
  // a day's name is written in title case: holidays, and a weekday after "Noon"
  CHECK(texts_of("The shops closed on Memorial Day and on New Year's Day as they always do.") ==
        std::vector<std::string>{"Memorial Day", "New Year's Day"});
  CHECK(texts_of("The rally began at Noon Friday outside the courthouse, police said.") ==
        std::vector<std::string>{"Noon Friday"});
  CHECK(texts_of("In Spring 2020 the company closed three plants across the region.") ==
        std::vector<std::string>{"Spring 2020"});
}

TEST_CASE("a month between 'the' and a preposition before a name is a march, not a time", "[timex]") {
  const sys_days dct = 2021_y / dec / 4;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    INFO(month);
    for (const std::string& text : {"Thousands joined the annual " + month + " for Life in the capital.",
                                   "Thousands joined the " + month + " of the Combatant Mothers in the capital.",
                                   "Thousands remembered the " + month + " on Washington in the capital."})
      CHECK(timex_tagger().tag(text, nullptr, dct).empty());
    // a named owner's month is a march too, a year's is a month
    CHECK(timex_tagger().tag("The People's " + month + " drew thousands of marchers.", nullptr, dct).empty());
    // a month the preposition dates stays one
    CHECK(timex_named(timex_tagger().tag("The vote was held in the " + month + " of 2019.", nullptr, dct), month + " of 2019")
              .value == fmt::format("2019-{:02}", m));
    CHECK(only_timex("Sales rose in " + month + " for the third month in a row.", dct, month).type == "DATE");
  }
}

TEST_CASE("a part of the DCT's period ahead of it in a past clause is that part of the period before", "[timex]") {
  const sys_days february = 2024_y / feb / 5;
  CHECK(only_timex("Sales fell sharply at the end of the year.", february, "the end of the year").value == "2023");
  CHECK(only_timex("Sales fell sharply in the second half of the year.", february, "the second half of the year").value == "2023-H2");
  CHECK(only_timex("Sales fell sharply at the end of the month.", february, "the end of the month").value == "2024-01");
  CHECK(only_timex("Sales fell sharply at the end of the quarter.", february, "the end of the quarter").value == "2023-Q4");
  // the same words in a future clause, or a part the DCT is in, keep the DCT's period
  CHECK(only_timex("Sales will fall at the end of the year.", february, "the end of the year").value == "2024");
  CHECK(only_timex("Sales fell sharply at the start of the year.", february, "the start of the year").value == "2024");
  const sys_days october = 2024_y / oct / 5;
  CHECK(only_timex("Sales fell sharply at the end of the year.", october, "the end of the year").value == "2024");
  // and a part behind the DCT in a future clause is that part of the period after
  const sys_days november = 2024_y / nov / 20;
  CHECK(only_timex("The plant will reopen at the start of the year.", november, "the start of the year").value == "2025");
  CHECK(only_timex("The plant will reopen at the start of the month.", november, "the start of the month").value == "2024-12");
  const Timex moved = only_timex("The plant will reopen at the start of the year.", november, "the start of the year");
  REQUIRE(moved.interval);
  CHECK(moved.interval->start == sys_days{2025_y / jan / 1});
}

TEST_CASE("a month of that year is in the year of the date last mentioned", "[timex]") {
  const sys_days dct = 2022_y / nov / 14;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    INFO(month);
    for (const std::string that : {"that year", "the same year"}) {
      const auto all = timex_tagger().tag("The note was sent in 2015, and the review was shelved in " + month + " of " + that + ".",
                                          nullptr, dct);
      CHECK(timex_named(all, month + " of " + that).value == fmt::format("2015-{:02}", m));
    }
  }
}

TEST_CASE("an irregular past form the tagger may not know is a past cue", "[timex]") {
  const sys_days thursday = 2024_y / jun / 20;
  for (const std::string verb : {"tore", "threw", "froze", "stole", "shook", "swept", "sank", "swung"}) {
    INFO(verb);
    CHECK(only_timex("High winds " + verb + " the roofs on Tuesday.", thursday, "Tuesday").value == "2024-06-18");
  }
}

TEST_CASE("a counted period closed by a day or a month runs up to it, and 'within' a span of a thing counts from no date", "[timex]") {
  const sys_days dct = 2024_y / nov / 13;
  static const char* const kMonths[] = {"Jan.", "Feb.", "March", "April", "May", "June",
                                        "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonths[m - 1];
    INFO(month);
    const sys_days last{2024_y / date::month{m} / date::last};
    for (const std::string joint : {"to", "ended", "ending"}) {
      const auto period = only_timex("Profit for the six months " + joint + " " + month + " 28 rose.", dct, "the six months");
      REQUIRE(period.interval);
      CHECK(period.interval->end == sys_days{2024_y / date::month{m} / 28});
    }
    const auto year = only_timex("Sales for the year ending " + month + " 2024 fell.", dct, "the year");
    REQUIRE(year.interval);
    CHECK(year.interval->end == last);
    CHECK(year.interval->start == sys_days{date::year_month_day{last + days{1}} - years{1}});
  }
  // ("to" after a period that is no "the N units" is where something is moved or how long it ran)
  CHECK_FALSE(only_timex("The deadline was extended by two weeks to March 15.", dct, "two weeks").interval);
  CHECK_FALSE(only_timex("He was jailed for 18 months to March 2022.", dct, "18 months").interval);
  CHECK_FALSE(only_timex("The count will be done within 14 days of the election.", dct, "14 days").interval);
  CHECK(only_timex("The count will be done within 14 days.", dct, "14 days").interval);
}

TEST_CASE("Easter moves with the moon: Easter Sunday, Good Friday and Easter Monday in the year the tense picks", "[timex]") {
  using chronograph::core::easter_sunday;
  // (the computus against Easter dates as published, at its extremes too: 22 March 1818, 25 April 2038)
  for (const auto& [y, day] : std::vector<std::pair<int, sys_days>>{{1818, 1818_y / mar / 22}, {2000, 2000_y / apr / 23},
                                                                     {2008, 2008_y / mar / 23}, {2019, 2019_y / apr / 21},
                                                                     {2024, 2024_y / mar / 31}, {2025, 2025_y / apr / 20},
                                                                     {2038, 2038_y / apr / 25}})
    CHECK(easter_sunday(year{y}) == day);
  for (int y = 1900; y <= 2100; ++y) {  // always a Sunday, 22 March to 25 April
    const sys_days sunday = easter_sunday(year{y});
    CHECK(weekday{sunday} == Sunday);
    CHECK(sunday >= sys_days{year{y} / mar / 22});
    CHECK(sunday <= sys_days{year{y} / apr / 25});
  }
  const sys_days dct = 2025_y / jan / 10;
  CHECK(only_timex("The next deadline is Easter.", dct, "Easter").value == "2025-04-20");
  CHECK(only_timex("The shops will close on Good Friday.", dct, "Good Friday").value == "2025-04-18");
  CHECK(only_timex("They met on Easter Monday.", 2025_y / jun / 1, "Easter Monday").value == "2025-04-21");
  CHECK(only_timex("They met at Easter.", dct, "Easter").value == "2024-03-31");
  // (a good Friday is a Friday, and Easter eggs no date)
  CHECK(only_timex("He had a good Friday at the office.", dct, "Friday").rule == "weekday");
  CHECK(timex_tagger().tag("They painted Easter eggs.", nullptr, dct).empty());
  for (const std::string name : {"The Good Friday Agreement ended the conflict.", "He wrote of the Easter Rising.",
                                 "The Easter Sunday attacks killed 269 people."})
    for (const auto& t : timex_tagger().tag(name, nullptr, dct)) CHECK((t.rule != "good-friday" && t.rule != "easter"));
  // (the year by tense around Easter itself: a Good Friday just past, an Easter just gone by)
  CHECK(only_timex("The shops closed on Good Friday.", 2025_y / apr / 10, "Good Friday").value == "2024-03-29");
  CHECK(only_timex("The ferry service will resume at Easter.", 2024_y / apr / 10, "Easter").value == "2025-04-20");
  CHECK(only_timex("The shops will close on Good Friday.", 2024_y / apr / 10, "Good Friday").value == "2025-04-18");
  CHECK(only_timex("The shops closed on Good Friday.", 2024_y / apr / 10, "Good Friday").value == "2024-03-29");
}

TEST_CASE("a present of taking effect names the next such day, its past the last", "[timex]") {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  const sys_days dct = 2025_y / jun / 14;
  for (unsigned m = 1; m <= 12; ++m) {
    sys_days next = sys_days{2025_y / month{m} / 10};  // (a clause ahead gives a day gone by only a few days' slack)
    if (next < dct - days{3}) next = sys_days{2026_y / month{m} / 10};
    const std::string day = std::string(kMonths[m - 1]) + " 10";
    for (const std::string opening : {"The ban takes effect on ", "The rules take effect from ", "The law comes into force on "}) {
      CAPTURE(opening + day);
      CHECK(only_timex(opening + day + ".", dct, day).value == format("%F", next));
    }
    sys_days last = sys_days{2025_y / month{m} / 10};
    if (last > dct + days{61}) last = sys_days{2024_y / month{m} / 10};  // (a past allows a report's slack)
    CHECK(only_timex("The ban took effect on " + day + ".", dct, day).value == format("%F", last));
  }
}

TEST_CASE("the holiday season is its December, ahead or behind by the clause", "[timex]") {
  for (const char* name : {"the holiday season", "the Christmas period", "the festive season", "the holidays season"}) {
    INFO(name);
    const std::string n = name;
    CHECK(only_timex("Sales fell over " + n + ".", sys_days{2024_y / jan / 20}, n).value == "2023-12");
    CHECK(only_timex("It will ship in time for " + n + ".", sys_days{2024_y / sep / 10}, n).value == "2024-12");
  }
  CHECK(timex_tagger().tag("The holiday was a season of joy.", nullptr, sys_days{2024_y / sep / 10}).empty());
}

TEST_CASE("'on this day in 1974' is the DCT's day in that year, a week or month the same", "[timex]") {
  for (int d = 0; d < 12; ++d) {
    const sys_days dct = sys_days{2024_y / jan / 15} + days{31 * d};
    const year_month_day now{dct};
    for (int y : {1941, 1974, 1999, 2010}) {
      const sys_days then{year{y} / now.month() / now.day()};
      INFO(format_iso_day(dct) << " " << y);
      CHECK(only_timex(fmt::format("On this day in {}, the radio played the song.", y), dct, fmt::format("this day in {}", y)).value ==
            format_iso_day(then));
      CHECK(only_timex(fmt::format("This week in {} the wall fell.", y), dct, fmt::format("This week in {}", y)).value ==
            format("%G-W%V", then));
      CHECK(only_timex(fmt::format("This month in {} the war came.", y), dct, fmt::format("This month in {}", y)).value ==
            format("%Y-%m", then));
    }
  }
  // a 29 February in a common year is some day of February; with no DCT, some day of that year
  CHECK(only_timex("On this day in 2019 it snowed.", 2024_y / feb / 29, "this day in 2019").value == "2019-02-XX");
  CHECK(timex_tagger().tag("On this day in 1974 it snowed.", nullptr, std::nullopt).front().value == "1974-XX-XX");
  // "this day" alone stays the DCT
  CHECK(only_timex("On this day the radio played the song.", 2024_y / apr / 25, "this day").value == "2024-04-25");
}

TEST_CASE("a month or day told in the past goes on in a year that opened the sentence before", "[timex]") {
  const sys_days dct = 2024_y / jun / 10;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonthNames[m - 1];
    const std::string day = month + " 28";
    INFO(day);
    for (int y : {1974, 2001, 2019}) {
      CHECK(only_timex(fmt::format("In {} the dictatorship fell. Soares arrived by train on {}.", y, day), dct, day).value ==
            fmt::format("{}-{:02}-28", y, m));
      CHECK(only_timex(fmt::format("In {}, the firm opened a plant. In {} it reported a loss.", y, month), dct, month).value ==
            fmt::format("{}-{:02}", y, m));
    }
    // not in a present or future clause, nor after another sentence, nor after a year just gone by
    const std::string dct_based = only_timex("The museum opens on " + day + ".", dct, day).value;
    CHECK(only_timex("In 1974 the dictatorship fell. The museum opens on " + day + ".", dct, day).value == dct_based);
    const std::string past = only_timex("Soares arrived by train on " + day + ".", dct, day).value;
    CHECK(only_timex("In 1974 the dictatorship fell. Many fled. Soares arrived by train on " + day + ".", dct, day).value == past);
    CHECK(only_timex("In 2023 the firm opened a plant. Soares arrived by train on " + day + ".", dct, day).value == past);
  }
  // and "the following spring" goes on from that day
  CHECK(only_timex("In 1974 the dictatorship fell. Soares arrived on April 28. The following spring, Portugal held "
                   "its first free elections.",
                   2024_y / apr / 25, "The following spring")
            .value == "1975-SP");
}

TEST_CASE("business and working days are days, counted ahead on weekdays only", "[timex]") {
  for (int d = 0; d < 7; ++d) {
    const sys_days dct = sys_days{2025_y / nov / 10} + days{d};  // Monday .. Sunday
    for (int n = 1; n <= 12; ++n) {
      // the n-th weekday after the DCT: whole weeks of five, then the rest one by one
      sys_days expected = dct + days{7 * ((n - 1) / 5)};
      for (int rest = (n - 1) % 5 + 1; rest > 0;) {
        expected += days{1};
        if (weekday{expected}.iso_encoding() <= 5) --rest;
      }
      for (const std::string kind : {"business", "working"}) {
        const std::string words = fmt::format("{} {} days", n, kind);
        INFO(format_iso_day(dct) << ": " << words);
        const Timex t = only_timex("The firm must file a report within " + words + ".", dct, words);
        CHECK(t.value == fmt::format("P{}D", n));
        REQUIRE(t.interval);
        CHECK(format_iso_day(t.interval->end) == format_iso_day(expected));
      }
    }
    // calendar days stay calendar days
    CHECK(format_iso_day(only_timex("The firm must file a report within 4 days.", dct, "4 days").interval->end) ==
          format_iso_day(dct + days{4}));
  }
  CHECK(only_timex("Shares fell for eight trading days.", 2025_y / nov / 14, "eight trading days").value == "P8D");
}

TEST_CASE("a time after a deadline's 'of' lies ahead, whatever the clause's tense", "[timex]") {
  const sys_days dct = 2025_y / nov / 14;  // a Friday
  const auto [sentence, text, value] = GENERATE(table<std::string, std::string, std::string>({
      {"The gang claimed responsibility on Thursday and set a deadline of midnight on Sunday.", "midnight on Sunday",
       "2025-11-16T24:00"},
      {"The rebels issued an ultimatum of Monday.", "Monday", "2025-11-17"},
      {"The union gave the company a deadline of 5 p.m. on Tuesday.", "5 p.m. on Tuesday", "2025-11-18T17:00"},
  }));
  CAPTURE(sentence);
  CHECK(only_timex(sentence, dct, text).value == value);
  // (after another noun's "of" the clause's tense still decides)
  CHECK(only_timex("The gang published the data of Sunday.", dct, "Sunday").value == "2025-11-09");
}

TEST_CASE("a duty a proposal would set counts its 'within' from no date", "[timex]") {
  const sys_days dct = 2025_y / nov / 14;
  const auto [sentence, text] = GENERATE(table<std::string, std::string>({
      {"Under the plan, hospitals would have to report serious attacks within 24 hours.", "24 hours"},
      {"Under the proposal, airlines would need to refund passengers within 14 days.", "14 days"},
      {"Under the new rules, firms would be required to notify regulators within 72 hours.", "72 hours"},
  }));
  CAPTURE(sentence);
  const Timex within = only_timex(sentence, dct, text);
  CHECK(within.type == "DURATION");
  CHECK_FALSE(within.interval);
  // (a duty from now still counts from the article's date)
  CHECK(only_timex("Fighters must withdraw within 30 days.", dct, "30 days").interval);
  CHECK(only_timex("Hospitals will have to report the attack within 24 hours.", dct, "24 hours").interval);
}
