#include "core/timex/value_functions.h"

#include <fstream>
#include <regex>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/support/shared_data.h"

using namespace chronograph;
using namespace chronograph::core;

namespace {

// The names in the first cell of data/timex/README.md's table of value functions.
std::set<std::string> documented_functions() {
  std::ifstream readme{chronograph::test::kSourceDir / "data/timex/README.md"};
  REQUIRE(readme);
  const std::regex name{"`(@[a-z_0-9]+)"};
  std::set<std::string> names;
  for (std::string line; std::getline(readme, line);) {
    if (!line.starts_with("| `@")) continue;
    const std::string first_cell = line.substr(0, line.find('|', 1));
    for (std::sregex_iterator it{first_cell.begin(), first_cell.end(), name}, end; it != end; ++it)
      names.insert((*it)[1]);
  }
  return names;
}

ValueContext context_on(const char* dct, Tense tense) {
  ValueContext ctx;
  ctx.dct = parse_iso_day(dct);
  ctx.tense = [tense] { return tense; };
  return ctx;
}

}  // namespace

TEST_CASE("every value function is documented in data/timex/README.md and every documented one exists", "[timex]") {
  const auto names = value_function_names();
  const std::set<std::string> implemented(names.begin(), names.end());
  CHECK(implemented.size() == names.size());
  CHECK(documented_functions() == implemented);
  CHECK(is_value_function("@weekday"));
  CHECK_FALSE(is_value_function("@weekdays"));
  CHECK_FALSE(is_value_function("weekday"));
}

TEST_CASE("an unknown value function gives an empty value, not a guess", "[timex]") {
  const auto ctx = context_on("2021-12-04", Tense::Past);
  CHECK(call_value_function("@no_such_function", {"1"}, ctx).empty());
}

TEST_CASE("value functions read absent arguments as empty and missing numbers as zero", "[timex]") {
  const auto past = context_on("2021-12-04", Tense::Past);
  CHECK(call_value_function("@ago", {"", "Y", "-1"}, past) == "2020");   // "a year ago": N empty is one
  CHECK(call_value_function("@ago", {"X", "Y", "-1"}, past) == "PAST_REF");
  CHECK(call_value_function("@rel", {"M"}, past) == "2021-12");          // "this month": no step
  CHECK(call_value_function("@quarter", {"5"}, past) == "XXXX-QX");
  CHECK(call_value_function("@century", {}, past) == "XX");
}

TEST_CASE("a function that falls back on another gives that one's value", "[timex]") {
  const auto future = context_on("2021-12-04", Tense::Future);  // a Saturday, no date mentioned before
  CHECK(call_value_function("@anchor_weekend", {}, future) == call_value_function("@weekend", {"1"}, future));
  CHECK(call_value_function("@anchor_month", {"5"}, future) == call_value_function("@month", {"5"}, future));
  CHECK(call_value_function("@this_past", {"SP"}, future) == call_value_function("@season_step", {"SP", "-1"}, future));
  CHECK(call_value_function("@this_past", {"W"}, future) == "2021-W47");
}

TEST_CASE("shift_clock moves a time of day across midnight and refuses other units", "[timex]") {
  CHECK(shift_clock("2023-02-06T23:30", "H", 2) == "2023-02-07T01:30");
  CHECK(shift_clock("2023-02-06T00:10", "MIN", -20) == "2023-02-05T23:50");
  CHECK_FALSE(shift_clock("2023-02-06T04:17", "D", 1));
  CHECK_FALSE(shift_clock("2023-02-06", "H", 1));
}

TEST_CASE("to_long takes whole numbers only", "[timex]") {
  CHECK(to_long("42") == 42);
  CHECK(to_long("-3") == -3);
  CHECK_FALSE(to_long(""));
  CHECK_FALSE(to_long("4x"));
  CHECK_FALSE(to_long("2.5"));
}
