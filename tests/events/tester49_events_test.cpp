// Tester 49: events a reader needs that were taken for evidence.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::events_with_mention;
using chronograph::test::graph_of_text;

TEST_CASE("tester49 #38: a report a time clause tells is an event the main clause is timed by", "[events][tester49]") {
  const sys_days dct{2025_y / December / 3};
  const auto [text, report] = GENERATE(table<std::string, std::string>({
      {"Shares fell 7 percent on Tuesday after The Wall Street Journal first reported the recall plan.", "reported"},
      {"The minister resigned before the newspaper published the letters.", "published"},
      {"Prices have doubled since the agency announced the shortage.", "announced"},
      {"The stock rose after Reuters reported the deal on Monday.", "reported"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(events_with_mention(g, report) == 1);
}

TEST_CASE("tester49 #38: a report that passes a clause on stays evidence of it", "[events][tester49]") {
  const sys_days dct{2025_y / December / 3};
  const auto g = graph_of_text("Traffic slowed after officials said the bridge was closed.", dct);
  CHECK(events_with_mention(g, "said") == 0);
  CHECK(events_with_mention(g, "closed") == 1);
}
