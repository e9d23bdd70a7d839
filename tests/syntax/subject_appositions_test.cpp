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

TEST_CASE("a relative clause between a subject and its finite verb hangs on the subject, which keeps its verb", "[syntax]") {
  const auto [sentence, subject, verb, clause_verb] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Nandakumar , who became chief executive in 2021 , warned that the second half would be tougher .", "Nandakumar",
       "warned", "became"},
      {"Ms Garnier , who has led the party since 2019 , resigned on Tuesday .", "Garnier", "resigned", "led"},
      {"The insurer , which was taken over in 2016 , announced record profits .", "insurer", "announced", "taken"},
      {"Okafor , whose contract was extended in June , scored twice on Saturday .", "Okafor", "scored", "extended"},
      {"The senator , who had opposed the bill for months , voted for it on Thursday .", "senator", "voted", "opposed"},
  }));
  CAPTURE(sentence);
  const TokenizedText text = annotated(sentence);
  // ("Ms Garnier": the subject is the name's head, its title or its first word)
  const std::string subject_head = head_of(text, subject) == "Ms" ? "Ms" : subject;
  CHECK(head_of(text, subject_head) == verb);
  CHECK(text.tokens[static_cast<std::size_t>(find(text, subject_head))].deprel.starts_with("nsubj"));
  CHECK(head_of(text, verb) == "ROOT");
  const Token& relative = text.tokens[static_cast<std::size_t>(find(text, clause_verb))];
  CHECK(relative.deprel == "acl:relcl");
  const std::string& relative_head = text.tokens[static_cast<std::size_t>(relative.head)].text;
  CHECK((relative_head == subject || relative_head == subject_head));
}

TEST_CASE("a relative clause needs a verb, no comma inside and a finite verb after it", "[syntax]") {
  const std::string sentence = GENERATE(as<std::string>{}, "The minister , who is 58 , resigned on Monday .",
                                        "Anna Berg , who , in 2021 , resigned , said nothing .",
                                        "The man , whose dog , a terrier , bit her .",
                                        "She thanked Okafor , who scored twice , and the coach .");
  CAPTURE(sentence);
  TokenizedText text = pretokenized({sentence});
  models().tag(text);
  const auto found = relative_clause_before_verb(text.tokens);
  if (sentence.starts_with("The minister")) {
    REQUIRE(found);  // ("who is 58": a clause with a verb)
    CHECK(found->relative_clause);
  } else {
    CHECK_FALSE(found);
  }
}
