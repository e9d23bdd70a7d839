// Session 58, event dating: the tester's findings of session 57 (numbered as in its report) on
// a clock time taken by the clause an "after" opens, a time limit after an urged infinitive, a
// date in the subject of a "before" clause and a deadline after a modal content clause.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/links/event_anchors.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::graph::EdgeType;
using chronograph::test::check_day;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_edge;

// Item 20: "walked off the job at 6 a.m. on Wednesday, halting ... after overnight talks between
// the union and the employers' association broke down": "after" read as a preposition left
// "broke" a conjunct with the clock time; it opens a clause, so the time is the walkout's and
// the talks broke down before it.

TEST_CASE("t57 20: a clause after a preposition-looking after leaves the time to the main verb", "[events][dt58]") {
  const sys_days dct = 2024_y / June / 5;
  const auto g = graph_of_text(
      "Hundreds of refinery workers walked off the job at 7 a.m. on Thursday, halting fuel deliveries at the country's largest "
      "terminal after overnight talks between the GMB union and the operators' federation broke down.",
      dct);
  const auto& walked = event_with(g, "walked");
  check_day(walked, 2024_y / May / 30);
  const auto& broke = event_with(g, "broke");
  CHECK(broke.title == "Overnight talks break down");
  CHECK_FALSE(broke.time.start.has_value());
  CHECK(has_edge(g, broke, EdgeType::Before, walked));
}

TEST_CASE("t57 20: a noun after after followed by a clause of its own keeps its preposition", "[events][dt58]") {
  const auto g = graph_of_text("Dockers walked out at 6 a.m. on Monday after weeks of talks, and the port closed at noon.",
                               2024_y / June / 5);
  const auto& walked = event_with(g, "walked");
  const auto& closed = event_with(g, "closed");
  CHECK_FALSE(has_edge(g, closed, EdgeType::Before, walked));
}

// Item 22: "urged the two sides to return to the table within days": a time limit that
// "within" opens, after the infinitive of what is urged, is that infinitive's, as a deadline is.

TEST_CASE("t57 22: within a time after an urged infinitive bounds the infinitive", "[events][dt58]") {
  const sys_days dct = 2024_y / June / 5;
  const auto g = graph_of_text("The mayor said on Tuesday morning she would not step in but urged both unions to resume "
                               "negotiations within days.",
                               dct);
  const auto& resume = event_with(g, "resume");
  REQUIRE(resume.time.end);
  CHECK(*resume.time.end > dct);
  const auto& urged = event_with(g, "urged");
  CHECK_FALSE((urged.time.end && *urged.time.end > dct));
}

TEST_CASE("t57 22: within a time on a verb with no infinitive still dates the verb", "[events][dt58]") {
  const sys_days dct = 2024_y / June / 5;
  const auto g = graph_of_text("The company will repay the loan within two weeks.", dct);
  const auto& repay = event_with(g, "repay");
  REQUIRE(repay.time.end);
  CHECK(*repay.time.end > dct);
}

// Item 37: "flew past Venus twice before a Jupiter flyby in 2008 gave it a final boost": a date
// in the subject of the clause "before" opens is the clause's, not the main verb's.

TEST_CASE("t57 37: a date in the subject of a before clause dates that clause", "[events][dt58]") {
  const auto g = graph_of_text(
      "The probe was launched in April 2004 and flew past Mars twice before a Saturn flyby in 2009 gave it extra speed.",
      2017_y / January / 9);
  const auto& gave = event_with(g, "gave");
  REQUIRE(gave.time.start);
  REQUIRE(gave.time.end);
  CHECK(*gave.time.start == 2009_y / January / 1);
  CHECK(*gave.time.end == 2009_y / December / 31);
  const auto& flew = event_with(g, "flew");
  CHECK_FALSE((flew.time.start && *flew.time.start == 2009_y / January / 1));
}

TEST_CASE("t57 37: a date after the clause's verb stays where the parse hangs it", "[events][dt58]") {
  const auto g = graph_of_text("The ship left the harbour before the storm arrived in March 2009.", 2017_y / January / 9);
  const auto& arrived = event_with(g, "arrived");
  REQUIRE(arrived.time.start);
  CHECK(*arrived.time.start == 2009_y / March / 1);
}

// Item 54: "said the worst could be over by Christmas if ...": a date after a modal clause the
// saying takes as its content bounds what may come, not the saying.

// (graph_of_text folds the saying away, so the anchors are read directly.)
namespace {

// The words of the events the sentence's time expressions date.
std::vector<std::string> dated_words(const std::string& text, sys_days dct) {
  chronograph::core::Document document = chronograph::core::parse_text_document(text, "test.txt");
  document.id = "test";
  document.dct = dct;
  const auto analysis = chronograph::test::pipeline().analyse(std::move(document));
  std::vector<std::string> words;
  for (const auto& anchor : chronograph::core::anchor_events(analysis.tokens, analysis.events, analysis.timexes, dct))
    words.push_back(analysis.tokens.tokens[analysis.events.events[anchor.event].token].text);
  return words;
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST_CASE("t57 54: a deadline after a modal content clause does not date the saying", "[events][dt58]") {
  const auto words =
      dated_words("An analyst at the bank said the slump could be over by Easter if interest rates fell.", 2000_y / October / 6);
  CHECK_FALSE(contains(words, "said"));
}

TEST_CASE("t57 54: a date right after the saying verb still dates it", "[events][dt58]") {
  const auto words = dated_words("An analyst at the bank said on Tuesday the slump could be over soon.", 2000_y / October / 6);
  CHECK(contains(words, "said"));
}
