// Session 59, event dating: the tester's findings of session 58 (numbered as in its report) on
// a duration after an abbreviation's period, a date in a copular conjunct or in an "including"
// phrase, a present perfect with "always", a "when" clause on a folded verb of planning and a
// time told of each fiscal year.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::graph::EdgeType;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_edge;
using chronograph::test::solved_graph_of_text;

// Item 47: "forced it to cancel operations for two days" in a sentence dated May 2017 that names
// "St. Mary's": the abbreviation's period ended no sentence, so the duration is no time counted
// from the article's date; the cancelling keeps the sentence's month.

// The interval of the time expression `text` in the graph's timexes (none when it has none).
std::optional<chronograph::Interval> interval_of(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& timex : g.timexes)
    if (timex.text == text) return timex.interval;
  FAIL("no time expression '" << text << "'");
  return std::nullopt;
}

TEST_CASE("t58 47: an abbreviation's period does not cut a duration off its sentence's date", "[events][dt59b]") {
  const auto g = graph_of_text(
      "In June 2009, a fire damaged the roof of St. Paul's and forced it to close the library for three days.",
      2025_y / November / 10);
  CHECK_FALSE(interval_of(g, "three days"));
  check_span(event_with(g, "close"), 2009_y / June / 1, 2009_y / June / 30);
}

TEST_CASE("t58 47: a duration ahead in a sentence with no date still runs from the article's date", "[events][dt59b]") {
  const sys_days dct = 2025_y / November / 10;
  const auto g = graph_of_text("St. Paul's Cathedral will close its doors for three days.", dct);
  CHECK(interval_of(g, "three days"));
  check_span(event_with(g, "close"), dct, dct + days{3});
}

// Item 53: "won silver ... at the 2023 world championships ... and was the African champion in
// 2022": the year of the copular conjunct is the title's, not the win's.

TEST_CASE("t58 53: a date in a conjoined copular predicate does not date the first verb", "[events][dt59b]") {
  const auto g = graph_of_text(
      "Mbeki won gold in the 800 metres at the 2019 national games in Durban and was the regional champion in 2017.",
      2025_y / November / 10);
  const auto& won = event_with(g, "won");
  REQUIRE(won.time.start);
  CHECK(*won.time.start != 2017_y / January / 1);
}

TEST_CASE("t58 53: a date of a conjoined event verb is still that verb's", "[events][dt59b]") {
  const auto g = graph_of_text("Mbeki won the final in Durban and retired in 2017.", 2025_y / November / 10);
  check_span(event_with(g, "retired"), 2017_y / January / 1, 2017_y / December / 31);
}

// Item 56: "have been annulled, including a fourth-place finish at the ... meeting in Rome in
// June 2024": the date is the member's (the meeting's), not the annulment's. And "He has always
// denied ..." is a present perfect, which does not go on the narrative of a dated test.

TEST_CASE("t58 56: a date in an including phrase dates the member, not the clause", "[events][dt59b]") {
  const auto g = graph_of_text(
      "Her results since the failed test have been cancelled, including a third-place finish at the Golden Gala meeting "
      "in Florence in May 2021, which she was allowed to run while her appeal was pending.",
      2025_y / November / 10);
  const auto& cancelled = event_with(g, "cancelled");
  CHECK_FALSE((cancelled.time.start && *cancelled.time.start == 2021_y / May / 1));
  check_span(event_with(g, "meeting"), 2021_y / May / 1, 2021_y / May / 31);
}

TEST_CASE("t58 56: an event noun in an including phrase does not pass its date to the verb", "[events][dt59b]") {
  const auto g = graph_of_text(
      "Her results have been cancelled, including a third-place finish at the Golden Gala meeting in Florence in May 2021.",
      2025_y / November / 10);
  const auto& cancelled = event_with(g, "cancelled");
  CHECK_FALSE((cancelled.time.start && *cancelled.time.start == 2021_y / May / 1));
}

TEST_CASE("t58 56: a date outside the including phrase still dates the clause", "[events][dt59b]") {
  const auto g = graph_of_text("The company cut 300 jobs in March, including 40 in Leeds.", 2025_y / November / 10);
  check_span(event_with(g, "cut"), 2025_y / March / 1, 2025_y / March / 31);
}

TEST_CASE("t58 56: has always denied is a present perfect, off the narrative of a dated day", "[events][dt59b]") {
  const auto g = graph_of_text("The senator was charged with fraud on 3 May 2022. He has always denied the charges.",
                               2025_y / November / 10);
  const auto& denied = event_with(g, "denied");
  CHECK(denied.aspect == "PERFECTIVE");
  CHECK_FALSE((denied.time.start && *denied.time.start == 2022_y / May / 3));
}

TEST_CASE("t58 56: a simple past denial still goes on the narrative", "[events][dt59b]") {
  const auto g = graph_of_text("The senator was charged with fraud on 3 May 2022. He denied the charges.",
                               2025_y / November / 10);
  check_span(event_with(g, "denied"), 2022_y / May / 3, 2022_y / May / 3);
}

// Item 38: "When construction began in April 2011, the tunnel was scheduled to open in 2025": the
// "when" clause is the scheduling's time, not the opening's; no link, so no conflict.

TEST_CASE("t58 38: a when clause on a folded verb of planning does not link the planned event", "[events][dt59b]") {
  const auto g = solved_graph_of_text("When work on the dam started in May 2008, the reservoir was scheduled to fill in 2012.",
                                      2025_y / November / 10);
  const auto& started = event_with(g, "started");
  const auto& fill = event_with(g, "fill");
  CHECK_FALSE(has_edge(g, started, EdgeType::Simultaneous, fill));
  CHECK_FALSE(has_edge(g, fill, EdgeType::Simultaneous, started));
  CHECK(g.conflicts.empty());
}

TEST_CASE("t58 38: a when clause on an event verb still links the two", "[events][dt59b]") {
  const auto g = graph_of_text("When the dam opened in May 2012, the valley flooded.", 2025_y / November / 10);
  CHECK(has_edge(g, event_with(g, "opened"), EdgeType::Simultaneous, event_with(g, "flooded")));
}

// Item 2: "reviewed by the end of the third quarter of each fiscal year": a time told of each
// period recurs and sets no one deadline.

TEST_CASE("t58 2: a time of each period dates no event", "[events][dt59b]") {
  const auto g = graph_of_text(
      "Under the agreement, prices will be set for three years starting March 1, 2026, and revised by the end of the "
      "second quarter of each calendar year.",
      2025_y / November / 10);
  const auto& revised = event_with(g, "revised");
  CHECK(revised.time.value.find("-Q2") == std::string::npos);
  CHECK_FALSE((revised.time.end && (*revised.time.end == 2025_y / June / 30 || *revised.time.end == 2026_y / June / 30)));
}

TEST_CASE("t58 2: the end of a quarter alone is still a deadline", "[events][dt59b]") {
  const auto g = graph_of_text("Prices will be revised by the end of the second quarter.", 2025_y / November / 10);
  const auto& revised = event_with(g, "revised");
  REQUIRE(revised.time.end);
  CHECK(*revised.time.end == 2026_y / June / 30);
}
