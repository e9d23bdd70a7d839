// Session 61 (a), event dating and the time expressions it rests on: the tester's findings of
// session 59 (numbered as in its report).
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::solved_graph_of_text;
using chronograph::test::timex_value_in;

// Item 23: "denied it on Wednesday, saying he had acted on the advice available at the time": a
// past perfect lies before the date its sentence gave the report, so "the time" is not that date.

TEST_CASE("t59 23: at the time in a past perfect is not the date of the report around it", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;  // a Thursday
  const auto [text, expression] = GENERATE(table<std::string, std::string>({
      {"The mayor was warned about the cracks in April 2018. She rejected that claim on Tuesday, "
       "insisting she had followed the rules in force at the time.",
       "the time"},
      {"The minister denied the story on Monday, arguing that he had acted properly at that time.", "that time"},
  }));
  CAPTURE(text);
  CHECK(timex_value_in(text, expression, dct) == "PAST_REF");
}

TEST_CASE("t59 23: at the time still names a date told before it", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;
  CHECK(timex_value_in("The bakery moved to Hull in 2015. At the time it had ten staff.", "the time", dct) == "2015");
  CHECK(timex_value_in("The bakery had moved to Hull in 2015, and at the time it had ten staff.", "the time", dct) == "2015");
  CHECK(timex_value_in("When the bakery closed in 2019, it had employed 30 people at the time.", "the time", dct) == "2019");
}

// Item 6: "will arrive in London on Tuesday for a four-day state visit": the visit starts on the
// day of the arrival it is made for and runs its length.

TEST_CASE("t59 6: an event noun with a length that a dated verb is for starts on its day", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;  // a Thursday
  const auto [text, noun, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The Brazilian president will land in Madrid on Monday for a three-day visit.", "visit",
       2025_y / March / 10, 2025_y / March / 12},
      {"The orchestra flew to Vienna on Saturday for a two-week tour of Austria.", "tour", 2025_y / March / 1,
       2025_y / March / 14},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), noun), start, end);
}

TEST_CASE("t59 6: a length noun the verb is not for is not dated by the verb", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;
  const auto g = graph_of_text("The president landed in Madrid on Monday after a three-day visit to Lisbon.", dct);
  const auto& visit = event_with(g, "visit");
  CHECK_FALSE((visit.time.start && *visit.time.start == sys_days{2025_y / March / 3}));
}

// Item 10: "not notified until Friday evening, a full day after the leak began": "a full day"
// (like "two whole weeks", "an entire year") is a length, which dates what it counts back to.

TEST_CASE("t59 10: a length with full, whole or entire is a duration", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 10;
  CHECK(timex_value_in("The lake was closed for two whole weeks before the spill.", "two whole weeks", dct) == "P2W");
  CHECK(timex_value_in("Repairs took an entire year.", "an entire year", dct) == "P1Y");
  CHECK(timex_value_in("Revenue for the full year 2024 rose.", "the full year 2024", dct) == "2024");
}

TEST_CASE("t59 10: what began a full day before a dated time is dated by it", "[events][dt61a]") {
  const auto g = solved_graph_of_text(
      "Oil leaked into the river on Thursday. Fishermen said they were not warned until Friday evening, a full day "
      "after the spill began.",
      2025_y / March / 10);
  check_span(event_with(g, "began"), 2025_y / March / 6, 2025_y / March / 6);
}

// Item 11: "have warmed since a trade agreement was signed in October 2020": a date right after
// the words of a "since" clause closes that clause, however the parser hung it; the verb the
// clause hangs on starts then.

TEST_CASE("t59 11: a date closing a since clause dates the clause and starts its host", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 10;
  const auto g = graph_of_text(
      "Trade between the two neighbours has grown since a customs pact was signed in May 2017, and exporters hope the "
      "new port will open by the end of the decade.",
      dct);
  check_span(event_with(g, "signed"), 2017_y / May / 1, 2017_y / May / 31);
  const auto& grown = event_with(g, "grown");
  REQUIRE(grown.time.start);
  CHECK(*grown.time.start == sys_days{2017_y / May / 1});
  CHECK_FALSE((grown.time.end && *grown.time.end == sys_days{2017_y / May / 31}));
}

TEST_CASE("t59 11: a date after other words than the since clause's is not the clause's", "[events][dt61a]") {
  const auto g = graph_of_text("Exports have risen since the tariff was cut, and they doubled in 2019.", 2025_y / March / 10);
  CHECK_FALSE(event_with(g, "cut").time.start.has_value());
}

// Item 7: "made 23 recommendations, including ... a national register of dams by the end of
// 2023", said in 2022: a deadline after the article's date is not that of what was done by then.

TEST_CASE("t59 7: a deadline ahead does not date what was done", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 10;
  const auto g = graph_of_text(
      "The review board made 14 proposals, including yearly audits of all public hospitals and a national database of "
      "patients by the end of 2026.",
      dct);
  const auto& made = event_with(g, "made");
  CHECK(made.time.value.empty());
  REQUIRE(made.time.end);
  CHECK(*made.time.end == dct);
}

TEST_CASE("t59 7: a deadline before the article, or of what is to come, still bounds", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 10;
  const auto done = graph_of_text("The hospital board had approved the plan by the end of 2024.", dct);
  const auto& approved = event_with(done, "approved");
  REQUIRE(approved.time.end);
  CHECK(*approved.time.end == sys_days{2024_y / December / 31});
  const auto ahead = graph_of_text("The hospital board will publish its proposals by the end of 2026.", dct);
  const auto& publish = event_with(ahead, "publish");
  REQUIRE(publish.time.end);
  CHECK(*publish.time.end == sys_days{2026_y / December / 31});
}

// Item 5: "will travel to Oxford, where the emperor spent two years ... They are expected to
// return to London that evening for a reception hosted by the Lord Mayor": a past span beside a
// story told ahead passes none of its days, so "that evening" is the evening of the day just
// told; and what a planned journey on that day goes for happens on it.

TEST_CASE("t59 5: that evening after a past span beside a story ahead is the story's day", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;  // a Thursday
  CHECK(timex_value_in("On Monday the two ministers will tour the shipyard in Gdansk, where the president worked for "
                       "ten years. They are expected to return to Warsaw that evening.",
                       "that evening", dct) == "2025-03-10TEV");
  // (a span of the story itself still leaves the day open)
  CHECK(timex_value_in("On Monday the two ministers will start a walk across the country. It will take ten days, and "
                       "that evening they will rest.",
                       "that evening", dct) == "XXXX-XX-XXTEV");
}

TEST_CASE("t59 5: what a planned journey goes for is on the journey's day", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"On Monday the two ministers will tour the shipyard in Gdansk. They will return to Warsaw that evening for a "
       "reception held by the city council.",
       "held"},
      {"On Monday the two ministers will tour the shipyard in Gdansk. They are expected to return to Warsaw that "
       "evening for a banquet hosted by the governor.",
       "hosted"},
      {"The foreign minister will fly to Geneva on Monday for talks with the rebels.", "talks"},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), 2025_y / March / 10, 2025_y / March / 10);
}

TEST_CASE("t59 5: the cause a done act is for is not dated by it", "[events][dt61a]") {
  const auto g = graph_of_text("The suspect was arrested on Thursday for a robbery in the harbour district.", 2025_y / March / 10);
  CHECK_FALSE(event_with(g, "robbery").time.start.has_value());
}
