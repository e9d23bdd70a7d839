// Entities, actors and titles misread on tester rounds 51-53's articles: each tested on the
// sentence it was found on, on variants the fix was not written for, and with a case that must
// stay as it is.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("t51 issue 45: a two-word name listed with a name of no first name is no person", "[events][entities][ent53]") {
  const auto [text, name, type] = GENERATE(table<std::string, std::string, std::string>({
      {"Hue fell on March 26 and Da Nang a few days later.", "Da Nang", "MISC"},
      {"Hue and Da Nang fell in March.", "Da Nang", "MISC"},
      {"Hue fell in early April and Khe Sanh a week later.", "Khe Sanh", "MISC"},
      {"Kyiv and Nova Kakhovka were shelled overnight.", "Nova Kakhovka", "LOCATION"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == type);
}

TEST_CASE("t51 issue 45: a two-word name listed with a person stays a person", "[events][entities][ent53]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Joe Biden spoke to Xi on Monday. Biden and Rishi Sunak met in November.", "Rishi Sunak"},
      {"Maria Ortiz and Tomas Brandt resigned on Monday.", "Tomas Brandt"},
      {"Da Nang resigned on Monday.", "Da Nang"},  // no partner: the default still reads a person
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == "PERSON");
}

TEST_CASE("t53 issue 36: a name opening with a country and ending in a common word is no person", "[events][entities][ent53]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Alvarez will play in her first US Open final on Sunday.", "US Open"},
      {"Kovac reached her first China Open final.", "China Open"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == "MISC");
  CHECK(type_of(EventsFixture::get().extract("Jordan Henderson signed for Ajax."), "Jordan Henderson") == "PERSON");
}

TEST_CASE("t53 issue 36: a score after a player's name splits no name", "[events][entities][ent53]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Alvarez reached the final, beating the second seed Mira Kovac 6-4, 3-6, 7-5 in a semi-final.", "Mira Kovac"},
      {"The champion was beaten by Tomas Brandt 7-5 on Tuesday.", "Tomas Brandt"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == "PERSON");
  // a model's number of three figures still splits the operator from the maker
  const auto plane = EventsFixture::get().extract("The China Eastern Boeing 737-800 crashed in March.");
  CHECK(type_of(plane, "Boeing") == "ORGANIZATION");
  CHECK(type_of(plane, "China Eastern") == "ORGANIZATION");
}

TEST_CASE("t51 issue 45: a place after a preposition of place stays a place", "[events][entities][ent53]") {
  const auto found = EventsFixture::get().extract("The minister flew to Da Nang on Monday. Talks were held in Khe Sanh.");
  CHECK(type_of(found, "Da Nang") == "LOCATION");
  CHECK(type_of(found, "Khe Sanh") == "LOCATION");
}

TEST_CASE("t52 issue 36: a name its reported words call 'it' or 'its' is an organisation", "[events][entities][ent53]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Maersk said it had diverted 15 ships around the Cape of Good Hope.", "Maersk"},
      {"Veltrax told investors it would close two plants.", "Veltrax"},
      {"Corvana warned that it would cut 300 jobs.", "Corvana"},
      {"Hapag said its ships would avoid the strait.", "Hapag"},
      {"Veltrax announced it would close two plants.", "Veltrax"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == "ORGANIZATION");
}

TEST_CASE("t52 issue 36: a day between the saying and 'it' is no other name 'it' could be", "[events][entities][ent53]") {
  const auto g = graph_of_text("Maersk said on Wednesday it had diverted 15 ships.", 2024_y / oct / 4);
  const auto maersk = std::find_if(g.entities.begin(), g.entities.end(), [](const auto& e) { return e.id == "maersk"; });
  REQUIRE(maersk != g.entities.end());
  CHECK(maersk->type == "ORGANIZATION");
}

TEST_CASE("t52 issue 36: 'group' before a name says an organisation", "[events][entities][ent53]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Shipping group Maersk diverted 15 ships.", "Maersk"},
      {"The rights group Veritas published the report on Monday.", "Veritas"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == "ORGANIZATION");
}

TEST_CASE("t52 issue 36: an 'it' that is no one, or a group of people, names no organisation", "[events][entities][ent53]") {
  const auto said = EventsFixture::get().extract("Okafor said it was a mistake. Okafor resigned on Monday.");
  CHECK(type_of(said, "Okafor") == "PERSON");
  const auto group = EventsFixture::get().extract("A group of protesters gathered outside. The group marched to the parliament.");
  CHECK(type_of(group, "group") == "none");
}

// The lane of an event is its first actor (render/timeline/svg_timeline.cpp, lane_of). A noun
// event keeps the place it happens in among its actors, which tells "military action in Ukraine"
// from the same noun elsewhere and lets `--about Ukraine` find it; but whoever acts comes first,
// so a place is the lane only when no one is named acting ("two crashes in Indonesia").
TEST_CASE("ent53 item 3: a noun event's place is its lane only when no one is named acting", "[events][actors][ent53]") {
  const auto [text, trigger, first] = GENERATE(table<std::string, std::string, std::string>({
      {"Putin could take military action in Ukraine.", "action", "ukraine"},
      {"The 737 MAX was grounded for 20 months after two crashes in Indonesia and Ethiopia.", "crashes", "indonesia"},
      {"Protests in Paris turned violent on Saturday.", "Protests", "paris"},
      {"Russia's military action in Ukraine began in 2022.", "action", "russia"},
      {"Boeing's crash in Indonesia killed 189 people.", "crash", "boeing"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / feb / 12);
  const auto& event = event_with(g, trigger);
  REQUIRE_FALSE(event.actors.empty());
  CHECK(event.actors.front() == first);
}

TEST_CASE("t53 issue 42: a subject owned by a time keeps the whole time in its title", "[events][titles][ent53]") {
  const auto [text, trigger, title] = GENERATE(table<std::string, std::string, std::string>({
      {"Last year's winner saw sales rise twelvefold in the week after the ceremony.", "saw", "Last year's winner sees"},
      {"Last week's storm flooded 200 homes.", "flooded", "Last week's storm floods"},
      {"Next month's election will decide the seat.", "decide", "Next month's election decides"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / sep / 24);
  CHECK(event_with(g, trigger).title.rfind(title, 0) == 0);
  // a possessor of no time keeps its own words only
  CHECK(event_with(graph_of_text("The company's chief resigned on Monday.", 2025_y / sep / 24), "resigned").title.find("Monday") ==
        std::string::npos);
}

TEST_CASE("t53 issue 37: a street after 'along', a named feature after 'the' and a climber are read by their cues", "[events][entities][ent53]") {
  const auto [text, name, type] = GENERATE(table<std::string, std::string, std::string>({
      {"CCTV footage shows her walking alone along Call Lane at 23:40.", "Call Lane", "LOCATION"},
      {"The convoy drove along Mill Lane on Friday.", "Mill Lane", "LOCATION"},
      {"Everyone is nervous about crowding on the Hillary Step, said a guide.", "Hillary Step", "MISC"},
      {"Tourists queued outside the Rose Garden.", "Rose Garden", "MISC"},
      {"The British climber Kenton Cool said he would wait for a second window.", "Kenton Cool", "PERSON"},
      {"Kenton Cool, who is attempting his 18th ascent, will wait.", "Kenton Cool", "PERSON"},
      {"Kovac, who won the Australian Open in January, had not dropped a set.", "Kovac", "PERSON"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == type);
}

TEST_CASE("t53 issue 37: a person with a first name keeps being a person", "[events][entities][ent53]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Hillary Clinton spoke in Iowa on Monday.", "Hillary Clinton"},
      {"The party backed Tom Brady on Monday.", "Tom Brady"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "PERSON");
}

TEST_CASE("t53 issue 34: the organisation that says what 'they' will do is 'they'", "[events][actors][titles][ent53]") {
  const auto [text, trigger, actor, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"\"Families will know what they will pay next year,\" said Katrin Vogel. The opposition Christian Democrats said they "
       "would challenge it in the constitutional court.",
       "challenge", "christian-democrats", "Christian Democrats challenge"},
      {"\"Fares will rise,\" said the minister. Harlow Motors said they would appeal the ruling.", "appeal", "harlow-motors",
       "Harlow Motors appeal"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / feb / 3);
  const auto& event = event_with(g, trigger);
  CHECK(has_actor(event, actor));
  CHECK(event.title.rfind(title, 0) == 0);
  // people named by a plural noun keep being "they"
  CHECK(event_with(graph_of_text("The workers said they would strike.", 2025_y / feb / 3), "strike").title == "Workers strike");
}

TEST_CASE("t53 issue 45: 'her' before a gerund stays in the title as its doer", "[events][titles][ent53]") {
  const auto [text, trigger, title] = GENERATE(table<std::string, std::string, std::string>({
      {"CCTV footage shows her walking alone along Call Lane at 23:40.", "shows", "CCTV footage shows her walking alone"},
      {"Witnesses saw her leaving the bar at 23:40.", "saw", "Witnesses see her leaving bar"},
      {"The video shows her getting into a taxi.", "shows", "Video shows her getting into taxi"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / mar / 14);
  CHECK(event_with(g, trigger).title.rfind(title, 0) == 0);
  // "her" as a determiner of a noun still goes: "The photo shows her house"
  CHECK(event_with(graph_of_text("The photo shows her house in 1931.", 2025_y / mar / 14), "shows").title == "Photo shows house");
}
