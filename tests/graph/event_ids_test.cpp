#include "graph/ids/event_ids.h"

#include <map>
#include <set>

#include <catch2/catch.hpp>

using chronograph::graph::assign_event_ids;
using chronograph::graph::Event;
using chronograph::graph::Mention;
using chronograph::graph::slugify;

TEST_CASE("slugify keeps at most five lower-case content words", "[ids]") {
  auto [title, slug] = GENERATE(table<std::string, std::string>({
      {"Biden and Putin hold video call", "biden-putin-hold-video-call"},
      {"The U.S. warns of a 'red line'", "us-warns-red-line"},
      {"Russia's troops mass at the border of Ukraine again", "russias-troops-mass-border-ukraine"},
      {"Talks in Genève with Zürich", "talks-geneve-zurich"},
      {"Kovač beats Babić in Łódź", "kovac-beats-babic-lodz"},
      {"Biden–Putin call", "biden-putin-call"},
      {"  --  ", "event"},
      {"It was", "it-was"},
      {"175,000 troops", "troops"},  // numbers are left out (t59 #83)
      {"2,000", "2-000"},             // ... unless nothing else is left
      {"AT&T cuts jobs", "att-cuts-jobs"},
      {"Procter & Gamble raises prices", "procter-gamble-raises-prices"},
  }));
  CHECK(slugify(title) == slug);
}

namespace {

// Events as extraction gives them: one per trigger, its title from its sentence.
struct Sentence {
  std::string text;
  std::vector<std::pair<std::string, std::string>> events;  // trigger, title
};

std::vector<Event> events_of(const std::vector<Sentence>& sentences) {
  std::vector<Event> events;
  std::size_t offset = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (const auto& [trigger, title] : sentences[s].events) {
      Event event;
      event.trigger = trigger;
      event.title = title;
      const auto at = sentences[s].text.find(trigger);
      event.mentions.push_back(Mention{"doc", static_cast<int>(s), offset + at, offset + at + trigger.size(), trigger,
                                       sentences[s].text});
      events.push_back(event);
    }
    offset += sentences[s].text.size() + 1;
  }
  assign_event_ids(events);
  return events;
}

// id by (sentence text, trigger): what should stay put when another sentence changes.
std::map<std::pair<std::string, std::string>, std::string> ids_by_sentence(const std::vector<Event>& events) {
  std::map<std::pair<std::string, std::string>, std::string> out;
  for (const auto& event : events) out[{event.mentions[0].sentence_text, event.trigger}] = event.id;
  return out;
}

const std::vector<Sentence> kArticle{
    {"Biden and Putin will hold a video call on Tuesday.", {{"call", "Biden and Putin hold video call"}}},
    {"The White House said the call was planned.", {{"said", "White House said"}, {"planned", "call planned"}}},
    {"The Kremlin said the leaders would talk.", {{"said", "Kremlin said"}, {"talk", "leaders talk"}}},
    {"Officials said nothing more.", {{"said", "Officials said"}}},
    {"Aides said nothing more.", {{"said", "Officials said"}}},  // same title as the one before
};

}  // namespace

TEST_CASE("the same text gives the same ids, all distinct", "[ids]") {
  const auto first = events_of(kArticle), second = events_of(kArticle);
  std::set<std::string> ids;
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].id == second[i].id);
    ids.insert(first[i].id);
  }
  CHECK(ids.size() == first.size());
  CHECK(first[0].id == "biden-putin-hold-video-call");
  // Two events titled alike get suffixes from their own sentences.
  CHECK(first[5].id.rfind("officials-said-", 0) == 0);
  CHECK(first[6].id.rfind("officials-said-", 0) == 0);
  CHECK(first[5].id != first[6].id);
}

TEST_CASE("editing one sentence changes only the ids of that sentence's events", "[ids]") {
  const auto before = ids_by_sentence(events_of(kArticle));

  SECTION("a sentence added at the start") {
    auto edited = kArticle;
    edited.insert(edited.begin(), Sentence{"Tensions rose in December.", {{"rose", "Tensions rose"}}});
    const auto after = ids_by_sentence(events_of(edited));
    for (const auto& [key, id] : before) CHECK(after.at(key) == id);
  }
  SECTION("a sentence removed") {
    auto edited = kArticle;
    edited.erase(edited.begin() + 1);
    const auto after = ids_by_sentence(events_of(edited));
    for (const auto& [key, id] : after) CHECK(before.at(key) == id);
  }
  SECTION("a sentence reworded") {
    auto edited = kArticle;
    edited[2].text = "The Kremlin said the two leaders would talk soon.";
    const auto after = ids_by_sentence(events_of(edited));
    for (const auto& [key, id] : before)
      if (key.first != kArticle[2].text) CHECK(after.at(key) == id);
    // The reworded sentence's events keep their ids too, since their titles did not change and
    // are unique; only shared titles carry a sentence hash.
    CHECK(after.at({edited[2].text, "talk"}) == before.at({kArticle[2].text, "talk"}));
  }
  SECTION("a sentence sharing a title reworded changes its own suffix only") {
    auto edited = kArticle;
    edited[4].text = "Aides said nothing else.";
    const auto after = ids_by_sentence(events_of(edited));
    for (const auto& [key, id] : before)
      if (key.first != kArticle[4].text) CHECK(after.at(key) == id);
    CHECK(after.at({edited[4].text, "said"}) != before.at({kArticle[4].text, "said"}));
  }
}

TEST_CASE("events identical in sentence and trigger are told apart by a counter", "[ids]") {
  std::vector<Event> events(2);
  for (auto& event : events) {
    event.title = "Officials said";
    event.trigger = "said";
    event.mentions.push_back(Mention{"doc", 0, 10, 14, "said", "Officials said so."});
  }
  assign_event_ids(events);
  CHECK(events[0].id != events[1].id);
  CHECK(events[1].id == events[0].id + "-2");
}
