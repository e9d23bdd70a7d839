// The lead's session-57 fixes to time expressions: a weekday after "a" or "an" is some such day,
// which one the text does not say (t57 #29).
#include <string>

#include <catch2/catch.hpp>

#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::has_timex;
using chronograph::test::interval_text;
using chronograph::test::tag;
using chronograph::test::timex_named;

namespace {
const sys_days kDct{2025_y / February / 13};  // a Thursday
constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
}  // namespace

TEST_CASE("sp57: a weekday after an indefinite article is no particular day", "[timex][sp57]") {
  for (unsigned n = 1; n <= 7; ++n) {
    const std::string day = kWeekdays[n - 1];
    const std::string number = std::to_string(n);
    for (const std::string& text : {"The old mill burned down on a " + day + ".",
                                    "The old mill burned down on a " + day + ", the busiest day of the week.",
                                    "The old mill burned down on a " + day + " in the summer of 1956."}) {
      INFO(text);
      const auto t = timex_named(tag(text, kDct), day);
      CHECK(t.value == "XXXX-WXX-" + number);
      CHECK(interval_text(t) == "none");
    }
    const std::string night = "The old mill burned down on a " + day + " night in 1956.";
    INFO(night);
    CHECK(timex_named(tag(night, kDct), day + " night").value == "XXXX-WXX-" + number + "TNI");
    const std::string clock = "The roof fell in at 5:40 p.m. on a " + day + ", witnesses recalled.";
    INFO(clock);
    CHECK(timex_named(tag(clock, kDct), "5:40 p.m. on a " + day).value == "XXXX-WXX-" + number + "T17:40");
  }
}

TEST_CASE("sp57: a weekday describing the noun after it is still that day", "[timex][sp57]") {
  // (the article belongs to the noun: "a Sunday night vigil" is held on the Sunday just past)
  const auto night = timex_named(tag("About 300 people attended a Sunday night vigil for the miners.", kDct), "Sunday night");
  CHECK(night.value == "2025-02-09TNI");
  const auto day = timex_named(tag("The council held a Tuesday meeting on the budget.", kDct), "Tuesday");
  CHECK(day.value == "2025-02-11");
  // (no article: the nearest such day)
  CHECK(timex_named(tag("The mill burned down on Friday.", kDct), "Friday").value == "2025-02-07");
  CHECK_FALSE(has_timex(tag("The mill burned down on a weekday.", kDct), "weekday"));
}
