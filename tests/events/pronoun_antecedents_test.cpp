// Whom "she" and "he" stand for (core/events/event_titles.cpp, person_before): salience over
// recency. Texts a tester found misread, and variants written for these tests.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using chronograph::test::EventsFixture;
using chronograph::test::event_with_trigger;

namespace {

// The entity ids of the actors of the last event whose trigger is `trigger` in `text`.
std::vector<std::string> actors_of(const std::string& text, const std::string& trigger) {
  const auto found = EventsFixture::get().extract(text);
  for (auto it = found.events.rbegin(); it != found.events.rend(); ++it)
    if (it->trigger == trigger) return found.actor_ids(*it);
  FAIL("no event '" << trigger << "' in: " << text);
  return {};
}

bool holds(const std::vector<std::string>& actors, const std::string& id) {
  return std::find(actors.begin(), actors.end(), id) != actors.end();
}

}  // namespace

TEST_CASE("a subject 'she' goes on with the 'she' subject of the sentence before, not a person named after it",
          "[events][titles][pronouns]") {
  auto [text, trigger, actor] = GENERATE(table<std::string, std::string, std::string>({
      {"Margarethe Solberg died on Christmas Day. She worked for Alvar Aalto. She founded her own practice in 1962.",
       "founded", "margarethe-solberg"},
      {"Ingrun Vasstad retired on Monday. She studied under Tormod Rekve. She opened a studio in Bergen in 1970.",
       "opened", "ingrun-vasstad"},
      {"Kestrel Ambrose died at home. She trained with Orvo Lintula. In 1980 she founded a gallery in Turku.",
       "founded", "kestrel-ambrose"},
      // a chain over three sentences
      {"Ilse Varnholt died on Sunday. She was born in Kiel. She worked for Bruno Taut. She designed the town hall.",
       "designed", "ilse-varnholt"},
      {"Tamsin Orrery left the firm in May. He had hired Ruben Castellane. He later sold the firm.", "sold",
       "tamsin-orrery"},
  }));
  CAPTURE(text);
  const auto actors = actors_of(text, trigger);
  REQUIRE(!actors.empty());
  CHECK(actors.front() == actor);
}

TEST_CASE("a pronoun of the other gender breaks the chain of subject pronouns", "[events][titles][pronouns]") {
  // "He" is Kowal, whom the first sentence names; "She" after it is not "he"'s antecedent
  const auto actors = actors_of("Maria Kowal met Tomas Brandt in Oslo. He worked for Maria Kowal. She left for Rome.", "left");
  CHECK(holds(actors, "maria-kowal"));
  CHECK_FALSE(holds(actors, "tomas-brandt"));
  const auto object = actors_of("Anna Lund died on Friday. She worked for Mette Rask. Police later arrested her.", "arrested");
  CHECK_FALSE(holds(object, "anna-lund"));
}

TEST_CASE("a quote's 'she' is not its speaker, and a later 'she' goes on with the quote's",
          "[events][titles][pronouns]") {
  auto [text, trigger, actor, speaker] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Margarethe Solberg died on Christmas Day. \"She was brilliant,\" said Mayor Anne Lindboe on Friday. "
       "Two years ago, she donated her archive to the National Museum.",
       "donated", "margarethe-solberg", "anne-lindboe"},
      {"Ingrid Holm died on Monday. \"She changed the city,\" said Councillor Maria Berg. In 2019 she gave her papers "
       "to the library.",
       "gave", "ingrid-holm", "maria-berg"},
      {"Karl Vennes died on Tuesday. \"He was a giant,\" Mayor Peter Lund told reporters. He built the harbour bridge in "
       "1975.",
       "built", "karl-vennes", "peter-lund"},
      {"Sigrun Aasen retired in May. \u201cShe never gave up,\u201d said Judge Eva Moen. She later wrote a memoir.", "wrote",
       "sigrun-aasen", "eva-moen"},
  }));
  CAPTURE(text);
  const auto actors = actors_of(text, trigger);
  CHECK(holds(actors, actor));
  CHECK_FALSE(holds(actors, speaker));
}

TEST_CASE("a pronoun that says something after a quote is still its speaker", "[events][titles][pronouns]") {
  // "she added" goes on with the speaker; so does a quote that speaks of no one as "she"
  CHECK(actors_of("Ingrid Holm died on Monday. \"She changed the city,\" said Mayor Maria Berg. She told reporters "
                  "that the street would be renamed.",
                  "told") == std::vector<std::string>{"maria-berg"});
  CHECK(actors_of("Ingrid Holm died on Monday. \"She changed the city,\" said Mayor Maria Berg. She added that a "
                  "street would be named after her.",
                  "added") == std::vector<std::string>{"maria-berg"});
  CHECK(actors_of("Ingrid Holm died on Monday. \"We will miss the music,\" said Mayor Maria Berg. She then opened "
                  "the meeting.",
                  "opened") == std::vector<std::string>{"maria-berg"});
}

TEST_CASE("a 'she' or 'he' in what a titled speaker says stands for that speaker, not a person named before",
          "[events][titles][pronouns]") {
  auto [text, trigger, subject, named] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Anna Brecht has asked the transport minister to attend. The minister's office said that she was expected to "
       "attend.",
       "expected", "Transport minister", "anna-brecht"},
      {"Tomas Ekberg invited the health minister to the opening. The minister said he would come.", "come",
       "Health minister", "tomas-ekberg"},
      {"Lena Vogt has written to the mayor. The mayor's office said she would reply next week.", "reply", "Mayor",
       "lena-vogt"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const chronograph::core::EventMention* event = nullptr;
  for (auto it = found.events.rbegin(); it != found.events.rend() && !event; ++it)
    if (it->trigger == trigger) event = &*it;
  REQUIRE(event);
  CHECK(event->title.rfind(subject, 0) == 0);
  CHECK_FALSE(holds(found.actor_ids(*event), named));
}
