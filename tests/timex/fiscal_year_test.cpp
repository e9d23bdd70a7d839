#include "core/timex/fiscal_year.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/interval.h"
#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::format_iso_day;
using chronograph::core::Timex;
using chronograph::test::timex_named;
using chronograph::test::kMonthNames;
using chronograph::test::timex_tagger;

namespace {

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

}  // namespace

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

namespace {

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
