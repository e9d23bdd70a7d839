// Tester 51, events and modality (#35-#40): which events exist and how they stand.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::graph::Modality;
using chronograph::test::check_day;
using chronograph::test::event_with;
using chronograph::test::events_with_mention;
using chronograph::test::graph_of_text;
using chronograph::test::has_mention;

TEST_CASE("tester51 #38: a word of an organisation's name is no event", "[events][tester51]") {
  const sys_days dct{2025_y / December / 2};
  const auto [text, name_word, verb] = GENERATE(table<std::string, std::string, std::string>({
      {"The Ghana Health Service will begin the second phase of its national HPV vaccination campaign on Jan. 12, "
       "officials said on Tuesday.",
       "Service", "begin"},
      {"The Ghana Health Service will begin the campaign on Jan. 12.", "Service", "begin"},
      {"The National Weather Service will issue a warning on Friday.", "Service", "issue"},
      // (the second of two names: each name is looked up, not only the first one found)
      {"The Civil Aviation Authority and the National Weather Service will issue a warning on Friday.", "Service",
       "issue"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(events_with_mention(g, name_word) == 0);
  CHECK(events_with_mention(g, verb) == 1);
}

TEST_CASE("tester51 #38: the same word outside a name still names an event", "[events][tester51]") {
  const auto g = graph_of_text("The ferry service resumed on Monday.", sys_days{2025_y / January / 14});
  CHECK(events_with_mention(g, "service") == 1);
}

TEST_CASE("tester51 #36: a comparison's standard whose subject has a phrase of its own is no event", "[events][tester51]") {
  const sys_days dct{2025_y / April / 28};
  const auto [text, standard, compared] = GENERATE(table<std::string, std::string, std::string>({
      {"In the spring of 1975, North Vietnamese forces swept south far faster than anyone in Washington had expected.",
       "expected", "swept"},
      {"Sales rose faster than most analysts at the bank had forecast.", "forecast", "rose"},
      {"Prices climbed more than economists in the survey had predicted.", "predicted", "climbed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(events_with_mention(g, standard) == 0);
  CHECK(events_with_mention(g, compared) == 1);
}

TEST_CASE("tester51 #36: expecting with no comparison stays an event", "[events][tester51]") {
  const auto g = graph_of_text("Analysts in London expected a rate cut in March.", sys_days{2025_y / January / 14});
  CHECK(events_with_mention(g, "expected") == 1);
}

TEST_CASE("tester51 #37: a time clause in the present under a verb to come is awaited, not done", "[events][tester51]") {
  const sys_days dct{2025_y / December / 2};
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Catch-up sessions will be held every six months after the campaign ends.", "ends"},
      {"The school will reopen after the water recedes.", "recedes"},
      {"The school will reopen when the river falls.", "falls"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(event_with(g, trigger).modality == Modality::Planned);
}

TEST_CASE("tester51 #37: a time clause under a verb that happened, or in the past, is done", "[events][tester51]") {
  const sys_days dct{2025_y / December / 2};
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The school reopened after the water receded.", "receded"},
      {"The school reopened when the river fell.", "fell"},
      {"Prices fall when demand weakens.", "weakens"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(event_with(g, trigger).modality == Modality::Actual);
}

TEST_CASE("tester51 #40: what is due on a date is an event to come, though the parse misses the copula", "[events][tester51]") {
  const sys_days dct{2025_y / January / 14};
  const auto [text, thing, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Bids for the company's assets are due Feb. 28.", "Bids", 2025_y / February / 28},
      {"Under the proposed timeline, bids for the company's assets are due Feb. 28, and an auction would be held on "
       "March 10.",
       "bids", 2025_y / February / 28},
      {"Applications for the grants are due March 15.", "Applications", 2025_y / March / 15},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& due = event_with(g, thing);
  CHECK(due.modality == Modality::Planned);
  check_day(due, day);
}

TEST_CASE("tester51 #40: 'due to' a cause dates nothing", "[events][tester51]") {
  const auto g = graph_of_text("The delay is due to the storm.", sys_days{2025_y / January / 14});
  CHECK(events_with_mention(g, "delay") == 0);
}

TEST_CASE("tester51 #40: a rule or a budget that takes effect on a date is an event then", "[events][tester51]") {
  const sys_days dct{2026_y / June / 9};
  const auto [text, trigger, month] = GENERATE(table<std::string, std::string, year_month>({
      {"The City Council on Monday approved a $4.2 billion budget. It takes effect next July and includes $180 "
       "million to close a deficit.",
       "takes", 2026_y / July},
      {"The tariffs will take effect in March.", "take", 2027_y / March},
      {"The new law comes into force in September.", "comes", 2026_y / September},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& starting = event_with(g, trigger);
  CHECK(starting.modality == Modality::Planned);
  REQUIRE(starting.time.start);
  CHECK(*starting.time.start == sys_days{month / 1});
}

TEST_CASE("tester51 #39: a headline's second clause joins the sentence after the lead that tells it", "[events][tester51]") {
  const sys_days dct{2025_y / January / 14};
  const auto [text, verb, end] = GENERATE(table<std::string, std::string, sys_days>({
      {"Harlow Home Goods files for bankruptcy, plans to close 120 stores\n\nHarlow Home Goods filed for Chapter 11 "
       "bankruptcy protection on Tuesday. The company said it would close 120 of its 410 stores by the end of March.",
       "close", 2025_y / March / 31},
      {"Grocer Pellman files for bankruptcy, plans to close 45 stores\n\nPellman filed for bankruptcy on Monday. The "
       "company said it would close 45 of its 200 stores by June.",
       "close", 2025_y / June / 30},
      {"Carmaker halts output, plans to cut 900 jobs\n\nThe carmaker halted output on Monday. It said it would cut 900 "
       "of its 4,000 jobs by the end of the year.",
       "cut", 2025_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(events_with_mention(g, verb) == 1);
  const auto& planned = event_with(g, verb);
  CHECK(planned.modality == Modality::Planned);
  REQUIRE(planned.time.end);
  CHECK(*planned.time.end == end);
}

TEST_CASE("tester51 #39: a later sentence about something else stays apart from the headline", "[events][tester51]") {
  const auto g = graph_of_text(
      "Carmaker halts output, plans to cut 900 jobs\n\nThe carmaker halted output on Monday. It said it would cut its "
      "prices by the end of the year.",
      sys_days{2025_y / January / 14});
  CHECK(events_with_mention(g, "cut") == 2);
}

TEST_CASE("tester51 #40: 'the proposal' after an offer is that offer, no event of its own", "[events][tester51]") {
  const sys_days dct{2025_y / January / 14};
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"A group of bondholders had offered to swap their debt for equity in November, but Greystone rejected the "
       "proposal.",
       "offered"},
      {"The union offered a new pay deal on Monday. The company rejected the proposal on Tuesday.", "offered"},
      {"The mayor proposed a new tax on Monday. The council rejected the proposal on Tuesday.", "proposed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(events_with_mention(g, "proposal") == 1);
  CHECK(has_mention(event_with(g, verb), "proposal"));
}

TEST_CASE("tester51 #40: a new proposal is another event than the offer", "[events][tester51]") {
  const auto g = graph_of_text("The union offered to end the strike on Monday. The mayor made a new proposal on Friday.",
                               sys_days{2025_y / January / 14});
  CHECK_FALSE(has_mention(event_with(g, "offered"), "proposal"));
}
