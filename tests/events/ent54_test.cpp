// Entities, actors and titles misread on tester rounds 53 and 54's articles: each tested on the
// sentence it was found on, on variants the fix was not written for, and with a case that must
// stay as it is.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("t53 issue 35: whom a speaker calls 'she' in a quote is not the speaker, and 'me' is", "[events][actors][titles][ent54]") {
  const auto [text, trigger, actor, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Chloe Barrett was last seen on Friday. Her mother, Angela Barrett, travelled from Bristol on Monday. \"She phones me "
       "every evening. She has never gone a day without calling,\" she said.",
       "phones", "chloe-barrett", "Chloe Barrett phones Angela Barrett"},
      // the quote's second sentence is quoted too
      {"Chloe Barrett was last seen on Friday. Her mother, Angela Barrett, travelled from Bristol on Monday. \"She phones me "
       "every evening. She has never gone a day without calling,\" she said.",
       "gone", "chloe-barrett", "Chloe Barrett"},
      // a speaker named before the quote opens
      {"Lucy Moran was last seen on Friday. Her friend, Sarah Whitfield, said on Monday: \"She calls me every day.\"", "calls",
       "lucy-moran", "Moran calls Whitfield"},
      {"Tom Hale was injured on Saturday. His coach, Paul Brown, arrived on Monday. \"He rang me on Sunday,\" he said.", "rang",
       "tom-hale", "Hale rings Brown"},
  }));
  CAPTURE(text, trigger);
  const auto g = graph_of_text(text, 2025_y / mar / 14);
  const auto& event = event_with(g, trigger);
  CHECK(has_actor(event, actor));
  CHECK(event.title.rfind(title, 0) == 0);
}

TEST_CASE("t53 issue 35: a 'she' outside a quote still goes on with the person before it", "[events][actors][ent54]") {
  const auto g = graph_of_text("Angela Barrett travelled on Monday. She phoned the police.", 2025_y / mar / 14);
  CHECK(has_actor(event_with(g, "phoned"), "angela-barrett"));
  // an "I" in the quote stays the speaker's
  const auto quoted = graph_of_text("Tom Hale was injured on Saturday. \"I rang him on Sunday,\" said his coach, Paul Brown.", 2025_y / mar / 14);
  CHECK(has_actor(event_with(quoted, "rang"), "paul-brown"));
}

TEST_CASE("t54 issue 45: a given name that genders.tsv knows keeps a person a person when the text calls them by it", "[events][entities][ent54]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Harborline Foods said Thursday that its chief executive, Margaret Osei, will step down. \"Margaret built the company we "
       "are today,\" said the director.",
       "Margaret Osei"},
      {"Brightwater Bank named Katherine Lowe as chief executive in 2019. \"Katherine changed the bank,\" said a director.",
       "Katherine Lowe"},
      {"Harold Pike founded the firm in 1990. Harold ran it for 20 years.", "Harold Pike"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "PERSON");
  // a firm called by its first word is still a firm
  const auto firm = EventsFixture::get().extract("Meridian Mutual said on Monday it would cut 200 jobs. Shares in Meridian fell 4 percent.");
  CHECK(type_of(firm, "Meridian Mutual") == "ORGANIZATION");
}

TEST_CASE("t54 issue 54: a person's role or an honorific before a name is no word of it", "[events][entities][ent54]") {
  const auto [text, id, whole] = GENERATE(table<std::string, std::string, std::string>({
      {"Guitarist Tom Reilly said the band would play the whole album each night. \"Tom sent me a song,\" Dunmore said.", "tom-reilly",
       "guitarist-tom-reilly"},
      {"Drummer Ann Cole left the band in 1998.", "ann-cole", "drummer-ann-cole"},
      {"The chair of the inquiry, Dame Helen Morgan, said she would publish an interim report by the summer.", "helen-morgan",
       "dame-helen-morgan"},
      {"Lord Smith said on Monday that the report was late.", "smith", "lord-smith"},
  }));
  CAPTURE(text);
  const auto ids = entity_ids(EventsFixture::get().extract(text));
  CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), whole) == ids.end());
  // "Tom" in the quote is Reilly, no one new
  CHECK(std::find(ids.begin(), ids.end(), "tom") == ids.end());
}

TEST_CASE("t54 issue 51: a country's 's before a person's name says where the person is from, no actor", "[events][actors][ent54]") {
  const auto [text, trigger, person, place] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Kenya's Samuel Kiprop won the Berlin Marathon on Sunday.", "won", "samuel-kiprop", "kenya"},
      {"Ethiopia's Tigist Alemu won the women's race in Berlin.", "won", "tigist-alemu", "ethiopia"},
      {"Britain's Emma Raducanu lost to Naomi Osaka on Tuesday.", "lost", "emma-raducanu", "united-kingdom"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto actors = actors_of(found, trigger);
  CHECK(std::find(actors.begin(), actors.end(), person) != actors.end());
  CHECK(std::find(actors.begin(), actors.end(), place) == actors.end());
  // a country that acts is still an actor
  const auto acts = EventsFixture::get().extract("Kenya's government banned the import on Monday.");
  const auto banned = actors_of(acts, "banned");
  CHECK(std::find(banned.begin(), banned.end(), "kenya") != banned.end());
}

TEST_CASE("t54 issue 48: a ship's name is a vessel's, kept whole, even when it names a person", "[events][entities][ent54]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"The research ship RRS Sir David Attenborough is expected to arrive in mid-November with fuel.", "RRS Sir David Attenborough"},
      {"HMS Queen Elizabeth left Portsmouth on Monday.", "HMS Queen Elizabeth"},
      {"The USS Gerald Ford arrived in the Mediterranean in October.", "USS Gerald Ford"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "MISC");
  // the person the ship is named for is still a person when named alone
  CHECK(type_of(EventsFixture::get().extract("Sir David Attenborough spoke on Monday."), "David Attenborough") == "PERSON");
}
