// Entities, actors and titles of round 59: the tester's entity findings on round 58's articles
// (/tmp/t58), each tested on sentences written for it and with a case that must stay.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("t58 issues 11 and 12: a name set beside a person's noun or an age is a person, however its last word is tagged",
          "[events][entities][ent59]") {
  const auto role = EventsFixture::get().extract("Kirsa Morales, a librarian from Tulsa, said she had waited six hours.");
  CHECK(type_of(role, "Kirsa Morales") == "PERSON");
  const auto age = EventsFixture::get().extract("Lidia Morales, 41, said the queue never moved.");
  CHECK(type_of(age, "Lidia Morales") == "PERSON");
  // must not: a firm's word beside a name ending in a plural keeps it a firm
  const auto firm = EventsFixture::get().extract("Harbin Tankers, a shipping firm, said it had sold two vessels.");
  CHECK(type_of(firm, "Harbin Tankers") == "ORGANIZATION");
}

TEST_CASE("t58 issue 11: the company is the firm, never a traveller quoted before", "[events][actors][ent59]") {
  const auto g = graph_of_text(
      "Brightwing Air cancelled 80 flights on Sunday. Kirsa Morales, a librarian from Tulsa, said she had slept at the "
      "gate. The company will publish a report on the delays by Friday.",
      2025_y / jun / 10);
  CHECK(has_actor(event_with(g, "publish"), "brightwing-air"));
  CHECK_FALSE(has_actor(event_with(g, "publish"), "kirsa-morales"));
  // a person's name is never a plural in a title: "Morales sleeps", not "Morales sleep"
  CHECK(event_with(g, "slept").title.find("Morales sleeps") != std::string::npos);
}

TEST_CASE("t58 issue 17: a firm's one-word name is its full name less the words saying it is a firm",
          "[events][entities][ent59]") {
  const auto g = graph_of_text(
      "NovaJet Airlines grounded 200 flights on Monday. Shares of NovaJet fell 6 percent on Tuesday.", 2025_y / jun / 10);
  CHECK(has_actor(event_with(g, "grounded"), "novajet-airlines"));
  CHECK(has_actor(event_with(g, "fell"), "novajet-airlines"));
  // must not: a firm's name with a word of its own after the shared one stays another firm
  const auto other = graph_of_text(
      "NovaJet Pharma recalled a drug on Monday. NovaJet Airlines grounded 200 flights on Tuesday.", 2025_y / jun / 10);
  CHECK_FALSE(has_actor(event_with(other, "grounded"), "novajet-pharma"));
}

TEST_CASE("t58 issue 32: an adjective opening a sentence is no name, and the agency is the body named before",
          "[events][entities][actors][ent59]") {
  const auto g = graph_of_text(
      "The Centre for Seismic Studies recorded the first tremor at dawn. Phreatic blasts shook the crater rim. The "
      "agency raised the alert to Level III at noon.",
      2025_y / jun / 10);
  const auto found = EventsFixture::get().extract(
      "The Centre for Seismic Studies recorded the first tremor at dawn. Phreatic blasts shook the crater rim. The "
      "agency raised the alert to Level III at noon.");
  CHECK(type_of(found, "Phreatic") == "none");
  CHECK(type_of(found, "Level III") == "none");
  CHECK(has_actor(event_with(g, "raised"), "centre-for-seismic-studies"));
  // must not: a name opening a sentence that the text also names inside one stays a name
  const auto named = EventsFixture::get().extract("Ecotronic cut 200 jobs on Monday. Shares in Ecotronic fell.");
  CHECK(type_of(named, "Ecotronic") != "none");
  // must not: a surname with an adjective's ending before its verb stays a name
  const auto surnames = EventsFixture::get().extract("Jokic scored 31 points on Tuesday. Vucic said the talks would resume.");
  CHECK(type_of(surnames, "Jokic") != "none");
  CHECK(type_of(surnames, "Vucic") != "none");
}

TEST_CASE("t58 issue 68: where a journey goes is no actor, and a brand's partner is a firm too", "[events][actors][ent59]") {
  const auto g = graph_of_text("AirAsia and Lintang Nusantara cancelled all flights to Semarang on Monday.", 2025_y / jun / 10);
  const auto& cancelled = event_with(g, "cancelled");
  CHECK(has_actor(cancelled, "airasia"));
  CHECK(has_actor(cancelled, "lintang-nusantara"));
  CHECK_FALSE(has_actor(cancelled, "semarang"));
  const auto found = EventsFixture::get().extract("AirAsia and Lintang Nusantara cancelled all flights to Semarang on Monday.");
  CHECK(type_of(found, "Lintang Nusantara") == "ORGANIZATION");
  // must not: a recipient of what is sent takes part
  const auto sent = graph_of_text("Norway sent tents to Semarang on Monday.", 2025_y / jun / 10);
  CHECK(has_actor(event_with(sent, "sent"), "semarang"));
}

TEST_CASE("t58 issue 68: analysts at a firm give its forecast, the firm is the actor", "[events][actors][ent59]") {
  const auto g = graph_of_text("Analysts at Brenmoor Securities estimated the strike would cost Halvard Air $40 million.",
                               2025_y / jun / 10);
  CHECK(has_actor(event_with(g, "estimated"), "brenmoor-securities"));
  // must not: lecturers at a university act for themselves
  const auto strike = graph_of_text("Lecturers at the University of Northbridge walked out on Monday.", 2025_y / jun / 10);
  CHECK_FALSE(has_actor(event_with(strike, "walked"), "university-of-northbridge"));
}

TEST_CASE("t58 issue 23: a name set beside his or her noun of a person is a person", "[events][entities][ent59]") {
  const auto found = EventsFixture::get().extract("His successor, Marta Pitts, has led the agency since May.");
  CHECK(type_of(found, "Marta Pitts") == "PERSON");
  // must not: a firm set beside its owner's noun stays a firm
  const auto firm = EventsFixture::get().extract("Its subsidiary, Halden Ports, was sold in May.");
  CHECK(type_of(firm, "Halden Ports") == "ORGANIZATION");
}

TEST_CASE("t58 issues 23 and 50: a saint's or a plural's 's inside a hospital's name is part of it, and the hospital is it",
          "[events][entities][actors][ent59]") {
  const auto found = EventsFixture::get().extract(
      "St. Agnes's General Hospital closed two wards on Monday. A nurse at Dunmere Women's Clinic treated the driver.");
  CHECK(type_of(found, "St. Agnes's General Hospital") == "ORGANIZATION");
  CHECK(type_of(found, "Dunmere Women's Clinic") == "ORGANIZATION");
  const auto g = graph_of_text(
      "St. Agnes's General Hospital closed two wards on Monday. The hospital reopened them on Friday.", 2025_y / jun / 10);
  CHECK(has_actor(event_with(g, "reopened"), "st-agness-general-hospital"));
  // must not: a person's 's before a common noun stays an owner
  const auto owner = EventsFixture::get().extract("Agnes's brother closed the shop on Monday.");
  CHECK(type_of(owner, "Agnes") == "PERSON");
}

TEST_CASE("t58 issue 23: a place's acronym that spells out a body named before is that body", "[events][entities][ent59]") {
  const auto g = graph_of_text(
      "The state Water Quality Board fined the plant in March. The Oregon WQB opened an inquiry on Friday.",
      2025_y / jun / 10);
  CHECK(has_actor(event_with(g, "opened"), "water-quality-board"));
  // must not: alone it is the place's body, no person
  const auto alone = EventsFixture::get().extract("The Oregon WQB opened an inquiry on Friday.");
  CHECK(type_of(alone, "Oregon WQB") == "ORGANIZATION");
}

TEST_CASE("t58 issue 27: a lender's name, a state's abbreviation, a sum opening a sentence and a court's district",
          "[events][entities][ent59]") {
  const auto found = EventsFixture::get().extract(
      "DOVER, Del. - Marlowe Homes filed for bankruptcy on Sunday with a loan from Halbrook Credit. Income fell 12 percent "
      "in 2024. The case is before the court for the District of Maine.");
  CHECK(type_of(found, "Halbrook Credit") == "ORGANIZATION");
  CHECK(type_of(found, "Del") == "none");
  CHECK(type_of(found, "Income") == "none");
  CHECK(type_of(found, "District") == "none");
  // must not: such a word the text also capitalises inside a sentence is a name
  const auto firm = EventsFixture::get().extract("Fidelity cut its fees on Monday. Shares in Fidelity rose.");
  CHECK(type_of(firm, "Fidelity") != "none");
}

TEST_CASE("t58 issue 10: a region's adjective before a person's role is no name, after a compass word a place",
          "[events][entities][ent59]") {
  const auto found = EventsFixture::get().extract(
      "Oceanwatch said the quotas were too high. Its Baltic director will meet the ministers on Monday. The deal covers "
      "South Pacific tuna stocks.");
  CHECK(type_of(found, "Baltic") == "none");
  CHECK(type_of(found, "South Pacific") == "LOCATION");
  // must not: a culture's name before a thing's noun stays a name
  const auto culture = EventsFixture::get().extract("Archaeologists in Crete found three Minoan palaces in May.");
  CHECK(type_of(culture, "Minoan") != "none");
}

TEST_CASE("t58 issue 4: the source after according to is who says it, no place, and the who before said is the speaker",
          "[events][entities][actors][ent59]") {
  const auto found = EventsFixture::get().extract("The vote will be held in March, according to Per Haugland.");
  CHECK(type_of(found, "Per Haugland") == "PERSON");
  const auto g = graph_of_text(
      "Its director, Tove Brekke, met the ministers on Monday. The vote will be held in March, according to Per "
      "Haugland, who said he would oppose the bill.",
      2025_y / jun / 10);
  CHECK(has_actor(event_with(g, "oppose"), "per-haugland"));
  CHECK_FALSE(has_actor(event_with(g, "oppose"), "tove-brekke"));
  const auto firm = graph_of_text(
      "The port will shut in May, according to Halden Ports, which said it would close two terminals.", 2025_y / jun / 10);
  CHECK(has_actor(event_with(firm, "close"), "halden-ports"));
  // must not: a place after "to" stays a place
  const auto trip = EventsFixture::get().extract("The minister travelled to Vestby on Monday.");
  CHECK(type_of(trip, "Vestby") == "LOCATION");
}

TEST_CASE("t58 issue 3: every name of a list on the subject's phrase is an actor, the middle ones too",
          "[events][actors][titles][ent59]") {
  const auto g = graph_of_text("Delegates from Latvia, Estonia and the Aland Islands signed the accord on Friday.",
                               2025_y / jun / 10);
  const auto& signed_ = event_with(g, "signed");
  CHECK(has_actor(signed_, "latvia"));
  CHECK(has_actor(signed_, "estonia"));
  CHECK(signed_.title.find("Latvia, Estonia and") != std::string::npos);
  // must not: names joined by "or" are no list of actors
  const auto either = graph_of_text("Delegates from Latvia or Estonia will sign the accord on Friday.", 2025_y / jun / 10);
  CHECK_FALSE(has_actor(event_with(either, "sign"), "estonia"));
}

TEST_CASE("t58 issue 58: a second of or for goes on with an organisation's name, whose acronym then finds it",
          "[events][entities][ent59]") {
  const auto found = EventsFixture::get().extract(
      "The Tribunal of Appeal for Fisheries rejected the claim on Monday. The skipper said he would take TAF to court. "
      "The Marine Integrity Unit fined him.");
  CHECK(type_of(found, "Tribunal of Appeal for Fisheries") == "ORGANIZATION");
  CHECK(type_of(found, "Fisheries") == "none");
  CHECK(type_of(found, "Marine Integrity Unit") == "ORGANIZATION");
  const auto g = graph_of_text(
      "The Tribunal of Appeal for Fisheries rejected the claim on Monday. The skipper will take TAF to court.", 2025_y / jun / 10);
  CHECK(has_actor(event_with(g, "take"), "tribunal-of-appeal-for-fisheries"));
  // must not: an "of" after a name of no organisation's word does not chain on
  const auto place = EventsFixture::get().extract("Anna Berg of Oslo for years led the campaign.");
  CHECK(type_of(place, "Anna Berg") == "PERSON");
}

TEST_CASE("t58 issue 40: a firm's legal form makes it a firm, and its name less the form is no name it spells out",
          "[events][entities][ent59]") {
  const auto g = graph_of_text(
      "Work on the Vessen Fjord Tunnel began in 2019. VFT SE, the company building it, cut its budget on Monday. In "
      "May, VFT ended its contract with the builder.",
      2025_y / jun / 10);
  CHECK(has_actor(event_with(g, "ended"), "vft-se"));
  CHECK_FALSE(has_actor(event_with(g, "ended"), "vessen-fjord-tunnel"));
  // must not: an acronym with no such firm still finds the name it spells out
  const auto spelled = graph_of_text(
      "The Vessen Fjord Authority opened the tunnel in 2019. In May, VFA ended its contract with the builder.",
      2025_y / jun / 10);
  CHECK(has_actor(event_with(spelled, "ended"), "vessen-fjord-authority"));
}
