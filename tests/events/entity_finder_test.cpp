#include "core/events/entity_finder.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/ascii_fold.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using chronograph::core::DocumentEvents;
using chronograph::core::EntityInfo;
using chronograph::test::EventsFixture;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_actor;
using namespace date;

namespace {

const EntityInfo* entity(const DocumentEvents& found, const std::string& id) {
  for (const auto& e : found.entities)
    if (e.id == id) return &e;
  return nullptr;
}

// "BrightHome" -> "brighthome", as entity ids are written.
std::string to_slug(const std::string& name) {
  std::string out;
  for (const char c : name) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool has_alias(const EntityInfo& e, const std::string& alias) {
  return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

}  // namespace

TEST_CASE("a full name, a titled surname and a bare surname are one person", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Marta Lindqvist opened the new bridge in Oslo on Monday. Ms Lindqvist thanked the engineers. "
      "Lindqvist then left for the airport.");
  const EntityInfo* marta = entity(found, "marta-lindqvist");
  REQUIRE(marta);
  CHECK(marta->name == "Marta Lindqvist");
  CHECK(marta->type == "PERSON");
  CHECK(has_alias(*marta, "Lindqvist"));
  CHECK(has_alias(*marta, "Ms Lindqvist"));
  CHECK_FALSE(entity(found, "lindqvist"));
}

TEST_CASE("a function word that opens a sentence is no word of the name after it", "[events][entities]") {
  for (const std::string opener : {"Since", "Until", "Although", "Though", "Unless", "Whether"}) {
    INFO(opener);
    const auto found =
        EventsFixture::get().extract(opener + " Marta Lindqvist took charge in January, Rovers have lost only three times.");
    CHECK(entity(found, "marta-lindqvist"));
    CHECK_FALSE(entity(found, to_slug(opener) + "-marta-lindqvist"));
  }
}

TEST_CASE("two capitalised words the text also calls by the first alone name a firm, not a person", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Halbrook Textiles said on Monday it would close two mills. Halbrook employs 900 people in the region.");
  const EntityInfo* firm = entity(found, "halbrook-textiles");
  REQUIRE(firm);
  CHECK(firm->type == "ORGANIZATION");
  CHECK(has_alias(*firm, "Halbrook"));
  // a known first name keeps a person, whichever name the text goes on with
  const auto person = EventsFixture::get().extract("Karen Oduya won the seat on Sunday. Karen thanked her volunteers.");
  const EntityInfo* karen = entity(person, "karen-oduya");
  REQUIRE(karen);
  CHECK(karen->type == "PERSON");
  // a family name written first stays a person's
  const auto family = EventsFixture::get().extract("Li Qiang spoke in Beijing on Monday. Li said growth would recover.");
  const EntityInfo* li = entity(family, "li-qiang");
  REQUIRE(li);
  CHECK(li->type == "PERSON");
  // and a name called by its last word stays a person
  const auto surname = EventsFixture::get().extract("Tobin Marsh resigned on Friday. Marsh denied any wrongdoing.");
  const EntityInfo* marsh = entity(surname, "tobin-marsh");
  REQUIRE(marsh);
  CHECK(marsh->type == "PERSON");
}

TEST_CASE("an office named with 's before its organisation word is one organisation, a country's is not", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "The brewer notified the Food Commissioner's Office on Monday. Sweden's Parliament said nothing. "
      "Halbrook's Board approved the sale.");
  const EntityInfo* office = entity(found, "food-commissioners-office");
  REQUIRE(office);
  CHECK(office->type == "ORGANIZATION");
  CHECK(entity(found, "sweden"));
  CHECK_FALSE(entity(found, "swedens-parliament"));
  CHECK_FALSE(entity(found, "halbrooks-board"));
  const auto g = graph_of_text("The brewer notified the Food Commissioner's Office on Monday.", 2024_y / mar / 6);
  CHECK(event_with(g, "notified").title == "Brewer notifies Food Commissioner's Office");
  // a plural's apostrophe before the body's word: the members' own body
  const auto members = EventsFixture::get().extract(
      "The Coastal Ferry Pilots' Association and the National Growers' Union called a strike.");
  for (const char* id : {"coastal-ferry-pilots-association", "national-growers-union"}) {
    INFO(id);
    REQUIRE(entity(members, id));
    CHECK(entity(members, id)->type == "ORGANIZATION");
  }
  // an owner's plural before another word stays an owner: "the Smiths' house"
  CHECK_FALSE(entity(EventsFixture::get().extract("Thieves broke into the Hendersons' Garage on Monday."),
                     "hendersons-garage"));
}

TEST_CASE("a surname seen before the full name still joins it", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Ostrowski won the vote. Party members had backed Piotr Ostrowski for months.");
  REQUIRE(entity(found, "piotr-ostrowski"));
  CHECK_FALSE(entity(found, "ostrowski"));
}

TEST_CASE("known organisations, places and groups get their canonical name", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "The Kremlin rejected the proposal. British intelligence officials said the talks failed in Geneva.");
  const EntityInfo* kremlin = entity(found, "kremlin");
  REQUIRE(kremlin);
  CHECK(kremlin->type == "ORGANIZATION");
  const EntityInfo* group = entity(found, "british-intelligence-officials");
  REQUIRE(group);
  CHECK(group->type == "GROUP");
  // a verb between a name and a group noun ends the name: the group is the verb's
  const auto [said, organisation] = GENERATE(table<std::string, std::string>({
      {"Amnesty International said soldiers had fired on the crowd.", "amnesty-international"},
      {"The White House said officials met on Monday.", "white-house"},
  }));
  CAPTURE(said);
  const auto named = EventsFixture::get().extract(said);
  REQUIRE(entity(named, organisation));
  CHECK(entity(named, organisation)->type == "ORGANIZATION");
  // a participle modifying the group stays in its name; one with its own object does not
  CHECK(entity(EventsFixture::get().extract("Russian invading troops crossed the border."), "russian-invading-troops"));
  CHECK_FALSE(entity(EventsFixture::get().extract("Russia sending troops to Belarus alarmed NATO."), "russia-sending-troops"));
  REQUIRE(entity(found, "geneva"));
  CHECK(entity(found, "geneva")->type == "LOCATION");
  // countries by name or demonym, capitals as cities; names that open with a place's first word or end in
  // an organisation's last word, whatever their length, are no person
  const auto more = EventsFixture::get().extract(
      "Officials in Nairobi met envoys from Wellington. New Caledonia and Amnesty International criticised Norvik "
      "Industrial on Monday.");
  // (a surname that is also a place's last word stays a person's: "Fiona Hill", "Nick Park")
  const auto people = EventsFixture::get().extract("Former adviser Fiona Hill testified on Tuesday. The animator Nick Park won.");
  for (const char* id : {"fiona-hill", "nick-park"}) {
    INFO(id);
    REQUIRE(entity(people, id));
    CHECK(entity(people, id)->type == "PERSON");
  }
  for (const auto& [id, type] : {std::pair{"nairobi", "LOCATION"}, {"wellington", "LOCATION"}, {"new-caledonia", "LOCATION"},
                                 {"amnesty-international", "ORGANIZATION"}, {"norvik-industrial", "ORGANIZATION"}}) {
    INFO(id);
    REQUIRE(entity(more, id));
    CHECK(entity(more, id)->type == type);
  }
}

TEST_CASE("an all-caps text finds only gazetteer names and does not crash", "[events][entities][bad-input]") {
  const auto found = EventsFixture::get().extract("RUSSIA AND UKRAINE HELD TALKS IN GENEVA ON MONDAY.");
  CHECK(entity(found, "russia"));
  CHECK(entity(found, "ukraine"));
  CHECK_FALSE(entity(found, "held"));
}

TEST_CASE("a hyphen between capitalised words inside a name joins them", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Queen Beatrix-Maria met the engineers of Vantor-Kessel in Oslo. The Oslo-Bergen line reopened.");
  REQUIRE(entity(found, "beatrix-maria"));
  CHECK_FALSE(entity(found, "beatrix"));
  CHECK_FALSE(entity(found, "maria"));
  CHECK(entity(found, "vantor-kessel"));
}

TEST_CASE("'&' between capitalised words joins them into one firm, the subject of a singular title", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Harlow & Pike raised prices on Monday. Analysts at Marsh & Quill said the move was expected.");
  for (const char* id : {"harlow-pike", "marsh-quill"}) {
    INFO(id);
    REQUIRE(entity(found, id));
    CHECK(entity(found, id)->type == "ORGANIZATION");
  }
  CHECK_FALSE(entity(found, "harlow"));
  CHECK_FALSE(entity(found, "pike"));
  const auto g = graph_of_text("Harlow & Pike raised prices on Monday.", 2021_y / dec / 4);
  CHECK(event_with(g, "raised").title == "Harlow & Pike raises prices");
  // "and" still lists two: Harlow and Pike raised prices.
  const auto listed = EventsFixture::get().extract("Harlow and Pike raised prices on Monday.");
  CHECK_FALSE(entity(listed, "harlow-pike"));
  // a headline writes "&" for "and"
  const auto headline = EventsFixture::get().extract("Kessler & Marsh agree ceasefire\n\nThe talks ended on Monday.");
  CHECK_FALSE(entity(headline, "kessler-marsh"));
}

TEST_CASE("'and' between name words before an organisation word is inside one organisation's name", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "The Food and Drug Administration cleared the pill. The Fish and Wildlife Service objected. Norway and Iceland agreed.");
  for (const char* id : {"food-and-drug-administration", "fish-and-wildlife-service"}) {
    INFO(id);
    REQUIRE(entity(found, id));
    CHECK(entity(found, id)->type == "ORGANIZATION");
  }
  CHECK_FALSE(entity(found, "drug-administration"));
  CHECK_FALSE(entity(found, "norway-and-iceland"));
  // a firm before "and" and another firm's name after it are two
  const auto two = EventsFixture::get().extract("Vantorix and Halden Web Services signed a deal on Monday.");
  CHECK(entity(two, "vantorix"));
  CHECK_FALSE(entity(two, "vantorix-and-halden-web-services"));
  const auto g = graph_of_text("The Food and Drug Administration cleared the pill on Thursday.", 2026_y / jun / 12);
  CHECK(event_with(g, "cleared").title == "Food and Drug Administration clears pill");
}

TEST_CASE("a firm's first word is its short name, but an organisation word is not", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Brastel Semiconductor cut 900 jobs on Monday. Brastel said demand had fallen.");
  REQUIRE(entity(found, "brastel-semiconductor"));
  CHECK_FALSE(entity(found, "brastel"));
  const auto bank = EventsFixture::get().extract("The Bank of Tarvia raised rates. Bank shares fell.");
  CHECK(entity(bank, "bank-of-tarvia"));
}

TEST_CASE("a descriptor opening a sentence is no part of the name after it", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Chipmaker warns of weak demand\n\nChipmaker Brastel Semiconductor cut 900 jobs. Rival Orvex Inc hired 300.");
  CHECK_FALSE(entity(found, "chipmaker"));
  CHECK(entity(found, "brastel-semiconductor"));
  CHECK(entity(found, "orvex-inc"));
  CHECK_FALSE(entity(found, "chipmaker-brastel-semiconductor"));
  CHECK(entity(found, "brastel-semiconductor")->type == "ORGANIZATION");
}

TEST_CASE("a dateline's place is a location, written as a name", "[events][entities]") {
  const auto found = EventsFixture::get().extract("Port reopens\n\nPORT TALBOT, Oct 26 (Reuters) - Dockers went back to work on Thursday.");
  REQUIRE(entity(found, "port-talbot"));
  CHECK(entity(found, "port-talbot")->name == "Port Talbot");
  CHECK(entity(found, "port-talbot")->type == "LOCATION");
  CHECK(entity(found, "reuters")->type == "ORGANIZATION");
}

TEST_CASE("a dateline on a line of its own names a place that no institution stands for", "[events][entities]") {
  const sys_days dct = 2024_y / jun / 20;
  const auto [dateline, id] = GENERATE(table<std::string, std::string>({
      {"LONDON, Thursday 20 June 2024", "london"},
      {"NEW DELHI, 20 June 2024", "new-delhi"},
      {"BRUSSELS, June 20", "brussels"}}));
  CAPTURE(dateline);
  const auto g = graph_of_text("Drug approved\n\n" + dateline + "\n\nThe regulator approved the drug on Monday.", dct);
  const auto place = std::find_if(g.entities.begin(), g.entities.end(), [&](const auto& e) { return e.id == id; });
  REQUIRE(place != g.entities.end());
  CHECK(place->type == "LOCATION");
  CHECK_FALSE(has_actor(event_with(g, "approved"), id));
  // a place alone after the comma is a dateline too
  const auto beirut = EventsFixture::get().extract("BEIRUT, Lebanon\n\nAn explosion destroyed a warehouse on Monday.");
  REQUIRE(entity(beirut, "beirut"));
  CHECK(entity(beirut, "beirut")->type == "LOCATION");
  // a headline in capitals with a verb is no dateline
  const auto found = EventsFixture::get().extract("ORVEX, BRASTEL AGREE MERGER\n\nThe two firms agreed to merge.");
  for (const auto& e : found.entities) CHECK(e.type != "LOCATION");
}

TEST_CASE("the office after a title's 'of' is no part of the name", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Minister of Health Rosa Almeida resigned. Secretary of Energy Tomas Brandt Kjeld stayed.");
  REQUIRE(entity(found, "rosa-almeida"));
  CHECK(entity(found, "rosa-almeida")->type == "PERSON");
  CHECK_FALSE(entity(found, "health-rosa-almeida"));
  CHECK(entity(found, "tomas-brandt-kjeld"));
}

TEST_CASE("capitalised words after 'the' are no person", "[events][entities]") {
  const auto found = EventsFixture::get().extract("The ministers spoke of the Great Famine and the Silver Bridge.");
  REQUIRE(entity(found, "great-famine"));
  CHECK(entity(found, "great-famine")->type != "PERSON");
  REQUIRE(entity(found, "silver-bridge"));
  CHECK(entity(found, "silver-bridge")->type != "PERSON");
}

TEST_CASE("a capital after a quote that opens the sentence says nothing of a name", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "\"Farmers are paying for this,\" said Anna Kovacs. \u201cBilateral talks failed,\u201d she added. "
      "\"Kovacs is right,\" said Mark Orban.");
  CHECK_FALSE(entity(found, "farmers"));
  CHECK_FALSE(entity(found, "bilateral"));
  REQUIRE(entity(found, "anna-kovacs"));
  std::size_t kovacs = 0;  // a name after the quote still is one: "Kovacs" is Anna Kovacs
  for (const auto& m : found.entity_mentions) kovacs += m.text == "Kovacs";
  CHECK(kovacs == 1);
}

TEST_CASE("a surname two full names share stands for the one named first", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Marta Kowal, the sculptor, died on Monday. Her son, Piotr Kowal, confirmed the death. Kowal was born in Gdansk.");
  REQUIRE(entity(found, "marta-kowal"));
  CHECK(has_alias(*entity(found, "marta-kowal"), "Kowal"));
  CHECK_FALSE(entity(found, "kowal"));
}

TEST_CASE("'of' or 'for' after an organisation word joins the name, an organisation", "[events][entities]") {
  for (const auto& [text, id] : std::vector<std::pair<std::string, std::string>>{
           {"She worked at the Halvard Center for Marine Studies for a decade.", "halvard-center-for-marine-studies"},
           {"The Institute for Coastal Policy published the report.", "institute-for-coastal-policy"},
           {"The Ministry of Water Supply denied it.", "ministry-of-water-supply"}}) {
    INFO(text);
    const auto found = EventsFixture::get().extract(text);
    const auto* named = entity(found, id);
    REQUIRE(named);
    CHECK(named->type == "ORGANIZATION");
  }
}

TEST_CASE("an institution named by a common noun is an actor: the firm named nearby, or one of its own", "[events][entities]") {
  const sys_days dct = 2024_y / may / 15;
  // "the airline", "the company" stand for the firm named before, else the one named after
  const auto airline = graph_of_text("Kestrel Airways cancelled 40 flights on Monday. The airline blamed a strike by pilots.", dct);
  CHECK(has_actor(event_with(airline, "blamed"), "kestrel-airways"));
  const auto ahead = graph_of_text("The company will close the plant in May, Halbeck Group said on Tuesday.", dct);
  CHECK(has_actor(event_with(ahead, "close"), "halbeck-group"));
  // ... but not for an institution of its own named next
  const auto appeal = graph_of_text(
      "The railroad said it would appeal the ruling. The European Union said it would study the case.", dct);
  CHECK_FALSE(has_actor(event_with(appeal, "appeal"), "european-union"));
  const auto court = graph_of_text("The carrier will cut 300 jobs. The Supreme Court of Tarvia blocked a strike.", dct);
  CHECK_FALSE(has_actor(event_with(court, "cut"), "supreme-court-of-tarvia"));
  // ... nor for a body of members whose name holds the word ("Airline" in a pilots' union)
  const auto union_named = graph_of_text(
      "Corvane Air cancelled 40 flights. The Regional Airline Pilots' Association said talks broke down. The airline "
      "carries 18 million passengers a year.",
      dct);
  CHECK(has_actor(event_with(union_named, "carries"), "corvane-air"));
  CHECK_FALSE(has_actor(event_with(union_named, "carries"), "regional-airline-pilots-association"));
  // ... nor for one a later sentence names
  const auto later = graph_of_text("The regulator could announce a penalty. Okafor said the firm had notified the FBI.", dct);
  CHECK_FALSE(has_actor(event_with(later, "announce"), "fbi"));
  // "the agency" stands for a public body, "the company" for a firm, whichever was named last;
  // a modifier shared with a name picks that name
  const auto bodies = graph_of_text(
      "The Consumer Product Safety Authority opened an inquiry into Halbeck Group. The agency sued the company in "
      "March. The Fire Service counted 40 fires. The safety agency banned the boilers in April.",
      dct);
  CHECK(has_actor(event_with(bodies, "sued"), "halbeck-group"));  // the company sued
  CHECK(has_actor(event_with(bodies, "sued"), "consumer-product-safety-authority"));
  CHECK(has_actor(event_with(bodies, "banned"), "consumer-product-safety-authority"));
  // named further back than the sentence before, "the company" is the firm named most often
  // (the story's own), not the one named last in passing; named nearby, it is that last one
  const auto story = graph_of_text(
      "Orvena Group cut its forecast on Monday. Orvena shares fell 9 percent. An inquiry by the law firm Dane & Ruiz "
      "began in April. Regulators opened a probe on Tuesday. The chief executive resigned. He said the company would "
      "recover in May.",
      dct);
  CHECK(has_actor(event_with(story, "recover"), "orvena-group"));
  const auto nearby = graph_of_text(
      "Orvena Group cut its forecast on Monday. Orvena shares fell 9 percent. Rival Tamsin Foods raised its forecast. "
      "The company expects sales to grow in May.",
      dct);
  CHECK(has_actor(event_with(nearby, "expects"), "tamsin-foods"));
  // sentences that go on about "it" keep the firm named last in focus
  const auto focus = graph_of_text(
      "Orion Bank fined a trader on Monday. Orion shares were flat. Orion has 8,000 staff. Separately, Nova Bank said "
      "on Tuesday it would cut 300 jobs. It blamed weak demand. The company will close 20 branches in July.",
      dct);
  CHECK(has_actor(event_with(focus, "close"), "nova-bank"));
  // "the central bank" ... "the bank": one institution of its own, in lower case
  const auto bank = graph_of_text("The central bank raised rates on Wednesday. The bank cut its growth forecast.", dct);
  CHECK(has_actor(event_with(bank, "raised"), "central-bank"));
  CHECK(has_actor(event_with(bank, "cut"), "central-bank"));
  // ... unless an organisation named with that word is in the text
  const auto reserve = graph_of_text("The Reserve Bank of Tarvia raised rates. The bank cut its growth forecast.", dct);
  CHECK(has_actor(event_with(reserve, "cut"), "reserve-bank-of-tarvia"));
  // ... and the text has not used the word for another thing since naming it
  const auto unions = graph_of_text(
      "The European Union must approve the merger. \"We will fight it,\" said the head of the dockers' union at "
      "Varnholt. The union will meet managers next week.",
      dct);
  CHECK_FALSE(has_actor(event_with(unions, "meet"), "european-union"));
  // ... nor stands for a name that comes only after it
  const auto before = graph_of_text(
      "The union said it would strike on Monday. The European Union said it would send observers.", dct);
  CHECK_FALSE(has_actor(event_with(before, "strike"), "european-union"));
  const auto court_after = graph_of_text("The court fined the driver. The Supreme Court of Tarvia heard an appeal.", dct);
  CHECK_FALSE(has_actor(event_with(court_after, "fined"), "supreme-court-of-tarvia"));
  // a modifier shared with a name picks it only when the name holds the institution's word too
  const auto ministry = graph_of_text(
      "The World Health Organization praised the plan. The health ministry sent 40 nurses to the region.", dct);
  CHECK_FALSE(has_actor(event_with(ministry, "sent"), "world-health-organization"));
  const auto named = graph_of_text("The Health Ministry of Tarvia met doctors. The health ministry sent 40 nurses.", dct);
  CHECK(has_actor(event_with(named, "sent"), "health-ministry-of-tarvia"));
  CHECK(event_with(unions, "meet").title.rfind("Union meets managers", 0) == 0);
  // "police" needs no article; a word that modifies a noun, or follows "a" or a name, is none
  const auto police = graph_of_text("Police arrested two men on Sunday. The Biden administration condemned the attack.", dct);
  CHECK(has_actor(event_with(police, "arrested"), "police"));
  CHECK(event_with(police, "arrested").title == "Police arrest two men");
  // an institution of its own opening a sentence needs no article
  const auto parliament = graph_of_text("Parliament approved the budget on Monday.", dct);
  CHECK(has_actor(event_with(parliament, "approved"), "parliament"));
  const auto none = graph_of_text("A bank in Oslo was robbed. Police officers arrested a man.", dct);
  for (const auto& e : none.entities) {
    CHECK(e.id != "bank");
    CHECK(e.id != "police");
  }
  for (const auto& e : police.entities) CHECK(e.id != "administration");
}

TEST_CASE("a club's or a chamber's last or first word stands for its full name", "[events][entities]") {
  const auto clubs = EventsFixture::get().extract(
      "Harbour Rovers beat Eastfield United on Sunday. Rovers have won six games, and Eastfield sacked their coach.");
  for (const char* id : {"harbour-rovers", "eastfield-united"}) {
    INFO(id);
    const auto* club = entity(clubs, id);
    REQUIRE(club);
    CHECK(club->type == "ORGANIZATION");
  }
  CHECK_FALSE(entity(clubs, "rovers"));
  CHECK_FALSE(entity(clubs, "eastfield"));
  const auto chamber = EventsFixture::get().extract(
      "The bill now goes to the House of Representatives. The House will vote on it in June.");
  CHECK(entity(chamber, "house-of-representatives"));
  CHECK_FALSE(entity(chamber, "house"));
}

TEST_CASE("a name right after a firm's or a public body's word is an organisation", "[events][entities]") {
  for (const auto& [text, id] : std::vector<std::pair<std::string, std::string>>{
           {"A fine was imposed on the port operator Kessel Docks for the spill.", "kessel-docks"},
           {"The regulator Marlow Watch opened an inquiry.", "marlow-watch"},
           {"Shares in the chipmaker Tallis Ridge fell.", "tallis-ridge"}}) {
    INFO(text);
    const auto found = EventsFixture::get().extract(text);
    const auto* named = entity(found, id);
    REQUIRE(named);
    CHECK(named->type == "ORGANIZATION");
  }
}

TEST_CASE("a place's word or a preposition of place makes a name a place", "[events][entities]") {
  // (but not "into" or "off", which firms follow too)
  const auto firms = EventsFixture::get().extract("Regulators opened a probe into Corvane Dynamics. Apple bought the stake off Elliott Management.");
  for (const char* id : {"corvane-dynamics", "elliott-management"}) {
    INFO(id);
    REQUIRE(entity(firms, id));
    CHECK(entity(firms, id)->type != "LOCATION");
  }
  const auto found = EventsFixture::get().extract(
      "A boat capsized off Port Dunmore. Crews reached Fort Calloway and Orrin County. Troops fanned out across Velsk Oblast.");
  for (const char* id : {"port-dunmore", "fort-calloway", "orrin-county", "velsk-oblast"}) {
    INFO(id);
    REQUIRE(entity(found, id));
    CHECK(entity(found, id)->type == "LOCATION");
  }
}

TEST_CASE("a utility or a miner named before its name is a firm", "[events][entities]") {
  const auto found = EventsFixture::get().extract("The utility Granby Power said it would restore service. Miner Astel Copper cut jobs.");
  REQUIRE(entity(found, "granby-power"));
  CHECK(entity(found, "granby-power")->type == "ORGANIZATION");
  REQUIRE(entity(found, "astel-copper"));
  CHECK(entity(found, "astel-copper")->type == "ORGANIZATION");
}

TEST_CASE("a name in apposition to a firm's word is a firm, and its first words stand for it", "[events][entities]") {
  const sys_days dct = 2023_y / mar / 15;
  const auto g = graph_of_text(
      "The railroad, Northern Plains Freight, had scheduled the repair for April. Inspectors from the Federal Rail "
      "Board visited the site. Northern Plains said in a statement that it had replaced the rail and would review "
      "its inspection program.",
      dct);
  const auto firm = std::find_if(g.entities.begin(), g.entities.end(), [](const auto& e) { return e.id == "northern-plains-freight"; });
  REQUIRE(firm != g.entities.end());
  CHECK(firm->type == "ORGANIZATION");
  CHECK(std::none_of(g.entities.begin(), g.entities.end(), [](const auto& e) { return e.id == "northern-plains"; }));
  // "it" in what the firm said is the firm, and its "would" the future it announced
  const auto& review = event_with(g, "review");
  CHECK(has_actor(review, "northern-plains-freight"));
  CHECK(review.modality == chronograph::graph::Modality::Planned);
  CHECK(has_actor(event_with(g, "replaced"), "northern-plains-freight"));
  // a founder's name before a firm's word stays a person's: "Tariq Osei ... Tariq Osei Group"
  const auto founder = graph_of_text("Tariq Osei founded Tariq Osei Group in 2001. Tariq Osei said he would retire.", dct);
  CHECK(has_actor(event_with(founder, "retire"), "tariq-osei"));
  // a name opening the clause after a phrase that ends in a firm's word is no apposition
  const auto asked = graph_of_text("Asked about the company, Chen Wei declined to comment.", dct);
  CHECK(std::any_of(asked.entities.begin(), asked.entities.end(), [](const auto& e) { return e.id == "chen-wei" && e.type == "PERSON"; }));
  // a person's name opening a firm's name stays a person: "Anna Berg ... Anna Berg Consulting"
  const auto person = graph_of_text("Anna Berg founded the firm, Anna Berg Consulting, in 2010. Anna Berg said it had grown.", dct);
  CHECK(std::any_of(person.entities.begin(), person.entities.end(), [](const auto& e) { return e.id == "anna-berg" && e.type == "PERSON"; }));
}

TEST_CASE("a number word capitalised inside a name is one of its words", "[events][entities]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"The Formula One Grand Prix at Imola was cancelled on Wednesday.", "formula-one-grand-prix"},
      {"Reporters waited beside Air Force One at the airport on Monday.", "air-force-one"},
      {"The festival moved to the Channel Four studios in May.", "channel-four"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(entity(found, id));
}

TEST_CASE("a number in lower case or in figures joins no name", "[events][entities]") {
  const auto lower = EventsFixture::get().extract("The Royal Marines sent one team to the harbour on Monday.");
  CHECK(entity(lower, "royal-marines"));
  CHECK_FALSE(entity(lower, "royal-marines-one"));
  const auto figures = EventsFixture::get().extract("Officials said 40 Royal Marines landed on Monday.");
  CHECK_FALSE(entity(figures, "40-royal-marines"));
  const auto g = graph_of_text("The Formula One Grand Prix at Imola was cancelled on Wednesday.", 2023_y / may / 17);
  CHECK(event_with(g, "cancelled").title == "Formula One Grand Prix cancelled");
}

TEST_CASE("an adjective that dates or judges the name after it opens no name", "[events][entities]") {
  const std::string adjective = GENERATE(as<std::string>{}, "Former", "Outgoing", "Acting", "Disgraced", "Ousted");
  const std::string text = adjective + " Hartwell Bank chief convicted of fraud\n\nThe jury at Hartwell Crown Court deliberated for a day.";
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(entity(found, "hartwell-bank"));
  CHECK_FALSE(entity(found, chronograph::core::to_lower(adjective) + "-hartwell-bank"));
}

TEST_CASE("the pronoun subject of what a named speaker says is that speaker", "[events][entities]") {
  const auto [text, trigger, actor] = GENERATE(table<std::string, std::string, std::string>({
      {"Corvex said on Tuesday it would cut 300 jobs.", "cut", "corvex"},
      {"Rival Corvex said on Tuesday it would cut 300 jobs.", "cut", "corvex"},
      {"Anna Berg said on Monday she would resign in May.", "resign", "anna-berg"},
      {"Officials at Corvex said they would appeal the ruling.", "appeal", "corvex"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / feb / 14);
  CHECK(has_actor(event_with(g, trigger), actor));
  // "he" stands for no firm
  const auto firm = graph_of_text("Corvex said on Tuesday he would resign in May.", 2024_y / feb / 14);
  CHECK_FALSE(has_actor(event_with(firm, "resign"), "corvex"));
}

TEST_CASE("a firm's name without its legal form is the same firm", "[events][entities]") {
  const std::string form = GENERATE(as<std::string>{}, "Inc", "Corp.", "Ltd", "plc", "AG");
  const std::string text = "Lumen Systems cuts 1,200 jobs\n\nLumen Systems " + form +
                           " said on Tuesday it would cut 1,200 jobs. Lumen Systems shares fell 9%.";
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  std::size_t lumen = 0;
  for (const auto& e : found.entities) lumen += e.name.starts_with("Lumen Systems") ? 1 : 0;
  CHECK(lumen == 1);
  // a firm named after its founder keeps the founder apart ("Tariq Osei Group" ... "Tariq Osei")
  const auto founder = EventsFixture::get().extract("Tariq Osei Group bought the mill. Tariq Osei said on Monday he was pleased.");
  CHECK(entity(founder, "tariq-osei"));
  // so does one whose surname is also a common word, when a first name opens it
  const auto baker = EventsFixture::get().extract("John Baker Group bought the mill. John Baker said on Monday he was pleased.");
  CHECK(entity(baker, "john-baker"));
}

TEST_CASE("a festival or season of a calendar is no entity, nor a word before a date's capitals", "[events][entities]") {
  const std::string name = GENERATE(as<std::string>{}, "Ramadan", "Easter", "Lent", "Passover", "Diwali", "Hanukkah");
  const std::string text = "Mediators hope to reach a deal before the start of " + name + " next month.";
  CAPTURE(text);
  const auto g = chronograph::test::graph_of_text(text, 2024_y / feb / 12);
  for (const auto& e : g.entities) CHECK(e.name != name);
  // a name with another word is a name: "Advent International", "Easter Island"
  const auto firm = chronograph::test::graph_of_text("Advent International agreed to buy the firm on Monday.", 2024_y / feb / 12);
  CHECK(std::any_of(firm.entities.begin(), firm.entities.end(), [](const auto& e) { return e.name == "Advent International"; }));
  // a dateline's verb before the day is no name
  const auto dateline = chronograph::test::graph_of_text("Published Monday, 12 February 2024\n\nTalks resumed in Doha.", 2024_y / feb / 12);
  for (const auto& e : dateline.entities) CHECK(e.name != "Published");
}

TEST_CASE("a news agency credited for the story is never the firm or body a common noun stands for", "[events][entities]") {
  const sys_days dct = 2024_y / sep / 17;
  const auto [text, verb, agency] = GENERATE(table<std::string, std::string, std::string>({
      {"WASHINGTON (Reuters) - KettleCo is recalling 10,000 kettles. The company was founded in 2009.", "founded",
       "reuters"},
      {"Acme Corp is recalling 10,000 heaters, Reuters reported. The company said it would cooperate with regulators.",
       "cooperate", "reuters"},
      {"ROME (AP) - Engineers inspected the bridge on Monday. The agency will close it on Friday.", "close", "ap"},
      {"Acme will cut 300 jobs, two sources told Reuters. The company declined to comment.", "declined", "reuters"},
      {"Acme will cut 300 jobs, according to a Reuters tally. The company blamed weak demand.", "blamed", "reuters"},
      {"LIMA (AP) - A powerful earthquake struck southern Peru on Monday. The agency said it had not reached some villages.",
       "reached", "ap"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK_FALSE(has_actor(event_with(g, verb), agency));
  // a story about the agency itself keeps it
  const auto own = graph_of_text(
      "Thomson Reuters said on Tuesday its quarterly revenue rose 5%. The company also raised its full-year forecast.", dct);
  CHECK(has_actor(event_with(own, "raised"), "thomson-reuters"));
}

TEST_CASE("a body of members named with 'of' is no firm and a brand written with an inner capital is one", "[events][entities]") {
  const sys_days dct = 2024_y / sep / 17;
  const auto federation = graph_of_text(
      "Kettleco recalled its kettles. \"Too late,\" said Linda Park of the Consumer Federation of America. "
      "Kettleco shares fell after the company warned investors.",
      dct);
  CHECK_FALSE(has_actor(event_with(federation, "warned"), "consumer-federation-of-america"));
  for (const std::string brand : {"BrightHome", "PayPal", "JetBlue", "SunPower", "SanDisk", "TriNet"}) {
    CAPTURE(brand);
    const auto found = EventsFixture::get().extract(brand + " recalled 10,000 heaters on Monday.");
    REQUIRE(entity(found, to_slug(brand)));
    CHECK(entity(found, to_slug(brand))->type == "ORGANIZATION");
  }
  for (const std::string surname : {"McCarthy", "DeSantis", "MacArthur", "DelBene", "FitzGerald"}) {
    CAPTURE(surname);
    const auto found = EventsFixture::get().extract("Senator " + surname + " resigned on Monday.");
    REQUIRE(entity(found, to_slug(surname)));
    CHECK(entity(found, to_slug(surname))->type == "PERSON");
  }
}

TEST_CASE("an entity id keeps the Latin letters of a name as their ASCII base letters", "[events][entities]") {
  const auto found = EventsFixture::get().extract("Marija Kova\u010d beat Ivan Babi\u0107 on Sunday.");
  CHECK(entity(found, "marija-kovac"));
  CHECK(entity(found, "ivan-babic"));
}

namespace {

// The titles with their actors, then each entity's id, type and name, of a text, with every
// letter folded to ASCII.
std::vector<std::string> folded_reading(const std::string& text) {
  const auto found = EventsFixture::get().extract(text);
  std::vector<std::string> out;
  for (const auto& e : found.events) {
    std::string line = chronograph::fold_to_ascii(e.title) + " |";
    for (const auto& id : found.actor_ids(e)) line += " " + id;
    out.push_back(line);
  }
  for (const auto& e : found.entities) out.push_back(e.id + " " + e.type + " " + chronograph::fold_to_ascii(e.name));
  return out;
}

}  // namespace

TEST_CASE("a name with accents in any position reads as the same name written without them", "[events][entities]") {
  const auto [text, ascii] = GENERATE(table<std::string, std::string>({
      {"President \u00c9lise Garnier met Moreau on Friday.", "President Elise Garnier met Moreau on Friday."},
      {"\u00c9lise Garnier met Moreau on Friday. Garnier said she was pleased.",
       "Elise Garnier met Moreau on Friday. Garnier said she was pleased."},
      {"\u00d3scar N\u00fa\u00f1ez resigned on Monday. N\u00fa\u00f1ez said he would appeal.",
       "Oscar Nunez resigned on Monday. Nunez said he would appeal."},
      {"The talks in \u0141\u00f3d\u017a ended. \u017dofie Dvo\u0159\u00e1k and \u0218tefan Popescu signed the deal.",
       "The talks in Lodz ended. Zofie Dvorak and Stefan Popescu signed the deal."},
      {"Police arrested \u00d6mer \u00d6zt\u00fcrk in Ankara.", "Police arrested Omer Ozturk in Ankara."},
      {"\u00c7elik Holding bought the firm. \u00c7elik said it would grow.",
       "Celik Holding bought the firm. Celik said it would grow."},
  }));
  CAPTURE(text);
  const auto reading = folded_reading(text);
  CHECK(reading == folded_reading(ascii));
  CHECK_FALSE(reading.empty());
}

TEST_CASE("'I' or 'we' in a quote is the speaker the sentence names after it", "[events][entities]") {
  const sys_days dct = 2024_y / oct / 7;
  const auto [text, trigger, actor] = GENERATE(table<std::string, std::string, std::string>({
      {"\u201cI spoke to him this morning,\u201d said Sarah Whitfield.", "spoke", "sarah-whitfield"},
      {"\"We have been left with no choice,\" said Mick Dunmore, the union's general secretary.", "left", "mick-dunmore"},
      {"\"We will appeal the ruling,\" the union said on Monday.", "appeal", "union"},
      {"\"I will not resign,\" Kovacs told reporters.", "resign", "kovacs"},
      // a verb of saying right before the quote says whose it is, not a later one
      {"Smith said \"I did nothing wrong,\" but prosecutor Jane Doe said the evidence showed otherwise.", "did",
       "smith"},
      {"Tom Hale told the court: \"I never took the money.\"", "took", "tom-hale"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(has_actor(event_with(g, trigger), actor));
  // "I" outside a quote, or a quote with no named speaker, names no one
  const auto bare = graph_of_text("\"I will not resign,\" the statement said.", dct);
  CHECK(event_with(bare, "resign").actors.empty());
}

TEST_CASE("an office holder's title before a name is no part of it, one word or two", "[events][entities]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Councilwoman Denise Harlow won the mayoral race on Tuesday.", "denise-harlow"},
      {"The plan was backed by Councilman Ray Ortiz on Monday.", "ray-ortiz"},
      {"Engineer Milan Petrak said most of the buildings were old.", "milan-petrak"},
      {"County Clerk Martin Szabo said the recount would begin on Monday.", "martin-szabo"},
      {"Deputy Mayor Ana Ruiz opened the bridge.", "ana-ruiz"},
      {"Police Chief Tomas Varga resigned on Friday.", "tomas-varga"},
      {"The report was written by Superintendent Keith Orme.", "keith-orme"},
      {"Councillor Priya Shah voted against the plan.", "priya-shah"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* person = entity(found, id);
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  for (const auto& e : found.entities) CHECK_FALSE((e.id != id && e.id.ends_with(id)));  // none with the title in it
}

TEST_CASE("a title says whether the person it names is a woman or a man", "[events][entities]") {
  const auto woman = EventsFixture::get().extract("Councilwoman Ashby Quill voted on Monday.");
  REQUIRE(entity(woman, "ashby-quill"));
  CHECK(entity(woman, "ashby-quill")->gender == 'f');
  const auto man = EventsFixture::get().extract("Councilman Ashby Quill voted on Monday.");
  REQUIRE(entity(man, "ashby-quill"));
  CHECK(entity(man, "ashby-quill")->gender == 'm');
}

TEST_CASE("a title word before a name ending in an organisation word is a word of that name", "[events][entities]") {
  const auto found = EventsFixture::get().extract("The Tarvian General Assembly voted on Monday to lift the ban.");
  REQUIRE(entity(found, "tarvian-general-assembly"));
  CHECK(entity(found, "tarvian-general-assembly")->type == "ORGANIZATION");
  CHECK_FALSE(entity(found, "assembly"));
}

TEST_CASE("an acronym in brackets after a name, or spelling out an organisation's name, is that organisation", "[events][entities]") {
  const auto [text, id, acronym] = GENERATE(table<std::string, std::string, std::string>({
      {"The carmaker told the National Highway Traffic Safety Administration (NHTSA) on Monday. NHTSA opened an inquiry.",
       "national-highway-traffic-safety-administration", "NHTSA"},
      {"The firms will file with the Federal Trade Commission. The FTC may ask for more data.", "federal-trade-commission", "FTC"},
      {"The Securities and Exchange Commission fined the bank. The SEC said it had settled.",
       "securities-and-exchange-commission", "SEC"},
      {"Lawyers at the Department of Justice declined to comment. The DOJ later said it would appeal.",
       "department-of-justice", "DOJ"},
      // in brackets, a name whose initials it does not give
      {"The Coastal Rescue Directorate (CORD) sent two boats. CORD said the crew was safe.", "coastal-rescue-directorate", "CORD"},
      // before the name it spells out
      {"The FTC opened a probe on Monday. The Federal Trade Commission said it would report in May.",
       "federal-trade-commission", "FTC"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* named = entity(found, id);
  REQUIRE(named);
  CHECK(named->type == "ORGANIZATION");
  CHECK(has_alias(*named, acronym));
  CHECK_FALSE(entity(found, to_slug(acronym)));
}

TEST_CASE("an acronym that spells out no name stays a name of its own", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "The Federal Trade Commission met officials from XRT on Monday. LIMA (AP) said nothing.");
  CHECK(entity(found, "federal-trade-commission"));
  CHECK(entity(found, "xrt"));
  // a dateline's place before an agency's brackets is no name the agency spells out
  const auto dateline = EventsFixture::get().extract("Talks end\n\nNEW YORK (AP) - The Acme Products Group said it had agreed.");
  CHECK(entity(dateline, "new-york"));
  CHECK(entity(dateline, "ap"));
}

TEST_CASE("an event's title names an organisation by the acronym the article gives it", "[events][entities]") {
  const sys_days dct = 2024_y / mar / 12;
  const auto g = graph_of_text(
      "The carmaker told the National Highway Traffic Safety Administration (NHTSA) on Friday. NHTSA opened an "
      "investigation on Monday.",
      dct);
  const auto& opened = event_with(g, "opened");
  CHECK(opened.title == "NHTSA opens investigation");
  CHECK(has_actor(opened, "national-highway-traffic-safety-administration"));
  // one the gazetteer knows goes by its name
  const auto known = graph_of_text("The United Nations sent aid on Monday. The UN will send more food in May.", dct);
  CHECK(event_with(known, "send").title.rfind("United Nations sends", 0) == 0);
}

TEST_CASE("'and' inside a name that ends in an organisation's kind joins it even after a firm's word", "[events][entities]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"A filing with the Securities and Exchange Commission showed the fee.", "securities-and-exchange-commission"},
      {"The Energy and Commerce Committee will hear the case.", "energy-and-commerce-committee"},
      {"The Transport and Works Department closed the road.", "transport-and-works-department"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "ORGANIZATION");
  CHECK(found.entities.size() == 1);
  // a word that says a kind of its own lists two
  const auto clubs = EventsFixture::get().extract("Fans of Rovers and Eastfield United clashed on Sunday.");
  CHECK_FALSE(entity(clubs, "rovers-and-eastfield-united"));
  CHECK(entity(clubs, "eastfield-united"));
}

TEST_CASE("a headline in title case names only what the body names", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "Harlow Wins Mayoral Race by Narrow Margin; Recount Set for Monday\n\n"
      "Denise Harlow won the mayoral race. Harlow thanked her volunteers.");
  REQUIRE(entity(found, "denise-harlow"));
  for (const auto& e : found.entities) CHECK(e.id == "denise-harlow");
  // the headline's surname is a mention of her
  std::size_t mentions = 0;
  for (const auto& m : found.entity_mentions) mentions += m.entity == 0 ? 1 : 0;
  CHECK(mentions == 3);
}

TEST_CASE("a run of ordinary words in a heading is no name", "[events][entities]") {
  const auto [heading, body] = GENERATE(table<std::string, std::string>({
      {"Death Toll From Quake Rises to 312 as Search Winds Down", "The death toll rose to 312, officials said."},
      {"Port Workers Extend Strike as Talks Collapse; Union Sets Sunday Deadline",
       "Dockworkers stayed off the job after talks collapsed."},
      {"Former Treasurer Sentenced to 15 Years", "A former treasurer of a charity was sentenced."},
      {"BRIDGE CLOSED FOR REPAIRS", "The old bridge will close for three weeks."},
      {"ROYAL VISIT", "The royal couple visited a youth centre."},
      {"WEATHER", "Forecasters said the dry spell would continue."},
  }));
  const std::string text = heading + "\n" + body;
  CAPTURE(text);
  CHECK(EventsFixture::get().extract(text).entities.empty());
}

TEST_CASE("a heading keeps the names the body or the gazetteer knows, spelled as the body spells them", "[events][entities]") {
  const auto firms = EventsFixture::get().extract(
      "Calder Foods to Buy Northfield Brands for $14 Billion\n\nCalder Foods agreed to buy Northfield Brands.");
  CHECK(entity(firms, "calder-foods"));
  CHECK(entity(firms, "northfield-brands"));
  CHECK(firms.entities.size() == 2);
  CHECK(firms.entity_mentions.size() == 4);
  const auto capitals = EventsFixture::get().extract(
      "HAMMERSMITH BRIDGE TO CLOSE\nHammersmith Bridge will close for three weeks.");
  REQUIRE(entity(capitals, "hammersmith-bridge"));
  CHECK(capitals.entities.size() == 1);
  CHECK(capitals.entity_mentions.size() == 2);
  const auto known = EventsFixture::get().extract("Russia Rejects Ceasefire Plan\n\nThe plan was rejected on Monday.");
  CHECK(entity(known, "russia"));
  // the firm's acronym in a heading, spelled out in the body
  const auto acronym = EventsFixture::get().extract(
      "FTC SUES TO BLOCK MERGER\nThe Federal Trade Commission sued to block the merger.");
  REQUIRE(entity(acronym, "federal-trade-commission"));
  CHECK(acronym.entities.size() == 1);
}

TEST_CASE("a heading's capitals make no word of the body a name", "[events][entities]") {
  // "Mayoral" opening a body sentence is no name because the headline capitalises it mid-line
  const auto found = EventsFixture::get().extract("Harlow Wins Mayoral Race\n\nMayoral hopefuls debated the result.");
  CHECK_FALSE(entity(found, "mayoral"));
  CHECK(found.entities.empty());
}

TEST_CASE("a byline names no one in the story", "[events][entities]") {
  const std::string byline = GENERATE(as<std::string>{}, "By Julia Benton, Political Correspondent", "By Helen Marsh",
                                      "By TOM ASHWORTH and PRIYA NAIR, Associated Press", "BY Owen Gallagher, Sports Reporter");
  const std::string text =
      "Minister denies cladding warning\n\n" + byline + "\n\nA former minister told MPs on Monday that officials never warned him about the risk.";
  CAPTURE(text);
  const auto g = graph_of_text(text, 2022_y / nov / 14);
  for (const auto& e : g.entities) {
    CAPTURE(e.name);
    CHECK(e.type != "PERSON");
  }
  CHECK(event_with(g, "warned").actors.empty());
  // a sentence that opens with "By" is no byline
  const auto sentence = EventsFixture::get().extract("By Tuesday, Denise Harlow had won the race.");
  CHECK(entity(sentence, "denise-harlow"));
}

TEST_CASE("a definite description stands for the nearest organisation of its kind before it", "[events][entities]") {
  const sys_days dct = 2024_y / mar / 12;
  const auto [text, trigger, actor] = GENERATE(table<std::string, std::string, std::string>({
      {"The Department for Education said on Monday it had found the note. The ministry said it would hand the "
       "document to MPs by Friday.",
       "hand", "department-for-education"},
      {"The Department of Health said on Monday it had found the note. The ministry would publish it in May.",
       "publish", "department-of-health"},
      {"The Ministry of Health said on Monday it had found the note. The department would publish it in May.",
       "publish", "ministry-of-health"},
      // the nearest of two named with the word
      {"The Reserve Bank of Tarvia held rates on Monday. The Bank of Ostland raised them on Tuesday. The bank will "
       "raise them again in May.",
       "raise", "bank-of-ostland"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(has_actor(event_with(g, trigger), actor));
}

TEST_CASE("two institutions named by the same common noun with different modifiers are two", "[events][entities]") {
  const sys_days dct = 2024_y / mar / 12;
  const auto g = graph_of_text(
      "The bank's governing council left rates unchanged on Thursday. The council said it would review the decision "
      "on July 27.\n\nIn a separate item, the borough council said on Tuesday it hoped to reopen the bridge by 2027.",
      dct);
  CHECK(has_actor(event_with(g, "left"), "governing-council"));
  CHECK(has_actor(event_with(g, "review"), "governing-council"));
  CHECK(has_actor(event_with(g, "hoped"), "borough-council"));
  CHECK_FALSE(has_actor(event_with(g, "hoped"), "governing-council"));
  // without the owner's council named first: the bare "council" is still not the borough's
  const auto bare = graph_of_text(
      "The council would review the decision on July 27, the governor said. Separately, the borough council said on "
      "Tuesday it hoped to reopen the bridge by 2027. The council will close the road in June.",
      dct);
  const auto& review = event_with(bare, "review");
  const auto& hoped = event_with(bare, "hoped");
  REQUIRE(review.actors.size() == 1);
  REQUIRE(hoped.actors.size() == 1);
  CHECK(review.actors != hoped.actors);
  CHECK(has_actor(event_with(bare, "close"), hoped.actors.front()));
}

TEST_CASE("a name that ends in a building's or a work's word is a place, not a person", "[events][entities]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Hammersmith Bridge will close for three weeks.", "hammersmith-bridge"},
      {"Kensington Palace said the prince would return.", "kensington-palace"},
      {"Protesters gathered outside Millbrook City Hall.", "millbrook-city-hall"},
      {"Engineers inspected the Orlan Dam.", "orlan-dam"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "LOCATION");
}

TEST_CASE("a name joined by a hyphen opening a sentence is one entity, a prefix before a hyphen is none", "[events][entities]") {
  auto [text, id, not_id] = GENERATE(table<std::string, std::string, std::string>({
      {"Rolls-Royce cut 300 jobs on Monday.", "rolls-royce", "royce"},
      {"Hewlett-Packard raised its forecast in March.", "hewlett-packard", "packard"},
      {"Mercedes-Benz recalled 4,000 cars on Friday.", "mercedes-benz", "benz"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* name = entity(found, id);
  REQUIRE(name);
  CHECK(name->type != "PERSON");  // (one word, not a first name and a surname)
  CHECK_FALSE(entity(found, not_id));
}

TEST_CASE("a prefix joined by a hyphen to a name opening a sentence is no word of the name entity", "[events][entities]") {
  for (const std::string text : {"Pro-Russian forces shelled the town.", "Anti-Government protests spread across the city.",
                                 "Post-Soviet states joined the talks.", "Non-EU workers need a visa."}) {
    CAPTURE(text);
    const auto found = EventsFixture::get().extract(text);
    for (const auto& e : found.entities) {
      CAPTURE(e.name);
      CHECK(e.name.find('-') == std::string::npos);
    }
  }
}

TEST_CASE("an organisation named with 'of' is one entity, and its first word alone stands for it", "[events][entities][alias]") {
  auto [text, id, short_form] = GENERATE(table<std::string, std::string, std::string>({
      {"The Chamber of Commerce said exports fell. The Chamber also cut its forecast.", "chamber-of-commerce", "Chamber"},
      {"The Bank of England raised rates. The Bank said inflation was too high.", "bank-of-england", "Bank"},
      {"The Department of Justice opened an inquiry. The Department declined to comment.", "department-of-justice",
       "Department"},
      {"The Tribunal of Arbitration ruled against the firm. The Tribunal gave no reasons.", "tribunal-of-arbitration",
       "Tribunal"},
      {"The Academy of Sciences elected six members. The Academy met again.", "academy-of-sciences", "Academy"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* organisation = entity(found, id);
  REQUIRE(organisation);
  CHECK(organisation->type == "ORGANIZATION");
  CHECK(found.entities.size() == 1);
  CHECK(std::count_if(found.entity_mentions.begin(), found.entity_mentions.end(),
                      [&](const auto& m) { return m.text == short_form; }) == 1);
}

TEST_CASE("an organisation named with 'of' and with its words the other way round is one entity by alias", "[events][entities][alias]") {
  auto [text, id, alias] = GENERATE(table<std::string, std::string, std::string>({
      {"The Department of Justice opened an inquiry. The Justice Department said it would report.", "department-of-justice",
       "Justice Department"},
      {"The Defence Ministry denied the report. The Ministry of Defence later confirmed it.", "defence-ministry",
       "Ministry of Defence"},
      {"The Department of Homeland Security issued a warning. The Homeland Security Department said more.",
       "department-of-homeland-security", "Homeland Security Department"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* organisation = entity(found, id);
  REQUIRE(organisation);
  CHECK(has_alias(*organisation, alias));
  CHECK(found.entities.size() == 1);
}

TEST_CASE("a grade, a step or a part with its number is no entity, though after 'to'", "[events][entities]") {
  for (const std::string text : {"The storm strengthened to Category 4 before landfall.",
                                 "Officials raised the alert to Level 3 on Friday.", "The trial entered Phase 2 in May.",
                                 "She was diagnosed with Stage 4 cancer.", "Allies invoked Article 5 on Tuesday.",
                                 "The hurricane weakened to Category 2 overnight.", "The club moved up to Tier 1 in 2024.",
                                 "The rule is set out in Section 12 of the act.", "The vaccine entered Phase Three trials."}) {
    CAPTURE(text);
    const auto found = EventsFixture::get().extract(text);
    for (const auto& m : found.entity_mentions) {  // (the fixture finds no times: "Friday" may be one)
      CAPTURE(m.text);
      for (const std::string label : {"Category", "Level", "Phase", "Stage", "Article", "Tier", "Section"})
        CHECK_FALSE(m.text.starts_with(label));
    }
  }
}

TEST_CASE("a road or a terminal named with a number is one place entity", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Traffic stopped on Route 66 on Monday.", "route-66"},
      {"A truck overturned on Interstate 95 near the bridge.", "interstate-95"},
      {"Flights from Terminal 5 were cancelled on Friday.", "terminal-5"},
      {"The crash closed Highway 1 for six hours.", "highway-1"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* place = entity(found, id);
  REQUIRE(place);
  CHECK(place->type == "LOCATION");
}

TEST_CASE("'and' in the field an organisation's 'of' or 'for' names is inside its name", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"The Centers for Disease Control and Prevention sent a team to Lubbock in mid-February.",
       "centers-for-disease-control-and-prevention"},
      {"The Department of Health and Human Services issued new rules on Monday.", "department-of-health-and-human-services"},
      {"The Ministry of Housing and Urban Development approved the plan.", "ministry-of-housing-and-urban-development"},
      {"The Ministry of Health and Social Care published figures.", "ministry-of-health-and-social-care"},
      {"The Department of Energy and Climate Change published figures.", "department-of-energy-and-climate-change"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "ORGANIZATION");
  CHECK(found.entities.size() <= 2);  // the organisation and at most a place
}

TEST_CASE("after 'the', a place's word and 'and' inside a body's name are one organisation", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"The Florida Fish and Wildlife Conservation Commission rescued 300 people on Thursday.",
       "florida-fish-and-wildlife-conservation-commission"},
      {"The Texas Parks and Wildlife Department closed the lake.", "texas-parks-and-wildlife-department"},
      {"On Monday the Oregon Fish and Game Commission banned the hunt.", "oregon-fish-and-game-commission"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "ORGANIZATION");
}

TEST_CASE("'and' between two names, or between a body and a firm, still lists two", "[events][entities]") {
  auto [text, first, second] = GENERATE(table<std::string, std::string, std::string>({
      {"Iran and Europe agreed to hold talks.", "iran", "europe"},
      {"Keller and Brandt met on Monday.", "keller", "brandt"},
      {"The Bank of England and Barclays cut rates on Thursday.", "bank-of-england", "barclays"},
      {"The Ministry of Defence and Lockheed Martin signed a contract.", "ministry-of-defence", "lockheed-martin"},
      {"The Goldman Sachs and Deutsche Bank merger collapsed.", "goldman-sachs", "deutsche-bank"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(entity(found, first));
  CHECK(entity(found, second));
}

TEST_CASE("a name ending in a known place is a part of that place", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Germany play Slovakia on Thursday and Northern Ireland on Sunday, before Arsenal host Nottingham Forest on "
       "September 13.",
       "northern-ireland"},
      {"Western Australia declared an emergency on Monday.", "western-australia"},
      {"Central Asia faces a drought this summer.", "central-asia"},
      {"Officials said Northern Ireland would vote.", "northern-ireland"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "LOCATION");
  // (only after a word of the compass: a firm or a club named for a place is none)
  const auto named = EventsFixture::get().extract("Air France cancelled flights on Tuesday. Real Madrid beat Porto on Wednesday.");
  for (const std::string firm : {"air-france", "real-madrid"})
    if (const auto* e = entity(named, firm)) CHECK(e->type != "LOCATION");
}

TEST_CASE("a name opening with an acronym is an organisation", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Kessler moved to PSV Eindhoven in July.", "psv-eindhoven"},
      {"The striker joined BVB Dortmund on Monday.", "bvb-dortmund"},
      {"Patients waited longer, NHS England said.", "nhs-england"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "ORGANIZATION");
  // a place's word still makes a place, and a known first name a person
  const auto county = EventsFixture::get().extract("Fires spread across LA County on Monday.");
  REQUIRE(entity(county, "la-county"));
  CHECK(entity(county, "la-county")->type == "LOCATION");
  const auto person = EventsFixture::get().extract("Maria Jordan resigned on Monday.");
  REQUIRE(entity(person, "maria-jordan"));
  CHECK(entity(person, "maria-jordan")->type == "PERSON");
  // (two capitals are as often a person's initials)
  const auto initials = EventsFixture::get().extract("JD Vance spoke in Ohio on Tuesday.");
  REQUIRE(entity(initials, "jd-vance"));
  CHECK(entity(initials, "jd-vance")->type != "ORGANIZATION");
}

TEST_CASE("a storm's word before a name makes it a named event, no person", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Hurricane Delia slammed the Gulf coast on Thursday.", "hurricane-delia"},
      {"Storm Ciaran battered Cornwall on Wednesday.", "storm-ciaran"},
      {"Typhoon Haiyan killed thousands in 2013.", "typhoon-haiyan"},
      {"Tropical Storm Alberto weakened on Monday.", "tropical-storm-alberto"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "MISC");
  // a person whose surname is a storm's word stays a person
  const auto person = EventsFixture::get().extract("Mary Storm resigned on Monday.");
  REQUIRE(entity(person, "mary-storm"));
  CHECK(entity(person, "mary-storm")->type == "PERSON");
}

TEST_CASE("a one-word name that does what only a person does is a person", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Okafor resigned in November.", "okafor"},
      {"Varga testified on Monday.", "varga"},
      {"Lindqvist testified for three hours.", "lindqvist"},
      {"Brannock resigned in 2019.", "brannock"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "PERSON");
}

TEST_CASE("a one-word name that does what a firm does too is no person by that", "[events][entities]") {
  for (const char* text : {"Stratalink said profits rose.", "Kellworth recalled 2,000 cars."}) {
    INFO(text);
    const auto found = EventsFixture::get().extract(text);
    REQUIRE(!found.entities.empty());
    CHECK(found.entities.front().type != "PERSON");
  }
}

TEST_CASE("a time zone after a clock time is no entity", "[events][entities]") {
  auto [text, zone] = GENERATE(table<std::string, std::string>({
      {"Stratalink will also hold a call with customers on Monday at 16:00 UTC.", "utc"},
      {"The company will hold a call on Tuesday at 14:00 GMT.", "gmt"},
      {"Voting ends on Monday at 9 a.m. ET.", "et"},
      {"The window opens on Friday at 08:00 CET.", "cet"},
      {"The sale ends on Sunday at 23:59 PST.", "pst"},
  }));
  CAPTURE(text);
  CHECK_FALSE(entity(EventsFixture::get().extract(text), zone));
  // an organisation's acronym is still one
  CHECK(entity(EventsFixture::get().extract("The BBC said the match starts at 15:00 GMT."), "bbc"));
}

TEST_CASE("a place by its own words is no organisation's short name", "[events][entities]") {
  auto [text, firm, alias] = GENERATE(table<std::string, std::string, std::string>({
      {"Hurricane Delia slammed the Gulf coast on Thursday. Gulf Power said it would take a week to restore electricity.",
       "gulf-power", "Gulf"},
      {"OSLO (Wire) - Margarethe Solberg, whose buildings transformed Oslo's harbor front, has died. In the 1990s she "
       "taught at the Oslo School of Architecture.",
       "oslo-school-of-architecture", "OSLO"},
      {"BOSTON (Wire) - Boston Dynamics unveiled a new robot on Monday.", "boston-dynamics", "BOSTON"},
      {"Lake Holdings reported a profit. Fishing on the Lake stopped in May.", "lake-holdings", "Lake"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, firm));
  CHECK_FALSE(has_alias(*entity(found, firm), alias));
}

TEST_CASE("a firm's first word is still its short name after a place preposition", "[events][entities]") {
  const auto found = EventsFixture::get().extract("Meridian Mutual said it would cut jobs. Shares in Meridian fell.");
  REQUIRE(entity(found, "meridian-mutual"));
  CHECK(has_alias(*entity(found, "meridian-mutual"), "Meridian"));
}

TEST_CASE("on the graph, a place stays a place and no organisation's alias", "[events][entities]") {
  const auto entity_in = [](const auto& g, const std::string& id) {
    const auto it = std::find_if(g.entities.begin(), g.entities.end(), [&](const auto& e) { return e.id == id; });
    return it == g.entities.end() ? nullptr : &*it;
  };
  auto [text, firm, place] = GENERATE(table<std::string, std::string, std::string>({
      {"Hurricane Delia slammed the Gulf coast on Thursday. Gulf Power said it would take a week to restore electricity.",
       "gulf-power", "gulf"},
      {"OSLO (Wire) - Margarethe Solberg has died. In the 1990s she taught at the Oslo School of Architecture.",
       "oslo-school-of-architecture", "oslo"},
      {"BOSTON (Wire) - Boston Dynamics unveiled a new robot on Monday.", "boston-dynamics", "boston"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / oct / 10);
  REQUIRE(entity_in(g, firm));
  REQUIRE(entity_in(g, place));
  CHECK(entity_in(g, place)->type == "LOCATION");
  CHECK(entity_in(g, firm)->aliases.empty());
}

// The entity of the mention whose text is `text` (the first such), or null.
static const EntityInfo* entity_of_mention(const DocumentEvents& found, const std::string& text) {
  for (const auto& m : found.entity_mentions)
    if (m.text == text) return &found.entities[static_cast<std::size_t>(m.entity)];
  return nullptr;
}

TEST_CASE("a town's name is no short name of the university or council named after it", "[events][entities][alias]") {
  auto [text, body, town] = GENERATE(table<std::string, std::string, std::string>({
      {"Floods hit Leeds in 2000. The water company did not act. Historians at Leeds University are writing a book.",
       "leeds-university", "Leeds"},
      {"Storms battered Durwick last winter. Researchers at Durwick College studied the damage.", "durwick-college",
       "Durwick"},
      {"The river flooded Harlow on Monday. Harlow Borough Council opened a shelter.", "harlow-borough-council", "Harlow"},
      {"Protests spread in Tarnby on Friday. Students at Tarnby University joined them.", "tarnby-university", "Tarnby"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, body));
  CHECK_FALSE(has_alias(*entity(found, body), town));
  REQUIRE(entity_of_mention(found, town));
  CHECK(entity_of_mention(found, town)->name == town);
}

TEST_CASE("'the company' stands for no university or club the text names", "[events][entities]") {
  auto [text, phrase] = GENERATE(table<std::string, std::string>({
      {"Historians at Leeds University are writing a book. The water company did not act.", "water company"},
      {"Fans of Harlow Rowing Club cleared the banks. The company has not commented.", "company"},
      {"Scientists at Durwick College warned of floods. The power company ignored them.", "power company"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const EntityInfo* company = entity_of_mention(found, phrase);
  REQUIRE(company);
  CHECK(company->common);
}

TEST_CASE("a name with a place's last word, or after 'residents of', is a place, no person", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Residents of Maple Grove returned home on Monday.", "maple-grove"},
      {"Firefighters saved Oak Hollow overnight.", "oak-hollow"},
      {"The fire reached Pine Flat on Tuesday.", "pine-flat"},
      {"Crews cleared Sunset Mesa before dawn.", "sunset-mesa"},
      {"The mayor of Kettle Rock thanked the volunteers.", "kettle-rock"},
      {"Villagers of Ashby Dell were evacuated.", "ashby-dell"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "LOCATION");
}

TEST_CASE("a field's noun before a country's name names a public body", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Health Canada issued a separate notice.", "health-canada"},
      {"Transport Canada grounded the aircraft on Friday.", "transport-canada"},
      {"Statistics Norway published the figures on Monday.", "statistics-norway"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "ORGANIZATION");
  CHECK(entity(found, id)->aliases.empty());
}

TEST_CASE("a name set off after 'his club' or 'her club' is an organisation", "[events][entities]") {
  auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Mbeki will return to his club, Olympique Vence, for treatment.", "olympique-vence"},
      {"Okafor rejoined her club, Sporting Varda, in May.", "sporting-varda"},
      {"The players flew back to their club, Dynamo Restov, on Sunday.", "dynamo-restov"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "ORGANIZATION");
}

TEST_CASE("a gerund opening a sentence is no word of the name after it", "[events][entities]") {
  auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Losing Thabo is a huge blow, the coach said.", "Thabo"},
      {"Signing Marta Vidal was the club's best move.", "Marta Vidal"},
      {"Keeping Okafor fit is the priority, the manager said.", "Okafor"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity_of_mention(found, name));
  CHECK(entity_of_mention(found, name)->name == name);
}

TEST_CASE("a capital city is a place of its own unless it speaks or decides for its country", "[events][entities]") {
  auto [text, id, type] = GENERATE(table<std::string, std::string, std::string>({
      {"The mayor of Rabat opened the stadium on Monday.", "rabat", "LOCATION"},
      {"Protesters marched in Paris on Monday.", "paris", "LOCATION"},
      {"The summit will be held in Washington next month.", "washington", "LOCATION"},
      {"Heavy rain flooded Nairobi overnight.", "nairobi", "LOCATION"},
      {"Washington said it would impose new tariffs.", "united-states", "LOCATION"},
      {"Paris and Berlin agreed on a plan to cut emissions.", "germany", "LOCATION"},
      {"Moscow warned that it would respond.", "russia", "LOCATION"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == type);
  if (id == "rabat") CHECK_FALSE(entity(found, "morocco"));
  if (id == "paris") CHECK_FALSE(entity(found, "france"));
  if (id == "washington") CHECK_FALSE(entity(found, "united-states"));
  if (id == "germany") CHECK(entity(found, "france"));
}

TEST_CASE("a number after a name is a word of it, and numbered names are different entities", "[events][entities]") {
  auto [text, first, second] = GENERATE(table<std::string, std::string, std::string>({
      {"Apollo 11 landed in 1969. Apollo 13 was aborted in 1970.", "apollo-11", "apollo-13"},
      {"Selene-2 will land on March 10. Selene-1 tipped over last year.", "selene-2", "selene-1"},
      {"Voyager 1 left the solar system in 2012. Voyager 2 followed in 2018.", "voyager-1", "voyager-2"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(entity(found, first));
  CHECK(entity(found, second));
  // ("told Reuters 40 people": a number that counts the noun after it is no part of the name)
  const auto counted = EventsFixture::get().extract("Officials told Reuters 40 people were missing.");
  CHECK(entity(counted, "reuters"));
  for (const std::string text : {"A doctor told Reuters 40 of the passengers had died.",
                                 "An official told AFP 17 of the miners were rescued.",
                                 "The nurse told Reuters 12 the wards were full."}) {
    INFO(text);
    const auto told = EventsFixture::get().extract(text);
    CHECK((entity(told, "reuters") || entity(told, "afp")));
  }
  // ("Arsenal 2 Chelsea 1": a score, not one name)
  const auto score = EventsFixture::get().extract("Arsenal 2 Chelsea 1 was the final score.");
  CHECK_FALSE(entity(score, "arsenal-2-chelsea-1"));
}

TEST_CASE("a plural after an organisation's 'of' is its short name", "[events][entities][alias]") {
  auto [text, id, alias] = GENERATE(table<std::string, std::string, std::string>({
      {"If the House of Commons approves the bill, it will go to the House of Lords. The Commons vote is on Oct. 7, and "
       "the Lords will debate it in November.",
       "house-of-commons", "Commons"},
      {"If the House of Commons approves the bill, it will go to the House of Lords. The Lords will debate it in November.",
       "house-of-lords", "Lords"},
      {"The Chamber of Deputies passed the law on Monday. The Deputies then adjourned.", "chamber-of-deputies", "Deputies"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(has_alias(*entity(found, id), alias));
  CHECK_FALSE(entity(found, to_slug(alias)));
  // (a place's name after "of" is the place: "the Reserve Bank of Avalon ... Avalon")
  const auto bank = EventsFixture::get().extract("The Reserve Bank of Avalon raised rates. Avalon's economy slowed.");
  REQUIRE(entity(bank, "reserve-bank-of-avalon"));
  CHECK_FALSE(has_alias(*entity(bank, "reserve-bank-of-avalon"), "Avalon"));
}

TEST_CASE("a dateline's credit in brackets that is no news agency is no entity", "[events][entities]") {
  const auto [text, credit, place] = GENERATE(table<std::string, std::string, std::string>({
      {"SYDNEY, Aug 14, 2025 (Wire) - The Northern Front seized the provincial capital in September 2023.", "wire", "sydney"},
      {"CAIRO, January 22 (Staff) - Mediators were racing on Wednesday to extend the truce.", "staff", "cairo"},
      {"OSLO (Newswire) - The ferry operator halted all crossings on Monday.", "newswire", "oslo"}}));
  CAPTURE(text);
  const sys_days dct = 2025_y / aug / 20;
  const auto has_entity = [](const auto& graph, const std::string& id) {
    return std::any_of(graph.entities.begin(), graph.entities.end(), [&](const auto& e) { return e.id == id; });
  };
  const auto g = graph_of_text(text, dct);
  CHECK_FALSE(has_entity(g, credit));
  CHECK(has_entity(g, place));
  // a listed agency stays an organisation, and a name in brackets outside a dateline stays a name
  CHECK(has_entity(graph_of_text("LIMA, Aug 14 (AFP) - The ferry operator halted all crossings on Monday.", dct), "afp"));
  CHECK(has_entity(graph_of_text("Engineers from the builder (Orvex) inspected the bridge on Monday.", dct), "orvex"));
}

TEST_CASE("two capitalised words after 'a' or 'an' with no first name name a thing, no person", "[events][entities]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"In 1998 she was nominated for an Academy Award.", "academy-award"},
      {"He won a Nobel Prize in 2001.", "nobel-prize"},
      {"The film received a Golden Globe last year.", "golden-globe"}}));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  REQUIRE(entity(found, id));
  CHECK(entity(found, id)->type == "MISC");
  // a first name still makes a person, article or not; two words with none, a person
  CHECK(entity(EventsFixture::get().extract("He met a Jane Mercer in 2019."), "jane-mercer")->type == "PERSON");
  CHECK(entity(EventsFixture::get().extract("Officials said Kowalski Brandt resigned."), "kowalski-brandt")->type == "PERSON");
}

TEST_CASE("an infrastructure firm is an organisation and a city's main station a place", "[events][entities]") {
  const auto found = EventsFixture::get().extract(
      "A new consortium led by Orion Infrastructure took over in early 2020. The first train left Northgate Central at "
      "6:02 a.m. Glasgow Central reopened on Monday.");
  REQUIRE(entity(found, "orion-infrastructure"));
  CHECK(entity(found, "orion-infrastructure")->type == "ORGANIZATION");
  REQUIRE(entity(found, "northgate-central"));
  CHECK(entity(found, "northgate-central")->type == "LOCATION");
  REQUIRE(entity(found, "glasgow-central"));
  CHECK(entity(found, "glasgow-central")->type == "LOCATION");
}

TEST_CASE("capitals written onto a dollar sign say whose dollar it is, no entity", "[events][entities]") {
  const auto [text, prefix] = GENERATE(table<std::string, std::string>({
      {"Net profit for the 12 months to June 30 fell 38 percent to A$412 million.", "a"},
      {"Revenue rose to HK$3.1 billion last year.", "hk"},
      {"The club paid NZ$50 million for the ground.", "nz"}}));
  CAPTURE(text);
  CHECK_FALSE(entity(EventsFixture::get().extract(text), prefix));
  // a name before a dollar sign with a space between stays a name
  CHECK(entity(EventsFixture::get().extract("Orvex paid $50 million for the ground."), "orvex"));
}

TEST_CASE("a name that is the text's last word, alone on its line, ends the scan safely", "[events][entities]") {
  // A letter's sign-off: the word after the last token was read as a possible hyphen.
  for (const std::string text : {"My family and I appreciate it.\nSteve", "My wife and I thank you.\nTom",
                                 "We will be back soon.\nMaria", "Lisbon"}) {
    const auto found = EventsFixture::get().extract(text);
    CHECK(found.entities.size() <= 3);
  }
  // A hyphenated name at the text's end still joins.
  CHECK(entity(EventsFixture::get().extract("The order went to Rolls-Royce"), "rolls-royce"));
}
