// Events mended in session ev57c (t57 user tests): an infinitive joined to a forecast's own
// infinitive, and a gerund completing a verb ("expected rents to keep rising and to level off"),
// share its modality instead of being told as done; what a party to a charge says ("Prosecutors
// say she took") is alleged, so possible, where "Police said the driver fled" reports a fact.
// Each is tested on sentences written for it and on a case that must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const sys_days kTuesday = 2025_y / mar / 11;

}  // namespace

TEST_CASE("t57 55: an infinitive and a gerund under a forecast share its modality, never actual", "[events][ev57c]") {
  const auto g = graph_of_text(
      "The surveyor expected rents to keep rising until the autumn and to level off only after that.", kTuesday);
  const auto forecast = event_with(g, "keep").modality;
  CHECK(forecast != graph::Modality::Actual);
  CHECK(event_with(g, "rising").modality == forecast);
  CHECK(event_with(g, "level").modality == forecast);
}

TEST_CASE("t57 55: a gerund after a modal verb shares its modal", "[events][ev57c]") {
  const auto g = graph_of_text("Fares could start rising again next month.", kTuesday);
  CHECK(event_with(g, "rising").modality == graph::Modality::Possible);
}

TEST_CASE("t57 55: a gerund told as done stays actual", "[events][ev57c]") {
  const auto g = graph_of_text("Rents kept rising through the winter.", kTuesday);
  CHECK(event_with(g, "rising").modality == graph::Modality::Actual);
}

TEST_CASE("t57 46: what a party to a charge or claim says is alleged", "[events][ev57c]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Prosecutors say the broker hid $9 million from clients between 2015 and 2019.", "hid"},
      {"The lawsuit says the landlord ignored repeated complaints about mould.", "ignored"},
      {"The plaintiffs said the council dumped waste near the school.", "dumped"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kTuesday), verb).modality == graph::Modality::Possible);
}

TEST_CASE("t57 46: what police or officials say stays a reported fact", "[events][ev57c]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Police say the van crashed into a bus shelter on the ring road.", "crashed"},
      {"The mayor said the ferry resumed service at noon.", "resumed"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kTuesday), verb).modality == graph::Modality::Actual);
}
