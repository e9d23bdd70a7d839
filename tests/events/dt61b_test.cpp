// Session 61 (b), event dating: the tester's findings of session 59 (numbered as in its report)
// on lengths told after a conjoined verb's date, a date inside a one-sided bound, events that
// hold "until further notice", "shortly afterwards", and "until" a part of a day.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

// Finding 12: "opened in September 2020 and heard evidence ... over 11 months": the second verb
// shares the first's month as its start and runs its length from there, past that month.

TEST_CASE("t59 12: a conjoined verb with a length runs from the date it shares past that date", "[events][dt61b]") {
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The commission opened in March 2019 and took evidence over 14 months.", "took", 2019_y / March / 1,
       2020_y / May / 30},
      {"The festival opened in June 2021 and ran for ten weeks.", "ran", 2021_y / June / 1, 2021_y / September / 7},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / January / 10);
  check_span(event_with(g, verb), start, end);
}

TEST_CASE("t59 12: an event's own date with a length stays within that date", "[events][dt61b]") {
  const auto g = graph_of_text("The commission took evidence over 14 months in 2019.", 2023_y / January / 10);
  check_span(event_with(g, "took"), 2019_y / January / 1, 2019_y / December / 31);
}

TEST_CASE("t59 12: the first of two conjoined verbs keeps its own date", "[events][dt61b]") {
  const auto g = graph_of_text("The commission opened in March 2019 and took evidence over 14 months.", 2023_y / January / 10);
  check_span(event_with(g, "opened"), 2019_y / March / 1, 2019_y / March / 31);
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

TEST_CASE("t59 13: a bound alone still dates the event by it", "[events][dt61b]") {
  const auto g = graph_of_text("The injured sailor will be flown from the ship to Lisbon by the end of the week, weather permitting.",
                               2025_y / September / 23);
  const auto& event = event_with(g, "flown");
  REQUIRE(event.time.end);
  CHECK(*event.time.end == 2025_y / September / 28);
}

// Findings 14 and 17: "ordered the company to halt shipments until further notice", "said
// payments would be frozen until further notice": the halt starts when it was ordered (or told,
// on the day of the verb the report is conjoined to) and has no end.

TEST_CASE("t59 14: an event ordered until further notice starts on the order's day, open-ended", "[events][dt61b]") {
  const sys_days dct = 2025_y / September / 25;  // a Thursday
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"On Tuesday the regulator ordered the mill to halt production until further notice.", "halt"},
      {"The council on Tuesday instructed the depot to suspend deliveries until further notice.", "suspend"},
      {"On Tuesday the governor ordered the port to close until further orders.", "close"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == 2025_y / September / 23);
  CHECK_FALSE(event.time.end.has_value());
}

TEST_CASE("t59 17: an event told until further notice starts on the day of the verb the report joins", "[events][dt61b]") {
  const auto g = graph_of_text("The directors were named on Wednesday and said dividends would be suspended until further notice.",
                               2025_y / September / 25);
  const auto& event = event_with(g, "suspended");
  REQUIRE(event.time.start);
  CHECK(*event.time.start == 2025_y / September / 24);
  CHECK_FALSE(event.time.end.has_value());
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

TEST_CASE("t59 16: an event told afterwards with no word of closeness is not put on that day", "[events][dt61b]") {
  const auto g = graph_of_text("The board met at 9 a.m. on Wednesday. Three new directors were elected afterwards.",
                               2025_y / September / 25);
  const auto& event = event_with(g, "elected");
  CHECK_FALSE((event.time.start && *event.time.start == 2025_y / September / 24));
}

// Finding 19: "celebrations continued until early Monday": the event ends by early Monday; the
// expression's START ("early") does not put the event at the start of Monday.

TEST_CASE("t59 19: an event until part of a day ends by that day, not in its part", "[events][dt61b]") {
  const auto g = graph_of_text("Street parties went on until early Saturday.", 2025_y / September / 25);
  const auto& event = event_with(g, "went");
  REQUIRE(event.time.end);
  CHECK(*event.time.end == 2025_y / September / 20);
  CHECK_FALSE(event.time.start.has_value());
  CHECK(event.time.mod == "ON_OR_BEFORE");
}

TEST_CASE("t59 19: an event in part of a day keeps that part", "[events][dt61b]") {
  const auto g = graph_of_text("Street parties began early Saturday.", 2025_y / September / 25);
  CHECK(event_with(g, "began").time.mod == "START");
}

// Finding 18: "The team returned each August until 2008": a repeated event bounded by a year is
// bounded by its month in that year.

TEST_CASE("t59 18: an event repeated each month bounded by a year is bounded by that month of it", "[events][dt61b]") {
  const sys_days dct = 2020_y / January / 10;
  const auto [text, verb, end] = GENERATE(table<std::string, std::string, sys_days>({
      {"The volunteers returned every September until 2019.", "returned", 2019_y / September / 30},
      {"The club met each March until 2015.", "met", 2015_y / March / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == end);
  CHECK_FALSE(event.time.start.has_value());
}

TEST_CASE("t59 18: an event repeated each month since a year starts in that month of it", "[events][dt61b]") {
  const auto g = graph_of_text("The club has met every March since 2015.", 2020_y / January / 10);
  const auto& event = event_with(g, "met");
  REQUIRE(event.time.start);
  CHECK(*event.time.start == 2015_y / March / 1);
}

TEST_CASE("t59 18: an event repeated each month within a year keeps the year", "[events][dt61b]") {
  const auto g = graph_of_text("The club met each March in 2015.", 2020_y / January / 10);
  check_span(event_with(g, "met"), 2015_y / January / 1, 2015_y / December / 31);
}

TEST_CASE("t59 18: an event bounded by a year with no repeated month keeps the year", "[events][dt61b]") {
  const auto g = graph_of_text("The divers stayed at the wreck until 2017.", 2020_y / January / 10);
  const auto& event = event_with(g, "stayed");
  REQUIRE(event.time.end);
  CHECK(*event.time.end == 2017_y / December / 31);
}
