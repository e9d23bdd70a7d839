// Session 52, event dating: a time set off by a comma after a verb's event noun is the verb's;
// a report "for" a period on a day is on the day; a relative clause telling the phase of what a
// change is measured in tells the change's phase; a date after what a past verb offered dates the
// offer; "effective March 1" starts the event before it; "The next round of talks is on Monday"
// dates the round; a date opening its sentence dates each clause conjoined to the main verb.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
namespace graph = chronograph::graph;

TEST_CASE("t51 15: a clock time set off by a comma after the verb's event noun dates the verb", "[events][dt52]") {
  const sys_days dct = 2025_y / October / 9;  // a Thursday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Rescuers made voice contact with the group shortly before noon on Tuesday. The final miner was freed 36 hours "
       "after the first contact, at about 7:50 a.m. on Thursday.",
       "freed", 2025_y / October / 9},
      {"The last climber was rescued two days after the first sighting, at 6 a.m. on Wednesday.", "rescued",
       2025_y / October / 8},
      {"The hostages were released a week after the start of talks, on Monday.", "released", 2025_y / October / 6},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("t51 15: a date on the event noun with no comma between stays the noun's", "[events][dt52]") {
  const auto g = graph_of_text("The hostages were released after the talks on Monday.", 2025_y / October / 9);
  check_day(event_with(g, "talks"), 2025_y / October / 6);
  CHECK(event_with(g, "released").time.start != std::optional<sys_days>(2025_y / October / 6));
}

TEST_CASE("t51 16: results reported for a period on a day are reported on that day", "[events][dt52]") {
  const sys_days dct = 2025_y / September / 17;
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The company, whose fiscal year ends in June, said it would report results for its fiscal first quarter on "
       "Nov. 5.",
       "report", 2025_y / November / 5},
      {"The retailer will report earnings for the third quarter on Nov. 19.", "report", 2025_y / November / 19},
      {"Acme said it would release figures for its second half on Feb. 3.", "release", 2026_y / February / 3},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("t51 24: a relative clause of phase on what a change is measured in dates the change", "[events][dt52]") {
  const sys_days dct = 2025_y / January / 14;
  const auto [text, change, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Harlow filed for bankruptcy on Tuesday, blaming a slump in home sales that began in 2022.", "slump",
       2022_y / January / 1, 2022_y / December / 31},
      {"Officials pointed to a rise in prices that started in May.", "rise", 2024_y / May / 1, 2024_y / May / 31},
      {"The firm cited a drop in orders that began last year.", "drop", 2024_y / January / 1, 2024_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, change);
  CHECK(chronograph::test::has_mention(event, "began") != chronograph::test::has_mention(event, "started"));
  check_span(event, start, end);
}

TEST_CASE("t51 24: a relative clause of phase on a noun no change measures stays that noun's", "[events][dt52]") {
  const auto g = graph_of_text("Shares of the company that began trading in 2019 fell on Monday.", 2025_y / January / 14);
  check_span(event_with(g, "trading"), 2019_y / January / 1, 2019_y / December / 31);
  check_day(event_with(g, "fell"), 2025_y / January / 13);
}

TEST_CASE("t51 23: a date after what a past verb offered dates the offer", "[events][dt52]") {
  const sys_days dct = 2025_y / January / 14;
  const auto [text, offer, thing, start, end] = GENERATE(table<std::string, std::string, std::string, sys_days, sys_days>({
      {"A group of bondholders had offered to swap their debt for equity in November, but Greystone rejected the "
       "proposal.",
       "offered", "swap", 2024_y / November / 1, 2024_y / November / 30},
      {"Russia had offered to extend the deal in July.", "offered", "extend", 2024_y / July / 1, 2024_y / July / 31},
      {"The firm offered to buy the stake for $2 billion in 2023.", "offered", "buy", 2023_y / January / 1,
       2023_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_span(event_with(g, offer), start, end);
  CHECK_FALSE(event_with(g, thing).time.start);
}

TEST_CASE("t51 23: a date after what is still to be offered dates what is offered", "[events][dt52]") {
  const auto g = graph_of_text("The union will offer to end the strike in March.", 2025_y / January / 14);
  check_span(event_with(g, "offer"), 2025_y / March / 1, 2025_y / March / 31);
}

TEST_CASE("t52 8: a date that 'effective' opens starts the event before it", "[events][dt52]") {
  const sys_days dct = 2026_y / February / 12;  // a Thursday
  const auto [text, verb, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"The European Union will impose duties on American goods, effective March 1, the Commission said on Tuesday.",
       "impose", 2026_y / March / 1},
      {"The city will raise parking fees, effective April 1, officials said.", "raise", 2026_y / April / 1},
      {"The bank cut its main rate by a quarter point, effective from Monday.", "cut", 2026_y / February / 9},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == start);
  CHECK(event.time.end != std::optional<sys_days>(start));
}

TEST_CASE("t52 8: the saying beside 'effective' keeps its own day", "[events][dt52]") {
  const auto g = graph_of_text(
      "The European Union will impose duties on American goods, effective March 1, the Commission said on Tuesday.",
      2026_y / February / 12);
  check_day(event_with(g, "said"), 2026_y / February / 10);
}

TEST_CASE("t52 14: a date that is the predicate of 'be' dates the event its subject names", "[events][dt52]") {
  const sys_days dct = 2026_y / January / 9;  // a Friday
  const auto [text, subject, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The union rejected the offer. The next round of talks is on Monday.", "round", 2026_y / January / 12,
       2026_y / January / 12},
      {"The vote was in March.", "vote", 2026_y / March / 1, 2026_y / March / 31},
      {"The final hearing is on Wednesday.", "hearing", 2026_y / January / 14, 2026_y / January / 14},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), subject), start, end);
}

TEST_CASE("t52 12: a date opening its sentence dates each clause conjoined to the main verb", "[events][dt52]") {
  const sys_days dct = 2025_y / September / 12;
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"At 14:32 UTC the load balancers began rejecting requests, and customer errors rose sharply.", "rose",
       2025_y / September / 12, 2025_y / September / 12},
      {"In 2019, prices rose, and wages fell.", "fell", 2019_y / January / 1, 2019_y / December / 31},
      {"On Tuesday the river burst its banks, and the water flooded 300 homes.", "flooded",
       2025_y / September / 9, 2025_y / September / 9},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}

TEST_CASE("t52 12: a clause in another tense, or after a trailing date, keeps its own time", "[events][dt52]") {
  const sys_days dct = 2025_y / September / 12;
  const auto present = graph_of_text("In 2019 the firm was founded, and it now employs 300 people.", dct);
  CHECK(event_with(present, "employs").time.start != std::optional<sys_days>(2019_y / January / 1));
  const auto trailing = graph_of_text("The storm hit Cuba on Monday, and thousands fled their homes.", dct);
  CHECK_FALSE(event_with(trailing, "fled").time.start);
}

TEST_CASE("t51 27: a weekday ahead told a few sentences after a day ahead of a plan comes after it", "[events][dt52]") {
  const sys_days dct = 2024_y / June / 20;  // a Thursday
  const auto [text, value] = GENERATE(table<std::string, std::string>({
      {"The emperor will travel to Oxford on Wednesday, 26 June, where Naruhito studied for two years in the 1980s. "
       "He will visit Merton College. The visit will end on Friday with a formal farewell at the palace.",
       "2024-06-28"},
      {"The emperor will travel to Oxford on Wednesday, 26 June. He will visit Merton College, his old college, and "
       "the Bodleian Library. The visit will end on Friday with a formal farewell at the palace.",
       "2024-06-28"},
      {"The ministers will meet in Brussels on Tuesday, June 25. They will discuss the budget. The talks will close "
       "on Monday.",
       "2024-07-01"},
  }));
  CAPTURE(text);
  CHECK(chronograph::test::timex_value_in(text, value == "2024-07-01" ? "Monday" : "Friday", dct) == value);
}

TEST_CASE("t51 27: a weekday ahead with no day ahead before it is the next one", "[events][dt52]") {
  const sys_days dct = 2024_y / June / 20;  // a Thursday
  CHECK(chronograph::test::timex_value_in("The visit will end on Friday.", "Friday", dct) == "2024-06-21");
  CHECK(chronograph::test::timex_value_in("The emperor arrived on Tuesday, 18 June. The visit will end on Friday.",
                                          "Friday", dct) == "2024-06-21");
}

TEST_CASE("t52 44: 'after' before a clause whose subject the parser took for an oblique orders the two",
          "[events][dt52]") {
  const auto g = graph_of_text(
      "Nova Heights went on hiatus in 2018 after drummer Sam Reyes was injured in a bus crash in Ohio.",
      2026_y / December / 3);
  const auto& hiatus = event_with(g, "went");
  const auto& injured = event_with(g, "injured");
  CHECK(chronograph::test::has_edge(g, injured, graph::EdgeType::Before, hiatus));
  CHECK_FALSE(chronograph::test::has_edge(g, hiatus, graph::EdgeType::Simultaneous, injured));
}

TEST_CASE("t52 45: no ordering edge reaches an event that did not happen", "[events][dt52]") {
  const auto g = graph_of_text(
      "The Commission had delayed its response twice, agreeing a 90-day pause in July to allow negotiations to "
      "continue. \"We gave talks every chance,\" Trade Commissioner Maros Sefcovic told reporters in Brussels. \"The "
      "pause expired on Oct. 9 and nothing changed.\"",
      2026_y / February / 12);
  REQUIRE(event_with(g, "changed").modality == graph::Modality::Negated);
  for (const auto& edge : g.edges) {
    if (edge.type != graph::EdgeType::Before && edge.type != graph::EdgeType::Includes &&
        edge.type != graph::EdgeType::Simultaneous)
      continue;
    for (const auto& event : g.events)
      if (event.id == edge.from || event.id == edge.to) {
        CAPTURE(edge.from, edge.to);
        CHECK(event.modality != graph::Modality::Negated);
      }
  }
}
