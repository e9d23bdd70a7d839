// Entities and actors misread on the lead's reading of round 50 (a court report) and on tester
// round 49's articles: each tested on the sentence it was found on, on variants the fix was not
// written for, and with a case that must stay as it is.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("s50: a name right before an office held over a place is that place", "[events][entities][ent51]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"A federal judge on Thursday sentenced former Riverton mayor Daniel Okafor to six years in prison.", "Riverton"},
      {"Former Maplewood police chief Dana Ruiz was charged on Monday.", "Maplewood"},
      {"The Brackley sheriff said the road would reopen.", "Brackley"},
      {"Kessington governor Lee Park signed the order.", "Kessington"},
  }));
  CAPTURE(text);
  CHECK(type_of(EventsFixture::get().extract(text), name) == "LOCATION");
}

TEST_CASE("s50: the person holding the office keeps their own kind", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract(
      "A federal judge on Thursday sentenced former Riverton mayor Daniel Okafor to six years in prison.");
  CHECK(type_of(found, "Daniel Okafor") == "PERSON");
}

TEST_CASE("s50: a party's name before an office stays no place", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract("Labour mayor Sadiq Khan said the fares would be frozen.");
  CHECK(type_of(found, "Labour") != "LOCATION");
  CHECK(type_of(found, "Sadiq Khan") == "PERSON");
}

TEST_CASE("s50: a name before a role that is no office over a place stays as it was", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract("Veltra chief executive Anna Berg said sales rose.");
  CHECK(type_of(found, "Veltra") != "LOCATION");
}

TEST_CASE("s50: her client after someone's lawyer is named is that someone", "[events][actors][ent51]") {
  const auto [text, trigger, actor] = GENERATE(table<std::string, std::string, std::string>({
      {"Okafor was sentenced on Thursday. Okafor's lawyer, Ruth Adeyemi, said her client would appeal the verdict.",
       "appeal", "okafor"},
      {"Mark Ellis was convicted in May. Ellis's attorney, Tom Reyes, said his client would seek a new trial.", "seek",
       "mark-ellis"},
      {"Jane Holt was taken to hospital. Holt's doctor, Sam Byrne, said his patient would recover.", "recover",
       "jane-holt"},
  }));
  CAPTURE(text);
  CHECK(holds(actors_of(EventsFixture::get().extract(text), trigger), actor));
}

TEST_CASE("s50: her client with no lawyer named is nobody's in particular", "[events][actors][ent51]") {
  const auto found = EventsFixture::get().extract(
      "Okafor was sentenced on Thursday. Ruth Adeyemi said her client would appeal the verdict.");
  CHECK(actors_of(found, "appeal").empty());
}

TEST_CASE("s50: clients in the plural are many, no one person", "[events][actors][ent51]") {
  const auto found = EventsFixture::get().extract(
      "Okafor's lawyer, Ruth Adeyemi, said her clients would appeal the verdict.");
  CHECK_FALSE(holds(actors_of(found, "appeal"), "okafor"));
}

namespace {

graph::GraphData graph_of_texts(const std::vector<std::string>& texts) {
  std::vector<core::DocumentAnalysis> analyses;
  int n = 0;
  for (const auto& text : texts) {
    core::Document document = core::parse_text_document(text, "doc" + std::to_string(++n) + ".txt");
    document.id = "doc" + std::to_string(n);
    document.dct = date::sys_days{date::year{2025} / 6 / 12};
    analyses.push_back(pipeline().analyse(std::move(document)));
  }
  return graph::assemble_graph(analyses, {});
}

std::vector<std::string> graph_entity_ids(const graph::GraphData& g) {
  std::vector<std::string> ids;
  for (const auto& e : g.entities) ids.push_back(e.id);
  return ids;
}

}  // namespace

TEST_CASE("t49: the House in one article is no White House in another", "[events][entities][ent51]") {
  const auto [house, white] = GENERATE(table<std::string, std::string>({
      {"The Senate passed the bill on Wednesday. The House will vote on it in July.",
       "The White House said the president would sign the bill."},
      {"The Office said it would close on Friday.", "The Oval Office was redecorated in May."},
  }));
  CAPTURE(house, white);
  for (const auto& order : {std::vector<std::string>{house, white}, std::vector<std::string>{white, house}}) {
    const auto ids = graph_entity_ids(graph_of_texts(order));
    CHECK(std::count_if(ids.begin(), ids.end(), [](const std::string& id) { return id == "house" || id == "office"; }) == 1);
  }
}

TEST_CASE("t49: a one-word name in one article still stands for the full name in another", "[events][entities][ent51]") {
  const auto g = graph_of_texts({"Carla Mendes resigned on Monday.", "Mendes said she was proud of her team."});
  CHECK(holds(graph_entity_ids(g), "carla-mendes"));
  CHECK_FALSE(holds(graph_entity_ids(g), "mendes"));
}

TEST_CASE("t49: a place abroad named with a particle is one name", "[events][entities][ent51]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"The closing ceremony will take place at the Arena di Verona, which was built in the first century AD.",
       "arena-di-verona"},
      {"Crowds gathered in the Piazza della Signoria on Sunday.", "piazza-della-signoria"},
      {"The painting was moved to the Museo del Prado in 1819.", "museo-del-prado"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(entity_ids(found), id));
  CHECK_FALSE(holds(entity_ids(found), "verona"));
}

TEST_CASE("t49: a person's particles still join only after a given name", "[events][entities][ent51]") {
  CHECK(holds(entity_ids(EventsFixture::get().extract("Anouk de Vries said the plan would fail.")), "anouk-de-vries"));
}

TEST_CASE("t49: a word opening a sentence that the text writes in lower case is no name", "[events][entities][ent51]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Sickle cell disease affects about 100,000 Americans. The drug treats sickle cell disease.", "sickle"},
      {"Bird flu spread to dairy cows in March. Officials said bird flu was no risk to people.", "bird"},
  }));
  CAPTURE(text);
  CHECK_FALSE(holds(entity_ids(EventsFixture::get().extract(text)), id));
}

TEST_CASE("t49: a name opening a sentence and written nowhere in lower case stays a name", "[events][entities][ent51]") {
  CHECK(holds(entity_ids(EventsFixture::get().extract("Vertex said the drug was safe. The drug was approved.")), "vertex"));
}

TEST_CASE("t51 issue 48: a mountain named without its Mount is the same mountain", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract(
      "Mount Kelira erupted on Sunday night. Kelira has been one of the country's most closely watched volcanoes "
      "since the 1980s. Between 1987 and 1994 Kelira erupted four times.");
  CHECK(holds(entity_ids(found), "mount-kelira"));
  CHECK_FALSE(holds(entity_ids(found), "kelira"));
  CHECK(holds(actors_of(found, "erupted"), "mount-kelira"));
}

TEST_CASE("t51 issue 48: a lake's or a fort's name without its first word is another name", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract("Flooding hit Lake Charles on Monday. Charles Boyd said the levee held.");
  CHECK(holds(entity_ids(found), "lake-charles"));
  CHECK(holds(entity_ids(found), "charles-boyd"));
}

TEST_CASE("t51 issue 45: a college, a library and a parade ground are no persons", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract(
      "He will visit Merton College, his old college, and the Bodleian Library. Queen Camilla will host a welcome "
      "on Horse Guards Parade.");
  CHECK(type_of(found, "Merton College") != "PERSON");
  CHECK(type_of(found, "Bodleian Library") == "ORGANIZATION");
  CHECK(type_of(found, "Horse Guards Parade") == "LOCATION");
  CHECK_FALSE(holds(actors_of(found, "host"), "horse-guards-parade"));
}

TEST_CASE("t51 issue 42: the title with the stands for the one named with it", "[events][actors][ent51]") {
  const auto [text, trigger, actor] = GENERATE(table<std::string, std::string, std::string>({
      {"King Charles will host a banquet on Tuesday. The King, who is being treated for cancer, has cut back on "
       "public duties since February.",
       "treated", "charles"},
      {"Emperor Naruhito will arrive on Saturday. On the second day, the emperor will meet Prime Minister Rishi Sunak.",
       "meet", "naruhito"},
      {"President Harper vetoed the bill on Friday. The president said the bill went too far.", "said", "harper"},
  }));
  CAPTURE(text);
  CHECK(holds(actors_of(EventsFixture::get().extract(text), trigger), actor));
}

TEST_CASE("t51 issue 42: the title with a name or an of after it is no back reference", "[events][actors][ent51]") {
  const auto found = EventsFixture::get().extract(
      "King Charles will host a banquet on Tuesday. The King of Spain will arrive on Monday.");
  CHECK_FALSE(holds(actors_of(found, "arrive"), "charles"));
}

TEST_CASE("t51 issue 41: a firm named by its industry is an organisation, and the company is that firm", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract(
      "WorkSafe inspectors will begin their investigation next week. The mine's owner, Westland Coal, said it had "
      "suspended all underground work. The company said it had passed a safety audit in June.");
  CHECK(type_of(found, "Westland Coal") == "ORGANIZATION");
  CHECK_FALSE(holds(actors_of(found, "passed"), "worksafe"));
}

TEST_CASE("t49 issue 56: what a verb makes warmer or keeps calm changes and does not act", "[events][actors][ent51]") {
  const auto [text, trigger, name] = GENERATE(table<std::string, std::string, std::string>({
      {"Scientists say climate change has made the West warmer and drier over the past 30 years.", "made", "west"},
      {"The new dam has kept Greenville safe from floods since 2019.", "kept", "greenville"},
  }));
  CAPTURE(text);
  CHECK_FALSE(holds(actors_of(EventsFixture::get().extract(text), trigger), name));
}

TEST_CASE("t49 issue 56: the subject that makes something so still acts", "[events][actors][ent51]") {
  const auto found = EventsFixture::get().extract("Veltra made the deal public on Monday.");
  CHECK(holds(actors_of(found, "made"), "veltra"));
}

TEST_CASE("t51 issue 47: one of many miners or firms is no institution", "[events][entities][ent51]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Rescuers made voice contact with the group on Tuesday. The final miner was freed 36 hours later.", "final-miner"},
      {"Westland Coal said the mine was safe. The last miner was freed on Thursday.", "westland-coal"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK_FALSE(holds(actors_of(found, "freed"), id));
  CHECK_FALSE(holds(entity_ids(found), "final-miner"));
}

TEST_CASE("t51 issue 47: the company after a named firm is still that firm", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract("Westland Coal said on Monday that the mine was safe. The company said it would reopen.");
  CHECK(holds(actors_of(found, "reopen"), "westland-coal"));
}

TEST_CASE("t49: a sentence's first word before a capital stays a name's though written in lower case elsewhere", "[events][entities][ent51]") {
  const auto found = EventsFixture::get().extract(
      "Flight MU5735 crashed on Monday. The flight was carrying 132 people.");
  CHECK(holds(entity_ids(found), "flight-mu5735"));
}
