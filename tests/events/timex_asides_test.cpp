// A participle or relative clause set off by commas before a time expression is an aside on a
// noun: its verb does not give the expression its tense (t56 #4). Through the whole pipeline,
// since the tagger and the parse tell the aside.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const sys_days kWednesday{2018_y / October / 17};

}  // namespace

TEST_CASE("a participle set off by commas does not make a weekday after it past", "[events][timex][asides]") {
  for (const char* day : kWeekdays) {
    if (std::string(day) == "Wednesday") continue;  // (the DCT's own weekday)
    INFO(day);
    const std::string expected = timex_value_in(std::string("The council will reopen the library on ") + day + ".", day, kWednesday);
    CHECK(expected > "2018-10-17");
    CHECK(timex_value_in(std::string("The council will reopen the library, closed since May for repairs, on ") + day + ".",
                         day, kWednesday) == expected);
    CHECK(timex_value_in(std::string("The council will reopen the library, which a flood damaged in May, on ") + day + ".",
                         day, kWednesday) == expected);
  }
}

TEST_CASE("a time inside the participle's own phrase keeps the participle's past", "[events][timex][asides]") {
  for (const char* day : kWeekdays) {
    if (std::string(day) == "Wednesday") continue;
    INFO(day);
    // (no comma closes the phrase before the expression: the time is the participle's)
    CHECK(timex_value_in(std::string("A ceasefire agreed on ") + day + " will hold.", day, kWednesday) < "2018-10-17");
    CHECK(timex_value_in(std::string("The port, damaged by the storm on ") + day + ", will reopen within weeks.", day,
                         kWednesday) < "2018-10-17");
  }
}
