// Titles from the lead's reading of s50 and tester 49's #46-#51 (ti51): the ordered act, the
// count that is the subject, the text's own modal, a place the subject is only near, and the
// object pronoun that does what it is told.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;

namespace {

const sys_days kDct{2025_y / September / 9};

std::string title_of(const std::string& text, const std::string& mention) {
  CAPTURE(text);
  return event_with(graph_of_text(text, kDct), mention).title;
}

}  // namespace

TEST_CASE("s50: a verb whose object does what it is told keeps the act in its title", "[titles][ti51]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"U.S. District Judge Helen Marsh said Daniel Okafor had \"betrayed the people who trusted him\" and ordered him to pay "
       "$1.2 million in restitution.",
       "ordered", "Marsh orders Okafor to pay $1.2 million in restitution"},
      {"Forecasters expect Delphine to weaken rapidly after landfall.", "expect", "Forecasters expect Delphine to weaken rapidly"},
      {"The mayor asked the council to delay the vote.", "asked", "Mayor asks council to delay vote"},
  }));
  CHECK(title_of(text, verb) == expected);
}

TEST_CASE("s50: an object pronoun told to act is the act's subject, someone other than who tells", "[titles][ti51]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Judge Helen Marsh sentenced Daniel Okafor on Thursday and ordered him to pay $1.2 million in restitution.", "pay",
       "Okafor pays $1.2 million in restitution"},
      {"Coach Maria Lopez praised Anna Berg and asked her to lead the team.", "lead", "Berg may lead team"},
  }));
  CHECK(title_of(text, verb) == expected);
}

TEST_CASE("s50: a verb with no object after its object-control verb still ends at its object (must not change)",
          "[titles][ti51]") {
  // "bought a car to impress her": a purpose, no ordered act
  CHECK(title_of("Tom Reed bought a car to impress his neighbours.", "bought") == "Reed buys car");
  CHECK(title_of("The company announced plans to expand in Texas.", "announced").find("to expand") == std::string::npos);
}

TEST_CASE("s50: a count opening the sentence is the subject of its title, with its bound", "[titles][ti51]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Up to 15 inches of rain could fall in some areas, raising the risk of flash flooding.", "fall",
       "Up to 15 inches of rain could fall"},
      {"Up to 300 homes could lose power on Tuesday.", "lose", "Up to 300 homes could lose power"},
      {"Over 200 flights were cancelled at the airport.", "cancelled", "Over 200 flights cancelled at airport"},
  }));
  CHECK(title_of(text, verb) == expected);
}

TEST_CASE("s50: a possibility keeps the text's 'could' or 'might', and 'may' stays 'may'", "[titles][ti51]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"The repairs could take months.", "take", "Repairs could take months"},
      {"The storm might weaken before landfall.", "weaken", "Storm might weaken"},
      {"The union may call a strike.", "call", "Union may call strike"},
      {"The bridge could be closed for weeks.", "closed", "Bridge could be closed"},
  }));
  CHECK(title_of(text, verb) == expected);
}

TEST_CASE("s50: a place the subject is only near stays after it and acts in nothing", "[titles][ti51]") {
  const auto text = "Oil companies shut in about 40% of Gulf of Mexico oil production on Monday, and several refineries near "
                    "Lake Charles suspended operations.";
  const auto g = graph_of_text(text, kDct);
  const auto& suspended = event_with(g, "suspended");
  CHECK(suspended.title == "Several refineries near Lake Charles suspend operations");
  CHECK(suspended.actors.empty());
  CHECK(title_of("Residents near Lake Charles fled on Monday.", "fled") == "Residents near Lake Charles flee");
}

TEST_CASE("s50: a place the subject is in goes before it, after its count (must not change but for the count)",
          "[titles][ti51]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Several refineries in Texas suspended operations.", "suspended", "Several Texas refineries suspend operations"},
      {"Two hospitals in Leeds closed wards on Monday.", "closed", "Two Leeds hospitals close wards"},
      {"Officials in Ukraine signed the deal on Monday.", "signed", "Ukraine officials sign deal"},
  }));
  CHECK(title_of(text, verb).rfind(expected, 0) == 0);
}

TEST_CASE("s50: 'it' after a sentence about something's winds or power is that something", "[titles][ti51]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"The storm's maximum sustained winds reached 120 mph on Tuesday. Forecasters warned it could intensify further "
       "over the warm waters of the Gulf.",
       "intensify", "Storm could intensify further"},
      {"The company's shares fell 8% on Monday. Analysts said it could cut jobs.", "cut", "Company could cut jobs"},
  }));
  CHECK(title_of(text, verb).rfind(expected, 0) == 0);
}

TEST_CASE("t49-47: two adjectives joined by a comma stay with the object and its act", "[titles][ti51]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Crews expected hot, dry winds to return on Tuesday and to last through Thursday.", "expected",
       "Crews expect hot dry winds to return"},
      {"Forecasters predicted cold, wet weather for the weekend.", "predicted", "Forecasters predict cold wet weather"},
  }));
  CHECK(title_of(text, verb) == expected);
}
