// Tester 49: events bounded by "on or before" a date include that date, and a time word that opens
// a name ("the August Complex fire") dates no event.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("tester49: an event on or before a day may fall on that day", "[events][tester49]") {
  const sys_days dct{2023_y / November / 17};
  for (int ahead = 5; ahead <= 25; ahead += 4) {
    const sys_days day = dct + days{ahead};
    const year_month_day ymd{day};
    static const char* const kMonths[] = {"Jan.", "Feb.", "March", "April", "May", "June",
                                          "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
    const std::string date = std::string(kMonths[static_cast<unsigned>(ymd.month()) - 1]) + " " +
                             std::to_string(static_cast<unsigned>(ymd.day()));
    INFO(date);
    const auto g = graph_of_text("The FDA is expected to decide on the therapy on or before " + date + ".", dct);
    const auto& decide = event_with(g, "decide");
    REQUIRE(decide.time.end);
    CHECK(*decide.time.end == day);
    // (plain "before" still ends the day before)
    const auto g2 = graph_of_text("The FDA is expected to decide on the therapy before " + date + ".", dct);
    const auto& decide2 = event_with(g2, "decide");
    REQUIRE(decide2.time.end);
    CHECK(*decide2.time.end == day - days{1});
  }
}

TEST_CASE("tester49: a month that opens a fire's name dates no event", "[events][tester49]") {
  const sys_days dct{2021_y / August / 9};
  const auto g = graph_of_text("The Dixie Fire started on July 13. It is the second-largest fire on record after the "
                               "August Complex fire of 2020.",
                               dct);
  for (const auto& t : g.timexes) CHECK(t.text != "August");
  chronograph::test::check_day(event_with(g, "started"), sys_days{2021_y / July / 13});
}
