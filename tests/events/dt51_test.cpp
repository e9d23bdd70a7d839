// Session 51, time expressions and event dating: a month that dates the subject of a past verb
// is a month gone by, however the verb is spelt ("cost", "hurt"); a "where" clause on a place an
// event crosses or visits happens within that event; what is expected ("two cuts in the second
// half of the year", "a cut in August") is an event of its own with the expected date; "going
// to" tells a plan, and "for at least the next three days" dates it.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::has_edge;
using chronograph::test::check_span;
using chronograph::test::check_day;
using chronograph::test::event_with;
using chronograph::test::events_with_mention;
using chronograph::test::graph_of_text;
using chronograph::test::solved_graph_of_text;
using chronograph::test::timex_value_in;
namespace graph = chronograph::graph;

TEST_CASE("s50: a month that dates the subject of a past verb is the month gone by", "[events][dt51]") {
  const sys_days dct = 2024_y / March / 14;
  const auto [text, date, value] = GENERATE(table<std::string, std::string, std::string>({
      {"The strike at the Ford plant in May cost $200 million.", "May", "2023-05"},
      {"The strike in May hurt sales.", "May", "2023-05"},
      {"The flood in April put 300 homes under water.", "April", "2023-04"},
      {"The meeting on March 20 approved the plan.", "March 20", "2023-03-20"},
  }));
  CAPTURE(text);
  CHECK(timex_value_in(text, date, dct) == value);
}

TEST_CASE("s50: the strike a past 'cost' tells of is done, not planned", "[events][dt51]") {
  const auto g = graph_of_text("The strike at the Ford plant in May cost $200 million.", 2024_y / March / 14);
  const auto& strike = event_with(g, "strike");
  CHECK(strike.modality == graph::Modality::Actual);
  check_span(strike, 2023_y / May / 1, 2023_y / May / 31);
}

TEST_CASE("s50: a month on the subject of a verb ahead, or of a plan put off, stays ahead", "[events][dt51]") {
  const sys_days dct = 2024_y / March / 14;
  const auto [text, value] = GENERATE(table<std::string, std::string>({
      {"The strike in May will cost $200 million.", "2024-05"},
      {"Workers said the strike in May would cost $200 million.", "2024-05"},
      {"The vote in May was postponed.", "2024-05"},
  }));
  CAPTURE(text);
  CHECK(timex_value_in(text, "May", dct) == value);
}

TEST_CASE("s50: what a 'where' clause tells of a place crossed or visited happens within that event",
          "[events][dt51]") {
  const sys_days dct = 2025_y / September / 9;  // a Tuesday
  const auto g = solved_graph_of_text(
      "Delphine formed as a tropical depression in the Caribbean last Thursday and became a hurricane on Saturday "
      "after crossing western Cuba, where it knocked out power to 400,000 homes.",
      dct);
  const auto& crossing = event_with(g, "crossing");
  const auto& knocked = event_with(g, "knocked");
  CHECK(has_edge(g, crossing, graph::EdgeType::Includes, knocked));
  REQUIRE(knocked.time.end);
  CHECK(*knocked.time.end == 2025_y / September / 6);

  const auto [text, host, clause, day] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"The president visited the plant on Monday, where he met workers.", "visited", "met", 2024_y / June / 17},
      {"The storm crossed Haiti on Sunday, where it killed 12 people.", "crossed", "killed", 2024_y / June / 16},
      {"The storm swept through Florida on Sunday, where it flooded streets.", "swept", "flooded", 2024_y / June / 16},
  }));
  CAPTURE(text);
  const auto h = solved_graph_of_text(text, 2024_y / June / 20);
  CHECK(has_edge(h, event_with(h, host), graph::EdgeType::Includes, event_with(h, clause)));
  check_day(event_with(h, clause), day);
}

TEST_CASE("s50: a 'where' clause on a place an event goes to is not within it", "[events][dt51]") {
  const auto g = solved_graph_of_text("He was taken to hospital on Monday, where he died.", 2024_y / June / 20);
  CHECK_FALSE(has_edge(g, event_with(g, "taken"), graph::EdgeType::Includes, event_with(g, "died")));
}

TEST_CASE("t49 25: an expected cut is an event of its own, planned, with the expected time", "[events][dt51]") {
  const sys_days dct = 2024_y / June / 20;
  const auto [text, trigger, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Most economists expect two cuts in the second half of the year.", "cuts", 2024_y / July / 1,
       2024_y / December / 31},
      {"Analysts expect a rate cut in September.", "cut", 2024_y / September / 1, 2024_y / September / 30},
      {"The Bank said a cut in August was \"finely balanced\".", "cut", 2024_y / August / 1, 2024_y / August / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& cut = event_with(g, trigger);
  CHECK(cut.modality == graph::Modality::Planned);
  check_span(cut, start, end);
}

TEST_CASE("t49 25: 'going to' tells a plan, dated by 'for at least the next three days'", "[events][dt51]") {
  const sys_days dct = 2021_y / August / 9;
  const auto g = graph_of_text(
      "\"We're going to see extreme fire behavior for at least the next three days,\" he said on Monday.", dct);
  const auto& see = event_with(g, "see");
  CHECK(see.modality == graph::Modality::Planned);
  REQUIRE(see.time.start);
  CHECK(*see.time.start == dct);

  const auto plain = graph_of_text("We will see extreme fire behavior for at least the next three days.", dct);
  check_span(event_with(plain, "see"), dct, 2021_y / August / 12);
}

TEST_CASE("t49 25: 'went to see' is no plan", "[events][dt51]") {
  const auto g = graph_of_text("They went to see the fire on Monday.", 2021_y / August / 9);
  CHECK(event_with(g, "see").modality == graph::Modality::Actual);
}

TEST_CASE("t49 25: 'do not expect full containment until late August' puts the containment no earlier",
          "[events][dt51]") {
  const sys_days dct = 2021_y / August / 9;
  const auto [text, trigger, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"Firefighters do not expect full containment until late August.", "containment", 2021_y / August / 22},
      {"Analysts do not expect a recovery until 2026.", "recovery", 2026_y / January / 1},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& thing = event_with(g, trigger);
  REQUIRE(thing.time.start);
  CHECK(*thing.time.start == start);
  CHECK_FALSE(thing.time.end);
  CHECK_FALSE(event_with(g, "expect").time.known());
}

TEST_CASE("t49 25: what is expected by a date is the expected thing's, not the expecting's", "[events][dt51]") {
  const auto g = graph_of_text("Officials expect full containment by next week.", 2021_y / August / 9);
  const auto& containment = event_with(g, "containment");
  REQUIRE(containment.time.end);
  CHECK(*containment.time.end == 2021_y / August / 22);
  CHECK(containment.modality == graph::Modality::Planned);
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

TEST_CASE("t51 18: a date inside the relative clause stays its own", "[events][dt51]") {
  const auto g = graph_of_text("The mayor, who took office in 2022, will resign on Friday.", 2026_y / June / 9);
  check_span(event_with(g, "took"), 2022_y / January / 1, 2022_y / December / 31);
  check_day(event_with(g, "resign"), 2026_y / June / 12);
}

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

TEST_CASE("t51 22: a date in a quotation that is a sentence of its own is still the quote's", "[events][dt51]") {
  const auto g = graph_of_text("\"We will finish the work on Friday,\" he said on Monday.", 2026_y / June / 9);
  const auto& finish = event_with(g, "finish");
  REQUIRE(finish.time.end);
  CHECK(*finish.time.end == 2026_y / June / 12);
}

TEST_CASE("t51 17: a deadline after 'due' does not go to the next event in the sentence", "[events][dt51]") {
  const sys_days dct = 2025_y / January / 14;
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Under the proposed timeline, bids for the company's assets are due Feb. 28, and an auction would be held on "
       "March 10.", "held", 2025_y / March / 10},
      {"Payments are due by March 1, and the company will close on April 30.", "close", 2025_y / April / 30},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), trigger), day);
}

TEST_CASE("t51 19: a date after an 'as' clause set off by commas dates the main verb", "[events][dt51]") {
  const sys_days dct = 2025_y / April / 28;
  const auto [text, trigger, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Delgado returned to Ho Chi Minh City, as Saigon is now called, for the first time in 2015.", "returned",
       2015_y / January / 1, 2015_y / December / 31},
      {"He left the city, as he had promised, on Friday.", "left", 2025_y / April / 25, 2025_y / April / 25},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), start, end);
}

TEST_CASE("t51 25: 'missed the deadline by two days after a dispute' puts the dispute before the miss, no gap",
          "[events][dt51]") {
  const auto g = solved_graph_of_text("Last year, the council missed the deadline by two days after a dispute over transit funding.",
                                      2026_y / June / 9);
  const auto& dispute = event_with(g, "dispute");
  CHECK_FALSE(dispute.time.start);
  REQUIRE(dispute.time.end);
  CHECK(*dispute.time.end == 2025_y / December / 31);
}

TEST_CASE("t51 28: 'beginning on July 1' starts the event then, open at its end", "[events][dt51]") {
  const auto g = graph_of_text("The new timetable will apply to all lines, beginning on July 1.", 2026_y / June / 9);
  const auto& event = event_with(g, "apply");
  REQUIRE(event.time.start);
  CHECK(*event.time.start == 2026_y / July / 1);
  CHECK_FALSE(event.time.end);
}

TEST_CASE("t51 28: 'phased in over the next five years, starting in January 2027' is not cut to January 2027",
          "[events][dt51]") {
  const auto g = graph_of_text("The short-term rental tax will be phased in over the next five years, starting in January 2027.",
                               2026_y / June / 9);
  const auto& event = event_with(g, "phased");
  REQUIRE(event.time.end);
  CHECK(*event.time.end > 2030_y / January / 1);
}
