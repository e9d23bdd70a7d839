// A sentence that ends in a dotted abbreviation ("at 11 p.m.") holds its full stop in it: the
// repairs that look for a verb in a sentence with a final stop see one there too, while a line
// with no stop at all stays a headline. On the trained models, with sentences written for the test.
#include <string>

#include <catch2/catch.hpp>

#include "core/syntax/tagger_repairs.h"
#include "tests/syntax/syntax_test_support.h"

using namespace chronograph::core;
using chronograph::test::find;
using chronograph::test::models;
using chronograph::test::pretokenized;

TEST_CASE("ev56: a present in -s before a clock time that ends the sentence is a verb", "[syntax][ev56]") {
  const auto [sentence, verb] = GENERATE(table<std::string, std::string>({
      {"The ticket office closes on Friday at 6 p.m.", "closes"},
      {"The polling station closes on Tuesday at 9 p.m.", "closes"},
  }));
  CAPTURE(sentence);
  TokenizedText text = pretokenized({"Clubs are busy this week .", sentence});
  models().annotate(text);
  const int i = find(text, verb);
  REQUIRE(i >= 0);
  CHECK(text.tokens[static_cast<std::size_t>(i)].xpos == "VBZ");
}

TEST_CASE("ev56: only a dotted abbreviation holds the full stop", "[syntax][ev56]") {
  const auto line = [](const std::string& sentence) { return pretokenized({sentence}).tokens; };
  CHECK(ends_with_full_stop(line("The office closes at 6 p.m.")));
  CHECK(ends_with_full_stop(line("The office closes at six .")));
  CHECK_FALSE(ends_with_full_stop(line("Ticket office closes early")));
  CHECK_FALSE(ends_with_full_stop(line("Talks resume with Dr.")));
}

TEST_CASE("ev56: a present participle set off by commas after the subject leaves it to the verb after", "[syntax][ev56]") {
  TokenizedText text = pretokenized({"The rocket lifted off on Monday .",
                                     "The next Aurora - 2 launch , carrying a weather satellite , had been planned for June "
                                     "but will probably slip to next year ."});
  models().annotate(text);
  const int launch = find(text, "launch"), carrying = find(text, "carrying"), planned = find(text, "planned");
  REQUIRE(launch >= 0);
  REQUIRE(carrying >= 0);
  REQUIRE(planned >= 0);
  const std::size_t first = text.sentences[1].first_token;
  CHECK(text.tokens[static_cast<std::size_t>(planned)].head == -1);
  CHECK(static_cast<std::size_t>(text.tokens[static_cast<std::size_t>(launch)].head) + first == static_cast<std::size_t>(planned));
  CHECK(text.tokens[static_cast<std::size_t>(carrying)].deprel == "acl");
}
