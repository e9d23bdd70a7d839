// Tester 49, event dating: the second verb of a coordination shares the first one's day; each
// clause of "X was used ... in the 12th century, and a farmhouse was built ... in the 1780s"
// keeps its own date; a date reaches the verb it belongs to; "since" a clause or before a count
// of superlatives starts the verb; "until" after "on bail" bounds the bail; "sold since 2019
// after receiving reports" dates the sales; what happens in a trial is not before the trial.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::has_edge;
using chronograph::test::check_span;
using chronograph::test::check_day;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
namespace graph = chronograph::graph;

TEST_CASE("t49 22: a past verb conjoined after a dated one shares its day", "[events][dt50]") {
  const auto [text, dct, second, day] = GENERATE(table<std::string, sys_days, std::string, sys_days>({
      {"The US Federal Reserve held rates last Wednesday and signalled only one cut this year.", 2024_y / June / 20,
       "signalled", 2024_y / June / 12},
      {"The governor visited Greenville on Saturday and promised state help.", 2021_y / August / 9, "promised",
       2021_y / August / 7},
      {"The board met on March 3 and approved the merger.", 2025_y / May / 20, "approved", 2025_y / March / 3},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), second), day);
}

TEST_CASE("t49 22: after a year, or with a date of its own, the second verb keeps its own time", "[events][dt50]") {
  const sys_days dct = 2024_y / May / 10;
  const auto joined = graph_of_text("She joined the firm in 2010 and became its chief executive.", dct);
  check_span(event_with(joined, "became"), 2010_y / January / 1, dct);
  const auto own = graph_of_text("Police arrested two men on Monday and charged them on Wednesday.", dct);
  check_day(event_with(own, "charged"), 2024_y / May / 8);
}

TEST_CASE("t49 17: each clause of 'X was used as A and B in one time, and Y was built in another' keeps its date",
          "[events][dt50]") {
  const sys_days dct = 2019_y / May / 12;
  const auto [text, first, first_start, second, second_start] =
      GENERATE(table<std::string, std::string, sys_days, std::string, sys_days>({
          {"The site was later used as a church and graveyard in the 12th century, and a farmhouse was built on part "
           "of it in the 1780s.", "used", 1100_y / January / 1, "built", 1780_y / January / 1},
          {"The site was later used as a church in the 12th century, and a farmhouse was built on part of it in the "
           "1780s.", "used", 1100_y / January / 1, "built", 1780_y / January / 1},
          {"The hall was first used as a school and library in the 1950s, and a cafe was opened on part of it in "
           "2004.", "used", 1950_y / January / 1, "opened", 2004_y / January / 1},
      }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& a = event_with(g, first);
  const auto& b = event_with(g, second);
  REQUIRE(a.time.start);
  REQUIRE(b.time.start);
  CHECK(*a.time.start == first_start);
  CHECK(*b.time.start == second_start);
}

TEST_CASE("t49 18: 'approved that therapy on Thursday' dates the approval", "[events][dt50]") {
  const sys_days dct = 2023_y / November / 17;  // a Friday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"A second therapy, from Vertex Pharmaceuticals, is expected to be decided by the FDA on or before Dec. 8 as "
       "well, and Britain's regulator approved that therapy on Thursday.", "approved", 2023_y / November / 16},
      {"The agency is expected to rule on the drug by March, and the European regulator approved that drug on "
       "Monday.", "approved", 2023_y / November / 13},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
  // a "that" clause after a verb stays one
  const auto said = graph_of_text("The regulator said that prices rose on Monday.", dct);
  check_day(event_with(said, "rose"), 2023_y / November / 13);
}

TEST_CASE("t49 18: a date of a participle describing a verb's object dates the verb too", "[events][dt50]") {
  const auto [text, dct, verb, day] = GENERATE(table<std::string, sys_days, std::string, sys_days>({
      {"The utility told regulators that a worker found a tree leaning on one of its power lines on the morning of "
       "July 13 but could not reach it for hours because of rough terrain.", 2021_y / August / 9, "found",
       2021_y / July / 13},
      {"A neighbour saw smoke rising from the roof on the morning of March 4.", 2024_y / March / 10, "saw",
       2024_y / March / 4},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("t49 18: a time set off after 'By the time they arrived' dates the arrival, and the main verb by then",
          "[events][dt50]") {
  const sys_days dct = 2023_y / February / 14;
  const auto [text, arrival, done] = GENERATE(table<std::string, std::string, std::string>({
      {"Officers were called to the museum at 3.40am on 12 February. By the time they arrived, about seven minutes "
       "later, the gang had left through a rear window.", "arrived", "left"},
      {"Firefighters were called to the house at 2.10am on 12 February. By the time they arrived, about ten minutes "
       "later, the roof had collapsed.", "arrived", "collapsed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, arrival), 2023_y / February / 12);
  const auto& main = event_with(g, done);
  REQUIRE(main.time.end);
  CHECK(*main.time.end == sys_days{2023_y / February / 12});
}

TEST_CASE("t49 20: a clause 'since' opens starts the verb it hangs on", "[events][dt50]") {
  const auto [text, dct, verb, start] = GENERATE(table<std::string, sys_days, std::string, sys_days>({
      {"The blaze has burned more than 489,000 acres since it started on July 13.", 2021_y / August / 9, "burned",
       2021_y / July / 13},
      {"The company has cut 500 jobs since it took over the plant on March 3.", 2025_y / May / 20, "cut",
       2025_y / March / 3},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, dct);
}

TEST_CASE("t49 20: a perfect counting superlatives since a date starts then, one superlative does not", "[events][dt50]") {
  const sys_days dct = 2021_y / August / 9;
  const auto [text, verb, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"California has seen its five largest fires since 2018.", "seen", 2018_y / January / 1},
      {"Britain has recorded its ten hottest years since 2003.", "recorded", 2003_y / January / 1},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, dct);
  const auto one = graph_of_text("Shares have reached their highest level since 1982.", dct);
  const auto& reached = event_with(one, "reached");
  CHECK_FALSE((reached.time.start && *reached.time.start == sys_days{1982_y / January / 1}));
}

TEST_CASE("t49 23: 'until' after the state a verb puts someone in bounds the state, not the verb", "[events][dt50]") {
  const sys_days dct = 2023_y / February / 14;
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Two men were arrested on Monday evening. They have been released on bail until 10 March while inquiries "
       "continue.", "released"},
      {"The former minister was placed under house arrest until June.", "placed"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  REQUIRE(event.time.end);
  CHECK(*event.time.end <= dct);
  // a verb that lasts keeps its "until"
  const auto stayed = graph_of_text("He stayed in hospital until 10 March.", 2023_y / March / 20);
  const auto& stay = event_with(stayed, "stayed");
  REQUIRE(stay.time.end);
  CHECK(*stay.time.end == sys_days{2023_y / March / 10});
}

TEST_CASE("t49 52: 'sold since 2019 after receiving reports' dates the sales and puts the reports before the recall",
          "[events][dt50]") {
  const sys_days dct = 2025_y / December / 3;
  const auto [text, sold, recall, cause] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The company is recalling 1.2 million air fryers sold since 2019 after receiving more than 90 reports of the "
       "devices overheating.", "sold", "recalling", "receiving"},
      {"The carmaker is recalling 300,000 vehicles built since 2018 after finding a fault in the brakes.", "built",
       "recalling", "finding"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& sales = event_with(g, sold);
  REQUIRE(sales.time.start);
  CHECK(year_month_day{*sales.time.start}.month() == January);
  const auto& recalled = event_with(g, recall);
  CHECK_FALSE((recalled.time.start && *recalled.time.start < dct - days{365}));
  CHECK(has_edge(g, event_with(g, cause), graph::EdgeType::Before, recalled));
}

TEST_CASE("t49 53: what happens in a trial is not before the trial", "[events][dt50]") {
  const sys_days dct = 2023_y / November / 17;
  const auto g = graph_of_text("In a trial that ran from 2019 to 2022, 28 of 31 patients had no severe pain crises for "
                               "at least 12 months after treatment. Lumen began the trial in the spring of 2019.",
                               dct);
  const auto& treatment = event_with(g, "treatment");
  const auto& trial = event_with(g, "trial");
  CHECK_FALSE(has_edge(g, treatment, graph::EdgeType::Before, trial));
  CHECK_FALSE((treatment.time.end && *treatment.time.end < sys_days{2019_y / June / 1}));
}

TEST_CASE("t49 25: a verb of lasting conjoined to a dated one lasts from its date to its 'through'", "[events][dt50]") {
  const sys_days dct = 2021_y / August / 9;  // a Monday
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Crews expected hot, dry winds to return on Tuesday and to last through Thursday.", "last", 2021_y / August / 10,
       2021_y / August / 12},
      {"Officials expect the heat to arrive on Friday and to last until Sunday.", "last", 2021_y / August / 13,
       2021_y / August / 15},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}
