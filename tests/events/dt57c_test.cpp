// Session 57 (dt57c), event dating and links: the eleventh tester's findings (numbered as in its
// report) on a cause phrase the parser hung on the verb before it, the date of the verb
// conjoined after that phrase, and verbs of preventing as cause cues.
#include <algorithm>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::graph::EdgeType;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_edge;

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
