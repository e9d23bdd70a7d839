// Session 55, event dating: the verbs whose "for" length is the term of what they sign or grant
// are data (term_verbs.tsv); a later sentence's "during the event", "at the launch", "after the
// summit" places its event at the occasion named before (core/links/occasion_references.h);
// and the tester's findings of session 55 on dating (numbered as in its report).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/events/lexicon.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::core::EventLexicon;
using chronograph::graph::EdgeType;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_edge;
using chronograph::test::solved_graph_of_text;

TEST_CASE("term verbs are read from term_verbs.tsv with their kind", "[events][dt55]") {
  const EventLexicon shipped = EventLexicon::load(chronograph::DataDir::locate());
  CHECK(shipped.term_verb("sign") == 'm');
  CHECK(shipped.term_verb("renew") == 'g');
  CHECK(shipped.term_verb("close") == 0);

  const auto folder = std::filesystem::temp_directory_path() / "chronograph-lexicon-term-verbs-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  for (const auto& file : std::filesystem::directory_iterator(chronograph::DataDir::locate().data("events")))
    std::filesystem::copy_file(file.path(), folder / file.path().filename());
  {
    std::ofstream terms(folder / "term_verbs.tsv", std::ios::trunc);
    terms << "# test\nlease\tgrants\nCharter\tmakes\n";
  }
  const EventLexicon read = EventLexicon::load_folder(folder);
  CHECK(read.term_verb("lease") == 'g');
  CHECK(read.term_verb("charter") == 'm');
  CHECK(read.term_verb("sign") == 0);
  {
    std::ofstream terms(folder / "term_verbs.tsv", std::ios::trunc);
    terms << "lease\tlends\n";
  }
  CHECK_THROWS_AS(EventLexicon::load_folder(folder), chronograph::ParseError);
  std::filesystem::remove_all(folder);
}

// Item 2: a definite noun in a later sentence that names an occasion told before ("During the
// event", "At the launch", "After the summit") places its sentence's event at that occasion.

TEST_CASE("an event during an occasion named before falls within its date", "[events][dt55]") {
  const sys_days dct = 2024_y / March / 8;  // a Friday
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      // a word for any occasion: the last one named before
      {"Apple held a press conference in Cupertino on Tuesday. During the event, the chief executive demonstrated the "
       "new phone.",
       "demonstrated", 2024_y / March / 5},
      {"The museum hosted a gala dinner for its donors on Saturday. At the occasion, the director unveiled a portrait.",
       "unveiled", 2024_y / March / 2},
      // the same word as before
      {"The firm unveiled its tablet at a launch in Oslo on Wednesday. At the launch, the founder thanked the "
       "engineers.",
       "thanked", 2024_y / March / 6},
      {"Farmers held a rally in the capital on Monday. During the rally, police detained two men.",
       "detained", 2024_y / March / 4},
  }));
  CAPTURE(text);
  check_day(event_with(solved_graph_of_text(text, dct), trigger), day);
}

TEST_CASE("an event after an occasion named before starts no earlier than it", "[events][dt55]") {
  const sys_days dct = 2024_y / March / 8;
  const auto g = solved_graph_of_text(
      "The two firms signed the merger at a ceremony in Turin on Monday. After the ceremony, their shares climbed.", dct);
  const auto& climbed = event_with(g, "climbed");
  REQUIRE(climbed.time.start.has_value());
  CHECK(*climbed.time.start >= sys_days{2024_y / March / 4});
}

TEST_CASE("a noun that tells of another occasion is not one named before", "[events][dt55]") {
  const sys_days dct = 2024_y / March / 8;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Leaders met in Rome on Monday. At a meeting next week, they will approve the budget.", "approve"},
      {"The board held a meeting on Monday. At the next meeting, directors will approve the budget.", "approve"},
      {"The board held a meeting on Monday. At the meeting next month, directors will approve the budget.", "approve"},
      // a place is no occasion, though something happened there before
      {"Protesters gathered in the square on Monday. In the square, workers planted trees.", "planted"},
  }));
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, dct);
  CHECK(event_with(g, trigger).time.start != std::optional<sys_days>(2024_y / March / 4));
}

TEST_CASE("t55 20: a sentence an event phrase places ends the narrative", "[events][dt55]") {
  const sys_days dct = 2024_y / March / 8;
  const auto g = graph_of_text("Mendes was elected to the academy in 1980. In retirement she painted landscapes.", dct);
  CHECK_FALSE(event_with(g, "painted").time.value.starts_with("1980"));
  // (an occasion the narrative told keeps its date)
  const auto h = solved_graph_of_text(
      "Okoro gave a keynote in Lagos on Monday. During the keynote, she demonstrated a new tractor.", dct);
  check_day(event_with(h, "demonstrated"), 2024_y / March / 4);
}

TEST_CASE("t55 22: a fronted during phrase is part of the verb it hangs on, not the one before", "[events][dt55]") {
  const auto g = graph_of_text("She moved to Lisbon in the 1980s, and during the strike she worked at a water plant.",
                               2024_y / March / 8);
  const auto& strike = event_with(g, "strike");
  CHECK_FALSE(has_edge(g, event_with(g, "moved"), EdgeType::PartOf, strike));
  CHECK(has_edge(g, event_with(g, "worked"), EdgeType::PartOf, strike));
}

TEST_CASE("t55 17: a cause phrase naming no event links nothing after it", "[events][dt55]") {
  const auto g = graph_of_text(
      "The first match was abandoned because of heavy rain, and the final was moved after a fan invaded the pitch.",
      2024_y / March / 8);
  CHECK_FALSE(has_edge(g, event_with(g, "moved"), EdgeType::Causes, event_with(g, "abandoned")));
}

TEST_CASE("t55 14: a deadline after an ordered infinitive bounds the infinitive, not the order", "[events][dt55]") {
  const sys_days dct = 2024_y / May / 15;
  const auto g = graph_of_text("The judge ordered the company to pay the fine by June 30 and to publish an apology.", dct);
  CHECK(event_with(g, "ordered").time.end != std::optional<sys_days>(2024_y / June / 30));
  CHECK(event_with(g, "pay").time.end == std::optional<sys_days>(2024_y / June / 30));
}

TEST_CASE("t55 21: a when clause after an apposed phrase falls within the date before it", "[events][dt55]") {
  const auto g = graph_of_text("His best season came in 2009, a year after the move to Madrid, when he scored 40 goals.",
                               2024_y / March / 8);
  check_span(event_with(g, "scored"), 2009_y / January / 1, 2009_y / December / 31);
}

TEST_CASE("t55 19: whole years or months from a calendar date keep its precision", "[events][dt55]") {
  const sys_days dct = 2024_y / March / 8;
  const auto [text, trigger, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Nadal won the title in the autumn of 2010, five years after he turned professional.", "turned",
       2005_y / September / 1, 2005_y / November / 30},
      {"The bridge reopened in May 2019, two months after it collapsed.", "collapsed", 2019_y / March / 1,
       2019_y / March / 31},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), start, end);
}

TEST_CASE("t55 15: the length of a declared or imposed state stays off the declaring", "[events][dt55]") {
  const sys_days dct = 2024_y / May / 15;  // a Wednesday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The governor declared a state of emergency on Monday for 30 days.", "declared", 2024_y / May / 13},
      {"The city imposed a curfew on Tuesday for two weeks.", "imposed", 2024_y / May / 14},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("t55 29: what slips to a date without an object of its own is its subject", "[events][dt55]") {
  const auto g = graph_of_text("The maiden voyage of the ferry had been planned for April but will slip to early next year.",
                               2024_y / March / 8);
  const auto& voyage = event_with(g, "voyage");
  REQUIRE(voyage.time.start.has_value());
  CHECK(*voyage.time.start == sys_days{2025_y / January / 1});
}

TEST_CASE("t55 27: a date after a second object dated apart from the first is the second's", "[events][dt55]") {
  const auto g = graph_of_text("The board turned down a takeover bid on March 2 and a second bid later that month.",
                               2024_y / June / 1);
  check_span(event_with(g, "bid", "Second"), 2024_y / March / 1, 2024_y / March / 31);
  // (with no date before the second object, the date is the verb's, and both objects')
  const auto h = graph_of_text("The club signed the striker and the goalkeeper on Friday.", 2024_y / March / 8);
  check_day(event_with(h, "signed"), 2024_y / March / 8);
}

TEST_CASE("t55 26: a noun event a dated reporting participle makes known happened by then", "[events][dt55]") {
  const auto g = graph_of_text("The ruling, announced at 4 p.m. on Tuesday, surprised the lawyers.", 2024_y / May / 22);
  CHECK(event_with(g, "ruling").time.end == std::optional<sys_days>(2024_y / May / 21));
}

TEST_CASE("t55 28: an event a by phrase limits is not guessed to come after it", "[events][dt55]") {
  const auto g = graph_of_text("The peso slid by two percent against the euro by the close of trading.", 2024_y / May / 22);
  CHECK_FALSE(has_edge(g, event_with(g, "close"), EdgeType::Before, event_with(g, "slid")));
}

TEST_CASE("t55 74: where a period named before a which clause starts dates no event in it", "[events][dt55]") {
  const auto g = graph_of_text("The airline expects a return to profit in fiscal 2027, which begins in April.", 2025_y / March / 1);
  CHECK(chronograph::test::events_with_mention(g, "begins") == 0);
  // (a clause on an event noun keeps its verb: "a strike, which began in April")
  const auto h = graph_of_text("Workers joined the strike, which began in April.", 2025_y / June / 1);
  CHECK(event_with(h, "began").time.start == std::optional<sys_days>(2025_y / April / 1));
}
