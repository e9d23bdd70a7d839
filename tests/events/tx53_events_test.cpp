// Tester 53's time expressions that need the parse: a deadline a past verb met ("finished by
// Sept. 20") lies behind, and a forecast with "should" ("the winds should drop on Monday") ahead.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::timex_value_in;

TEST_CASE("tx53 t53-2: a day a past verb met with by lies behind the DCT", "[events][tx53]") {
  const sys_days dct{2024_y / October / 2};
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Harvest began in late August, and most estates finished by Sept. 20.", "Sept. 20", "2024-09-20"},
      {"Most growers picked their grapes by Sept. 25.", "Sept. 25", "2024-09-25"},
      {"The last ferries left the island by Sept. 28.", "Sept. 28", "2024-09-28"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, expression, dct) == value);
}

TEST_CASE("tx53 t53-2: by still points ahead in a clause about the future or one that is not met", "[events][tx53]") {
  const sys_days dct{2024_y / October / 2};
  CHECK(timex_value_in("The company said it would double its flights by Sept. 20.", "Sept. 20", dct) == "2025-09-20");
  CHECK(timex_value_in("Most estates will finish by Sept. 20.", "Sept. 20", dct) == "2025-09-20");
  // (not "until": a span given, not met)
  CHECK(timex_value_in("The regulator gave the bidder until mid-November to reply.", "mid-November", sys_days{1989_y / October / 30}) ==
        "1989-11");
}

TEST_CASE("tx53 t53-4: a weekday after should is a forecast ahead, after should have a past one", "[events][tx53]") {
  const sys_days dct{2024_y / May / 18};
  CHECK(timex_value_in("Meteorologists said the winds should drop on Monday.", "Monday", dct) == "2024-05-20");
  CHECK(timex_value_in("The ferry should arrive on Tuesday.", "Tuesday", dct) == "2024-05-21");
  CHECK(timex_value_in("Forecasters said the storm should reach the coast on Wednesday.", "Wednesday", dct) == "2024-05-22");
  CHECK(timex_value_in("The winds should have dropped on Monday.", "Monday", dct) == "2024-05-13");
}
