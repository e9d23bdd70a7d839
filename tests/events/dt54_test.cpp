// Session 54, event dating: a "for" length on a verb that signs, agrees or grants something is
// the term of what it makes, not the verb's own length; an event said "shortly before" or "just
// after" an event dated on one day (in another sentence too) is on that day.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

TEST_CASE("the length of a signed or granted term stays off the signing", "[events][dt54]") {
  const sys_days dct = 2024_y / May / 15;  // a Wednesday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The club signed the contract on Monday for three years.", "signed", 2024_y / May / 13},
      {"The union agreed a deal with the company on Friday for five years.", "agreed", 2024_y / May / 10},
      {"The council extended the ban on May 2 for six months.", "extended", 2024_y / May / 2},
      {"The regulator granted the licence on Tuesday for ten years.", "granted", 2024_y / May / 14},
      {"The ban was extended on Monday for another year.", "extended", 2024_y / May / 13},
      {"The striker signed for the club on Monday for two years.", "signed", 2024_y / May / 13},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("a verb whose subject is what lasts keeps its for length", "[events][dt54]") {
  const sys_days dct = 2024_y / May / 15;
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The city closed the road on Monday for three days.", "closed", 2024_y / May / 13, 2024_y / May / 15},
      {"He was jailed on Monday for three years.", "jailed", 2024_y / May / 13, 2027_y / May / 12},
      // (an intransitive term verb: the heat wave is what lasts)
      {"The heat wave extended on May 1 for ten days.", "extended", 2024_y / May / 1, 2024_y / May / 10},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}

TEST_CASE("an event shortly before or after an event dated in another sentence is on its day", "[events][dt54]") {
  const sys_days dct = 2024_y / May / 15;  // a Wednesday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The parliament voted on the bill on Tuesday. Shortly before the vote, protesters gathered outside the building.",
       "gathered", 2024_y / May / 14},
      {"The parliament voted on the bill on Tuesday. Protesters gathered outside shortly before the vote.", "gathered",
       2024_y / May / 14},
      {"The rocket launched on May 3. Just after the launch, engineers lost contact with it.", "lost", 2024_y / May / 3},
      {"Polls closed at 8 p.m. on Sunday. Shortly after the polls closed, the first results came in.", "came",
       2024_y / May / 12},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("an event before or after a dated one without being said close keeps only the order", "[events][dt54]") {
  const sys_days dct = 2024_y / May / 15;
  const auto g = graph_of_text("The parliament voted on the bill on Tuesday. Before the vote, protesters gathered outside.", dct);
  const auto& gathered = event_with(g, "gathered");
  CHECK(gathered.time.start != std::optional<sys_days>(2024_y / May / 14));
  const auto h = graph_of_text("The parliament voted on the bill on Tuesday. Weeks after the vote, protesters gathered outside.", dct);
  CHECK(event_with(h, "gathered").time.start != std::optional<sys_days>(2024_y / May / 14));
}

TEST_CASE("t54 19: a since date after a first or a superlative qualifies it and dates no event", "[events][dt54]") {
  const sys_days dct = 2025_y / October / 22;  // a Wednesday
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The first flight since March landed at Rothera on Monday.", "landed", 2025_y / October / 20},
      {"The largest ship since 2019 docked in the harbour on Monday.", "docked", 2025_y / October / 20},
      {"The first strike since June began on Tuesday.", "began", 2025_y / October / 21},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), trigger), day);
}

TEST_CASE("t54 19: a since date with no superlative before it still starts its event", "[events][dt54]") {
  const auto g = graph_of_text("The station has been closed since March.", 2025_y / October / 22);
  CHECK(event_with(g, "closed").time.start == std::optional<sys_days>(2025_y / March / 1));
}

TEST_CASE("t54 20: a date in a conjoined clause with its own subject does not date the first conjunct", "[events][dt54]") {
  const sys_days dct = 2025_y / September / 28;  // a Sunday
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Kiprop won on Sunday. Tadesse Bekele finished second, and last year's champion, Jonas Mwangi, was third.",
       "finished"},
      {"Petrova won the final, and last year's winner was fourth.", "won"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, dct), trigger).time.start != std::optional<sys_days>(2024_y / January / 1));
}

TEST_CASE("t54 20: a date in a conjoined clause that is an event still dates it", "[events][dt54]") {
  const auto g = graph_of_text("Sales fell in March, and profit dropped in 2023.", 2025_y / September / 28);
  check_span(event_with(g, "dropped"), 2023_y / January / 1, 2023_y / December / 31);
  // (a verb the date stands after in its own clause keeps it)
  const auto h = graph_of_text("Bekele finished second in 2024, and Mwangi was third.", 2025_y / September / 28);
  check_span(event_with(h, "finished"), 2024_y / January / 1, 2024_y / December / 31);
}

TEST_CASE("t54 24: a present perfect with a for length runs up to the article's date", "[events][dt54]") {
  const sys_days dct = 2025_y / November / 6;
  const auto [text, trigger, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"Osei took over as chief executive in 2013. She has served for 12 years.", "served", 2013_y / November / 6},
      {"The mine has operated for five years.", "operated", 2020_y / November / 6},
      {"He has lived in the city for three months.", "lived", 2025_y / August / 6},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), start, dct);
}

TEST_CASE("t54 24: a past tense or a dated perfect with a for length does not run up to the article", "[events][dt54]") {
  const sys_days dct = 2025_y / November / 6;
  const auto g = graph_of_text("She served for 12 years.", dct);
  CHECK_FALSE(event_with(g, "served").time.start.has_value());
}

TEST_CASE("t54 21: a date in a relative clause that is no event dates nothing outside it", "[events][dt54]") {
  const sys_days dct = 2025_y / September / 28;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Alemu, who was fourth in London in April, said she had trained at altitude.", "trained"},
      {"The ship, which was in port in May, sailed for Lisbon.", "sailed"},
  }));
  CAPTURE(text);
  CHECK_FALSE(event_with(graph_of_text(text, dct), trigger).time.value.starts_with("2025-0"));
}

TEST_CASE("t54 21: a relative clause that is an event keeps its date", "[events][dt54]") {
  const auto g = graph_of_text("The bridge, which collapsed in March, was rebuilt.", 2025_y / September / 28);
  check_span(event_with(g, "collapsed"), 2025_y / March / 1, 2025_y / March / 31);
}

TEST_CASE("t54 65: what happened since an event noun comes after that event", "[events][dt54]") {
  const sys_days dct = 2025_y / February / 13;
  const auto [text, later, earlier] = GENERATE(table<std::string, std::string, std::string>({
      {"Prices have risen sharply since the war.", "risen", "war"},
      {"The company has cut 500 jobs since the merger.", "cut", "merger"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& from = event_with(g, earlier);
  const auto& to = event_with(g, later);
  // (the model may guess the order too; "since" says it, so the link is the rule's)
  const auto found = std::find_if(g.edges.begin(), g.edges.end(), [&](const chronograph::graph::Edge& e) {
    return e.from == from.id && e.to == to.id && e.type == chronograph::graph::EdgeType::Before;
  });
  REQUIRE(found != g.edges.end());
  CHECK(found->evidence.cue == "rule:since");
}

TEST_CASE("t54 65: a clause that since opens gives a reason and no order", "[events][dt54]") {
  const auto g = graph_of_text("Since the bank was closed, customers waited outside.", 2025_y / February / 13);
  CHECK_FALSE(chronograph::test::has_edge(g, event_with(g, "closed"), chronograph::graph::EdgeType::Before, event_with(g, "waited")));
}

TEST_CASE("t54 29: what will not happen in the period of the article's date is ruled out only from then on", "[events][dt54]") {
  const sys_days dct = 2025_y / September / 28;
  const auto [text, trigger, end] = GENERATE(table<std::string, std::string, sys_days>({
      {"Kiprop will not race again this year, his manager said.", "race", 2025_y / December / 31},
      {"The factory will not reopen this month.", "reopen", 2025_y / September / 30},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), dct, end);
}

TEST_CASE("t54 29: what did not happen in the period of the article's date keeps the whole period", "[events][dt54]") {
  const auto g = graph_of_text("The factory did not reopen in 2024.", 2025_y / September / 28);
  check_span(event_with(g, "reopen"), 2024_y / January / 1, 2024_y / December / 31);
}

TEST_CASE("t54 64: an after phrase behind a later conjunct orders that conjunct, not the first", "[events][dt54]") {
  const sys_days dct = 2025_y / October / 22;
  const auto [text, first, later, signal] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The aircraft left the islands early on Monday and touched down at 2 p.m., after a flight of about five hours.",
       "left", "touched", "flight"},
      {"The ship left Lisbon on Monday and docked in Porto on Wednesday, after a voyage of two days.", "left", "docked",
       "voyage"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  using chronograph::graph::EdgeType;
  CHECK_FALSE(chronograph::test::has_edge(g, event_with(g, signal), EdgeType::Before, event_with(g, first)));
  CHECK(chronograph::test::has_edge(g, event_with(g, signal), EdgeType::Before, event_with(g, later)));
}

TEST_CASE("t54 64: an after phrase right after its only verb still orders it", "[events][dt54]") {
  const auto g = graph_of_text("The aircraft touched down at 2 p.m. after a flight of about five hours.", 2025_y / October / 22);
  CHECK(chronograph::test::has_edge(g, event_with(g, "flight"), chronograph::graph::EdgeType::Before, event_with(g, "touched")));
}

TEST_CASE("t54 30: a past event whose subject is a dated event happens at its time", "[events][dt54]") {
  const sys_days dct = 2025_y / February / 13;
  const auto [text, trigger, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The bridge collapsed on 3 January. The collapse killed two people.", "killed", 2025_y / January / 3,
       2025_y / January / 3},
      {"A storm hit the coast in December. The storm destroyed 40 homes.", "destroyed", 2024_y / December / 1,
       2024_y / December / 31},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), start, end);
}

TEST_CASE("t54 30: a subject that is no event or a verb with a date of its own keeps its time", "[events][dt54]") {
  const sys_days dct = 2025_y / February / 13;
  const auto g = graph_of_text("The storm hit the coast in December. The storm report was published on Monday.", dct);
  check_day(event_with(g, "published"), 2025_y / February / 10);
  const auto h = graph_of_text("The bridge collapsed on 3 January. The council closed two roads.", dct);
  CHECK(event_with(h, "closed").time.start != std::optional<sys_days>(2025_y / January / 3));
}

TEST_CASE("t54 24: a length from a month or year a conjoined verb dates ends within that length", "[events][dt54]") {
  const sys_days dct = 2024_y / March / 4;
  const auto g = graph_of_text("The band's second album went to number one in 1997 and stayed in the charts for 40 weeks.", dct);
  const auto& stayed = event_with(g, "stayed");
  CHECK(stayed.time.start == std::optional<sys_days>(1997_y / January / 1));
  CHECK(stayed.time.end == std::optional<sys_days>(1998_y / October / 6));
}
