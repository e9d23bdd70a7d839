// Session 60, events (ev60): a gerund only thought of (t59 #33), a gerund subject of a verb
// that is not told as done (#43), "not ... before" a season (#58), a noun object past a
// hyphenated modifier (#41).
#include <string>

#include <catch2/catch.hpp>

#include "core/events/event_attributes.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::EventsFixture;
using chronograph::test::graph_of_text;
using chronograph::test::token_index;

namespace {
const sys_days kDct{2024_y / March / 12};

std::string modality_of(const std::string& text, const std::string& mention) {
  const auto g = graph_of_text(text, kDct);
  return std::string(chronograph::graph::to_string(event_with(g, mention).modality));
}

// The modality of `word` taken as an event of the one sentence `sentence`, whether or not the
// trigger model takes it for one.
std::string word_modality(const std::string& sentence, const std::string& word) {
  const auto& f = EventsFixture::get();
  const auto tokens = f.prepare(sentence);
  const auto cues = chronograph::core::ClauseCues::of(tokens, tokens.sentences[0], f.extractor.lexicon());
  return chronograph::core::event_attributes(tokens, tokens.sentences[0], token_index(tokens, word), cues, f.extractor.lexicon())
      .modality;
}
}  // namespace

TEST_CASE("ev60: a gerund a verb of thinking takes with about or of is only thought of", "[events][ev60]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"I burned my hand and I thought about quitting.", "quitting"},
      {"The goalkeeper had dreamed of winning the cup.", "winning"},
      {"The old striker often thought of retiring.", "retiring"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, mention) == "possible");
}

TEST_CASE("ev60: a gerund another verb takes with about is told as done", "[events][ev60]") {
  CHECK(modality_of("The passengers complained about waiting in the rain.", "waiting") == "actual");
}

TEST_CASE("ev60: a gerund subject of a verb not told as done stands as that verb does", "[events][ev60]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"If the council agrees, fishing on the lake would be banned.", "fishing"},
      {"If it rains, fishing on the lake would be banned.", "fishing"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, mention) == "hypothetical");
}

TEST_CASE("ev60: a gerund set before a verb with a subject of its own keeps its own modality", "[events][ev60]") {
  CHECK(modality_of("Leaving the harbour, the ferry would sail north.", "Leaving") == "actual");
}

TEST_CASE("ev60: a verb denied only before a season happens from then", "[events][ev60]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"The mayor will not choose a running mate before the summer.", "choose"},
      {"The board will not pick a new chairman before the autumn.", "pick"},
  }));
  CAPTURE(text);
  CHECK(word_modality(text, mention) == "planned");
}

TEST_CASE("ev60: a verb denied before an event is still denied", "[events][ev60]") {
  CHECK(modality_of("The mayor will not pick a running mate before the election.", "pick") == "negated");
}

TEST_CASE("ev60: the object noun of a planned verb is planned past a hyphenated modifier", "[events][ev60]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"The tenants will file a class-action lawsuit next month.", "lawsuit"},
      {"The club will play a long-awaited match next month.", "match"},
      {"The tenants said they would file a class-action lawsuit this week.", "lawsuit"},
  }));
  CAPTURE(text);
  CHECK(word_modality(text, mention) == "planned");
}
