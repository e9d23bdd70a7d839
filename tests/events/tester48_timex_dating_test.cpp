// Tester 48: named days that are time expressions ("Black Friday", "Small Business Saturday") are
// no entities and no actors, and events are dated by the days the date beside a weekday names.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("tester48: the shopping days of Thanksgiving give no entities", "[events][tester48]") {
  for (int y = 2018; y <= 2024; ++y) {
    const sys_days thanksgiving{year{y} / November / Thursday[4]};
    const sys_days dct = thanksgiving - days{4};
    INFO(y);
    const auto g = graph_of_text("The partnership said it would run free vans on Black Friday and Small Business Saturday.", dct);
    for (const auto& entity : g.entities) {
      INFO(entity.id);
      CHECK(entity.id.find("black") == std::string::npos);
      CHECK(entity.id.find("small-business") == std::string::npos);
    }
  }
}

TEST_CASE("tester48: a hearing set for a clock time on a weekday with its date is dated by the date", "[events][tester48]") {
  for (int ahead = 8; ahead <= 20; ahead += 3) {
    const sys_days dct{2024_y / December / 3};
    const sys_days day = dct + days{ahead};
    static const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    const std::string text = "A pretrial hearing is scheduled for 9 a.m. on " + std::string(kWeekdays[weekday{day}.c_encoding()]) +
                             ", Dec. " + std::to_string(static_cast<unsigned>(year_month_day{day}.day())) + ".";
    INFO(text);
    const auto g = graph_of_text(text, dct);
    chronograph::test::check_day(event_with(g, "scheduled"), day);
  }
}
