// Entities, actors and titles misread on tester round 48 (unseen articles: a space launch, a
// football transfer, a trial), each tested on the sentence it was found on, on variants the fix
// was not written for, and with a case that must stay as it is.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("issue 42: 'the agency' is the body last named as an actor, not one named in passing",
          "[events][entities][tester48]") {
  const auto [text, trigger, actor, other] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"NASA said the launch slipped. The rover carries a drill from the European Space Agency. The agency will "
       "hold another briefing on Thursday.",
       "hold", "nasa", "european-space-agency"},
      {"FEMA said the levee held. Its crews borrowed pumps from the Texas Water Development Agency. The agency "
       "will publish a report on Friday.",
       "publish", "fema", "texas-water-development-agency"},
      {"The FAA grounded the jets. Inspectors used data from the National Transportation Safety Board. The agency "
       "lifted the order on Monday.",
       "lifted", "faa", "national-transportation-safety-board"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto actors = actors_of(found, trigger);
  CHECK(holds(actors, actor));
  CHECK_FALSE(holds(actors, other));
}

TEST_CASE("issue 42: an agency named as a subject last is still the agency meant", "[events][entities][tester48]") {
  const std::string text = "NASA said the launch slipped. The European Space Agency supplied the drill. The agency "
                           "will hold a briefing on Thursday.";
  const auto found = EventsFixture::get().extract(text);
  const auto actors = actors_of(found, "hold");
  CHECK(holds(actors, "european-space-agency"));
  CHECK_FALSE(holds(actors, "nasa"));
}

TEST_CASE("issue 49: a one-word name after a person's role is a person", "[events][entities][tester48]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"The club signed striker Osei on Friday.", "Osei"},
      {"An offer came from manager Lindqvist.", "Lindqvist"},
      {"The court heard from treasurer Varga on Monday.", "Varga"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "PERSON");
}

TEST_CASE("issue 49: a full name after a person's role stays a person when its first word stands alone",
          "[events][entities][tester48]") {
  const std::string text = "Harbour City have completed the signing of Brazilian striker Lucas Ferreira from Benfica. "
                           "Lucas scored twice on his debut.";
  CHECK(type_of(EventsFixture::get().extract(text), "Lucas Ferreira") == "PERSON");
}

TEST_CASE("issue 49: a subject the sentence calls 'his' or 'her' is a person", "[events][entities][tester48]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Lyle was arrested at home and pleaded not guilty at his arraignment.", "Lyle"},
      {"Kral watched from the stands as his new side lost.", "Kral"},
      {"Mbeki left the court with her lawyers on Tuesday.", "Mbeki"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "PERSON");
}

TEST_CASE("issue 49: a name whose 'its' follows, or one before another name's 'his', is no person by it",
          "[events][entities][tester48]") {
  CHECK(type_of(EventsFixture::get().extract("Zentra cut its forecast on Tuesday."), "Zentra") != "PERSON");
  CHECK(type_of(EventsFixture::get().extract("Zentra hired Rudi Vogt as his deputy."), "Zentra") != "PERSON");
}

TEST_CASE("issue 43: 'he' after a surname-only subject is that person, not the full-named one before",
          "[events][entities][tester48]") {
  const auto [text, trigger, actor, other] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Talks stalled before Benfica accepted an offer from manager Stefan Holm. Ferreira watched from the stands "
       "as his new side drew 1-1 with Riverside last weekend. He is eligible to play after the international break.",
       "play", "ferreira", "stefan-holm"},
      {"The deal was approved by chairman Peter Lund. Okoro watched from the bench as his new club lost on "
       "Saturday. He will train with the squad next week.",
       "train", "okoro", "peter-lund"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto actors = actors_of(found, trigger);
  CHECK(holds(actors, actor));
  CHECK_FALSE(holds(actors, other));
}

TEST_CASE("issue 45: the subject of a clause opened by 'before' or 'until' acts in it, not the talks",
          "[events][entities][tester48]") {
  const auto [text, trigger, actor, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Talks stalled for most of August before Benfica accepted an improved offer last Tuesday.", "accepted",
       "benfica", "Benfica accepts"},
      {"Negotiations stalled for weeks before Porto accepted a higher bid.", "accepted", "porto", "Porto accepts"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto& event = last_event(found, trigger);
  CHECK(holds(found.actor_ids(event), actor));
  CHECK(event.title.starts_with(title));
  // the main clause keeps its own subject
  CHECK(last_event(found, "stalled").title.find("stall") != std::string::npos);
}

TEST_CASE("issue 45: a 'that' clause after a 'with' phrase's name tells of the noun before it",
          "[events][titles][tester48]") {
  const auto [text, trigger, words] = GENERATE(table<std::string, std::string, std::string>({
      {"The strike follows contract talks with the Port Transit Authority that broke down on Saturday night.", "broke",
       "talks break down"},
      {"The airline ended a partnership with Skyward Air that began in 2019.", "began", "partnership begins"},
      {"The council cancelled its contract with Veolia that expires in May.", "expires", "contract expires"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto& event = last_event(found, trigger);
  CAPTURE(event.title);
  CHECK(event.title.find(words) != std::string::npos);
}

TEST_CASE("issue 45: 'who' after a 'with' phrase's name still tells of the name", "[events][titles][tester48]") {
  const auto found = EventsFixture::get().extract("He praised the talks with Maria Lopez, who resigned on Friday.");
  CHECK(last_event(found, "resigned").title.starts_with("Lopez resigns"));
}

TEST_CASE("issue 44: a verb joined by 'and' after an object and its obliques keeps the first verb's subject",
          "[events][entities][tester48]") {
  const auto [text, trigger, title, object] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The club also sold midfielder Jonny Price to Hamburg for £12m on Friday morning and allowed two academy "
       "players to leave on loan.",
       "allowed", "Club allows", "jonny-price"},
      {"Rovers bought defender Sam Lee from Leeds for £3m and released two players.", "released", "Rovers release",
       "sam-lee"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto& event = last_event(found, trigger);
  CHECK(event.title.starts_with(title));
  CHECK_FALSE(holds(found.actor_ids(event), object));
}

TEST_CASE("issue 44: a person the second verb acts on stays its object", "[events][entities][tester48]") {
  const auto found = EventsFixture::get().extract("Police arrested Tom Reyes on Monday and charged him with fraud.");
  CHECK(last_event(found, "charged").title.starts_with("Police charge"));
  CHECK(holds(found.actor_ids(last_event(found, "arrested")), "tom-reyes"));
}

TEST_CASE("issue 48: a union's numbered branch is an organisation that 'the union' stands for",
          "[events][entities][tester48]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Members of Amalgamated Transit Union Local 85 voted to strike. The union gave notice two days later.",
       "amalgamated-transit-union-local-85"},
      {"Drivers in Allied Workers Union Local 12 walked out. The union gave notice on Friday.",
       "allied-workers-union-local-12"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(found.actor_ids(last_event(found, "gave")), name));
  // a thing's name with a number stays a thing
  const auto apollo = EventsFixture::get().extract("Apollo 11 landed on the Moon.");
  CHECK(type_of(apollo, "Apollo 11") == "MISC");
}

TEST_CASE("issue 54: an acronym's plural takes a plural verb in a title", "[events][titles][tester48]") {
  const auto [text, trigger, title] = GENERATE(table<std::string, std::string, std::string>({
      {"Committee stage, during which MPs examined the text line by line, ran for six weeks.", "examined",
       "MPs examine"},
      {"Lawmakers said CEOs earned too much.", "earned", "CEOs earn"},
  }));
  CAPTURE(text);
  const auto plural = EventsFixture::get().extract(text);
  CHECK(last_event(plural, trigger).title.starts_with(title));
  // one acronym stays singular
  const auto found = EventsFixture::get().extract("The CEO resigned on Monday.");
  CHECK(last_event(found, "resigned").title.starts_with("CEO resigns"));
}

TEST_CASE("issue 54: a count before 'bus and light-rail operators' counts the operators", "[events][titles][tester48]") {
  const auto [text, trigger, title] = GENERATE(table<std::string, std::string, std::string>({
      {"More than 2,100 bus and light-rail operators will walk off the job on Nov. 27.", "walk",
       "More than 2,100 bus and light-rail operators walk"},
      {"About 300 train and tram drivers went on strike on Monday.", "went", "300 train and tram drivers go"},
      {"Some 40 nurse and midwife trainees graduated on Friday.", "graduated", "40 nurse and midwife trainees graduate"},
  }));
  CAPTURE(text);
  const std::string got = last_event(EventsFixture::get().extract(text), trigger).title;
  CAPTURE(got);
  CHECK(got.find(title) != std::string::npos);
  // each noun with its own count stays a list
  const auto found = EventsFixture::get().extract("Police seized three trucks and a car on Monday.");
  CHECK(last_event(found, "seized").title.starts_with("Police seize three trucks and"));
}
