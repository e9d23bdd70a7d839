// Session 61, events (ev61c): a time clause in the present under a past verb is still to come
// (t59 #42), what a verb of meeting or answering takes goes on though the verb is denied (#47),
// a superlative's class (#44) and a count of what an act took (#73) name no event, a participle
// with a subject of its own is scored as the past tense the tagger misread (#46).
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using chronograph::test::event_with_trigger;
using chronograph::test::EventsFixture;
using chronograph::test::last_event;

namespace {

std::string modality_of(const std::string& text, const std::string& trigger) {
  return last_event(EventsFixture::get().extract(text), trigger).modality;
}

bool has_event(const std::string& text, const std::string& trigger) {
  return event_with_trigger(EventsFixture::get().extract(text), trigger) != nullptr;
}

}  // namespace

TEST_CASE("t59 #42: an until or before clause in the present under a past verb has not come yet", "[events][ev61c]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The mayor has closed the bridge until engineers inspect it.", "inspect"},
      {"Officials closed the park until the rangers finish their survey.", "finish"},
      {"The court froze the assets before the trial begins.", "begins"},
      {"The regulator has told the airline to keep the jets grounded until engineers replace the sensors.", "replace"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, trigger) == "hypothetical");
}

TEST_CASE("t59 #42: an until clause on an order bounds what was ordered, still to be done", "[events][ev61c]") {
  CHECK(modality_of("The council ordered the market shut until an inspector approved it.", "approved") == "hypothetical");
}

TEST_CASE("t59 #42: an until or before clause in the past under a past verb happened", "[events][ev61c]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The mayor kept the bridge closed until engineers inspected it.", "inspected"},
      {"The court froze the assets before the trial began.", "began"},
      {"The judge ordered the release before the hearing began.", "began"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, trigger) == "actual");
}

TEST_CASE("t59 #47: the demand a verb of meeting or answering fails to meet was made", "[events][ev61c]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The company could not meet the payment demands of its creditors.", "demands"},
      {"The bank was unable to answer the withdrawal requests of its depositors.", "requests"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, trigger) == "actual");
}

TEST_CASE("t59 #47: the object of another denied verb is denied with it", "[events][ev61c]") {
  CHECK(modality_of("The union was unable to hold talks with the board.", "talks") == "negated");
  CHECK(modality_of("The club did not sign a deal with the sponsor.", "deal") == "negated");
}

TEST_CASE("t59 #44: a participle after ever that a superlative ranks names no event", "[events][ev61c]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Divers raised a bronze cannon, the oldest ever recovered from the bay.", "recovered"},
      {"The storm brought the heaviest rain ever recorded in the valley.", "recorded"},
      {"Her design was the first ever built in the region.", "built"},
  }));
  CAPTURE(text);
  CHECK_FALSE(has_event(text, trigger));
}

TEST_CASE("t59 #44: a participle with no superlative before ever is still an event", "[events][ev61c]") {
  CHECK(has_event("The team recovered a cannon from the bay.", "recovered"));
  CHECK(has_event("No cannon had ever recovered from such damage.", "recovered"));
}

TEST_CASE("t59 #73: a counted plural that in hangs on a verb measures the act", "[events][ev61c]") {
  const auto [text, trigger, verb] = GENERATE(table<std::string, std::string, std::string>({
      {"Kasparov won the opening game in 41 moves.", "moves", "won"},
      {"The driver finished the race in 58 laps.", "laps", "finished"},
  }));
  CAPTURE(text);
  CHECK_FALSE(has_event(text, trigger));
  CHECK(has_event(text, verb));
}

TEST_CASE("t59 #73: a counted plural that names acts stays an event", "[events][ev61c]") {
  CHECK(has_event("Rebels took the town in three attacks.", "attacks"));
}

TEST_CASE("t59 #46: a verb the tagger read as a participle, with its own subject, is an event", "[events][ev61c]") {
  CHECK(has_event("A young curate, the Reverend Thomas Pell, recorded \"three broken crosses\" near the church in 1742.",
                  "recorded"));
}
