// Event dating (tester findings of session 60, numbered as in its report): a
// "between" span in front of a clause the parser misread, and relative clauses on a time
// ("the year the city hosted the games").
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

// Item 56: "between 1990 and 1997 Lambert moved donations ... and used the money": the span
// dates both verbs, also where the parser hangs the first one on the span's "1997".

TEST_CASE("t60 56: a between span in front of a clause dates each of its verbs", "[events][dt63]") {
  // (the parser takes "2009 Hartley transferred" for a noun and its relative clause)
  const auto g = graph_of_text(
      "Investigators found that between 2004 and 2009 Hartley transferred grants into a firm he ran and used the "
      "cash to buy a farm.",
      2020_y / May / 5);
  check_span(event_with(g, "transferred"), 2004_y / January / 1, 2009_y / December / 31);
  check_span(event_with(g, "used"), 2004_y / January / 1, 2009_y / December / 31);
  // (the verb that reports the clause is no part of the span)
  CHECK_FALSE(event_with(g, "found").time.start == sys_days{2004_y / January / 1});
}

TEST_CASE("t60 56: a fronted between span dates the verb conjoined to its own", "[events][dt63]") {
  const auto g = graph_of_text("Between 2011 and 2015 the council sold six libraries and closed two museums.",
                               2020_y / May / 5);
  check_span(event_with(g, "sold"), 2011_y / January / 1, 2015_y / December / 31);
  check_span(event_with(g, "closed"), 2011_y / January / 1, 2015_y / December / 31);
}

TEST_CASE("t60 56: a relative clause on a time happens within that time", "[events][dt63]") {
  const auto g = graph_of_text("The museum reopened in 2012, the year the city hosted the games.", 2020_y / May / 5);
  check_span(event_with(g, "hosted"), 2012_y / January / 1, 2012_y / December / 31);
}

TEST_CASE("t60 56: a relative clause on a noun that is no time does not take the date beside it", "[events][dt63]") {
  const auto g = graph_of_text("The museum reopened in 2012 in a building the architect had designed.", 2020_y / May / 5);
  const auto& designed = event_with(g, "designed");
  CHECK_FALSE(designed.time.start == sys_days{2012_y / January / 1});
}

// Item 67: "Radar operators in the United States later tracked ... debris", after the
// collision's day: what the text tells as later than the narrative starts no earlier than its date.

TEST_CASE("t60 67: a deed told as later than a dated narrative starts no earlier than its date", "[events][dt63]") {
  const auto g = graph_of_text(
      "The ferry ran aground off Skye on Saturday morning. Lifeboat crews towed it to Portree. Divers later "
      "recovered the logbook.",
      2024_y / March / 12);
  const auto& recovered = event_with(g, "recovered");
  REQUIRE(recovered.time.start);
  CHECK(*recovered.time.start == sys_days{2024_y / March / 9});
}

TEST_CASE("t60 67: a deed told as earlier than a dated narrative does not start at its date", "[events][dt63]") {
  const auto g = graph_of_text("The tanker sank near Oban on Sunday. Investigators earlier inspected its hull.",
                               2024_y / March / 12);
  CHECK_FALSE(event_with(g, "inspected").time.start == sys_days{2024_y / March / 10});
}
