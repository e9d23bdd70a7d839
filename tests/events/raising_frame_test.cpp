// "The talks are expected to begin on Friday": a passive or "be" frame of expecting or
// scheduling with no agent is a mention of the event its infinitive tells, not an undated event
// of its own beside it (core/events/raising_frame.h).
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("a frame of expecting or scheduling is a mention of what it expects", "[events][raising]") {
  using graph::Modality;
  const auto [text, frame, infinitive, modality] = GENERATE(table<std::string, std::string, std::string, Modality>({
      {"The vote is widely expected to pass on Friday.", "expected", "pass", Modality::Possible},  // foretold
      {"The company is scheduled to report results on Friday.", "scheduled", "report", Modality::Planned},
      {"The minister is set to announce the budget on Friday.", "set", "announce", Modality::Planned},
      {"The report is due to be published on Friday.", "due", "published", Modality::Planned},
      {"The rocket is slated to launch on Friday.", "slated", "launch", Modality::Planned},
      {"Prices are forecast to rise on Friday.", "forecast", "rise", Modality::Possible},
      {"The regulator has opened an inquiry and is expected to publish its findings on Friday.", "expected", "publish",
       Modality::Planned},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / sep / 9);
  const auto& event = event_with(g, infinitive);
  // (the frame is no event apart from it: "due" is no event at all)
  for (const auto& other : g.events) CHECK((&other == &event || !has_mention(other, frame)));
  CHECK(event.modality == modality);
  check_day(event, 2025_y / sep / 12);
}

TEST_CASE("a phase under such a frame is a phase of the frame's subject event", "[events][raising]") {
  const auto [text, phase, words] = GENERATE(table<std::string, std::string, std::string>({
      {"The talks are scheduled to begin on Friday.", "begin", "Talks begin"},
      {"Negotiations are expected to resume on Friday.", "resume", "Negotiations may resume"},  // foretold
      {"The hearing is due to start on Friday.", "start", "Hearing starts"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / sep / 9);
  REQUIRE(g.events.size() == 1);
  CHECK(g.events.front().title == words);
  check_day(g.events.front(), 2025_y / sep / 12);
}

TEST_CASE("who expects, when named, keeps an expecting of their own", "[events][raising]") {
  const auto [text, frame, infinitive] = GENERATE(table<std::string, std::string, std::string>({
      {"Rates are expected by economists to fall on Friday.", "expected", "fall"},
      {"Analysts expect the company to report results on Friday.", "expect", "report"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / sep / 9);
  CHECK_FALSE(has_mention(event_with(g, infinitive), frame));
}

TEST_CASE("a set or scheduled thing that is no frame stays as it was", "[events][raising]") {
  const auto g = graph_of_text("The government set a deadline for Friday. Officials scheduled a meeting for Monday.", 2025_y / sep / 9);
  CHECK(events_with_mention(g, "set") == 1);
  CHECK(events_with_mention(g, "scheduled") == 1);
}
