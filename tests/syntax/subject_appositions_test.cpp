// apposition_before_verb on tagged sentences, and the models' parse of sentences with such an
// apposition: the subject keeps its verb and the phrase hangs on the subject.
#include "core/syntax/subject_appositions.h"

#include <string>

#include <catch2/catch.hpp>

#include "tests/syntax/syntax_test_support.h"

using namespace chronograph::core;
using chronograph::test::annotated;
using chronograph::test::find;
using chronograph::test::head_of;
using chronograph::test::models;
using chronograph::test::pretokenized;

TEST_CASE("a phrase between a subject and its finite verb hangs on the subject, which keeps its verb", "[syntax]") {
  const auto [sentence, subject, verb, apposed] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"In 2022 , Moreau , then 34 , travelled to the border region .", "Moreau", "travelled", "34"},
      {"At a news conference on Friday , Moreau , now 38 , thanked his family .", "Moreau", "thanked", "38"},
      {"The plan passed as the Farmers ' Party , a junior partner , demanded compensation .", "Party", "demanded", "partner"},
      {"The mayor , a Democrat , signed the order .", "mayor", "signed", "Democrat"},
      {"Last spring , Okafor , 52 , resigned from the board .", "Okafor", "resigned", "52"},
      {"After the vote , the union , the largest in the sector , called a strike .", "union", "called", "largest"},
  }));
  CAPTURE(sentence);
  const TokenizedText text = annotated(sentence);
  CHECK(head_of(text, subject) == verb);
  CHECK(text.tokens[static_cast<std::size_t>(find(text, subject))].deprel.starts_with("nsubj"));
  CHECK(head_of(text, apposed) == subject);
  CHECK(text.tokens[static_cast<std::size_t>(find(text, apposed))].deprel == "appos");
}

TEST_CASE("a time, a list or a clause between commas is no apposition", "[syntax]") {
  const std::string sentence = GENERATE(as<std::string>{}, "The company , last year , said profits fell .",
                                        "Britain , France and Germany , signed the pact .",
                                        "The minister , who is 58 , resigned on Monday .",
                                        "Anna Berg opened the bridge , the mayor said .");
  CAPTURE(sentence);
  TokenizedText text = pretokenized({sentence});
  models().tag(text);
  CHECK_FALSE(apposition_before_verb(text.tokens));
}
