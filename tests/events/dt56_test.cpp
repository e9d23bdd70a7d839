// Session 56, event dating and links: the tester's findings of session 55 (numbered as in its
// report) on spans a continuing verb carries on, dates shared by conjoined verbs, and distances
// told as "more than".
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::graph::EdgeType;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::events_with_mention;
using chronograph::test::graph_of_text;
using chronograph::test::has_edge;
using chronograph::test::has_mention;
using chronograph::test::solved_graph_of_text;

// Item 16: "began X in 2015 and continued until Y": the continuing is a phase of what began, and
// the event runs from the start's date to the time "until" gives, or the one of the clause it opens.

TEST_CASE("t55 16: a continuing conjoined to a start carries the begun event on until then", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;
  const auto [text, end] = GENERATE(table<std::string, sys_days>({
      {"The firm started building the bridge in 2015 and continued until April 2018.", 2018_y / April / 30},
      {"The firm started building the bridge in 2015 and continued until a flood washed away the site in April 2018.",
       2018_y / April / 30},
      {"The clerk began stealing cash from the tills in 2015 and continued until auditors found the losses in June 2019.",
       2019_y / June / 30},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& begun = event_with(g, "continued");
  CHECK(events_with_mention(g, "continued") == 1);
  CHECK(has_mention(begun, "began") + has_mention(begun, "started") == 1);
  check_span(begun, 2015_y / January / 1, end);
}

TEST_CASE("t55 16: a continuing with a complement or a subject of its own stays apart", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;
  const auto text = GENERATE(as<std::string>{},
                             "The firm started building the bridge in 2015 and continued work on the tunnel until 2018.",
                             "The firm started building the bridge in 2015, and its rival continued until 2018.");
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK_FALSE(has_mention(event_with(g, "building"), "continued"));
}

TEST_CASE("t55 16: a clause until opens names its own actors, not the continuing's", "[events][dt56]") {
  const auto g = graph_of_text(
      "The clerk began stealing cash in 2015 and continued until auditors found the losses in June 2019.", 2024_y / March / 8);
  for (const auto& actor : event_with(g, "continued").actors) CHECK(actor.find("auditor") == std::string::npos);
}

// Item 23: a simple past conjoined to a first verb the tagger read as a participle with no
// auxiliary is told in its tense, and shares its date.

TEST_CASE("t55 23: a past conjoined to a verb misread as a participle shares its date", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;  // a Friday
  const auto g = graph_of_text(
      "Dozens of aftershocks followed, the largest of which, a magnitude 6.2 quake, hit on Friday evening and brought "
      "down a tower that had survived the main shock.",
      dct);
  check_day(event_with(g, "brought"), dct);
  // (a first verb with an auxiliary of its own is no misread simple past)
  const auto h = graph_of_text("The council had approved the plan on Friday evening and rejected it after a protest.", dct);
  CHECK_FALSE(event_with(h, "rejected").time.start.has_value());
}

// Item 24: "more than 60 hours after it collapsed": the event lies beyond that distance, so only
// the latest it can have happened is known, not a window that starts at the distance.

TEST_CASE("t55 24: an event more than a distance before another is bounded only at its end", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;  // Thursday is March 7
  const auto [text, trigger, latest] = GENERATE(table<std::string, std::string, sys_days>({
      {"On Thursday evening, firefighters rescued a dog from the ruins of a barn, more than 60 hours after it collapsed.",
       "collapsed", 2024_y / March / 5},
      {"On Thursday evening, firefighters rescued a dog from a mine, at least three days after it flooded.", "flooded",
       2024_y / March / 4},
  }));
  CAPTURE(text);
  const auto& event = event_with(solved_graph_of_text(text, dct), trigger);
  CHECK_FALSE(event.time.start.has_value());
  REQUIRE(event.time.end.has_value());
  CHECK(*event.time.end <= latest);
}

TEST_CASE("t55 24: an event an exact distance before another lies in that window", "[events][dt56]") {
  const auto& collapsed = event_with(
      solved_graph_of_text("On Thursday evening, firefighters rescued a dog from the ruins of a barn, 60 hours after it "
                           "collapsed.",
                           2024_y / March / 8),
      "collapsed");
  check_span(collapsed, 2024_y / March / 4, 2024_y / March / 5);
}

// Item 70: "after the recall was announced" parsed with "after" a preposition of "recall" and the
// participle another clause: the noun is the subject of the clause "after" opens, which orders
// the verb the noun hung on.

TEST_CASE("t55 70: a passive clause after a noun a word of order opens orders the verb", "[events][dt56]") {
  const auto g = graph_of_text(
      "Shares of the carmaker rose 3 percent on Monday and fell 5 percent on Wednesday after the recall was announced.",
      2024_y / March / 8);
  const auto& announced = event_with(g, "announced");
  CHECK(has_edge(g, announced, EdgeType::Before, event_with(g, "fell")));
  CHECK_FALSE(has_edge(g, announced, EdgeType::Before, event_with(g, "rose")));
  CHECK(has_mention(announced, "recall"));
}

// Item 17: "A first match on Monday was abandoned ..., and a second, on Thursday, was stopped":
// the ordinal is the subject of the second verb, and the date set off after it is that verb's,
// not the first's.

TEST_CASE("t55 17: the date set off after an ordinal subject dates its own verb", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;  // a Friday
  const auto g = graph_of_text(
      "A first match on Monday was abandoned because of heavy rain, and a second, on Thursday, was stopped after a "
      "fan ran onto the pitch.",
      dct);
  check_day(event_with(g, "stopped"), 2024_y / March / 7);
  CHECK(event_with(g, "abandoned").time.start != std::optional<sys_days>(2024_y / March / 7));
  CHECK_FALSE(has_mention(event_with(g, "match"), "stopped"));
}

// Item 18: "denied reports last month that ...": "reports" is the denial's object (a noun), so the
// month dates the denial, and not the claim denied.

TEST_CASE("t55 18: a date after a denial's object dates the denial, not the claim", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;
  const auto g = graph_of_text("The ministry denied reports last week that the dam had cracked during the storm.", dct);
  check_span(event_with(g, "denied"), 2024_y / February / 26, 2024_y / March / 3);
  CHECK_FALSE(event_with(g, "cracked").time.value.starts_with("2024-W09"));
}

// Item 70 (and the clauses its repair brings to light): a clause "after" opens in the present or
// the present perfect under a verb still to come tells of what is awaited, not of what happened.

TEST_CASE("t55 70: an awaited clause in the present perfect is planned, one in the past actual", "[events][dt56]") {
  using chronograph::graph::Modality;
  const sys_days dct = 2024_y / March / 8;
  const auto [text, host, modality] = GENERATE(table<std::string, std::string, Modality>({
      {"The minister will resign after the report has been published.", "resign", Modality::Planned},
      {"The minister will resign after the report is published.", "resign", Modality::Planned},
      {"The minister resigned after the report had been published.", "resigned", Modality::Actual},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& published = event_with(g, "published");
  CHECK(published.modality == modality);
  CHECK(has_edge(g, published, EdgeType::Before, event_with(g, host)));
}

TEST_CASE("t55 17: calling off a thing its own phrase dates happens by that date", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;  // a Friday
  const auto g = graph_of_text("The march on Sunday was cancelled after police warned of violence.", dct);
  const auto& cancelled = event_with(g, "cancelled");
  REQUIRE(cancelled.time.end.has_value());
  CHECK(*cancelled.time.end == sys_days{2024_y / March / 3});
  CHECK_FALSE(cancelled.time.start.has_value());
  // (a verb that does not call the thing off is not dated by it: the criticism may come later)
  const auto h = graph_of_text("The vote on Friday was criticised by the opposition.", dct);
  CHECK(event_with(h, "criticised").time.source != chronograph::graph::TimeSource::Explicit);
}
