// "is expected to make landfall late Wednesday ... [eight sentences] ... to weaken rapidly after
// landfall": a bare noun after a word of order that names a verb's event (or its object) is that
// event however far back the verb was told.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

// Sentences that tell of nothing the test looks at, to put distance between two mentions.
std::string filler(int sentences) {
  std::string text;
  for (int k = 0; k < sentences; ++k) text += "Residents in town number " + std::to_string(k + 1) + " bought supplies. ";
  return text;
}

}  // namespace

TEST_CASE("a bare noun after 'after' names the verb's event paragraphs back", "[events][bare-noun]") {
  const auto [first, later, noun, verb] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The storm is expected to make landfall late Wednesday.", "Forecasters expect it to weaken after landfall.",
       "landfall", "make"},
      {"The rocket will launch on Friday.", "The probe will reach orbit five days after launch.", "launch", "launch"},
      {"The bill will receive royal assent on Friday.", "The law comes into force six months after royal assent.",
       "assent", "receive"},
  }));
  for (const int gap : {1, 9}) {
    const std::string text = first + " " + filler(gap) + later;
    CAPTURE(text);
    const auto g = graph_of_text(text, 2025_y / sep / 9);
    CHECK(&event_with(g, noun) == &event_with(g, verb));
  }
}

TEST_CASE("a bare noun after 'after' with no such verb before it stays its own", "[events][bare-noun]") {
  const auto g = graph_of_text("The rocket lifted off on Friday. " + filler(3) + "Engineers will inspect it before launch.",
                               2025_y / sep / 9);
  CHECK(events_with_mention(g, "launch") <= 1);
  CHECK_FALSE(has_mention(event_with(g, "lifted"), "launch"));
}
