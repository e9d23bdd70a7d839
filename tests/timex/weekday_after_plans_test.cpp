// A bare weekday after a plan told more than a week ahead (t56 #1).
#include <string>

#include <catch2/catch.hpp>

#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::only_timex;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

}  // namespace

TEST_CASE("a weekday two sentences after a plan more than a week ahead is of the coming week", "[timex][weekday]") {
  const sys_days thursday{2024_y / August / 1};
  for (const char* day : kWeekdays) {
    const std::string alone = std::string("A public meeting will be held at 7 p.m. ") + day + ".";
    const std::string after_plan =
        "Engineers will reopen the bridge on August 12. Otherwise, the mayor warned, traffic will suffer. " + alone;
    INFO(after_plan);
    const auto expected = only_timex(alone, thursday, std::string("7 p.m. ") + day).value;
    CHECK(timex_named(tag(after_plan, thursday), std::string("7 p.m. ") + day).value == expected);
    // (the plan's own date stays where it is)
    CHECK(timex_named(tag(after_plan, thursday), "August 12").value == "2024-08-12");
  }
}

TEST_CASE("a weekday right after a plan more than a week ahead still goes on from it", "[timex][weekday]") {
  const sys_days thursday{2024_y / August / 1};
  for (const char* day : kWeekdays) {
    if (std::string(day) == "Thursday") continue;  // (the DCT's own weekday: today, tested elsewhere)
    const std::string text = std::string("The new school term will begin on August 19. Buses will run on ") + day + ".";
    INFO(text);
    const auto value = timex_named(tag(text, thursday), day).value;
    CHECK(value >= "2024-08-19");
    CHECK(value <= "2024-08-25");
  }
}
