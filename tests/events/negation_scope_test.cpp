// What a negation reaches and what it does not (t61 #33, #34, #36, #37, #38): a participle on a
// noun "no" determines did not happen ("but no new clues emerged", misparsed as a participle);
// a "to X" after "stopped" is why one stopped, not what was stopped; a verb of finding whose
// object "no" determines was done ("found no cracks"); a plan told in the past perfect is not
// undone by a "but that" adding a second clause to a report, nor by an undoing that only might
// come. Each is tested on sentences written for it and on a case that must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const sys_days kFriday = 2025_y / mar / 14;

}  // namespace

TEST_CASE("t61 33: a participle on a noun that no determines did not happen", "[events][negation-scope]") {
  const std::string verb = GENERATE("emerged", "surfaced");
  const auto g = graph_of_text("The file was examined in 2005 and in 2015, but no new clues " + verb + ".", kFriday);
  CHECK(event_with(g, verb).modality == graph::Modality::Negated);
  CHECK(event_with(g, "examined").modality == graph::Modality::Actual);
}

TEST_CASE("t61 33 must-not: a participle on a noun with another determiner stays actual", "[events][negation-scope]") {
  const auto g = graph_of_text("The file was examined in 2005, and several new clues surfaced.", kFriday);
  CHECK(event_with(g, "surfaced").modality == graph::Modality::Actual);
}

TEST_CASE("t61 34: stopping to do something does it", "[events][negation-scope]") {
  const std::string act = GENERATE("help", "assist");
  const auto g = graph_of_text("A cyclist, Tom Baker, stopped to " + act + " and later phoned the ambulance.", kFriday);
  CHECK(event_with(g, act).modality != graph::Modality::Negated);
}

TEST_CASE("t61 34 must-not: not stopping to help, or ceasing to trade, is still denied", "[events][negation-scope]") {
  const auto g = graph_of_text("A cyclist, Tom Baker, did not stop to help and rode away. "
                               "The bakery ceased to trade in May.",
                               kFriday);
  CHECK(event_with(g, "help").modality == graph::Modality::Negated);
  CHECK(event_with(g, "trade").modality == graph::Modality::Negated);
}

TEST_CASE("t61 36: finding no defects is a finding", "[events][negation-scope]") {
  const std::string verb = GENERATE("found", "detected", "spotted");
  const auto g = graph_of_text("Engineers inspected the bridge last week and " + verb + " no cracks in the deck.", kFriday);
  CHECK(event_with(g, verb).modality == graph::Modality::Actual);
}

TEST_CASE("t61 36 must-not: causing no damage is no causing", "[events][negation-scope]") {
  const auto g = graph_of_text("The storm crossed the coast last week and caused no damage.", kFriday);
  CHECK(event_with(g, "caused").modality == graph::Modality::Negated);
}

TEST_CASE("t61 37: a but that adds a clause to a report does not undo a design", "[events][negation-scope]") {
  const auto g = graph_of_text("He said the old dam had been designed to last until 2040, but that new studies "
                               "suggested it could fail earlier.",
                               kFriday);
  CHECK(event_with(g, "last").modality == graph::Modality::Planned);
}

TEST_CASE("t61 38: a plan that might be put off is still planned", "[events][negation-scope]") {
  const std::string modal = GENERATE("might", "could", "may");
  const auto g = graph_of_text("The union had planned to hold a rally on Saturday, and officials said the rally " +
                                   modal + " now be postponed.",
                               kFriday);
  CHECK(event_with(g, "hold").modality == graph::Modality::Planned);
}

TEST_CASE("t61 38 must-not: a plan that was put off did not happen as planned", "[events][negation-scope]") {
  const auto g = graph_of_text("The union had planned to hold a rally on Saturday, and officials said the rally "
                               "was postponed.",
                               kFriday);
  CHECK(event_with(g, "hold").modality == graph::Modality::Negated);
}

TEST_CASE("t61 39: what a vote still to come is on is not told as done", "[events][negation-scope]") {
  const auto g = graph_of_text("Councillors are expected to vote on Monday on raising the parking fee from two to three pounds.",
                               kFriday);
  CHECK(event_with(g, "raising").modality != graph::Modality::Actual);
}

TEST_CASE("t61 39 must-not: what a vote already held was on stays as told", "[events][negation-scope]") {
  const auto g = graph_of_text("Councillors voted on Monday on raising the parking fee.", kFriday);
  CHECK(event_with(g, "voted").modality == graph::Modality::Actual);
}

TEST_CASE("t61 40: a passive infinitive on a noun is still to be done", "[events][negation-scope]") {
  const std::string verb = GENERATE("completed", "delivered");
  const auto g = graph_of_text("The firm will publish a report, to be " + verb + " by June.", kFriday);
  CHECK(event_with(g, verb).modality == graph::Modality::Planned);
}

TEST_CASE("t61 40 must-not: a passive infinitive after a rank was done", "[events][negation-scope]") {
  const std::string rank = GENERATE("first", "12th", "youngest");
  const auto g = graph_of_text("Ms Reyes became the " + rank + " woman to be elected to the board in March.", kFriday);
  CHECK(event_with(g, "elected").modality == graph::Modality::Actual);
}

TEST_CASE("t61 40: the aim of a verb with it as subject is still ahead when the verb is", "[events][negation-scope]") {
  const auto g = graph_of_text("The museum said it would commission an independent survey of its roof, to be finished by "
                               "the end of the spring.",
                               kFriday);
  CHECK(event_with(g, "finished").modality == graph::Modality::Planned);
}

TEST_CASE("t61 40 must-not: what it takes time to do is no aim", "[events][negation-scope]") {
  const auto g = graph_of_text("It took engineers two weeks to restore power.", kFriday);
  CHECK(event_with(g, "restore").modality == graph::Modality::Actual);
}

TEST_CASE("t61 40 must-not: an aim excepted from a denial is done", "[events][negation-scope]") {
  const auto g = graph_of_text("The new contract does not alter the wage terms except to extend the notice period.", kFriday);
  CHECK(event_with(g, "extend").modality != graph::Modality::Negated);
}
