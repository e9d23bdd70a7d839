// Session 60, event dating: the tester's findings of session 59 (numbered as in its report) on a
// date right before a distance counted back from a clause ("as early as 2011, nearly nine years
// before the dam failed") and on a time of day told without its day.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

namespace {

// The interval of the time expression `text` in the graph's timexes (none when it has none).
std::optional<chronograph::Interval> interval_of_timex(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& timex : g.timexes)
    if (timex.text == text) return timex.interval;
  FAIL("no time expression '" << text << "'");
  return std::nullopt;
}

}  // namespace

// Items 1 and 20: "had warned the authority ... as early as 2011, nearly nine years before the
// structure failed": the distance counts from 2011, the date told last in the sentence, not from
// the report's day before it, and what a past clause tells has gone by at the DCT.

TEST_CASE("t59 20: a distance before a clause counts from the year told right before it", "[events][dt60]") {
  const auto g = graph_of_text(
      "Inspectors said on Monday that auditors had flagged cracks in the bridge's main span as early as 2009, "
      "about seven years before the bridge collapsed.",
      2022_y / June / 13);
  const auto distance = interval_of_timex(g, "seven years");
  REQUIRE(distance);
  CHECK(distance->start == sys_days{2009_y / January / 1});
  CHECK(distance->end == sys_days{2016_y / December / 31});
  const auto& collapse = event_with(g, "collapsed");
  REQUIRE(collapse.time.end);
  CHECK(*collapse.time.end <= sys_days{2016_y / December / 31});
}

TEST_CASE("t59 1: the year before such a distance dates the clause it is counted from", "[events][dt60]") {
  const auto g = graph_of_text(
      "Inspectors said on Monday that auditors had flagged cracks in the bridge's main span as early as 2009, "
      "about seven years before the bridge collapsed.",
      2022_y / June / 13);
  check_span(event_with(g, "flagged"), 2009_y / January / 1, 2009_y / December / 31);
}

TEST_CASE("t59 20: a distance counted on from a day in a past clause ends by the DCT", "[events][dt60]") {
  const sys_days dct = 2022_y / June / 13;
  const auto g = graph_of_text("The ministry said on Monday that the pipes had cracked two months before the reservoir burst.", dct);
  const auto distance = interval_of_timex(g, "two months");
  REQUIRE(distance);
  CHECK(distance->end <= dct);
}

TEST_CASE("t59 20: a distance ahead of a clause still counts from the day told before it", "[events][dt60]") {
  const auto g = graph_of_text("The crew left the harbour on May 2, 1990, three days before the storm arrived.",
                               2022_y / June / 13);
  const auto distance = interval_of_timex(g, "three days");
  REQUIRE(distance);
  CHECK(distance->start == sys_days{1990_y / May / 2});
  CHECK(distance->end == sys_days{1990_y / May / 5});
}

// Item 2: "set off on Nov. 9 ... covered 1,130 kilometres, averaging 22 kilometres a day, and
// arrived at the pole at 3:20 p.m.": days told to pass since the day last named leave that day
// behind, so the bare time of day is on a day the text leaves open, before the DCT.

TEST_CASE("t59 2: a time of day after days told to pass does not take the day named before", "[events][dt60]") {
  const sys_days dct = 2021_y / May / 1;
  const auto g = graph_of_text(
      "The rowers left Lisbon on March 3 with food for six weeks. They crossed the ocean, rowing about 80 kilometres "
      "a day, and landed in Barbados at 2:10 p.m. local time.",
      dct);
  const auto& landing = event_with(g, "landed");
  CHECK_FALSE(landing.time.start == std::optional<sys_days>(sys_days{2021_y / March / 3}));
  REQUIRE(landing.time.end);
  CHECK(*landing.time.end <= dct);
  CHECK(chronograph::test::timex_value_in(
            "The rowers left Lisbon on March 3 with food for six weeks. They crossed the ocean, rowing about 80 "
            "kilometres a day, and landed in Barbados at 2:10 p.m. local time.",
            "2:10 p.m. local time", dct) == "XXXX-XX-XXT14:10");
}

TEST_CASE("t59 2: a time of day right after the day named before it keeps that day", "[events][dt60]") {
  const sys_days dct = 2021_y / May / 1;
  CHECK(chronograph::test::timex_value_in("The rowers left Lisbon on March 3. They landed in Porto at 2:10 p.m.",
                                          "2:10 p.m.", dct) == "2021-03-03T14:10");
  CHECK(chronograph::test::timex_value_in("The rowers left Lisbon on March 3 and landed in Porto at 2:10 p.m.", "2:10 p.m.",
                                          dct) == "2021-03-03T14:10");
}

// Item 3: "became champion on Sunday night ... The match ended level on Friday, forcing the
// tiebreaks. Liu won the second rapid game ... The final game ended at 11:40 p.m.": a day told
// sentences back, behind a later day the story has already named, lends its day to no time of day.

TEST_CASE("t59 3: a time of day after a day behind the story's latest day leaves its day open", "[events][dt60]") {
  const sys_days dct = 2024_y / March / 11;
  CHECK(chronograph::test::timex_value_in(
            "Ana Ruiz won the title on Sunday night in Lima. The regular games ended level on Thursday, forcing a playoff. "
            "Ruiz won the first playoff game and drew the second. The last game finished at 10:50 p.m.",
            "10:50 p.m.", dct) == "XXXX-XX-XXT22:50");
}

TEST_CASE("t59 3: a time of day after the story's latest day, sentences back, keeps that day", "[events][dt60]") {
  const sys_days dct = 2024_y / March / 11;
  CHECK(chronograph::test::timex_value_in(
            "The regular games ended level on Thursday, forcing a playoff. Ruiz won the first playoff game and drew the "
            "second. The last game finished at 10:50 p.m.",
            "10:50 p.m.", dct) == "2024-03-07T22:50");
}

// Item 3, the event: "The final game ended at ...": the game, a noun without a tense, is told by
// the verb of its phase, so with its day left open it is still over by the DCT.
TEST_CASE("t59 3: a noun event is told in the past by its phase verb", "[events][dt60]") {
  const sys_days dct = 2024_y / March / 11;
  const auto g = graph_of_text(
      "Ana Ruiz won the title on Sunday night in Lima. The regular games ended level on Thursday, forcing a playoff. "
      "Ruiz won the first playoff game and drew the second. The last game finished at 10:50 p.m.",
      dct);
  const auto& last_game = event_with(g, "finished");
  CHECK(last_game.tense == "PAST");
  CHECK(last_game.time.end == std::optional<sys_days>(dct));
}
