// "a deadline of <date>": a limit ahead, except one told in the past perfect (t56 #2).
#include <string>

#include <catch2/catch.hpp>

#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::kMonthNames;
using chronograph::test::only_timex;

TEST_CASE("a deadline told in the past perfect may have gone by", "[timex][deadline]") {
  const sys_days dct{2012_y / December / 6};
  // (August to November: months nearer behind than ahead, so only the limit's cue could put them
  // in 2013; December 5 is the day before the DCT)
  for (int m = 7; m < 12; ++m) {
    const std::string day = std::string(kMonthNames[m]) + " 5";
    INFO(day);
    const std::string month = std::to_string(m + 1);
    const std::string last_month = (m + 1 < 10 ? "0" : "") + month;
    CHECK(only_timex("The minister had set a deadline of " + day + " for a vote.", dct, day).value == "2012-" + last_month + "-05");
    // (a limit the clause holds now is ahead)
    if (m < 11)
      CHECK(only_timex("The union has a deadline of " + day + " for the talks.", dct, day).value == "2013-" + last_month + "-05");
  }
}
