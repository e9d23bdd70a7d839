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

TEST_CASE("tester49 #45: the one 'for' names before an infinitive is the one to do it, not the asker", "[events][tester49]") {
  const sys_days dct{2023_y / February / 14};
  const auto [text, asker, done, doer] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Detective Inspector Rachel Moore appealed for anyone who was near the street to come forward.", "Moore",
       "come", ""},
      {"The union called for the minister to resign.", "Union", "resign", "Minister"},
      {"Protesters called for the mayor to step down.", "Protesters", "step", "Mayor"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, done);
  CHECK(event.title.find(asker) == std::string::npos);
  if (!doer.empty()) CHECK(event.title.rfind(doer, 0) == 0);
}

TEST_CASE("tester49 #45: a time 'for' names before an infinitive does not do it", "[events][tester49]") {
  const auto g = graph_of_text("Fans queued for hours to see the band.", sys_days{2023_y / February / 14});
  CHECK(event_with(g, "see").title.find("Hours") == std::string::npos);
}
