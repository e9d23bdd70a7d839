// Session 57 (b), event dating: the tester's findings of session 56 (numbered as in its report)
// on lengths told before an event noun, dates an event is sent into, and the findings of
// session 55 named in the test names.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::graph::EdgeType;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_edge;
using chronograph::test::solved_graph_of_text;

// Item 19: "released early Sunday after a 41-hour standoff": a length in front of an event noun
// that "after" opens runs the noun's event up to the day of what followed it.

TEST_CASE("t56 19: a lasting event noun after which a dated event happened ends on its day", "[events][dt57b]") {
  const sys_days dct = 2025_y / September / 20;  // a Saturday
  const auto [text, noun, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"The two climbers were rescued on Thursday after a 30-hour search in the fog.", "search", 2025_y / September / 16},
      {"The dockers went back to work on Thursday after a six-day strike over pay.", "strike", 2025_y / September / 12},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_span(event_with(g, noun), start, 2025_y / September / 18);
}

TEST_CASE("t56 19: a lasting event noun before a dated event is not ended by it", "[events][dt57b]") {
  const auto g = graph_of_text("The two climbers were rescued on Thursday before a 30-hour search could begin.",
                               2025_y / September / 20);
  CHECK_FALSE(event_with(g, "search").time.start.has_value());
}

// Item 24: "pushing a final decision into next year": a date after "into" on a verb with an
// object is the object's time; the verb keeps the date of the clause it hangs on.

TEST_CASE("t56 24: a date an object is pushed into dates the object, not the pushing", "[events][dt57b]") {
  const sys_days dct = 2025_y / September / 24;  // a Wednesday
  const auto g = graph_of_text(
      "Judges on Monday adjourned the trial of the former mayor, pushing a verdict into next year and leaving the city "
      "without a leader.",
      dct);
  check_day(event_with(g, "pushing"), 2025_y / September / 22);
  check_span(event_with(g, "verdict"), 2026_y / January / 1, 2026_y / December / 31);
}

TEST_CASE("t56 24: a verb with no object keeps the date after into", "[events][dt57b]") {
  const auto g = graph_of_text("The miners' strike dragged into March.", 2025_y / September / 24);
  check_span(event_with(g, "dragged"), 2025_y / March / 1, 2025_y / March / 31);
}

// Item 21: "entered the museum at 1:20 a.m., tied up two night guards and left": the middle of a
// list of verbs, which the parser may hang on the first as a parataxis, shares the first's date.

TEST_CASE("t56 21: the middle verb of a list shares the first verb's trailing date", "[events][dt57b]") {
  const auto g = graph_of_text(
      "The gang entered the warehouse at 2:05 a.m. on June 3, 2016, loaded the trucks and drove away 50 minutes later.",
      2024_y / March / 8);
  check_day(event_with(g, "loaded"), 2016_y / June / 3);
}

TEST_CASE("t56 21: a clause after a comma with no conjunct after it is no list member", "[events][dt57b]") {
  const auto g = graph_of_text("The gang entered the warehouse at 2:05 a.m. on June 3, 2016, nobody noticed them.",
                               2024_y / March / 8);
  CHECK_FALSE(event_with(g, "noticed").time.start.has_value());
}

// Item 26: "might have been used as collateral in drug deals during the 2000s": a verb whose
// oblique event noun "in" opens happens within that event's date, even a decade.

TEST_CASE("t56 26: a verb happens within the dated event its oblique in opens", "[events][dt57b]") {
  const auto g = graph_of_text("Prosecutors said in May that the boats may have been seized in raids during the 1990s.",
                               2024_y / March / 8);
  check_span(event_with(g, "seized"), 1990_y / January / 1, 1999_y / December / 31);
}

TEST_CASE("t56 26: a verb after a dated event noun is not within its decade", "[events][dt57b]") {
  const auto g = graph_of_text("Prosecutors said in May that the boats may have been seized after raids during the 1990s.",
                               2024_y / March / 8);
  const auto& seized = event_with(g, "seized");
  CHECK_FALSE((seized.time.start && seized.time.end && *seized.time.end == sys_days{1999_y / December / 31}));
}

// Item 20: "Staff triggered a silent alarm and officers arrived within minutes": what happened
// within minutes or hours happened on the day of the event told last before it, and so did the
// verb conjoined before it.

TEST_CASE("t56 20: what happened within minutes is on the day of the event told before it", "[events][dt57b]") {
  const sys_days dct = 2025_y / September / 20;  // a Saturday
  const auto g = graph_of_text(
      "A fire broke out in the kitchen of the hotel at 6:40 a.m. on Thursday. A porter smashed a window and three engines "
      "arrived within minutes.",
      dct);
  check_day(event_with(g, "arrived"), 2025_y / September / 18);
  check_day(event_with(g, "smashed"), 2025_y / September / 18);
}

TEST_CASE("t56 20: within minutes of a named event, or far from a dated one, gives no day", "[events][dt57b]") {
  const sys_days dct = 2025_y / September / 20;
  const auto g = graph_of_text(
      "A fire broke out in the kitchen of the hotel at 6:40 a.m. on Thursday. The manager resigned. The owners sold the "
      "building. Firefighters arrived within minutes.",
      dct);
  CHECK_FALSE(event_with(g, "arrived").time.start.has_value());
  const auto h = graph_of_text(
      "A fire broke out in the kitchen of the hotel at 6:40 a.m. on Thursday. Firefighters arrived within minutes of a "
      "second blast.",
      dct);
  CHECK_FALSE(event_with(h, "arrived").time.start.has_value());
}

// Session 55, item 30: "first scheduled for Wednesday ... a second attempt on Friday ... a
// third, on Tuesday": ordinals order the tries they number, and dates that say otherwise are
// reported as a conflict.

TEST_CASE("t55 30: ordinals order the tries they number", "[events][dt57b]") {
  const auto g = graph_of_text(
      "The climbers first tried to reach the summit on Monday but turned back in a storm. A second attempt on "
      "Wednesday failed when a rope snapped, and a third, on Friday, succeeded.",
      2025_y / September / 20);
  CHECK(has_edge(g, event_with(g, "tried"), EdgeType::Before, event_with(g, "failed")));
  CHECK(has_edge(g, event_with(g, "failed"), EdgeType::Before, event_with(g, "succeeded")));
}

TEST_CASE("t55 30: a second try dated before the first is a conflict", "[events][dt57b]") {
  const auto g = solved_graph_of_text(
      "Engineers first tried to restart the reactor on Friday. A second attempt on Tuesday also failed.",
      2025_y / September / 20);  // a Saturday: Friday is the 19th, Tuesday the 16th
  REQUIRE(g.conflicts.size() == 1);
  CHECK(g.conflicts.front().message.find("first ... second") != std::string::npos);
}

TEST_CASE("t55 30: an ordinal on a noun that is no event orders nothing", "[events][dt57b]") {
  const auto g = graph_of_text("For the first time in a decade, the team won a second match in the league on Sunday.",
                               2025_y / September / 20);
  for (const auto& edge : g.edges) CHECK(edge.evidence.cue.find("...") == std::string::npos);
}

// Item 19 too: "ending a siege that had paralysed the town centre since Friday morning": an
// event dated only by its end began when its relative clause's event did.

TEST_CASE("t56 19: an event ended on a day began when its relative clause did", "[events][dt57b]") {
  const auto g = graph_of_text("Workers returned to the plant on Monday, ending a strike that had halted production since early May.",
                               2025_y / September / 20);
  check_span(event_with(g, "strike"), 2025_y / May / 1, 2025_y / September / 15);
}

TEST_CASE("t56 19: an event with no end told keeps no start from its relative clause", "[events][dt57b]") {
  const auto g = graph_of_text("The union called off a boycott that would have hurt sales since the spring.", 2025_y / September / 20);
  CHECK_FALSE(event_with(g, "boycott").time.start.has_value());
}
