// Entities and actors misread on tester rounds 51 and 52's articles: each tested on the sentence
// it was found on, on variants the fix was not written for, and with a case that must stay as it is.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("t51 issue 46: a ministry named by its field is one institution, no name of the field", "[events][entities][ent52]") {
  const auto [text, trigger, id] = GENERATE(table<std::string, std::string, std::string>({
      {"Health ministry sets out HPV vaccination schedule for 2026", "sets", "health-ministry"},
      {"Defence ministry orders new frigates. The ministry said the ships would be built in Glasgow.", "said",
       "defence-ministry"},
      {"Officials at the Finance ministry said the budget would be cut.", "said", "finance-ministry"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(actors_of(found, trigger), id));
  CHECK(last_event(found, trigger).title.find("ministry") != std::string::npos);
  CHECK(type_of(found, "Health") == "none");
  CHECK(type_of(found, "Defence") == "none");
}

TEST_CASE("t51 issue 46: the ministry after its field's name is that ministry", "[events][entities][ent52]") {
  const auto found = EventsFixture::get().extract(
      "Health ministry sets out HPV vaccination schedule. The ministry will publish coverage figures each month.");
  CHECK(holds(actors_of(found, "publish"), "health-ministry"));
}

TEST_CASE("t51 issue 46: a place or a name before an institution's word stays a name", "[events][entities][ent52]") {
  const auto found = EventsFixture::get().extract(
      "Kenya police arrested 12 people on Monday. The Ghana Health Service said the vaccine was safe.");
  CHECK(type_of(found, "Kenya") == "LOCATION");
  CHECK(type_of(found, "Ghana Health Service") == "ORGANIZATION");
}

TEST_CASE("t52 issue 28: two kinds of body joined before a union's word are one union", "[events][entities][ent52]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Lecturers at the University of Northbridge will walk out in a dispute over pay, the University and College "
       "Union said on Friday.",
       "university-and-college-union"},
      {"The School and College Staff Association said on Monday that talks had failed.",
       "school-and-college-staff-association"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(entity_ids(found), id));
  CHECK(holds(actors_of(found, "said"), id));
  CHECK_FALSE(holds(actors_of(found, "said"), "university-of-northbridge"));
}

TEST_CASE("t52 issue 28: two bodies of their own kinds stay two", "[events][entities][ent52]") {
  const auto found = EventsFixture::get().extract("Parliament and Supreme Court officials met on Monday.");
  CHECK(type_of(found, "Parliament and Supreme Court") == "none");
}

TEST_CASE("t52 issue 33: a name whose news the company reports is that company", "[events][entities][ent52]") {
  const auto [text, name] = GENERATE(table<std::string, std::string>({
      {"Southern Water will introduce a hosepipe ban from Friday, the company said on Wednesday.", "Southern Water"},
      {"Northern Rail will cut 40 services in May, the operator announced on Tuesday.", "Northern Rail"},
      {"Golden Harvest recalled its cereal bars, the firm said.", "Golden Harvest"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(type_of(found, name) == "ORGANIZATION");
  CHECK(type_of(found, "Company") == "none");
}

TEST_CASE("t52 issue 33: a person whose news a spokesman reports stays a person", "[events][entities][ent52]") {
  const auto found = EventsFixture::get().extract("Daniel Hart will resign on Friday, his spokesman said.");
  CHECK(type_of(found, "Daniel Hart") == "PERSON");
}

TEST_CASE("t52 issue 36: a cape, a gulf or an isle named with of is one place", "[events][entities][ent52]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"Maersk said it had diverted 15 ships around the Cape of Good Hope.", "cape-of-good-hope"},
      {"The storm moved into the Gulf of Mexico on Tuesday.", "gulf-of-mexico"},
      {"Ferries to the Isle of Man were cancelled on Sunday.", "isle-of-man"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(entity_ids(found), id));
  CHECK(type_of(found, "Good Hope") == "none");
  CHECK(type_of(found, "Mexico") == "none");
}

TEST_CASE("t52 issue 36: a place's word after a name keeps the of out", "[events][entities][ent52]") {
  const auto found = EventsFixture::get().extract("Officials in Kansas City of Missouri said the roads were closed.");
  CHECK(type_of(found, "Kansas City of Missouri") == "none");
}

TEST_CASE("t52 issue 36: a promoter opening a sentence is no word of the name", "[events][entities][ent52]") {
  const auto found = EventsFixture::get().extract("Promoter Live Nation said more dates could be added.");
  CHECK(holds(entity_ids(found), "live-nation"));
  CHECK_FALSE(holds(entity_ids(found), "promoter-live-nation"));
}

TEST_CASE("t52 issue 35: the person named for the speaking office is who speaks the quote", "[events][actors][ent52]") {
  const auto [text, id] = GENERATE(table<std::string, std::string>({
      {"\"We are exhausted,\" said Colombia's environment minister, Irene Velez, on Friday afternoon.", "irene-velez"},
      {"\"We are exhausted,\" said Brazil's trade minister, Ana Ribeiro, on Thursday.", "ana-ribeiro"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(actors_of(found, "said"), id));
  CHECK(last_event(found, "said").title.find(" we ") == std::string::npos);  // (t57 #8: the speaker, not "we")
  CHECK(last_event(found, "said").title.find("minister says") != std::string::npos);
}

TEST_CASE("t52 issue 35: a speaker named after the verb is still the statement's own", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract("\"The deal is dead,\" said Mark Hale on Friday.");
  CHECK(last_event(found, "said").title == "Hale says deal dead");
}

TEST_CASE("t52 issue 34: we in a firm's own report, in no quote, is the firm", "[events][actors][ent52]") {
  const auto [text, trigger, id, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Skyline Cloud's storage service failed on Tuesday. We will add automated checks by the end of October.", "add",
       "skyline-cloud", "Skyline Cloud adds automated checks"},
      {"Post-mortem: Harbor Networks outage\n\nHarbor Networks lost power at its Dublin site on Monday. We have since "
       "replaced the faulty switch.",
       "replaced", "harbor-networks", "Harbor Networks replaces faulty switch"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(actors_of(found, trigger), id));
  CHECK(last_event(found, trigger).title.starts_with(title));
}

TEST_CASE("t52 issue 34: we in a quote, across sentences, is still the speaker's", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract(
      "Skyline Cloud's storage service failed on Tuesday. \"We are sorry. We will add checks,\" said Ana Ruiz, a "
      "customer.");
  CHECK_FALSE(holds(actors_of(found, "add"), "skyline-cloud"));
}

TEST_CASE("t52 issue 31: they after a staff's strike is the staff, not the students before", "[events][actors][ent52]") {
  const auto [text, trigger, title] = GENERATE(table<std::string, std::string, std::string>({
      {"Students will be compensated for lost teaching. Staff last struck in 2022, when they walked out for 14 days.",
       "walked", "Staff"},
      {"Passengers were stranded for hours. The crew left the plane at noon, and they returned on Friday.", "returned",
       "Crew"},
  }));
  CAPTURE(text);
  CHECK(last_event(EventsFixture::get().extract(text), trigger).title.starts_with(title));
}

TEST_CASE("t52 issue 31: they after plural people stays theirs", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract(
      "The staff were told on Monday. Students occupied the library, and they left on Friday.");
  CHECK(last_event(found, "left").title.starts_with("Students"));
}

TEST_CASE("t52 issue 29: the employer of people who act is where they work, no actor", "[events][actors][ent52]") {
  const auto [text, trigger, id] = GENERATE(table<std::string, std::string, std::string>({
      {"Lecturers at the University of Northbridge will walk out in a dispute over pay.", "walk",
       "university-of-northbridge"},
      {"Nurses at Kingsway Hospital Trust went on strike on Monday.", "went", "kingsway-hospital-trust"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK_FALSE(holds(actors_of(found, trigger), id));
  CHECK(holds(entity_ids(found), id));
}

TEST_CASE("t52 issue 29: officials at a body speak for it", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract("Officials at the Halden Corporation announced the closure on Monday.");
  CHECK(holds(actors_of(found, "announced"), "halden-corporation"));
}

TEST_CASE("t52 issue 49: staff named by their employer strike for themselves", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract(
      "Lecturers at the University of Northbridge will walk out. The University of Northbridge said talks would "
      "continue. University staff will strike on Tuesday.");
  CHECK_FALSE(holds(actors_of(found, "strike"), "university-of-northbridge"));
  CHECK(holds(actors_of(found, "said"), "university-of-northbridge"));
}

TEST_CASE("t52 issue 49: fighters or members named by their body act for it", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract(
      "Veltra Group said on Monday that it would sell the plant. Veltra Group executives met the union on Tuesday.");
  CHECK(holds(actors_of(found, "met"), "veltra-group"));
}

TEST_CASE("t52 issue 28: the university after the university's union is the university", "[events][entities][ent52]") {
  const auto found = EventsFixture::get().extract(
      "Lecturers at the University of Northbridge will walk out, the University and College Union said on Friday. "
      "The university offered a 3 percent pay rise in November, which the union rejected.");
  CHECK(holds(actors_of(found, "offered"), "university-of-northbridge"));
  CHECK(holds(actors_of(found, "rejected"), "university-and-college-union"));
}

TEST_CASE("t51 issue 45: the places a visit goes to are where, no actors", "[events][actors][ent52]") {
  const auto [text, trigger, place] = GENERATE(table<std::string, std::string, std::string>({
      {"He will visit Merton College, his old college, and the Bodleian Library.", "visit", "merton-college"},
      {"He will visit Merton College, his old college, and the Bodleian Library.", "visit", "bodleian-library"},
      {"Biden visited Ukraine on Monday.", "visited", "ukraine"},
      {"The convoy reached Kyiv on Friday.", "reached", "kyiv"},
  }));
  CAPTURE(text);
  CHECK_FALSE(holds(actors_of(EventsFixture::get().extract(text), trigger), place));
}

TEST_CASE("t51 issue 45: a firm one leaves or a place one sends to still takes part", "[events][actors][ent52]") {
  CHECK(holds(actors_of(EventsFixture::get().extract("Smith left Goldman Sachs in May."), "left"), "goldman-sachs"));
  CHECK(holds(actors_of(EventsFixture::get().extract("The United States sent weapons to Ukraine on Monday."), "sent"),
              "ukraine"));
  CHECK(holds(actors_of(EventsFixture::get().extract("Biden visited Ukraine on Monday."), "visited"), "biden"));
  CHECK(holds(actors_of(EventsFixture::get().extract("Russia invaded Ukraine in 2022."), "invaded"), "ukraine"));
}

TEST_CASE("t51 issue 42: the title one person holds in the story stands for them paragraphs later", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract(
      "King Charles will host a banquet on Tuesday. The palace said the guests had been chosen. The menu was set "
      "in May. The wine list was printed in June. The band was booked in July. The King said he was looking "
      "forward to the visit.");
  CHECK(holds(actors_of(found, "said"), "charles"));
}

TEST_CASE("t51 issue 42: a headline's title with a place's adjective is the one named with it below", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract(
      "Japanese emperor to begin state visit to Britain\n\nEmperor Naruhito will arrive in London on Saturday.");
  CHECK(holds(actors_of(found, "visit"), "naruhito"));
}

TEST_CASE("t51 issue 42: a title two people hold in the story stands for neither far off", "[events][actors][ent52]") {
  const auto found = EventsFixture::get().extract(
      "President Harper met President Osei on Monday. The palace said the guests had been chosen. The menu was set "
      "in May. The wine list was printed in June. The band was booked in July. The president said the talks went "
      "well.");
  CHECK_FALSE(holds(actors_of(found, "said"), "harper"));
  CHECK_FALSE(holds(actors_of(found, "said"), "osei"));
}
