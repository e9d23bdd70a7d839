// What someone foretells is possible, not planned (core/events/forecast.h): sentences written
// for these tests.
#include <string>
#include <tuple>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace date;
using namespace chronograph::test;
using graph::Modality;

TEST_CASE("a forecast is possible, a plan planned", "[events][modality][forecast]") {
  const sys_days dct = 2026_y / sep / 14;
  const auto [text, verb, modality] = GENERATE(table<std::string, std::string, Modality>({
      // a verb of foretelling over a clause or over an infinitive after its object
      {"Economists predict that house prices will fall by Christmas.", "fall", Modality::Possible},
      {"Meteorologists forecast the cyclone will weaken overnight.", "weaken", Modality::Possible},
      {"Forecasters expect the storm to make landfall on Thursday.", "make", Modality::Possible},
      {"Brokers anticipate copper prices to climb in the spring.", "climb", Modality::Possible},
      // a passive of foretelling: possible for what no one acts on, planned for one who acts
      {"Wholesale prices are projected to ease next month.", "ease", Modality::Possible},
      {"The ministry is expected to publish the figures next month.", "publish", Modality::Planned},
      {"Halvorsen is expected to announce her decision on Friday.", "announce", Modality::Planned},
      // "will" with a natural force or a process for subject: it happens of itself
      {"The hurricane will strengthen over warm water.", "strengthen", Modality::Possible},
      {"Inflation will rise in the coming months.", "rise", Modality::Possible},
      // must-not: one's own intention or a schedule stays planned
      {"The airline will add three routes in March.", "add", Modality::Planned},
      {"The airline expects to add three routes in March.", "add", Modality::Planned},
      {"The vote will take place on Thursday.", "take", Modality::Planned},
      // must-not: a denied expectation with "until" tells when the thing is due
      {"The tunnel is not expected to reopen until November.", "reopen", Modality::Planned},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, dct), verb).modality == modality);
}

TEST_CASE("a forecast's infinitive is still to come, from the article's date or the past report's", "[events][forecast]") {
  const sys_days dct = 2026_y / sep / 14;
  // in the period that holds the article's date: from that date
  const auto& ease = event_with(graph_of_text("Analysts expect rents to ease this year.", dct), "ease");
  CHECK(ease.modality == Modality::Possible);
  CHECK(ease.time.start == std::optional<sys_days>{dct});
  // foreseen in the past: after that report, not after the article
  const auto& slow = event_with(graph_of_text("In 2019, analysts expected sales to slow.", dct), "slow");
  CHECK(slow.modality == Modality::Possible);
  // (no start at the article's date, which a forecast told now would get: an empty start is
  // right, as nothing dates that report's aftermath)
  CHECK_FALSE((slow.time.start && *slow.time.start >= dct));
}
