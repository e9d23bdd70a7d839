// Which capitalised words are one name: a firm's name with "and" inside it ("Pacific Gas and
// Electric Co."), and a person's surname with a lower-case particle ("Marco van Basten") when
// only the noun before it says a person is named. Each tested on the sentence it was found on
// and on variants the fix was not written for.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using chronograph::core::DocumentEvents;
using chronograph::core::EntityInfo;
using chronograph::test::EventsFixture;
using chronograph::test::holds;
using chronograph::test::last_event;

namespace {

const EntityInfo* entity_named(const DocumentEvents& found, const std::string& name) {
  for (const auto& e : found.entities)
    if (e.name == name) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("capitalised words joined by 'and' and closed by a firm's legal form or kind are one firm",
          "[events][entities][ent9]") {
  const auto [text, trigger, name, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Pacific Gas and Electric Co. shut off power to about 21,000 customers on Saturday because of the high fire "
       "risk.",
       "shut", "Pacific Gas and Electric Co.", "Pacific Gas and Electric Co. shuts off power"},
      {"Northern Oil and Ember Corp. raised its dividend on Tuesday.", "raised", "Northern Oil and Ember Corp.",
       "Northern Oil and Ember Corp. raises dividend"},
      {"Church and Dwight Company raised prices on Monday.", "raised", "Church and Dwight Company",
       "Church and Dwight Company raises prices"},
      {"Marks and Spencer Group cut 300 jobs on Monday.", "cut", "Marks and Spencer Group",
       "Marks and Spencer Group cuts 300 jobs"},
      {"Johnson and Johnson recalled a baby powder on Monday.", "recalled", "Johnson and Johnson",
       "Johnson and Johnson recalls baby powder"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* firm = entity_named(found, name);
  REQUIRE(firm);
  CHECK(firm->type == "ORGANIZATION");
  const auto& event = last_event(found, trigger);
  const auto actors = found.actor_ids(event);
  REQUIRE_FALSE(actors.empty());
  CHECK(actors.front() == firm->id);
  CHECK(event.title == title);
}

TEST_CASE("'and' between names with no legal form closing them, or with one each, still lists two",
          "[events][entities][ent9]") {
  const auto [text, trigger, first, second] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Biden and Putin will hold a call on Tuesday.", "call", "biden", "putin"},
      {"Alphabet Inc. and Microsoft Corp. signed a deal on Monday.", "signed", "alphabet-inc", "microsoft-corp"},
      {"Harlow and Pike raised prices on Monday.", "raised", "harlow", "pike"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto actors = found.actor_ids(last_event(found, trigger));
  CHECK(holds(actors, first));
  CHECK(holds(actors, second));
}

TEST_CASE("a surname's particle joins a name whose first word no list knows when a noun before it describes the person",
          "[events][entities][ent9]") {
  const auto [text, trigger, name, title_start] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The Dutch striker Marco van Basten joined Milan in 1987.", "joined", "Marco van Basten", "Van Basten joins Milan"},
      {"Veteran goalkeeper Matteo di Lorenzo retired in 2015.", "retired", "Matteo di Lorenzo", "Di Lorenzo retires"},
      {"The German composer Gottfried von Berg died in 1790.", "died", "Gottfried von Berg", "Von Berg dies"},
      {"Veteran defender Luca van der Berg signed a new contract on Friday.", "signed", "Luca van der Berg",
       "Van der Berg signs new contract"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* person = entity_named(found, name);
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  const auto& event = last_event(found, trigger);
  const auto actors = found.actor_ids(event);
  REQUIRE_FALSE(actors.empty());
  CHECK(actors.front() == person->id);
  CHECK(event.title.starts_with(title_start));
}

TEST_CASE("a two-word name without a particle is still a person named by the last word", "[events][entities][ent9]") {
  const auto found = EventsFixture::get().extract("Marco Rossi said on Monday the talks would resume.");
  const auto& event = last_event(found, "said");
  const auto actors = found.actor_ids(event);
  REQUIRE_FALSE(actors.empty());
  CHECK(actors.front() == "marco-rossi");
  CHECK(event.title.starts_with("Rossi says"));
}
