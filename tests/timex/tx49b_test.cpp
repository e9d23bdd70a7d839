// Tester 49's articles (a museum heist, a wildfire, a rate decision, the Winter Olympics, a dig):
// a range of night hours after the night last named, months and seasons inside names, a weekday
// after "than expected", a timetable's present the tagger misreads, quarter and half codes, a
// fractional duration, a day counted inside a period, and the first century AD.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::core::Timex;
using chronograph::test::kMonthNames;
using chronograph::test::only_tagged_timex;
using chronograph::test::only_timex;
using chronograph::test::timex_tagger;
using chronograph::test::tag;
using chronograph::test::has_timex;

namespace {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

std::string iso(sys_days d) {
  const year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

}  // namespace

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

TEST_CASE("tester49: a time of day told long after the last day and a year between is the DCT's", "[timex][tester49]") {
  const sys_days dct{2023_y / February / 14};
  const std::string text =
      "Officers were called to the museum at 3.40am on 12 February. The museum opened in 1994. It grew in 1995. "
      "It was rebuilt in 1997. It was sold in 1999. A guard was attacked at 10 p.m.";
  CHECK(chronograph::test::timex_named(tag(text, dct), "10 p.m.").value == "2023-02-14T22:00");
}

TEST_CASE("tester49: a midnight alone still closes its day", "[timex][tester49]") {
  const sys_days dct{2021_y / December / 4};
  CHECK(only_timex("The count ended at midnight.", dct, "midnight").value == "2021-12-04T24:00");
  CHECK(only_timex("The contract expired at midnight on Sept. 30.", dct, "midnight on Sept. 30").value ==
        "2021-09-30T24:00");
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

// ---- #4, #5: tense

TEST_CASE("tester49: a weekday after a comparison with what was expected keeps its clause's past", "[timex][tester49]") {
  const sys_days thursday{2026_y / January / 29};
  for (int k = 0; k < 7; ++k) {
    const sys_days dct = thursday + days{k};
    for (int w = 0; w < 7; ++w) {
      const std::string wd = kWeekdays[w];
      const sys_days expected = dct - (weekday{dct} - weekday{static_cast<unsigned>(w)});
      INFO(iso(dct) << " " << wd);
      CHECK(only_timex("Ticket sales have been slower than expected, officials admitted on " + wd + ".", dct, wd).value ==
            iso(expected));
    }
  }
  // (a past form right after a future word is still a plan: "will be held on Friday")
  const sys_days dct{2026_y / January / 29};
  CHECK(only_timex("The race will be held on Friday.", dct, "Friday").value == "2026-01-30");
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

// ---- #13: quarter and half codes

TEST_CASE("tester49: a quarter's or a half's code is that quarter or half", "[timex][tester49]") {
  const sys_days dct{2024_y / June / 20};
  for (int q = 1; q <= 4; ++q) {
    INFO(q);
    CHECK(only_timex(fmt::format("The bank expects a rebound in Q{}.", q), dct, fmt::format("Q{}", q)).value ==
          fmt::format("2024-Q{}", q));
    CHECK(only_timex(fmt::format("Shipments start in Q{} 2025.", q), dct, fmt::format("Q{} 2025", q)).value ==
          fmt::format("2025-Q{}", q));
  }
  CHECK(only_timex("Sales fell in 1H 2024.", dct, "1H 2024").value == "2024-H1");
  CHECK(only_timex("Sales fell in H2 2023.", dct, "H2 2023").value == "2023-H2");
  CHECK(only_timex("Profit will rise in H2.", dct, "H2").value == "2024-H2");
  CHECK_FALSE(has_timex(tag("The H1N1 virus spread quickly.", dct), "H1"));
  CHECK(tag("The Q5 model sold well.", dct).empty());
}

// ---- #12, #11: a quarter that is no time, a fractional duration

TEST_CASE("tester49: a quarter point is no quarter of a year", "[timex][tester49]") {
  const sys_days dct{2024_y / June / 20};
  for (const std::string cut : {"a quarter-point cut", "a quarter point cut", "a quarter percentage point"})
    CHECK_FALSE(has_timex(tag("Markets price " + cut + " at the next meeting.", dct), "a quarter"));
  CHECK(only_timex("It took a quarter to recover.", dct, "a quarter").value == "P3M");
}

TEST_CASE("tester49: a number and a half of a unit is a duration with its half", "[timex][tester49]") {
  const sys_days dct{2022_y / March / 25};
  CHECK(only_timex("The plane fell for about two and a half minutes.", dct, "two and a half minutes").value == "PT2M30S");
  CHECK(only_timex("He served three and a half years in jail.", dct, "three and a half years").value == "P3Y6M");
  CHECK(only_timex("The talks lasted 2 and a half hours.", dct, "2 and a half hours").value == "PT2H30M");
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
