// Where an event starts and ends: dates that begin or close an event, periods and their ends,
// and events within a period.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/events/lexicon.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::core::EventLexicon;
using chronograph::graph::EdgeType;
using chronograph::graph::Modality;

namespace {

const chronograph::graph::TimexInfo& timex_named(const chronograph::graph::GraphData& g, const std::string& text) {
  const auto found = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text == text; });
  REQUIRE(found != g.timexes.end());
  return *found;
}

}  // namespace

TEST_CASE("t51 22: a date in scare quotes at the end of a clause dates its verb", "[events][dt51]") {
  const sys_days dct = 2025_y / September / 17;
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Raman said preorders would open on Friday and that the headset would reach Europe and Japan \"early next "
       "year.\"", "reach", 2026_y / January / 1, 2026_y / April / 30},
      {"The firm said the product would launch \"in the spring.\"", "launch", 2026_y / March / 1, 2026_y / May / 31},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}

TEST_CASE("t51 28: 'beginning on July 1' starts the event then, open at its end", "[events][dt51]") {
  const auto g = graph_of_text("The new timetable will apply to all lines, beginning on July 1.", 2026_y / June / 9);
  const auto& event = event_with(g, "apply");
  REQUIRE(event.time.start);
  CHECK(*event.time.start == 2026_y / July / 1);
  CHECK_FALSE(event.time.end);
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

TEST_CASE("t52 13: a report in an undated message still counts what is to come from the article", "[events][dt53]") {
  const auto g = graph_of_text("In a text, Mr Hart told the developer that the scheme \"will get over the line\".", 2024_y / May / 28);
  const auto& get = event_with(g, "get");
  REQUIRE(get.time.start);
  CHECK(*get.time.start == 2024_y / May / 28);
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

TEST_CASE("an event after an occasion named before starts no earlier than it", "[events][dt55]") {
  const sys_days dct = 2024_y / March / 8;
  const auto g = solved_graph_of_text(
      "The two firms signed the merger at a ceremony in Turin on Monday. After the ceremony, their shares climbed.", dct);
  const auto& climbed = event_with(g, "climbed");
  REQUIRE(climbed.time.start.has_value());
  CHECK(*climbed.time.start >= sys_days{2024_y / March / 4});
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

TEST_CASE("t55 27: a date after a second object dated apart from the first is the second's", "[events][dt55]") {
  const auto g = graph_of_text("The board turned down a takeover bid on March 2 and a second bid later that month.",
                               2024_y / June / 1);
  check_span(event_with(g, "bid", "Second"), 2024_y / March / 1, 2024_y / March / 31);
  // (with no date before the second object, the date is the verb's, and both objects')
  const auto h = graph_of_text("The club signed the striker and the goalkeeper on Friday.", 2024_y / March / 8);
  check_day(event_with(h, "signed"), 2024_y / March / 8);
}

TEST_CASE("t55 74: where a period named before a which clause starts dates no event in it", "[events][dt55]") {
  const auto g = graph_of_text("The airline expects a return to profit in fiscal 2027, which begins in April.", 2025_y / March / 1);
  CHECK(chronograph::test::events_with_mention(g, "begins") == 0);
  // (a clause on an event noun keeps its verb: "a strike, which began in April")
  const auto h = graph_of_text("Workers joined the strike, which began in April.", 2025_y / June / 1);
  CHECK(event_with(h, "began").time.start == std::optional<sys_days>(2025_y / April / 1));
}

// Item 16: "had never signed a striker before this year": a denied perfect is denied over the time
// before the date, so it ends before it; "will not reopen before 2026" still starts then.

TEST_CASE("t56 16: a denied perfect before a date ends before it, and stays denied", "[events][dt57a]") {
  const sys_days dct = 2023_y / September / 20;
  const auto [text, trigger, last] = GENERATE(table<std::string, std::string, sys_days>({
      {"The club had never signed a striker from abroad before this year.", "signed", 2022_y / December / 31},
      {"The river had not flooded the town before 2019.", "flooded", 2018_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& denied = event_with(g, trigger);
  CHECK(denied.modality == Modality::Negated);
  CHECK_FALSE(denied.time.start.has_value());
  REQUIRE(denied.time.end);
  CHECK(*denied.time.end == last);
}

TEST_CASE("t56 16: a denied future or expectation before a date happens from it", "[events][dt57a]") {
  const sys_days dct = 2023_y / September / 20;
  const auto text = GENERATE(as<std::string>{}, "The bridge is not expected to reopen before 2026.",
                             "The plant will not have reopened before 2026.");
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& reopen = event_with(g, text.find("reopened") != std::string::npos ? "reopened" : "reopen");
  CHECK(reopen.modality == Modality::Planned);
  REQUIRE(reopen.time.start);
  CHECK(*reopen.time.start == 2026_y / January / 1);
}

TEST_CASE("t56 17: at the end of a period the date holds the event", "[events][dt57a]") {
  const auto g = graph_of_text("Classes resumed at the end of the school year in June.", 2023_y / September / 20);
  const auto& resumed = event_with(g, "resumed");
  REQUIRE(resumed.time.start);
  CHECK(*resumed.time.start == 2023_y / June / 1);
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

// Item 65: "winds kept the helicopter from reaching them": a verb of preventing whose subject is
// an event makes that event cause what its "from" clause tells did not happen.

TEST_CASE("t57 65: a verb of preventing links its subject event to its from clause", "[events][dt57c]") {
  const auto [text, cause, prevented] = GENERATE(table<std::string, std::string, std::string>({
      {"The strike prevented the trucks from reaching the town.", "strike", "reaching"},
      {"The strike kept the ferries from sailing that night.", "strike", "sailing"},
      {"The flooding stopped the buses from running on Monday.", "flooding", "running"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / March / 1);
  CHECK(has_edge(g, event_with(g, cause), EdgeType::Causes, event_with(g, prevented)));
}

TEST_CASE("t57 65: a verb of preventing with no from clause, or in the passive, links nothing", "[events][dt57c]") {
  const auto text = GENERATE(as<std::string>{}, "The strike kept the shop closed after the fire.",
                             "The trucks were prevented from reaching the town by the strike.");
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / March / 1);
  CHECK(std::none_of(g.edges.begin(), g.edges.end(),
                     [](const chronograph::graph::Edge& e) { return e.type == EdgeType::Causes; }));
}

// Item 19: "lifted an advisory on Tuesday that had covered the city since August 29. [The mayor]
// announced the decision at 9 a.m., two days after [the agency] reported ...": the day a state
// began ("since August 29") is not where the story is, so the clock time is the story's day, and
// "two days after" counts back from it.

TEST_CASE("t58 19: a clock time after a day a state began is on the story's day", "[events][dt59a]") {
  const sys_days dct = 2025_y / June / 12;  // a Thursday
  const auto g = solved_graph_of_text(
      "Engineers reopened the river bridge on Thursday that had been closed to traffic since March 3.\n\n"
      "The governor cut the ribbon at a ceremony at 10 a.m., three days after inspectors certified the repaired deck.",
      dct);
  CHECK(timex_named(g, "10 a.m.").value == "2025-06-12T10:00");
  check_day(event_with(g, "cut"), dct);
  check_day(event_with(g, "certified"), dct - days{3});
}

TEST_CASE("t58 19: the day a state began still starts the state", "[events][dt59a]") {
  const sys_days dct = 2025_y / June / 12;
  const auto g = graph_of_text("Engineers reopened the river bridge on Thursday that had been closed to traffic since March 3.", dct);
  const auto& closed = event_with(g, "closed");
  REQUIRE(closed.time.start);
  CHECK(*closed.time.start == 2025_y / March / 3);
}

TEST_CASE("t58 35: a simple past relative clause is not bounded so", "[events][dt59a]") {
  const auto g = graph_of_text(
      "The river last flooded badly in 1987, when 40 people drowned, most of them in hamlets that ignored the warnings.",
      2016_y / November / 19);
  const auto& ignored = event_with(g, "ignored");
  CHECK_FALSE((ignored.time.end && *ignored.time.end == 1987_y / December / 31));
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

// Finding 13: "will be flown ... on Friday and then to ... by the end of the week": a date the
// event falls on inside a bound on the same verb says more than the bound, though the parse hangs
// the bound nearer.

TEST_CASE("t59 13: a day inside a one-sided bound dates the event on that day", "[events][dt61b]") {
  const sys_days dct = 2025_y / September / 23;  // a Tuesday
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"He will be flown from the summit to Base Camp on Friday and then to Kathmandu, Nepal, by the end of the week, "
       "weather permitting.",
       "flown"},
      {"The injured sailor will be flown from the ship to Horta on Friday and then to Lisbon by the end of the week, "
       "weather permitting.",
       "flown"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, verb), 2025_y / September / 26);
}

TEST_CASE("t59 14: an order with no date of its own gives the event no start", "[events][dt61b]") {
  const auto g = graph_of_text("The regulator ordered the mill to halt production until further notice.", 2025_y / September / 25);
  CHECK_FALSE(event_with(g, "halt").time.start.has_value());
}

TEST_CASE("t59 14: an ordered event with its own end is not open-ended", "[events][dt61b]") {
  const auto g = graph_of_text("On Tuesday the regulator ordered the mill to halt production until October 31.",
                               2025_y / September / 25);
  const auto& halt = event_with(g, "halt");
  REQUIRE(halt.time.end);
  CHECK(*halt.time.end == 2025_y / October / 31);
}

TEST_CASE("t60 15: an event begun on a day and told ended keeps its end", "[events][dt62]") {
  const auto g = graph_of_text("Bus drivers voted on Monday to extend a walkout that began on March 3 and ended on March 9.",
                               2024_y / April / 10);
  check_span(event_with(g, "walkout"), 2024_y / March / 3, 2024_y / March / 9);
}

TEST_CASE("tester49 #21: a 'from' date after an amount with no end is still the baseline", "[events][tester49]") {
  const sys_days dct{2024_y / June / 20};
  for (const std::string text : {"Sales rose 5 percent from 2022.", "Profit fell to $3 million from $5 million in 2022."}) {
    CAPTURE(text);
    const auto g = graph_of_text(text, dct);
    for (const auto& event : g.events)
      CHECK_FALSE((event.time.start && *event.time.start == sys_days{2022_y / January / 1}));
  }
}

TEST_CASE("tx55 t55-1: days later count from the main clause's day, not from a date in a noun's clause",
          "[events][tx55]") {
  auto [text, later, value] = GENERATE(table<const char*, const char*, const char*>({
      {"The regulator cleared the merger on Tuesday, closing an inquiry that had dragged on since the firms "
       "announced the deal in the autumn of 2020. Three days later, the buyer fired the chief executive.",
       "Three days later", "2024-03-15"},
      {"The council approved the bridge on Thursday, ending a dispute that had simmered since residents "
       "objected in the winter of 2019. A day later, the contractor ordered the steel.",
       "A day later", "2024-03-15"},
      {"The league suspended the coach on Monday, after a probe that the club opened when fans complained in "
       "March 2022. Two weeks later, he resigned.",
       "Two weeks later", "2024-03-25"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, later, sys_days{2024_y / March / 16}) == value);
}

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2023_oct_11 {

const sys_days kDct{2023_y / October / 11};  // a Wednesday

TEST_CASE("tx57 pipeline: a plan's step later counts from the plan's day, not a past date in a subordinate clause", "[events][tx57]") {
  const std::string text =
      "Museums will reopen on November 20 under a plan approved on Monday, seven months after they were shut in April. "
      "Smaller galleries will follow two weeks later, the ministry said.";
  CHECK(timex_value_in(text, "two weeks later", kDct) == "2023-12-04");
  // (a story told in the past keeps counting from its last date)
  const std::string past = "The museum was shut on April 3 after a flood. It reopened two weeks later.";
  CHECK(timex_value_in(past, "two weeks later", kDct) == "2023-04-17");
}

TEST_CASE("tx57 pipeline: the weekend of a date and a month's night in a year are one expression each", "[events][tx57]") {
  CHECK(timex_value_in("Engineers hope to restore power by the weekend of November 18.", "the weekend of November 18", kDct) ==
        "2023-W46-WE");
  CHECK(timex_value_in("Smugglers crossed the border in the early hours of a January night in 2004.",
                       "the early hours of a January night in 2004", kDct) == "2004-01");
}

}  // namespace dated_2023_oct_11
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2025_may_14 {

const sys_days kDct{2025_y / May / 14};

TEST_CASE("tx59 pipeline: before a day ends the event the day before, with the day as its value", "[events][tx59]") {
  const auto& approval = event_with(graph_of_text("The council will approve the new budget before Christmas.", kDct), "approve");
  CHECK(approval.time.value == "2025-12-25");
  CHECK(approval.time.mod == "BEFORE");
  REQUIRE(approval.time.end);
  CHECK(*approval.time.end == sys_days{2025_y / December / 24});
}

}  // namespace dated_2025_may_14
}  // namespace
