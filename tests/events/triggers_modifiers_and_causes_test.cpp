// Event detection and modality (tester findings t60 #17, #36, #51, #59): a bare verb the tagger
// read before a noun is the noun's modifier, in a headline after a finite verb ("Pilots reject
// pay deal") or where the parse makes it a compound ("the new pay deal"); a verb of refusing a
// proposal is an event of its own, not evidence of a report; "voted to reject" rejected, where
// "voted to strike" only plans; a bare plural undergoing a passive after "should" is a call for
// the act, not advice to readers; a noun of feeling or thinking given as a cause, before its
// "that" clause, is an event of its own ("because of fears that the wall would collapse"), which
// the causal edge leaves from; a participle of leading on a noun with its "by" agent
// describes the noun even where the tagger read it as a past tense ("an inquiry, led by a judge,"). Each is tested on sentences written for it and on a case
// that must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const sys_days kThursday = 2025_y / mar / 13;

}  // namespace

TEST_CASE("t60 17: a bare verb between a finite verb and a noun in a headline is no event", "[events][ev63]") {
  const auto g = graph_of_text("Pilots reject pay deal as dispute drags on\n\n"
                               "Pilots at two regional airlines voted on Wednesday to reject the new pay deal.",
                               kThursday);
  CHECK(events_with_mention(g, "pay") == 0);
  CHECK(event_with(g, "reject").modality == graph::Modality::Actual);
}

TEST_CASE("t60 17: a verb that takes a bare infinitive keeps the verb after it", "[events][ev63]") {
  const auto g = graph_of_text("Charities help pay heating bills as winter bites\n\n"
                               "Local charities said on Tuesday that they had raised money for the poorest families.",
                               kThursday);
  CHECK(events_with_mention(g, "pay") == 1);
}

TEST_CASE("t60 17: voting to refuse a proposal refuses it, voting to strike only plans", "[events][ev63]") {
  const auto refused = graph_of_text("Dockers voted on Monday to reject the latest offer from the port owners.", kThursday);
  CHECK(event_with(refused, "reject").modality == graph::Modality::Actual);
  const auto planned = graph_of_text("Dockers voted on Monday to strike for a week.", kThursday);
  CHECK(event_with(planned, "strike").modality == graph::Modality::Planned);
  const auto ahead = graph_of_text("Dockers will vote next week to reject the latest offer.", kThursday);
  CHECK(event_with(ahead, "reject").modality == graph::Modality::Planned);
}

TEST_CASE("t60 51: a bare plural undergoing a passive after should is a call, not advice", "[events][ev63]") {
  const auto g = graph_of_text("The council leader argued on Tuesday that fireworks should be banned in public gardens.",
                               kThursday);
  CHECK(events_with_mention(g, "banned") == 1);
}

TEST_CASE("t60 51: a bare plural acting after should is still advice to readers", "[events][ev63]") {
  const auto g = graph_of_text("Drivers should check their tyres before long journeys.", kThursday);
  CHECK(events_with_mention(g, "check") == 0);
}

TEST_CASE("t60 17: a verb whose infinitive follows its object leaves a bare verb before a noun a modifier", "[events][ev63]") {
  const std::string verb = GENERATE(as<std::string>{}, "need", "see", "have");
  const auto g = graph_of_text("Nurses " + verb + " pay rise as costs climb\n\n"
                               "Nurses at three hospitals voted on Wednesday to accept the new contract.",
                               kThursday);
  CAPTURE(verb);
  CHECK(events_with_mention(g, "pay") == 0);
}

TEST_CASE("t60 59: a noun of fear before its that clause is the event a cause leaves from", "[events][ev63]") {
  const auto g = graph_of_text("Ferries were cancelled on Friday because of fears that the harbour wall would collapse.", kThursday);
  const auto& fears = event_with(g, "fears");
  CHECK(fears.modality == graph::Modality::Actual);
  CHECK(has_edge(g, fears, graph::EdgeType::Causes, event_with(g, "cancelled")));
}

TEST_CASE("t60 59: a noun of no feeling or thought before a that clause stays no event", "[events][ev63]") {
  const auto g = graph_of_text("Ferries were cancelled on Friday because of the fact that the bridge was closed.", kThursday);
  CHECK(events_with_mention(g, "fact") == 0);
}

TEST_CASE("t60 36: a leading participle in commas with its by agent describes the noun", "[events][ev63]") {
  const auto g = graph_of_text("The ministry said a taskforce, led by the retired general Mark Dunmore, would meet on Friday.",
                               kThursday);
  CHECK(events_with_mention(g, "led") == 0);
  CHECK(events_with_mention(g, "meet") == 1);
}

TEST_CASE("t60 36: a passive of leading with its own auxiliary is still an event", "[events][ev63]") {
  const auto g = graph_of_text("The rebels were led by a former army officer on Monday.", kThursday);
  CHECK(events_with_mention(g, "led") == 1);
}
