// Ages dated from a birth the text gives: "At 23 she joined", "aged 17", "in her late seventies".
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/pipeline/timeml_output.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

sys_days years_after(sys_days day, int n) {
  const year_month_day moved = year_month_day{day} + years{n};
  return moved.ok() ? sys_days{moved} : sys_days{moved.year() / moved.month() / last};
}

}  // namespace

TEST_CASE("an age dates the event from a birth day the text gives", "[events][ages]") {
  const sys_days dct = 2025_y / mar / 14;
  for (unsigned m = 1; m <= 12; m += 1) {
    const sys_days born = sys_days{year{1936} / month{m} / 2};
    const std::string birth = fmt::format("Born in Leeds on 2 {} 1936, Ellison won a scholarship in 1954. ", kMonthNames[m - 1]);
    for (const int age : {17, 23, 41}) {
      for (const std::string& said : {fmt::format("At {} she joined an expedition.", age),
                                      fmt::format("She joined an expedition at the age of {}.", age),
                                      fmt::format("She joined an expedition, aged {}.", age),
                                      fmt::format("She joined an expedition at age {}.", age)}) {
        INFO(birth << said);
        const auto g = graph_of_text(birth + said, dct);
        const auto& joined = event_with(g, "joined");
        REQUIRE(joined.time.start);
        REQUIRE(joined.time.end);
        CHECK(*joined.time.start == years_after(born, age));
        CHECK(*joined.time.end == years_after(born, age + 1) - days{1});
      }
    }
  }
}

TEST_CASE("a decade of age is its first, middle or last years, from a birth year alone too", "[events][ages]") {
  const sys_days dct = 2025_y / mar / 14;
  const std::string birth = "Ellison was born in 1936 in Leeds. ";
  const auto span_of = [&](const std::string& said) {
    const auto& campaigned = event_with(graph_of_text(birth + said, dct), "campaigned");
    REQUIRE(campaigned.time.start);
    REQUIRE(campaigned.time.end);
    return std::pair{year_month_day{*campaigned.time.start}.year(), year_month_day{*campaigned.time.end}.year()};
  };
  CHECK(span_of("In her late seventies she campaigned against mining.") == std::pair{year{2013}, year{2016}});
  CHECK(span_of("In her early 40s she campaigned against mining.") == std::pair{year{1976}, year{1980}});
  CHECK(span_of("In his mid-fifties he campaigned against mining.") == std::pair{year{1989}, year{1993}});
  CHECK(span_of("In their twenties they campaigned against mining.") == std::pair{year{1956}, year{1966}});
}

TEST_CASE("without a birth, or where the number is no age, nothing is dated by it", "[events][ages]") {
  const sys_days dct = 2025_y / mar / 14;
  // no birth told: an age dates nothing
  const auto unborn = graph_of_text("At 23 she joined an expedition.", dct);
  CHECK_FALSE(event_with(unborn, "joined").time.start);
  // a clock, a count or an address is no age
  const std::string birth = "Ellison was born on 2 May 1936. ";
  for (const std::string said : {"The service will be held at 11 on Friday.", "She met them at 23 Downing Street.",
                                 "She joined an expedition of 23 scientists."}) {
    INFO(said);
    const auto g = graph_of_text(birth + said, dct);
    for (const auto& timex : g.timexes) CHECK(timex.rule != "age");
  }
}

TEST_CASE("an age is no TIMEX3 of TimeML's", "[events][ages]") {
  chronograph::core::Document document =
      chronograph::core::parse_text_document("Ellison was born on 2 May 1936. At 23 she joined an expedition.", "a.txt");
  document.dct = 2025_y / mar / 14;
  const auto analysis = pipeline().analyse(std::move(document));
  REQUIRE(std::any_of(analysis.timexes.begin(), analysis.timexes.end(), [](const auto& t) { return t.derived; }));
  const auto timeml = chronograph::core::to_timeml(analysis);
  CHECK(timeml.timexes.size() + 1 == analysis.timexes.size());
  for (const auto& timex : timeml.timexes) CHECK(timex.value != "1959");
}
