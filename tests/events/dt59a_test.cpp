// Session 59, event dating: the tester's findings of session 58 (numbered as in its report) on a
// clock time after a day a state began, the time "following" a past date, a fronted date the
// parser hung on the subject, a span inside a fronted year and a clock time told before "and".
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::solved_graph_of_text;

namespace {

const chronograph::graph::TimexInfo& timex_named(const chronograph::graph::GraphData& g, const std::string& text) {
  const auto found = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text == text; });
  REQUIRE(found != g.timexes.end());
  return *found;
}

}  // namespace

// Item 19: "lifted an advisory on Tuesday that had covered the city since August 29. [The mayor]
// announced the decision at 9 a.m., two days after [the agency] reported ...": the day a state
// began ("since August 29") is not where the story is, so the clock time is the story's day, and
// "two days after" counts back from it.

TEST_CASE("t58 19: a clock time after a day a state began is on the story's day", "[events][dt59a]") {
  const sys_days dct = 2025_y / June / 12;  // a Thursday
  const auto g = solved_graph_of_text(
      "Engineers reopened the river bridge on Thursday that had been closed to traffic since March 3.\n\n"
      "The governor cut the ribbon at a ceremony at 10 a.m., three days after inspectors certified the repaired deck.",
      dct);
  CHECK(timex_named(g, "10 a.m.").value == "2025-06-12T10:00");
  check_day(event_with(g, "cut"), dct);
  check_day(event_with(g, "certified"), dct - days{3});
}

TEST_CASE("t58 19: the day a state began still starts the state", "[events][dt59a]") {
  const sys_days dct = 2025_y / June / 12;
  const auto g = graph_of_text("Engineers reopened the river bridge on Thursday that had been closed to traffic since March 3.", dct);
  const auto& closed = event_with(g, "closed");
  REQUIRE(closed.time.start);
  CHECK(*closed.time.start == 2025_y / March / 3);
}

TEST_CASE("t58 19: a clock time after a plain earlier day stays on that day", "[events][dt59a]") {
  const sys_days dct = 2025_y / June / 12;
  const auto g = graph_of_text(
      "Engineers reopened the river bridge on Thursday. The bridge had been closed on March 3.\n\n"
      "The first crack was spotted at 10 a.m. by a diver.",
      dct);
  CHECK(timex_named(g, "10 a.m.").value == "2025-03-03T10:00");
}

// Item 1: "a dispute that began in the 1970s and flared repeatedly over the following decades":
// the decades after the date last told, in a past clause, have gone by at the DCT.

TEST_CASE("t58 1: the following decades after a past decade run from it to the DCT", "[events][dt59a]") {
  const sys_days dct = 2001_y / May / 2;
  const auto g = graph_of_text(
      "The two villages signed a water-sharing pact on Wednesday, settling a feud that started in the 1960s and "
      "erupted again and again over the following decades.",
      dct);
  const auto& decades = timex_named(g, "the following decades");
  REQUIRE(decades.interval);
  CHECK(decades.interval->start == 1970_y / January / 1);
  CHECK(decades.interval->end == dct);
  const auto& erupted = event_with(g, "erupted");
  REQUIRE(erupted.time.end);
  CHECK(*erupted.time.end <= dct);
}

TEST_CASE("t58 1: the following years in a future clause still lie ahead", "[events][dt59a]") {
  const sys_days dct = 2001_y / May / 2;
  const auto g = graph_of_text("The pact, first drafted in the 1960s, will be reviewed several times over the following years.", dct);
  const auto& years = timex_named(g, "the following years");
  if (years.interval) CHECK(years.interval->end > dct);
}

// Item 6: "The previous autumn, fishermen in Tromso had blockaded the harbour": a fronted date
// the parser hung on the subject noun as a compound is cut off from it by the comma, so it dates
// the verb, not a thing.

TEST_CASE("t58 6: a fronted date before a comma dates the verb, not the subject noun", "[events][dt59a]") {
  const auto g = graph_of_text(
      "A second round of talks opened in the spring of 2003. The previous winter, farmers in the valley had blocked "
      "the main road for two days.",
      2004_y / February / 10);
  const auto& blocked = event_with(g, "blocked");
  REQUIRE(blocked.time.start);
  REQUIRE(blocked.time.end);
  CHECK(*blocked.time.start >= 2002_y / December / 1);
  CHECK(*blocked.time.end <= 2003_y / February / 28);
}

TEST_CASE("t58 6: a date right before its noun still names the thing", "[events][dt59a]") {
  const auto g = graph_of_text("Farmers sold the 2002 harvest in March.", 2004_y / February / 10);
  const auto& sold = event_with(g, "sold");
  REQUIRE(sold.time.start);
  CHECK(*sold.time.start == 2003_y / March / 1);
}

// Item 35: "In 2010, the main explosive phase lasted from late October to mid-November": a span
// inside the fronted year dates the verb more narrowly than the year.

TEST_CASE("t58 35: a span inside a fronted year dates the verb", "[events][dt59a]") {
  const auto g = graph_of_text("In 1998, the worst of the flooding lasted from early March to late April.", 2019_y / August / 14);
  check_span(event_with(g, "lasted"), 1998_y / March / 1, 1998_y / April / 30);
}

// Item 36: "raised the alert to the highest level, Level IV, at 3:30 a.m. and extended the
// exclusion zone": a clock time told before the "and" of a later conjunct is the first verb's
// too, though the parser hangs it on the conjunct.

TEST_CASE("t58 36: a time told before a conjunct's and dates the first verb too", "[events][dt59a]") {
  const sys_days dct = 2023_y / March / 8;
  const auto g = graph_of_text(
      "The weather office raised the flood warning to the top grade, Grade Red, at 5:10 a.m. and widened the "
      "evacuation area from 2 to 6 kilometres.",
      dct);
  check_day(event_with(g, "raised"), dct);
  check_day(event_with(g, "widened"), dct);
}

TEST_CASE("t58 36: a time after a conjunct's and stays that conjunct's", "[events][dt59a]") {
  const sys_days dct = 2023_y / March / 8;
  const auto g = graph_of_text("Police sealed off the square, questioned several witnesses and arrested two men in 1999.", dct);
  const auto& sealed = event_with(g, "sealed");
  CHECK_FALSE((sealed.time.start && *sealed.time.start < 2000_y / January / 1));
}

// Item 16: "... and that the union had warned management about it since 2021", parsed with
// "warned" as an adjective of "management" (a noun conjunct of the earlier verb): a verb with an
// auxiliary right before the noun it modifies is the clause's verb, so the date starts it (and is
// no comparison's standard for the earlier verb's "last year").

TEST_CASE("t58 16: a since date dates a perfect the parser read as a noun's modifier", "[events][dt59a]") {
  const sys_days dct = 2024_y / November / 25;
  const auto g = graph_of_text(
      "A clerk said the old scanner had crashed often, and that the office had warned management about it since 2016.", dct);
  const auto& warned = event_with(g, "warned");
  REQUIRE(warned.time.start);
  CHECK(*warned.time.start == 2016_y / January / 1);
}

TEST_CASE("t58 16: a since date hung on the earlier verb goes to the misread perfect after it", "[events][dt59a]") {
  const sys_days dct = 2024_y / November / 25;
  const auto g = graph_of_text(
      "The pilot said the same radar had failed twice, and that the crew had warned management about it since 2019.", dct);
  const auto& warned = event_with(g, "warned");
  REQUIRE(warned.time.start);
  CHECK(*warned.time.start == 2019_y / January / 1);
}

TEST_CASE("t58 16: a participle before its noun with no auxiliary stays an adjective", "[events][dt59a]") {
  const sys_days dct = 2024_y / November / 25;
  const auto g = graph_of_text("The council has studied the revised plan since 2021.", dct);
  const auto& studied = event_with(g, "studied");
  REQUIRE(studied.time.start);
  CHECK(*studied.time.start == 2021_y / January / 1);
}

// Item 35, second part: "... in 2010, when 350 people were killed, many of them in villages that
// had refused to leave": a past perfect in a relative clause with no date of its own happened by
// the date of the event its noun hangs under.

TEST_CASE("t58 35: a past perfect relative clause under a dated event happened by its date", "[events][dt59a]") {
  const auto g = graph_of_text(
      "The river last flooded badly in 1987, when 40 people drowned, most of them in hamlets that had ignored the warnings.",
      2016_y / November / 19);
  const auto& ignored = event_with(g, "ignored");
  REQUIRE(ignored.time.end);
  CHECK(*ignored.time.end == 1987_y / December / 31);
  CHECK_FALSE(ignored.time.start.has_value());
}

TEST_CASE("t58 35: a simple past relative clause is not bounded so", "[events][dt59a]") {
  const auto g = graph_of_text(
      "The river last flooded badly in 1987, when 40 people drowned, most of them in hamlets that ignored the warnings.",
      2016_y / November / 19);
  const auto& ignored = event_with(g, "ignored");
  CHECK_FALSE((ignored.time.end && *ignored.time.end == 1987_y / December / 31));
}
