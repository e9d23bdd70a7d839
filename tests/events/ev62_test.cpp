// Session 62, events (ev62): what one is cleared of did not happen as far as the text says
// (t60 #54); a noun a verb of meeting takes is no part of that verb's event (previous round:
// "did not attend the summit"); a noun of probability leaves its event possible, apart from the
// event told as done (#33); the step after an attempt told as done was done (#37); a denied
// clause is possible (#37); an until clause set for a date is planned (#38); the aim of an event
// noun still to come is to come (#31); what a supposition takes away is not denied (#49).
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace date::literals;
using chronograph::test::event_with;
using chronograph::test::events_with_mention;
using chronograph::test::EventsFixture;
using chronograph::test::graph_of_text;
using chronograph::test::last_event;

namespace {

std::string modality_of(const std::string& text, const std::string& trigger) {
  return last_event(EventsFixture::get().extract(text), trigger).modality;
}

}  // namespace

TEST_CASE("t60 #54: what a verdict clears one of did not happen as far as the text says", "[events][ev62]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The treasurer was cleared of two counts of money laundering.", "laundering"},
      {"The driver was acquitted of speeding on the motorway.", "speeding"},
      {"The inquiry exonerated Captain Moreau of breaking the safety rules.", "breaking"},
      {"The jury acquitted her of murdering her business partner.", "murdering"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, trigger) == "negated");
}

TEST_CASE("t60 #54: what one is convicted of, or cleared after, happened", "[events][ev62]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The treasurer was convicted of two counts of money laundering.", "laundering"},
      {"The runway was cleared after the storm.", "storm"},
      {"The mayor cleared the agenda of the meeting.", "meeting"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, trigger) == "actual");
}

TEST_CASE("ev62: a summit a leader did not attend is held all the same", "[events][ev62]") {
  const auto g = graph_of_text("The Danish foreign minister did not attend the summit in Oslo on Monday.", 2024_y / mar / 14);
  const auto& summit = event_with(g, "summit");
  CHECK(summit.modality == chronograph::graph::Modality::Actual);
  CHECK(event_with(g, "attend").modality == chronograph::graph::Modality::Negated);
}

TEST_CASE("t60 #33: the probability of an event leaves that mention possible, apart from the event", "[events][ev62]") {
  const auto g = graph_of_text(
      "A cargo ship sank after a collision in the strait on Sunday. The odds of a collision had been put at one in "
      "5,000. The collision blocked the channel for a day.",
      2024_y / mar / 14);
  CHECK(events_with_mention(g, "collision") == 2);
  CHECK(modality_of("The probability of collision was put at one in 9,000.", "collision") == "possible");
}

TEST_CASE("t60 #37: the step after an attempt told as done was done", "[events][ev62]") {
  CHECK(modality_of("Engineers tried to reach the probe for three hours before confirming the failure.", "confirming") ==
        "actual");
  // (a planned first step keeps its next one planned)
  CHECK(modality_of("The envoy is due to meet the premier on Friday before flying to Lima.", "flying") == "planned");
}

TEST_CASE("t60 #37: a clause a verb of disputing denies may or may not be so", "[events][ev62]") {
  CHECK(modality_of("The minister denied that the ministry had ignored the warnings.", "ignored") == "possible");
  CHECK(modality_of("The minister said that the ministry had ignored the warnings.", "ignored") == "actual");
  CHECK(modality_of("The minister denied that the ministry had been slow to respond.", "slow") == "possible");
}

TEST_CASE("t60 #38: an until clause the calendar sets is planned under a possible verb", "[events][ev62]") {
  CHECK(modality_of("Prices could rise until a new pipeline is opened next month.", "opened") == "planned");
  CHECK(modality_of("Prices could rise until a new pipeline is opened.", "opened") == "hypothetical");
}

TEST_CASE("t60 #31: the aim of an event noun still to come is to come", "[events][ev62]") {
  CHECK(modality_of("The board announced that the meeting to choose a new chairman would begin on May 3.", "choose") ==
        "planned");
  CHECK(modality_of("The meeting to choose a new chairman took place on May 3.", "choose") == "actual");
}

TEST_CASE("t60 #49: what a supposition takes away is not denied", "[events][ev62]") {
  CHECK(modality_of("Without the war, prices would have stayed low.", "war") == "possible");
  CHECK(modality_of("The talks ended without an agreement.", "agreement") == "negated");
}

TEST_CASE("t60 #66: goods for sale are offered, no sale is made", "[events][ev62]") {
  CHECK_FALSE(chronograph::test::event_with_trigger(
      EventsFixture::get().extract("Hackers offered the stolen passwords for sale on a forum."), "sale"));
  CHECK_FALSE(chronograph::test::event_with_trigger(
      EventsFixture::get().extract("Two days later, researchers found Vexa customer records for sale on a forum."), "sale"));
  CHECK(modality_of("The sale of the unit was completed in May.", "sale") == "actual");
  CHECK(chronograph::test::event_with_trigger(EventsFixture::get().extract("The villa was put up for sale in June."), "sale"));
}

TEST_CASE("t60 #32: an amount the parser read as a verb in apposition names no event", "[events][ev62]") {
  CHECK_FALSE(chronograph::test::event_with_trigger(
      EventsFixture::get().extract("The mayor said the town expected up to 50,000 visitors by Sunday, double its population."),
      "double"));
  CHECK(modality_of("The company will double its workforce by June.", "double") == "planned");
}

TEST_CASE("t60 #60: the occasion of an attempt stands as the trying does, not as its aim", "[events][ev62]") {
  CHECK(modality_of("She said she would try to win support at the summit on Friday.", "summit") == "planned");
  CHECK(modality_of("He tried to win votes in the election in Rome.", "election") == "actual");
}

TEST_CASE("t60 #49: a would-have clause after an opening supposition is counterfactual", "[events][ev62]") {
  CHECK(modality_of("Without the new levee, the town would have flooded, the mayor said.", "flooded") == "hypothetical");
  CHECK(modality_of("The mayor said the crews would have finished the levee by June.", "finished") == "planned");
}
