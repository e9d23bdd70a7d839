// Session 62, event dating: the tester's findings of session 60 (numbered as in its report) on a
// "since" date that bounds a superlative graded by "the most", a strike begun on a day and still
// going on, and a same-word guess that carried a date years old to the dispute going on now.
#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_edge;
using chronograph::test::solved_graph_of_text;

// Item 33: "in the most serious collision since 2009": "the most" grades the adjective, so the
// phrase is a superlative and the year bounds the comparison, not the accident.

TEST_CASE("t60 33: a since date after an adjective graded by the most does not date the event", "[events][dt62]") {
  const auto g = graph_of_text(
      "A cargo ship sank on Tuesday off the coast of Norway, the coastguard reported on Wednesday, in the most "
      "serious accident in the fjord since 1998.",
      2024_y / March / 14);
  const auto& accident = event_with(g, "accident");
  CHECK_FALSE(accident.time.start == sys_days{1998_y / January / 1});
  check_span(event_with(g, "sank"), 2024_y / March / 12, 2024_y / March / 12);
}

TEST_CASE("t60 33: a since date after a comparative still starts what the perfect tells", "[events][dt62]") {
  const auto g = graph_of_text("Unions have held more frequent strikes since 2019.", 2024_y / March / 14);
  const auto& held = event_with(g, "held");
  REQUIRE(held.time.start);
  CHECK(*held.time.start == sys_days{2019_y / January / 1});
}

// Item 15: "a walkout that began on March 3 and has already disrupted ...": the start's
// conjunct in the present perfect tells the walkout is still on, so it runs to the DCT.

TEST_CASE("t60 15: an event begun on a day and told still going on runs to the article's date", "[events][dt62]") {
  const sys_days dct = 2024_y / April / 10;
  const auto g = graph_of_text(
      "Bus drivers voted on Monday to extend a walkout that began on March 3 and has already disrupted thousands "
      "of journeys.",
      dct);
  check_span(event_with(g, "walkout"), 2024_y / March / 3, dct);
}

TEST_CASE("t60 15: an event begun on a day and told ended keeps its end", "[events][dt62]") {
  const auto g = graph_of_text("Bus drivers voted on Monday to extend a walkout that began on March 3 and ended on March 9.",
                               2024_y / April / 10);
  check_span(event_with(g, "walkout"), 2024_y / March / 3, 2024_y / March / 9);
}

TEST_CASE("t60 15: a start joined to a past verb does not run on", "[events][dt62]") {
  const auto g = graph_of_text("Porters staged a stoppage that began on March 3 and closed two wards.", 2024_y / April / 10);
  check_span(event_with(g, "stoppage"), 2024_y / March / 3, 2024_y / March / 3);
}

// Item 16: "a dispute over staffing lasted two months" in 1995, then "this dispute has been more
// bitter": "this" names the dispute going on now, which the same word does not date in 1995.

TEST_CASE("t60 16: the same word with this is not dated years back by the earlier mention", "[events][dt62]") {
  const auto g = solved_graph_of_text(
      "Teachers at the academy walked out on Monday over pay. The head teacher rejected claims that supply staff had "
      "been hired at double rates during the dispute.\n"
      "Teachers there last walked out in 1995, when a dispute over staffing lasted two months. Many of the teachers "
      "on the picket line say this dispute has been more bitter.",
      2024_y / April / 10);
  const auto& then = event_with(g, "lasted");
  const auto now_at = std::find_if(g.events.begin(), g.events.end(), [](const auto& e) {
    return chronograph::test::has_mention(e, "dispute") && !chronograph::test::has_mention(e, "lasted");
  });
  REQUIRE(now_at != g.events.end());
  const auto& now = *now_at;
  CHECK_FALSE(has_edge(g, then, chronograph::graph::EdgeType::Simultaneous, now));
  CHECK_FALSE(has_edge(g, now, chronograph::graph::EdgeType::Simultaneous, then));
  CHECK_FALSE(now.time.end == sys_days{1995_y / December / 31});
  const auto& hired = event_with(g, "hired");
  CHECK_FALSE(hired.time.end == sys_days{1995_y / December / 31});
}

TEST_CASE("t60 16: the same word without this or a change of tense still tells the same event", "[events][dt62]") {
  const auto g = solved_graph_of_text(
      "Teachers there last walked out in 1995, when a dispute over staffing lasted two months. The dispute ended with "
      "a pay deal.",
      2024_y / April / 10);
  const auto& ended = event_with(g, "ended");
  REQUIRE(ended.time.end);
  CHECK(*ended.time.end == sys_days{1995_y / December / 31});
}

// Item 7: "Three passengers remain in hospital": an actual state told in the simple present holds
// at the article's date.

TEST_CASE("t60 7: a state told in the simple present goes on at the article's date", "[events][dt62]") {
  const auto g = graph_of_text("Three climbers remain in hospital in Grenoble.", 2019_y / June / 16);
  CHECK(event_with(g, "remain").time.going_on());
}

TEST_CASE("t60 7: a state told in the past does not go on at the article's date", "[events][dt62]") {
  const sys_days dct = 2019_y / June / 16;
  const auto g = graph_of_text("Three climbers remained in hospital in Grenoble.", dct);
  const auto& remained = event_with(g, "remained");
  CHECK_FALSE(remained.time.going_on());
  REQUIRE(remained.time.end);
  CHECK(*remained.time.end == dct);
}

// Item 1: "publish an interim report within six weeks and a full report next year": the year
// dates the second report, whose verb the text leaves out, not the publishing of the first.

TEST_CASE("t60 1: a date after a second object joined with its own time is not the verb's", "[events][dt62]") {
  const auto g = graph_of_text(
      "The regulator said it expected to publish a preliminary review within four weeks and a final review next year.",
      2019_y / June / 16);
  const auto& publish = event_with(g, "publish");
  REQUIRE(publish.time.end);
  CHECK(*publish.time.end < sys_days{2020_y / January / 1});
}

TEST_CASE("t60 1: a date after two objects with no time between dates the verb", "[events][dt62]") {
  const auto g = graph_of_text("The firm sold the house and the car last year.", 2019_y / June / 16);
  check_span(event_with(g, "sold"), 2018_y / January / 1, 2018_y / December / 31);
}

// Item 41: "has led the race since the second stage in Sheffield a week ago": a date with no
// preposition of its own goes on the "since" phrase before it, so the lead runs on from then.

TEST_CASE("t60 41: a bare date closing a since phrase starts what the perfect tells", "[events][dt62]") {
  const sys_days dct = 2019_y / June / 16;
  const auto g = graph_of_text(
      "The Belgian, who has led the rally since the third stage in Lyon a week ago, finished fourth on Sunday.", dct);
  const auto& led = event_with(g, "led");
  REQUIRE(led.time.start);
  REQUIRE(led.time.end);
  CHECK(*led.time.start <= sys_days{2019_y / June / 9});
  CHECK(*led.time.end == dct);
}

TEST_CASE("t60 41: a bare date after a phrase no since opens dates the verb within it", "[events][dt62]") {
  const auto g = graph_of_text("The Belgian won the third stage in Lyon a week ago.", 2019_y / June / 16);
  const auto& won = event_with(g, "won");
  REQUIRE(won.time.end);
  CHECK(*won.time.end <= sys_days{2019_y / June / 9});
}

// Item 20: "had invited both sides to new talks, possibly as early as Friday", said on Monday:
// inviting looks ahead, so a date after the article's is the talks', not the invitation's.

TEST_CASE("t60 20: an invitation told as done is not dated on the day it invites to", "[events][dt62]") {
  const sys_days dct = 2024_y / April / 9;
  const auto g = graph_of_text(
      "The mediator said on Monday night that it had invited both unions to fresh talks, possibly as early as Friday.", dct);
  const auto& invited = event_with(g, "invited");
  REQUIRE(invited.time.end);
  CHECK(*invited.time.end <= dct);
}

TEST_CASE("t60 20: the meeting an invitation looks ahead to keeps its own date", "[events][dt62]") {
  const auto g = graph_of_text("The mayor has invited residents to a public meeting next week.", 2024_y / April / 9);
  check_span(event_with(g, "meeting"), 2024_y / April / 15, 2024_y / April / 21);
  const auto& invited = event_with(g, "invited");
  REQUIRE(invited.time.end);
  CHECK(*invited.time.end <= sys_days{2024_y / April / 9});
}

// Item 57: "would publish a report on its handling of the case early next year": the year dates
// the publishing, not the handling the report is about.

TEST_CASE("t60 57: a date on a verb does not date what the verb's object is about", "[events][dt62]") {
  const sys_days dct = 2024_y / April / 9;
  const auto g = graph_of_text(
      "The regulator said it would publish a report on its handling of the inquiry early next year.", dct);
  const auto& handling = event_with(g, "handling");
  CHECK_FALSE(handling.time.start == sys_days{2025_y / January / 1});
  const auto& publish = event_with(g, "publish");
  REQUIRE(publish.time.start);
  CHECK(*publish.time.start == sys_days{2025_y / January / 1});
}

TEST_CASE("t60 57: an event noun the verb's object is itself still shares the verb's date", "[events][dt62]") {
  const auto g = graph_of_text("Police conducted a raid on the offices of the council in 2021.", 2024_y / April / 9);
  check_span(event_with(g, "raid"), 2021_y / January / 1, 2021_y / December / 31);
}
