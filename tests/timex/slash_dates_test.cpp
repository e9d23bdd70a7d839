// Numeric dates: month first as in the US, day first where the first number cannot be a month or
// the text writes its other dates day first ("9 December", as in Britain).
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/timex/timex_test_support.h"

using namespace date;
using chronograph::test::timex_named;
using chronograph::test::kMonthNames;
using chronograph::test::timex_tagger;

namespace {

std::string value_of(const std::string& text, const std::string& name) {
  return timex_named(timex_tagger().tag(text, nullptr, sys_days{2024_y / dec / 10}), name).value;
}

std::string iso(unsigned y, unsigned m, unsigned d) { return fmt::format("{:04}-{:02}-{:02}", y, m, d); }

}  // namespace

TEST_CASE("a numeric date is day first in a text that writes its dates day first", "[timex][slash]") {
  for (unsigned a = 1; a <= 12; ++a) {
    for (unsigned b = 1; b <= 12; ++b) {
      const std::string numeric = fmt::format("{:02}/{:02}/2024", a, b);
      const std::string other = kMonthNames[(a + b) % 12];
      INFO(numeric << " beside " << other);
      CHECK(value_of("The council said on 9 " + other + " that the consultation closed on " + numeric + ".", numeric) ==
            iso(2024, b, a));
      CHECK(value_of("The council said on " + other + " 9 that the consultation closed on " + numeric + ".", numeric) ==
            iso(2024, a, b));
      CHECK(value_of("The consultation closed on " + numeric + ".", numeric) == iso(2024, a, b));
    }
  }
}

TEST_CASE("a numeric date whose first number cannot be a month is day first", "[timex][slash]") {
  for (unsigned day = 13; day <= 28; ++day) {
    for (unsigned month = 1; month <= 12; ++month) {
      const std::string numeric = fmt::format("{}/{}/24", day, month);
      INFO(numeric);
      CHECK(value_of("It closed on " + numeric + " after talks.", numeric) == iso(2024, month, day));
    }
  }
  // a month-first date keeps its order in a day-first text when its second number is the day
  CHECK(value_of("On 9 December it said the deal closed on 12/25/2024.", "12/25/2024") == "2024-12-25");
  // neither reading is a date
  CHECK(value_of("It closed on 13/13/2024 after talks.", "13/13/2024") == "XXXX-XX-XX");
}
