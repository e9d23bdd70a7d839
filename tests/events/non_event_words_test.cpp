// Words that look like event triggers but stand for none (t61 #48, #51): "do so" stands for a verb
// already told ("the first country to do so"), and a word hyphened to a number is that number's
// measure ("could grow 40-fold"). Each is tested on sentences written for it and on a case that
// must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const sys_days kMonday = 2025_y / mar / 17;

}  // namespace

TEST_CASE("t61 51: do so stands for the verb before it", "[events][non-event-words]") {
  const std::string form = GENERATE("to do so", "in doing so", "and did so");
  const auto g = graph_of_text("Peru closed its border on Sunday, the second state in the region " + form + ".", kMonday);
  CHECK(events_with_mention(g, "do") + events_with_mention(g, "doing") + events_with_mention(g, "did") == 0);
  CHECK(events_with_mention(g, "closed") == 1);
}

TEST_CASE("t61 51 must-not: do with an object of its own is an event", "[events][non-event-words]") {
  const auto g = graph_of_text("Volunteers did the repairs on Sunday.", kMonday);
  CHECK(events_with_mention(g, "did") == 1);
}

TEST_CASE("t61 48: a word hyphened to a number is its measure", "[events][non-event-words]") {
  const std::string measure = GENERATE("40-fold", "3-fold");
  const auto g = graph_of_text("Analysts warned on Friday that losses could grow " + measure + " by June.", kMonday);
  CHECK(events_with_mention(g, "fold") == 0);
  CHECK(event_with(g, "grow").modality == graph::Modality::Possible);
}

TEST_CASE("t61 48 must-not: a hyphened word after a word is left to the model", "[events][non-event-words]") {
  const auto g = graph_of_text("The union staged a day-long strike on Friday.", kMonday);
  CHECK(events_with_mention(g, "strike") == 1);
}
