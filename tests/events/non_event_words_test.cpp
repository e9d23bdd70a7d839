// Words that look like event triggers but stand for no event of their own (t61 #48, #51): "do so"
// stands for a verb already told ("the first country to do so"), so it is a mention of that verb's
// event, and a word hyphened to a number is that number's measure ("could grow 40-fold"). Each is tested on sentences written for it and on a case that
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

TEST_CASE("t61 51: do so on the noun naming the doer is a mention of the verb before it", "[events][non-event-words]") {
  const std::string rank = GENERATE("second", "first", "only", "largest");
  const auto g = graph_of_text("Peru closed its border on Sunday, the " + rank + " state in the region to do so.", kMonday);
  CHECK(events_with_mention(g, "do") == 1);
  CHECK(has_mention(event_with(g, "closed"), "do"));
}

TEST_CASE("t61 51 must-not: do so with a doer of its own is another event", "[events][non-event-words]") {
  const auto g = graph_of_text("Peru closed its border on Sunday and urged its neighbours to do so.", kMonday);
  CHECK_FALSE(has_mention(event_with(g, "closed"), "do"));
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
