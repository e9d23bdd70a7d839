// Whom "he" and "she" stand for when the text tells of a person it does not name ("A young man
// was questioned. He emigrated"), and the given name set beside a possessed relative ("Mr
// Harland's sister, Rosalind,"): core/events/quote_speakers.cpp, entity_finder.cpp. Sentences
// written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

namespace {

std::string title_of(const core::DocumentEvents& found, const std::string& trigger) { return last_event(found, trigger).title; }

}  // namespace

TEST_CASE("a pronoun after an unnamed man or woman as a subject is not the person named before",
          "[events][entities][pronouns]") {
  const auto [text, trigger, name] = GENERATE(table<std::string, std::string, std::string>({
      {"The review, chaired by Inspector Graham Pollard, interviewed dozens of witnesses. A young man was questioned "
       "in March 2003 and freed a week later. He emigrated in 2011.",
       "emigrated", "Pollard"},
      {"Judge Helen Marsh heard the case in May. A woman was fined for the theft. She moved abroad in 2012.", "moved",
       "Marsh"},
      {"Captain Oskar Lind sailed from Bergen on Monday. A man fell overboard. Rescuers pulled him out of the sea.",
       "pulled", "Lind"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const std::string title = title_of(found, trigger);
  CAPTURE(title);
  CHECK(title.find(name) == std::string::npos);
}

TEST_CASE("a pronoun goes on with the named person when the unnamed one is of the other gender or no subject",
          "[events][entities][pronouns]") {
  const auto [text, trigger, name] = GENERATE(table<std::string, std::string, std::string>({
      {"Judge Helen Marsh heard the case in May. A man was fined for the theft. She retired in 2012.", "retired",
       "Marsh"},
      {"Inspector Graham Pollard questioned a young man in March. He retired in 2011.", "retired", "Pollard"},
  }));
  CAPTURE(text);
  const std::string title = title_of(EventsFixture::get().extract(text), trigger);
  CAPTURE(title);
  CHECK(title.find(name) != std::string::npos);
}

TEST_CASE("a given name set beside a relative a possessor names is a person's", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract(
      "Mr Harland's sister, Rosalind, has lobbied since 2015 for a new trial. Appearing at a rally on Tuesday, she "
      "said: \"We have been patient for too long.\"");
  CHECK(type_of(found, "Rosalind") == "PERSON");
  CHECK(holds(actors_of(found, "Appearing"), "rosalind"));
  CHECK_FALSE(holds(actors_of(found, "Appearing"), "harland"));
}

TEST_CASE("a name set beside a possessed place's noun stays a place", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract("Norway's second city, Bergen, flooded on Sunday.");
  CHECK(type_of(found, "Bergen") == "LOCATION");
}

TEST_CASE("a plural subject and a woman of a common short given name are no he", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract(
      "Opposition senators called on Mr Garvey to step down. The party's whip, Millie Dawson, said the party would "
      "expel him if the inquiry found that he had lied.");
  CHECK(holds(actors_of(found, "lied"), "garvey"));
  CHECK_FALSE(holds(actors_of(found, "lied"), "millie-dawson"));
}

TEST_CASE("a member of parliament's title before a name is no word of the name", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract(
      "Local MP Fiona Drake said the closure would cost 900 jobs. She plans to raise the matter with ministers.");
  CHECK(type_of(found, "Fiona Drake") == "PERSON");
  CHECK(holds(actors_of(found, "raise"), "fiona-drake"));
}

TEST_CASE("a party's members named as a plural are no he", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract(
      "Mr Pelham owned three flats in the borough. Conservative MPs called on him to resign. He refused to comment.");
  const std::string title = last_event(found, "refused").title;
  CAPTURE(title);
  CHECK(title.find("MPs") == std::string::npos);
}

TEST_CASE("an operator named beside the noun is the one it stands for", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract(
      "Kessel Freight Ltd chartered the barge on Friday. The operator, Tarrow Bay Shipping, rejected claims that the "
      "barge had been overloaded.");
  CHECK(holds(actors_of(found, "rejected"), "tarrow-bay-shipping"));
  CHECK_FALSE(holds(actors_of(found, "rejected"), "kessel-freight-ltd"));
}

TEST_CASE("a party's word before a member's title with no name after it is the party, no name of a member",
          "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract(
      "The Green MEP for Halden, Ruth Amsel, repaid the money on Monday. The Greens plan to launch a campaign on "
      "housing.");
  CHECK(type_of(found, "Green MEP") == "none");
  CHECK(type_of(found, "Ruth Amsel") == "PERSON");
}

TEST_CASE("a title of two words after a word stays whole", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract("Deputy Mayor Lena Voss opened the bridge on Monday.");
  CHECK(type_of(found, "Lena Voss") == "PERSON");
  CHECK(type_of(found, "Deputy") == "none");
}

TEST_CASE("a plural alone is all of its kind, no short name of the few a modifier picks", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract(
      "Green MPs called on Ms Kerr to resign on Monday. In 2019, MPs claimed £60 million in travel costs.");
  CHECK_FALSE(holds(actors_of(found, "claimed"), "green-mps"));
}

TEST_CASE("the Speaker set beside a name is a title, no name of its own", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract("The Speaker, Anna Holt, told members on Monday to stay calm.");
  CHECK(type_of(found, "Speaker") == "none");
  CHECK(type_of(found, "Anna Holt") == "PERSON");
}

TEST_CASE("a given name before a surname that is a title keeps the person's name whole", "[events][entities][pronouns]") {
  const auto found = EventsFixture::get().extract(
      "The central bank's governor, Osric King, said on Monday that rates would stay on hold.");
  CHECK(type_of(found, "Osric King") == "PERSON");
}
