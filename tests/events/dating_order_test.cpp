// Dating by order: an event dated from the one told before or after it, and the order a date
// phrase puts two events in.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/events/lexicon.h"
#include "core/links/event_anchors.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace date;
using namespace chronograph::test;
using chronograph::core::EventLexicon;
using chronograph::graph::EdgeType;
using chronograph::graph::Modality;

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

const chronograph::graph::TimexInfo& timex_named(const chronograph::graph::GraphData& g, const std::string& text) {
  const auto found = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text == text; });
  REQUIRE(found != g.timexes.end());
  return *found;
}

const sys_days kDct{2026_y / September / 17};  // a Thursday

const chronograph::graph::TimexInfo& timex_in(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& t : g.timexes)
    if (t.text == text) return t;
  FAIL("no timex '" << text << "'");
  return g.timexes.front();
}

const sys_days kWednesday{2022_y / May / 18};

}  // namespace

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

TEST_CASE("t51 18: a date after the comma that closes a relative clause dates the main verb", "[events][dt51]") {
  const sys_days dct = 2026_y / June / 9;  // a Tuesday
  const auto [text, main, clause, day] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"The council will vote on the city's capital plan, which covers roads, parks and water pipes, on June 23.",
       "vote", "covers", 2026_y / June / 23},
      {"The board will meet with the union, which represents 4,000 workers, on Friday.", "meet", "represents",
       2026_y / June / 12},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, main), day);
  // (a describing present, "which represents 4,000 workers", is no event at all: ev51)
  if (events_with_mention(g, clause) > 0) CHECK_FALSE(event_with(g, clause).time.start);
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

TEST_CASE("t52 12: a clause in another tense, or after a trailing date, keeps its own time", "[events][dt52]") {
  const sys_days dct = 2025_y / September / 12;
  const auto present = graph_of_text("In 2019 the firm was founded, and it now employs 300 people.", dct);
  CHECK(event_with(present, "employs").time.start != std::optional<sys_days>(2019_y / January / 1));
  const auto trailing = graph_of_text("The storm hit Cuba on Monday, and thousands fled their homes.", dct);
  CHECK_FALSE(event_with(trailing, "fled").time.start);
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

TEST_CASE("t53 14: a date before the that of the clause stays the verb's", "[events][dt53]") {
  const auto g = graph_of_text("The council reminded residents on Tuesday that collections end in October.", 2025_y / June / 11);
  check_day(event_with(g, "reminded"), 2025_y / June / 10);
}

TEST_CASE("t53 16: a report after a comma with no word to open it dates what it reports", "[events][dt53]") {
  const sys_days dct = 2025_y / September / 24;  // a Wednesday
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Six books were shortlisted for the prize, the judges announced on Wednesday.", "shortlisted"},
      {"Two players were suspended for the final, the federation announced on Wednesday.", "suspended"},
      {"The concert was cancelled, the organisers said on Wednesday.", "cancelled"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  INFO(event.title);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == 2025_y / September / 24);
  CHECK(event.time.source == graph::TimeSource::Explicit);
}

TEST_CASE("t53 16: a clause after a comma that a word opens is no report", "[events][dt53]") {
  const auto g = graph_of_text("Six books were shortlisted for the prize, as the judges announced on Wednesday.", 2025_y / September / 24);
  CHECK(event_with(g, "shortlisted").time.source != graph::TimeSource::Explicit);
}

TEST_CASE("t51 54: a date after a participle of holding dates the verb the noun is the object of", "[events][dt53]") {
  const sys_days dct = 2024_y / June / 20;
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Britain joined a Pacific trade partnership led in part by Japan last year.", "joined"},
      {"The fund bought a chain of hotels owned by a Thai family last year.", "bought"},
      {"Police raided a network of shops run by two brothers last year.", "raided"},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), 2023_y / January / 1, 2023_y / December / 31);
}

TEST_CASE("t51 54: a date after a participle of an act stays the act's", "[events][dt53]") {
  const auto g = graph_of_text("Ministers cited a report published by the ministry last year.", 2024_y / June / 20);
  check_span(event_with(g, "published"), 2023_y / January / 1, 2023_y / December / 31);
}

TEST_CASE("t53 47: a noun the verb's title already names gets no model link to the verb", "[events][dt53]") {
  const auto [text, verb, noun] = GENERATE(table<std::string, std::string, std::string>({
      {"The men's final will be played on Sunday afternoon. Tickets for the final went on sale in June.", "went", "sale"},
      {"Tickets for the concert went on sale in March.", "went", "sale"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / September / 6);
  const auto& going = event_with(g, verb);
  for (const auto& edge : g.edges) {
    const bool touches = edge.from == going.id || edge.to == going.id;
    const bool model = edge.evidence.cue.starts_with("model:");
    CHECK_FALSE((touches && model && edge.type == graph::EdgeType::Simultaneous &&
                 (edge.from == "sale" || edge.to == "sale")));
  }
}

TEST_CASE("t53 14: a headline's present with a date after the article's is still to come", "[events][dt53]") {
  const sys_days dct = 2025_y / June / 11;
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"Helix OS 12 arrives; support for version 10 ends in October\n\nThe foundation released version 12 on Tuesday.", "support"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), noun);
  INFO(event.title);
  CHECK(event.modality == graph::Modality::Planned);
}

TEST_CASE("t53 14: a headline's present with a date before the article's stays done", "[events][dt53]") {
  const auto g = graph_of_text("Support for Windows 10 ended in May, Microsoft says\n\nThe company released an update on Tuesday.",
                               2025_y / June / 11);
  CHECK(event_with(g, "Support").modality == graph::Modality::Actual);
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

TEST_CASE("t54 64: an after phrase right after its only verb still orders it", "[events][dt54]") {
  const auto g = graph_of_text("The aircraft touched down at 2 p.m. after a flight of about five hours.", 2025_y / October / 22);
  CHECK(chronograph::test::has_edge(g, event_with(g, "flight"), chronograph::graph::EdgeType::Before, event_with(g, "touched")));
}

TEST_CASE("t55 17: a cause phrase naming no event links nothing after it", "[events][dt55]") {
  const auto g = graph_of_text(
      "The first match was abandoned because of heavy rain, and the final was moved after a fan invaded the pitch.",
      2024_y / March / 8);
  CHECK_FALSE(has_edge(g, event_with(g, "moved"), EdgeType::Causes, event_with(g, "abandoned")));
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

// Item 10: "The X, which started on May 9 ..., crossed Route 12 late Sunday and forced ...": the
// verb after the relative clause, read as a participle of the road's name, is the main verb; the
// relative clause keeps its own date and the main clause takes the later one.

TEST_CASE("t56 10: the verb after a subject's relative clause keeps the main clause's date", "[events][dt57a]") {
  const auto [text, dct, first, second, own, main] = GENERATE(table<std::string, sys_days, std::string, std::string, sys_days, sys_days>({
      {"The Juniper Fire, which started on the evening of May 9 near the village of Elm Ford, crossed Route 12 late Sunday "
       "and forced the closure of two schools.",
       2023_y / May / 24, "started", "crossed", 2023_y / May / 9, 2023_y / May / 21},
      {"The Cedar Storm, which formed on the morning of May 3 off the coast, reached Route 5 late Friday and flooded the "
       "lower town, officials said on Sunday.",
       2023_y / May / 24, "formed", "reached", 2023_y / May / 3, 2023_y / May / 19},
      // (a past the tagger got right, but the parser hung on the time after it)
      {"The rebel column, which left the hills on the night of May 2, crossed Bridge 7 early Monday and seized the airport.",
       2023_y / May / 24, "left", "crossed", 2023_y / May / 2, 2023_y / May / 22},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, first), own);
  check_day(event_with(g, second), main);
  CHECK_FALSE(event_with(g, second).title.starts_with("Route"));
  CHECK_FALSE(event_with(g, second).title.starts_with("Bridge"));
}

TEST_CASE("t56 24: a verb with no object keeps the date after into", "[events][dt57b]") {
  const auto g = graph_of_text("The miners' strike dragged into March.", 2025_y / September / 24);
  check_span(event_with(g, "dragged"), 2025_y / March / 1, 2025_y / March / 31);
}

TEST_CASE("t56 21: a clause after a comma with no conjunct after it is no list member", "[events][dt57b]") {
  const auto g = graph_of_text("The gang entered the warehouse at 2:05 a.m. on June 3, 2016, nobody noticed them.",
                               2024_y / March / 8);
  CHECK_FALSE(event_with(g, "noticed").time.start.has_value());
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

// Item 33: "suspended ... because of the pandemic and resumed in March", parsed with "because"
// on "suspended" and "resumed" on "pandemic": the cue names no event, so the next clause's verb
// is no cause; the date after the second verb is that verb's, not the first's.

TEST_CASE("t57 33: a cause phrase hung on the verb before it names no verb after it", "[events][dt57c]") {
  const auto text = GENERATE(as<std::string>{},
                             "Trials were suspended for most of 2019 because of the pandemic and resumed in May 2020.",
                             "Talks were suspended for much of 2016 because of the pandemic and resumed in June 2017.");
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / March / 1);
  const auto& suspended = event_with(g, "suspended");
  const auto& resumed = event_with(g, "resumed");
  CHECK_FALSE(has_edge(g, resumed, EdgeType::Causes, suspended));
  CHECK_FALSE(has_edge(g, suspended, EdgeType::Causes, resumed));
}

TEST_CASE("t57 33: a cause phrase that names an event still links it", "[events][dt57c]") {
  const auto g = graph_of_text("Flights were cancelled because of the strike by air traffic controllers.", 2024_y / March / 1);
  CHECK(has_edge(g, event_with(g, "strike"), EdgeType::Causes, event_with(g, "cancelled")));
}

TEST_CASE("t57 33: a date after a verb misparsed under the first verb's phrase is the second verb's", "[events][dt57c]") {
  const auto g = graph_of_text("Trials were suspended for most of 2019 because of the pandemic and resumed in May 2020.",
                               2024_y / March / 1);
  check_span(event_with(g, "suspended"), 2019_y / January / 1, 2019_y / December / 31);
  check_span(event_with(g, "resumed"), 2020_y / May / 1, 2020_y / May / 31);
}

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

TEST_CASE("t57 54: a date right after the saying verb still dates it", "[events][dt58]") {
  const auto words = dated_words("An analyst at the bank said on Tuesday the slump could be over soon.", 2000_y / October / 6);
  CHECK(contains(words, "said"));
}

TEST_CASE("t58 19: a clock time after a plain earlier day stays on that day", "[events][dt59a]") {
  const sys_days dct = 2025_y / June / 12;
  const auto g = graph_of_text(
      "Engineers reopened the river bridge on Thursday. The bridge had been closed on March 3.\n\n"
      "The first crack was spotted at 10 a.m. by a diver.",
      dct);
  CHECK(timex_named(g, "10 a.m.").value == "2025-03-03T10:00");
}

TEST_CASE("t58 6: a date right before its noun still names the thing", "[events][dt59a]") {
  const auto g = graph_of_text("Farmers sold the 2002 harvest in March.", 2004_y / February / 10);
  const auto& sold = event_with(g, "sold");
  REQUIRE(sold.time.start);
  CHECK(*sold.time.start == 2003_y / March / 1);
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

TEST_CASE("t58 16: a participle before its noun with no auxiliary stays an adjective", "[events][dt59a]") {
  const sys_days dct = 2024_y / November / 25;
  const auto g = graph_of_text("The council has studied the revised plan since 2021.", dct);
  const auto& studied = event_with(g, "studied");
  REQUIRE(studied.time.start);
  CHECK(*studied.time.start == 2021_y / January / 1);
}

TEST_CASE("t58 38: a when clause on an event verb still links the two", "[events][dt59b]") {
  const auto g = graph_of_text("When the dam opened in May 2012, the valley flooded.", 2025_y / November / 10);
  CHECK(has_edge(g, event_with(g, "opened"), EdgeType::Simultaneous, event_with(g, "flooded")));
}

TEST_CASE("t59 2: a time of day right after the day named before it keeps that day", "[events][dt60]") {
  const sys_days dct = 2021_y / May / 1;
  CHECK(chronograph::test::timex_value_in("The rowers left Lisbon on March 3. They landed in Porto at 2:10 p.m.",
                                          "2:10 p.m.", dct) == "2021-03-03T14:10");
  CHECK(chronograph::test::timex_value_in("The rowers left Lisbon on March 3 and landed in Porto at 2:10 p.m.", "2:10 p.m.",
                                          dct) == "2021-03-03T14:10");
}

// Item 3: "became champion on Sunday night ... The match ended level on Friday, forcing the
// tiebreaks. Liu won the second rapid game ... The final game ended at 11:40 p.m.": a day told
// sentences back, behind a later day the story has already named, lends its day to no time of day.

TEST_CASE("t59 3: a time of day after a day behind the story's latest day leaves its day open", "[events][dt60]") {
  const sys_days dct = 2024_y / March / 11;
  CHECK(chronograph::test::timex_value_in(
            "Ana Ruiz won the title on Sunday night in Lima. The regular games ended level on Thursday, forcing a playoff. "
            "Ruiz won the first playoff game and drew the second. The last game finished at 10:50 p.m.",
            "10:50 p.m.", dct) == "XXXX-XX-XXT22:50");
}

TEST_CASE("t59 3: a time of day after the story's latest day, sentences back, keeps that day", "[events][dt60]") {
  const sys_days dct = 2024_y / March / 11;
  CHECK(chronograph::test::timex_value_in(
            "The regular games ended level on Thursday, forcing a playoff. Ruiz won the first playoff game and drew the "
            "second. The last game finished at 10:50 p.m.",
            "10:50 p.m.", dct) == "2024-03-07T22:50");
}

TEST_CASE("t59 23: at the time still names a date told before it", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;
  CHECK(timex_value_in("The bakery moved to Hull in 2015. At the time it had ten staff.", "the time", dct) == "2015");
  CHECK(timex_value_in("The bakery had moved to Hull in 2015, and at the time it had ten staff.", "the time", dct) == "2015");
  CHECK(timex_value_in("When the bakery closed in 2019, it had employed 30 people at the time.", "the time", dct) == "2019");
}

// Finding 16: "were appointed shortly afterwards": on the day of the event told just before.

TEST_CASE("t59 16: an event told shortly afterwards falls on the day of the event before it", "[events][dt61b]") {
  const sys_days dct = 2025_y / September / 25;
  const auto text = GENERATE(as<std::string>{},
                             "The board met at 9 a.m. on Wednesday. Two new directors were appointed soon afterwards.",
                             "The board met at 9 a.m. on Wednesday. Two new directors were appointed shortly after.",
                             "The board met at 9 a.m. on Wednesday. Two new directors were appointed right afterwards.",
                             "The board met at 9 a.m. on Wednesday. Two new directors were appointed immediately thereafter.");
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, "appointed"), 2025_y / September / 24);
}

TEST_CASE("t60 1: a date after two objects with no time between dates the verb", "[events][dt62]") {
  const auto g = graph_of_text("The firm sold the house and the car last year.", 2019_y / June / 16);
  check_span(event_with(g, "sold"), 2018_y / January / 1, 2018_y / December / 31);
}

TEST_CASE("sp57: a clause 'after' opens with a 'between' pair in its subject is before the main verb", "[events][sp57]") {
  const auto g = chronograph::test::graph_of_text(
      "Hundreds of nurses walked out on Tuesday after talks between the hospital board and the union collapsed.", kDct);
  const auto& walkout = chronograph::test::event_with(g, "walked");
  const auto& collapse = chronograph::test::event_with(g, "collapsed");
  CHECK(collapse.title.find("Talks") == 0);
  const bool ordered = std::any_of(g.edges.begin(), g.edges.end(), [&](const auto& e) {
    return e.from == collapse.id && e.to == walkout.id && e.type == chronograph::graph::EdgeType::Before;
  });
  CHECK(ordered);
}

TEST_CASE("tx51 #6: a hyphenated part of the day before a noun is no time", "[events][tx51]") {
  const sys_days tuesday{2026_y / June / 9};
  for (const char* text : {"Council approves $4.2 billion budget after late-night debate\n\nThe City Council on Monday night "
                           "approved a $4.2 billion budget after a six-hour debate.",
                           "Police made arrests in an early-morning raid on Sunday.",
                           "Negotiators resumed the late-night talks on Friday."}) {
    INFO(text);
    const auto g = graph_of_text(text, tuesday);
    for (const auto& t : g.timexes) CHECK((t.text != "late-night" && t.text != "early-morning"));
  }
  // (the approval is Monday night's, not after the DCT)
  const auto g = graph_of_text("Council approves $4.2 billion budget after late-night debate\n\nThe City Council on Monday "
                               "night approved a $4.2 billion budget after a six-hour debate.",
                               tuesday);
  const auto& approves = event_with(g, "approved");
  REQUIRE(approves.time.end);
  CHECK(*approves.time.end == sys_days{2026_y / June / 8});
  // (one that is no modifier of a noun stays a time)
  CHECK(timex_value_in("The talks ran until late at night on Friday, and by late evening a deal was done.", "late evening",
                       tuesday)
            .starts_with("2026-06"));
}

TEST_CASE("tx51 #1: a present clause recalling a day just after an old story's date keeps the story's year", "[events][tx51]") {
  const sys_days dct{2025_y / April / 28};
  const auto g = graph_of_text("In the spring of 1975, North Vietnamese forces swept south. Hue fell on March 26. By "
                               "mid-April, the capital was surrounded. Frank Delgado remembers the morning of April 29 clearly.",
                               dct);
  CHECK(timex_in(g, "mid-April").value == "1975-04");
  CHECK(timex_in(g, "April 29").value == "1975-04-29");
  // (with no old date before it, a day ahead stays ahead)
  CHECK(timex_value_in("Veterans remember the war. The ceremony falls on April 30.", "April 30", dct) == "2025-04-30");
}

TEST_CASE("tx53 t53-4: a weekday after should is a forecast ahead, after should have a past one", "[events][tx53]") {
  const sys_days dct{2024_y / May / 18};
  CHECK(timex_value_in("Meteorologists said the winds should drop on Monday.", "Monday", dct) == "2024-05-20");
  CHECK(timex_value_in("The ferry should arrive on Tuesday.", "Tuesday", dct) == "2024-05-21");
  CHECK(timex_value_in("Forecasters said the storm should reach the coast on Wednesday.", "Wednesday", dct) == "2024-05-22");
  CHECK(timex_value_in("The winds should have dropped on Monday.", "Monday", dct) == "2024-05-13");
}

TEST_CASE("tx56v a day after a verb with will is ahead even when the tagger reads preferred as a past",
          "[events][tx56v]") {
  const sys_days dct = 1989_y / oct / 27;
  // (the tagger reads "preferred" in "Series B preferred shares" as a past with a subject)
  CHECK(timex_value_in("The railway said it will redeem 6.5 million Series B preferred shares on Oct. 31 at a price of 25 "
                       "dollars each.",
                       "Oct. 31", dct) == "1989-10-31");
  CHECK(timex_value_in("Northwind Bank said it will redeem 3 million Series D preferred shares on Nov. 2 at a price of 50 "
                       "dollars each.",
                       "Nov. 2", dct) == "1989-11-02");
  // (a participle before a noun is no past cue against the verb with "will" the day dates)
  CHECK(timex_value_in("The utility will retire its outstanding preferred stock on Nov. 2.", "Nov. 2", dct) == "1989-11-02");
  CHECK(timex_value_in("The chain will close 40 unprofitable stores on Oct. 30.", "Oct. 30", dct) == "1989-10-30");
  // (a past of its own a few days after the DCT is last year's, as before)
  CHECK(timex_value_in("The bank said the firm redeemed its shares on Oct. 31.", "Oct. 31", dct) == "1988-10-31");
}

TEST_CASE("tx58 pipeline: a part of the day after in the or during the is on the day the story is at", "[events][tx58]") {
  const std::string text =
      "The surveyors set out from the village at 8 a.m. on Monday. Fog rolled in during the afternoon and they camped by the lake.";
  CHECK(timex_value_in(text, "the afternoon", kWednesday) == "2022-05-16TAF");
  CHECK(timex_value_in("In the evening, the crowd marched to the square.", "the evening", kWednesday) == "2022-05-18TEV");
}
