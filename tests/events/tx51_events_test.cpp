// Tester 51's time expressions that need the parse: "until Thursday" under a past verb ends after
// the day the story is at, "late-night" before a noun is no time, a fiscal quarter in a future
// clause is the one under way, and "over the next six hours" counts from the clock just named.
#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::timex_value_in;

namespace {

const chronograph::graph::TimexInfo& timex_in(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& t : g.timexes)
    if (t.text == text) return t;
  FAIL("no timex '" << text << "'");
  return g.timexes.front();
}

std::string days_of(const chronograph::graph::TimexInfo& t) {
  return t.interval ? chronograph::format_iso_day(t.interval->start) + ".." + chronograph::format_iso_day(t.interval->end) : "none";
}

}  // namespace

TEST_CASE("tx51 #5: a weekday after until under a past verb ends after the day the story is at", "[events][tx51]") {
  auto [text, dct, value] = GENERATE(table<const char*, sys_days, const char*>({
      {"The airport was closed on Monday. Several airlines cancelled flights to the region until Thursday.",
       sys_days{2023_y / October / 30}, "2023-11-02"},
      {"The port shut on Tuesday. Shippers halted deliveries until Friday.", sys_days{2024_y / March / 12}, "2024-03-15"},
      {"The border closed on Wednesday. Officials suspended crossings until Monday.", sys_days{2024_y / March / 14},
       "2024-03-18"},
  }));
  INFO(text);
  const auto g = graph_of_text(text, dct);
  const std::string weekday = std::string(text).substr(std::string(text).rfind(' ') + 1);
  CHECK(timex_in(g, weekday.substr(0, weekday.size() - 1)).value == value);
}

TEST_CASE("tx51 #5: until a weekday with no day named before stays as the tense says", "[events][tx51]") {
  const sys_days monday{2023_y / October / 30};
  CHECK(timex_value_in("The museum stayed closed until Thursday, when it reopened.", "Thursday", monday) == "2023-10-26");
}

TEST_CASE("tx51 #6: a hyphenated part of the day before a noun is no time", "[events][tx51]") {
  const sys_days tuesday{2026_y / June / 9};
  for (const char* text : {"Council approves $4.2 billion budget after late-night debate\n\nThe City Council on Monday night "
                           "approved a $4.2 billion budget after a six-hour debate.",
                           "Police made arrests in an early-morning raid on Sunday.",
                           "Negotiators resumed the late-night talks on Friday."}) {
    INFO(text);
    const auto g = graph_of_text(text, tuesday);
    for (const auto& t : g.timexes) CHECK((t.text != "late-night" && t.text != "early-morning"));
  }
  // (the approval is Monday night's, not after the DCT)
  const auto g = graph_of_text("Council approves $4.2 billion budget after late-night debate\n\nThe City Council on Monday "
                               "night approved a $4.2 billion budget after a six-hour debate.",
                               tuesday);
  const auto& approves = event_with(g, "approved");
  REQUIRE(approves.time.end);
  CHECK(*approves.time.end == sys_days{2026_y / June / 8});
  // (one that is no modifier of a noun stays a time)
  CHECK(timex_value_in("The talks ran until late at night on Friday, and by late evening a deal was done.", "late evening",
                       tuesday)
            .starts_with("2026-06"));
}

TEST_CASE("tx51 #4: a fiscal quarter in a future clause said during it is the quarter under way", "[events][tx51][fiscal]") {
  const auto g = graph_of_text("The company, whose fiscal year ends in June, said it would report results for its fiscal "
                               "first quarter on Nov. 5.",
                               sys_days{2025_y / September / 17});
  CHECK(days_of(timex_in(g, "fiscal first quarter")) == "2025-07-01..2025-09-30");
  // (a year ending in September, said in November)
  const auto g2 = graph_of_text("Its fiscal year ends in September. The company will report results for its fiscal first "
                                "quarter in February.",
                                sys_days{2025_y / November / 10});
  CHECK(days_of(timex_in(g2, "fiscal first quarter")) == "2025-10-01..2025-12-31");
  // (in a past clause, the latest one ended)
  const auto g3 = graph_of_text("The company, whose fiscal year ends in June, reported a loss for its fiscal fourth quarter.",
                                sys_days{2025_y / September / 17});
  CHECK(days_of(timex_in(g3, "fiscal fourth quarter")) == "2025-04-01..2025-06-30");
}

TEST_CASE("tx51 #9: a count of hours ahead in a past clause runs from the clock time just named", "[events][tx51]") {
  const sys_days thursday{2025_y / October / 9};
  const auto g = graph_of_text("The first two miners were brought to the surface at 11:15 p.m. on Wednesday, and four more "
                               "followed over the next six hours.",
                               thursday);
  CHECK(days_of(timex_in(g, "the next six hours")) == "2025-10-08..2025-10-09");
  // (from a morning clock, the same day)
  const auto g2 = graph_of_text("The first miner was freed at 6:10 a.m. on Monday, and the rest followed over the next "
                                "three hours.",
                                thursday);
  CHECK(days_of(timex_in(g2, "the next three hours")) == "2025-10-06..2025-10-06");
  // (in a future clause, still from the DCT, in whole days)
  const auto g3 = graph_of_text("Officials said more rain will fall over the next six hours.", thursday);
  CHECK(days_of(timex_in(g3, "the next six hours")) == "2025-10-09..2025-10-10");
}

TEST_CASE("tx51 #1: a present clause recalling a day just after an old story's date keeps the story's year", "[events][tx51]") {
  const sys_days dct{2025_y / April / 28};
  const auto g = graph_of_text("In the spring of 1975, North Vietnamese forces swept south. Hue fell on March 26. By "
                               "mid-April, the capital was surrounded. Frank Delgado remembers the morning of April 29 clearly.",
                               dct);
  CHECK(timex_in(g, "mid-April").value == "1975-04");
  CHECK(timex_in(g, "April 29").value == "1975-04-29");
  // (with no old date before it, a day ahead stays ahead)
  CHECK(timex_value_in("Veterans remember the war. The ceremony falls on April 30.", "April 30", dct) == "2025-04-30");
}

TEST_CASE("tx51 #12: escaping within the first hour after a clock time is dated on that day", "[events][tx51]") {
  const auto g = graph_of_text("The collapse happened at 3:40 a.m. on Tuesday. Nine men escaped on foot within the first hour.",
                               sys_days{2025_y / October / 9});
  CHECK(days_of(timex_in(g, "the first hour")) == "2025-10-07..2025-10-07");
}
