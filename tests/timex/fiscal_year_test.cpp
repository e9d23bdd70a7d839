// Fiscal and financial years, quarters and halves: the spans they name, written across a year
// end or with a slash, and the year to a month.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "core/timex/fiscal_year.h"
#include "core/timex/timex_calendar.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::core::Timex;
using chronograph::format_iso_day;

namespace {

const sys_days kMay2019 = sys_days{2019_y / May / 12};

Timex timex_in(const std::string& text, sys_days dct, const std::string& name) {
  return timex_named(timex_tagger().tag(text, nullptr, dct), name);
}

std::string span_of(const Timex& t) {
  return t.interval ? format_iso_day(t.interval->start) + ".." + format_iso_day(t.interval->end) : "none";
}

// The twelve months to the end of month `end` in year `y`, counted on the calendar.
std::string twelve_months_to(int y, unsigned end) {
  const year_month last = year{y} / month{end};
  const year_month first = last - months{11};
  return format_iso_day(sys_days{first / 1}) + ".." + format_iso_day(sys_days{last / date::last});
}

// The first month of the fiscal year ending in month `end` that `dct` falls in.
year_month current_fiscal_start(sys_days dct, unsigned end) {
  const year_month_day today{dct};
  const year named = static_cast<unsigned>(today.month()) > end ? today.year() + years{1} : today.year();
  return (named - years{1}) / month{end} + months{1};
}

std::string months_span(year_month first, int count) {
  return format_iso_day(sys_days{first / 1}) + ".." + format_iso_day(sys_days{(first + months{count - 1}) / last});
}

}  // namespace

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
        const std::string text = "The company, whose " + name + " year ends in " + kMonthNames[end - 1] +
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

TEST_CASE("a round count of years widens by half its last place", "[timex][tx50]") {
  auto [sentence, expression, mod, interval] = GENERATE(table<const char*, const char*, const char*, const char*>({
      {"It was built some 3,500 years ago.", "some 3,500 years ago", "APPROX", "-1531-01-01..-1431-12-31"},
      {"The town grew up 2,000 years ago.", "2,000 years ago", "APPROX", "-0481-01-01..0519-12-31"},
      {"It was founded roughly 150 years ago.", "roughly 150 years ago", "APPROX", "1864-01-01..1874-12-31"},
      {"The mill closed 10 years ago.", "10 years ago", "", "2009-01-01..2009-12-31"},
      {"The mill closed 150 years ago.", "150 years ago", "", "1869-01-01..1869-12-31"},
      {"The chapel was built 1,234 years ago.", "1,234 years ago", "", "0785-01-01..0785-12-31"},
  }));
  INFO(sentence);
  const auto t = only_timex(sentence, kMay2019, expression);
  CHECK(t.mod == mod);
  CHECK(interval_text(t) == interval);
}

// ---- #3, #4, #7, #13: fiscal years

TEST_CASE("tx51 #3: the fiscal year that ended on a day is the twelve months to that day", "[timex][tx51][fiscal]") {
  auto [text, dct, interval] = GENERATE(table<const char*, sys_days, const char*>({
      {"Sales fell 14 percent in the fiscal year that ended Oct. 31.", sys_days{2025_y / January / 14},
       "2023-11-01..2024-10-31"},
      {"Profit rose in the fiscal year ended June 30.", sys_days{2025_y / September / 17}, "2024-07-01..2025-06-30"},
      {"Revenue doubled in the financial year ending March 31.", sys_days{2025_y / June / 10}, "2024-04-01..2025-03-31"},
  }));
  INFO(text);
  const auto all = tag(text, dct);
  const auto& year = all.at(0);
  CHECK(interval_text(year) == interval);
}

TEST_CASE("tx51 #3: a fiscal year without a day that closes it stays the one under way", "[timex][tx51][fiscal]") {
  const auto all = tag("Its fiscal year ends in October. Sales will rise in the fiscal year, it said.",
                       sys_days{2025_y / January / 14});
  CHECK(interval_text(timex_named(all, "the fiscal year")) == "2024-11-01..2025-10-31");
}

TEST_CASE("tx51 #7: a fiscal year written across two years is one expression", "[timex][tx51][fiscal]") {
  const sys_days dct{2026_y / June / 9};
  const auto t = only_timex("The council approved a $4.2 billion budget for the 2026-27 fiscal year.", dct,
                            "the 2026-27 fiscal year");
  CHECK(t.value == "2026");
  CHECK(interval_text(t) == "2026-04-01..2027-03-31");  // (April to March where the text gives no end: tx64)
  // (with the end the text gives, its twelve months)
  const auto ends = only_timex("Its fiscal year ends in June. The budget for the 2026-27 fiscal year passed.", dct,
                               "the 2026-27 fiscal year");
  CHECK(interval_text(ends) == "2026-07-01..2027-06-30");
  // (and a season written so keeps its own rule)
  CHECK(only_timex("The club was 17th in the 2023-24 season.", dct, "the 2023-24 season").value == "2023");
}

TEST_CASE("tx51 #13: a fiscal quarter's code with a two-digit year is one expression", "[timex][tx51][fiscal]") {
  const sys_days dct{2025_y / September / 17};
  const auto t = only_timex("Lumen promises a cheaper model in H2 2026 and a developer kit in Q1 FY27.", dct, "Q1 FY27");
  CHECK(t.value == "2027-Q1");
  // (on the fiscal calendar the text gives)
  const auto fiscal = only_timex("The company's fiscal year ends in June. A developer kit follows in Q1 FY27.", dct, "Q1 FY27");
  CHECK(interval_text(fiscal) == "2026-07-01..2026-09-30");
  const auto year = only_timex("The company's fiscal year ends in June. Sales should double in FY27.", dct, "FY27");
  CHECK(interval_text(year) == "2026-07-01..2027-06-30");
  CHECK(only_timex("Margins rose in H2 FY26.", dct, "H2 FY26").value == "2026-H2");
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

// ---- "the 1988 quarter": the fiscal quarter last named, moved into that year

TEST_CASE("tx56v the year's quarter is the quarter last named, even after another date", "[timex][tx56v]") {
  const sys_days dct{2021_y / October / 27};
  const char* ordinals[] = {"first", "second", "third", "fourth"};
  for (unsigned q = 1; q <= 4; ++q) {
    const std::string text = std::string("The maker said its ") + ordinals[q - 1] +
                             "-quarter profit will trail the 90 cents a share it earned last year. It earned $2 million in the "
                             "2020 quarter.";
    INFO(text);
    const auto all = tag(text, dct);
    CHECK(timex_named(all, "last year").value == "2020");
    CHECK(timex_named(all, "the 2020 quarter").value == fmt::format("2020-Q{}", q));
    // ("period" may be a half or nine months: after another date it stays the year)
    std::string period = text;
    period.replace(period.find("2020 quarter"), 12, "2020 period");
    CHECK(timex_named(tag(period, dct), "the 2020 period").value == "2020");
  }
  // (no quarter named before: the year)
  CHECK(timex_named(tag("It earned $2 million in the 2020 quarter.", dct), "the 2020 quarter").value == "2020");
}

TEST_CASE("tx59: a year written out and a comma give their year to the month after them", "[timex][tx59]") {
  const sys_days dct{2024_y / November / 25};
  CHECK(timex_named(tag("The mill flooded in 2019, in October, and closed.", dct), "October").value == "2019-10");
}

TEST_CASE("a fiscal year is the twelve months to the end the text gives it", "[timex][fiscal]") {
  const sys_days dct = 2025_y / aug / 14;
  for (unsigned end = 4; end <= 11; ++end) {
    const std::string month = kMonthNames[end - 1];
    for (const std::string& said : {"Its fiscal year ends in " + month + ".", "The fiscal year that ended " + month + " 30 was hard.",
                                   "Its fiscal year, which ends in " + month + ", was hard."}) {
      INFO(said);
      CHECK(span_of(timex_in(said + " Profit for fiscal 2025 rose.", dct, "fiscal 2025")) == twelve_months_to(2025, end));
      CHECK(span_of(timex_in(said + " Sales in the 2023-24 fiscal year fell.", dct, "the 2023-24 fiscal year")) ==
            twelve_months_to(2024, end));
    }
    // a year said to begin in the month after
    const std::string begins = kMonthNames[end % 12];
    const std::string text = "The company expects growth in fiscal 2026, which began on " + begins + " 1.";
    INFO(text);
    CHECK(span_of(timex_in(text, dct, "fiscal 2026")) == twelve_months_to(2026, end));
    CHECK(timex_in(text, dct, "fiscal 2026").value == "2026");
  }
}

TEST_CASE("a year ending in January to March is named either way, and none without a stated end", "[timex][fiscal]") {
  const sys_days dct = 2025_y / aug / 14;
  CHECK(span_of(timex_in("Its fiscal year ends in March. Sales for fiscal 2024 fell.", dct, "fiscal 2024")) ==
        "2023-04-01..2025-03-31");
  CHECK(span_of(timex_in("Its fiscal year ends in January. Sales for fiscal 2024 fell.", dct, "fiscal 2024")) ==
        "2023-02-01..2025-01-31");
  // the calendar year when the text says nothing, or says the year ends in December
  CHECK(span_of(timex_in("Sales for fiscal 2024 fell.", dct, "fiscal 2024")) == "2024-01-01..2024-12-31");
  CHECK(span_of(timex_in("Its fiscal year ends in December. Sales for fiscal 2024 fell.", dct, "fiscal 2024")) ==
        "2024-01-01..2024-12-31");
  // nor a year that is no fiscal one
  CHECK(span_of(timex_in("Its fiscal year ends in June. Sales in 2024 fell.", dct, "2024")) == "2024-01-01..2024-12-31");
}

TEST_CASE("fiscal quarters and halves count from the fiscal year's start", "[timex][fiscal]") {
  const sys_days dct = 2025_y / aug / 14;
  const std::string year_to_june = "Its fiscal year ends in June. ";
  // numbered with a year: the part of that fiscal year
  CHECK(span_of(timex_in(year_to_june + "A loss is expected in the second half of fiscal 2026.", dct,
                         "the second half of fiscal 2026")) == "2026-01-01..2026-06-30");
  CHECK(span_of(timex_in(year_to_june + "A loss is expected in the first half of fiscal 2026.", dct,
                         "the first half of fiscal 2026")) == "2025-07-01..2025-12-31");
  // placed by the DCT: the latest such quarter gone by, the first ahead
  const Timex past = timex_in(year_to_june + "Sales fell in the fiscal third quarter.", dct, "the fiscal third quarter");
  CHECK(span_of(past) == "2025-01-01..2025-03-31");
  CHECK(past.value == "2025-Q3");
  const Timex ahead = timex_in(year_to_june + "Sales will rise in the fiscal first quarter.", 2025_y / dec / 10,
                               "the fiscal first quarter");
  CHECK(span_of(ahead) == "2026-07-01..2026-09-30");
  CHECK(ahead.value == "2026-Q1");
  // a quarter glossed by its three months or closed by its day gives the year's end, and is those months
  const Timex glossed =
      timex_in("In the fiscal fourth quarter, the three months to June 30, revenue fell 2 percent. Profit for fiscal 2025 fell.",
               dct, "the fiscal fourth quarter");
  CHECK(span_of(glossed) == "2025-04-01..2025-06-30");
  CHECK(glossed.value == "2025-Q4");
  CHECK(span_of(timex_in("In the fiscal fourth quarter, the three months to June 30, revenue fell. Profit for fiscal 2025 fell.",
                         dct, "fiscal 2025")) == "2024-07-01..2025-06-30");
  CHECK(span_of(timex_in("Its fiscal first quarter, which ended Sept. 30, was weak. Profit for fiscal 2026 will rise.",
                         2025_y / nov / 14, "fiscal 2026")) == "2025-07-01..2026-06-30");
  // a quarter that does not say "fiscal" keeps the calendar
  CHECK(span_of(timex_in(year_to_june + "Sales fell in the third quarter.", dct, "the third quarter")) ==
        "2025-07-01..2025-09-30");
}

TEST_CASE("a fiscal year does not give its calendar year to the days of its sentence", "[timex][fiscal]") {
  const sys_days dct = 2025_y / aug / 14;
  CHECK(timex_in("Fiscal 2026 began on July 1.", dct, "July 1").value == "2025-07-01");
  CHECK(timex_in("In 2026 the plant opened on July 1.", dct, "July 1").value == "2026-07-01");
}

TEST_CASE("a financial year is a fiscal one, and a year or part not named by number is the one the DCT is in",
          "[timex][fiscal]") {
  for (const sys_days dct : {sys_days{2025_y / aug / 14}, sys_days{2024_y / feb / 2}, sys_days{2023_y / nov / 30}}) {
    for (unsigned end = 1; end <= 11; ++end) {
      const std::string month = kMonthNames[end - 1];
      const year_month first = current_fiscal_start(dct, end);
      for (const std::string kind : {"fiscal", "financial"}) {
        const std::string said = "Its " + kind + " year ends in " + month + ". ";
        INFO(said << " DCT " << format_iso_day(dct));
        CHECK(span_of(timex_in(said + "Sales fell in the first quarter of the " + kind + " year.", dct,
                               "the first quarter of the " + kind + " year")) == months_span(first, 3));
        CHECK(span_of(timex_in(said + "Profit for the second half of the " + kind + " year rose.", dct,
                               "the second half of the " + kind + " year")) == months_span(first + months{6}, 6));
        CHECK(span_of(timex_in(said + "Profit last " + kind + " year was flat.", dct, "last " + kind + " year")) ==
              months_span(first - years{1}, 12));
        CHECK(span_of(timex_in(said + "Costs will rise next " + kind + " year.", dct, "next " + kind + " year")) ==
              months_span(first + years{1}, 12));
      }
    }
  }
}

TEST_CASE("without a year end in the text a financial year is a calendar one", "[timex][fiscal]") {
  const sys_days dct = 2025_y / aug / 14;
  CHECK(span_of(timex_in("Profit last financial year was flat.", dct, "last financial year")) == "2024-01-01..2024-12-31");
  CHECK(timex_in("Sales fell in the first quarter of the financial year.", dct, "the first quarter of the financial year")
            .value == "2025-Q1");
  CHECK(timex_in("Profit for financial year 2024 rose.", dct, "financial year 2024").value == "2024");
}

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2023_oct_11 {

const sys_days kDct{2023_y / October / 11};  // a Wednesday

// ---- t55 #77: a half year's precision

TEST_CASE("tx56x t55-77: a half year is a known part of its year, with its own months", "[timex][tx56x]") {
  auto [text, expression, value, first, last] = GENERATE(table<const char*, const char*, const char*, const char*, const char*>({
      {"The plant will reopen in the first half of next year.", "the first half of next year", "2024-H1", "2024-01-01",
       "2024-06-30"},
      {"Sales slowed in the second half of 2022.", "the second half of 2022", "2022-H2", "2022-07-01", "2022-12-31"},
  }));
  INFO(text);
  const auto half = timex_named(tag(text, kDct), expression);
  CHECK(half.value == value);
  REQUIRE(half.interval);
  CHECK(half.interval->precision == chronograph::Precision::Year);
  CHECK(chronograph::format_iso_day(half.interval->start) == first);
  CHECK(chronograph::format_iso_day(half.interval->end) == last);
}

TEST_CASE("tx56x t55-77: a whole year and a quarter keep their own precisions", "[timex][tx56x]") {
  const auto year = timex_named(tag("Sales slowed in 2022.", kDct), "2022");
  REQUIRE(year.interval);
  CHECK(year.interval->precision == chronograph::Precision::Year);
  CHECK(chronograph::format_iso_day(year.interval->end) == "2022-12-31");
  const auto quarter = timex_named(tag("Sales slowed in the third quarter of 2022.", kDct), "the third quarter of 2022");
  REQUIRE(quarter.interval);
  CHECK(quarter.interval->precision == chronograph::Precision::Quarter);
}

TEST_CASE("tx56x t55-77: a fiscal half keeps its own months beside a fiscal year", "[timex][tx56x]") {
  const auto all = tag("The company's fiscal year ends in September. It expects a profit in the first half of fiscal 2025 "
                       "and for fiscal 2025 as a whole.",
                       kDct);
  const auto half = timex_named(all, "the first half of fiscal 2025");
  REQUIRE(half.interval);
  CHECK(chronograph::format_iso_day(half.interval->start) == "2024-10-01");
  CHECK(chronograph::format_iso_day(half.interval->end) == "2025-03-31");
  CHECK(half.interval->precision == chronograph::Precision::Year);
  // (the whole fiscal year is still placed as one)
  const auto year = timex_named(all, "fiscal 2025");
  REQUIRE(year.interval);
  CHECK(chronograph::format_iso_day(year.interval->start) == "2024-10-01");
  CHECK(chronograph::format_iso_day(year.interval->end) == "2025-09-30");
}

}  // namespace dated_2023_oct_11
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2011_nov_16 {

const sys_days kDct{2011_y / November / 16};  // a Wednesday

// ---- financial years (t57 #52)

TEST_CASE("tx57b: a financial year across a year end may be written with a slash", "[timex][tx57b]") {
  for (const char* kind : {"financial", "fiscal", "tax", "budget"}) {
    const std::string year = std::string("the 2011/12 ") + kind + " year";
    const std::string text = "The council expects to sell fewer flats in " + year + ".";
    INFO(text);
    const auto t = timex_named(tag(text, kDct), year);
    CHECK(t.value == "2011");
    CHECK(interval_text(t) == "2011-04-01..2012-03-31");  // (April to March where the text gives no end: tx64)
  }
  // (a slash between two years that are not one after the other is no such year)
  const auto two = tag("Sales of the 2011/14 models fell.", kDct);
  CHECK(std::none_of(two.begin(), two.end(), [](const auto& t) { return t.text.find("2011/14") != std::string::npos; }));
}

}  // namespace dated_2011_nov_16
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2024_may_20 {

const sys_days kDct{2024_y / May / 20};

// ---- a fiscal year written after its words (t59 #21)

TEST_CASE("tx60: the fiscal year and a year across a year end are one expression", "[timex][tx60]") {
  for (const std::string kind : {"fiscal", "financial", "tax", "budget"}) {
    const std::string words = "the " + kind + " year 2016-17";
    const auto all = tag("The council cut its grants in " + words + ", officials noted.", kDct);
    INFO(words);
    const auto year = timex_named(all, words);
    CHECK(year.value == "2016");
    REQUIRE(year.interval);
    CHECK(year_month_day{year.interval->start}.year() == 2016_y);
    CHECK(year_month_day{year.interval->end}.year() == 2017_y);
    CHECK_FALSE(has_timex(all, "2016"));
  }
}

TEST_CASE("tx60: fiscal and a year across a year end written with a slash are one expression", "[timex][tx60]") {
  const auto all = tag("Exports slowed in fiscal 2009/10 across the region.", kDct);
  CHECK(timex_named(all, "fiscal 2009/10").value == "2009");
}

TEST_CASE("tx60: the fiscal year followed by a single year stays one year", "[timex][tx60]") {
  const auto all = tag("Revenue grew in the fiscal year 2016 after the merger.", kDct);
  CHECK_FALSE(has_timex(all, "the fiscal year 2016-"));
  CHECK(timex_named(all, "2016").value == "2016");
}

}  // namespace dated_2024_may_20
}  // namespace
