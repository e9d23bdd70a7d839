// Tester 47 (helper ev9): a state a copula predicates with a time it lasts from a named date
// ("will be shut for a month from Monday"), a deadline that "has until" or "gave ... until" sets
// for an infinitive.
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph::test;
using namespace date;

namespace {

bool has_event_with_mention(const graph::GraphData& g, const std::string& trigger) { return events_with_mention(g, trigger) > 0; }

}  // namespace

TEST_CASE("tester47 A: a state a copula predicates with a date of its own is an event", "[events][tester47]") {
  const sys_days dct = 2024_y / aug / 14;  // a Wednesday
  for (const auto& [text, trigger] : std::vector<std::pair<std::string, std::string>>{
           {"The road will be shut on Monday.", "shut"},
           {"Schools will be shut on Friday.", "shut"},
           {"The border will be open on Monday.", "open"}}) {
    INFO(text);
    const auto g = graph_of_text(text, dct);
    const auto& event = event_with(g, trigger);
    CHECK(event.modality == graph::Modality::Planned);
    REQUIRE(event.time.start);
  }
  // an adjective no verb stands behind is none
  CHECK_FALSE(has_event_with_mention(graph_of_text("The payment will be due on Monday.", dct), "due"));
}

TEST_CASE("tester47 A: a time 'for' gives runs from the date 'from' or 'starting' joins to it", "[events][tester47]") {
  const sys_days dct = 2024_y / aug / 14;  // a Wednesday
  const sys_days monday = 2024_y / aug / 19, tuesday = 2024_y / aug / 20;
  struct Case {
    std::string text, trigger;
    sys_days start, end;
  };
  // (the end is inclusive, as every interval's: a month from Monday Aug 19 ends on Sep 18; t58 #9)
  for (const auto& c : std::vector<Case>{
           {"The road will be shut for a month from Monday.", "shut", monday, 2024_y / sep / 18},
           {"The bridge will be closed for two weeks starting Tuesday.", "closed", tuesday, tuesday + days{13}},
           {"The line will be closed from Monday for ten days.", "closed", monday, monday + days{9}},
           {"The plant will close for three weeks beginning Monday.", "close", monday, monday + days{20}},
           {"The factory was shut for a month from June 3.", "shut", 2024_y / jun / 3, 2024_y / jul / 2}}) {
    INFO(c.text);
    const auto g = graph_of_text(c.text, dct);
    check_span(event_with(g, c.trigger), c.start, c.end);
  }
  // a date the duration is not joined to leaves the duration bounding nothing, as before
  const auto g = graph_of_text("The road will be closed for a month, officials said on Monday.", dct);
  const auto& closed = event_with(g, "closed");
  CHECK_FALSE((closed.time.end && *closed.time.end == sys_days{2024_y / sep / 19}));
}

TEST_CASE("tester47 B: 'has until' a date to do something is no event, but the doing is due by the date", "[events][tester47]") {
  const sys_days dct = 2024_y / aug / 12;  // a Monday
  for (const auto& [text, has, done, due] : std::vector<std::tuple<std::string, std::string, std::string, sys_days>>{
           {"The company has until Feb 20 to file its appeal.", "has", "file", 2025_y / feb / 20},
           {"Residents have until midnight on Friday to leave.", "have", "leave", 2024_y / aug / 16},
           {"The two parties have until October 1 to reach a deal.", "have", "reach", 2024_y / oct / 1}}) {
    INFO(text);
    const auto g = graph_of_text(text, dct);
    CHECK_FALSE(has_event_with_mention(g, has));
    const auto& event = event_with(g, done);
    REQUIRE(event.time.end);
    CHECK(*event.time.end == due);
    // (not done yet: no start, or the article's date, as for a forecast's infinitive)
    CHECK((!event.time.start || *event.time.start == dct));
  }
  // "until" on a verb that gives no time still dates that verb
  const auto g = graph_of_text("The team stayed until Friday to finish the work.", dct);
  const auto& stayed = event_with(g, "stayed");
  REQUIRE(stayed.time.end);
  CHECK(*stayed.time.end == sys_days{2024_y / aug / 9});
}

TEST_CASE("tester47 B: 'gave X until' a date to do something: X does it by then, the giving is not then", "[events][tester47]") {
  const sys_days dct = 2024_y / aug / 12;
  for (const auto& [text, doer, done, due] : std::vector<std::tuple<std::string, std::string, std::string, sys_days>>{
           {"The judge gave both sides until Nov 15 to file their briefs.", "Sides", "file", 2024_y / nov / 15},
           {"The regulator gave the bank until June 30 to sell the unit.", "Bank", "sell", 2025_y / jun / 30}}) {
    INFO(text);
    const auto g = graph_of_text(text, dct);
    const auto& gave = event_with(g, "gave");
    CHECK_FALSE((gave.time.end && *gave.time.end == due));
    const auto& event = event_with(g, done);
    CHECK(event.title.starts_with(doer));
    REQUIRE(event.time.end);
    CHECK(*event.time.end == due);
  }
}
