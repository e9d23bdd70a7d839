// Lemmas and parse repairs behind tester 53 and 54's misread sentences (syn54): superlatives and
// verb forms with a doubled consonant lemmatized with it ("hottest" -> "hott"), and the second
// date of a range parsed as a clause's subject. On the trained models, with sentences written
// for the test.
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "tests/syntax/syntax_test_support.h"

using namespace chronograph::core;
using chronograph::test::annotated;
using chronograph::test::find;
using chronograph::test::head_of;
using chronograph::test::models;
using chronograph::test::relation_of;
using chronograph::test::tag_of;

namespace {

// The head of the first token spelled `form` after the first spelled `after`.
std::string head_after(const TokenizedText& text, std::string_view after, std::string_view form) {
  for (std::size_t i = static_cast<std::size_t>(find(text, after)) + 1; i < text.tokens.size(); ++i)
    if (text.tokens[i].text == form) return text.tokens[i].head < 0 ? "ROOT" : text.tokens[static_cast<std::size_t>(text.tokens[i].head)].text;
  return "(no token " + std::string(form) + ")";
}

std::string lemma_of(const TokenizedText& text, std::string_view form) {
  const int i = find(text, form);
  return i < 0 ? "(no token)" : text.tokens[static_cast<std::size_t>(i)].lemma;
}

}  // namespace

TEST_CASE("t52 10: a superlative with a doubled consonant has the single consonant in its lemma", "[syntax][syn54]") {
  CHECK(lemma_of(annotated("England recorded its hottest June since 1884 ."), "hottest") == "hot");
  const auto [form, xpos, lemma] = GENERATE(table<std::string, std::string, std::string>({
      {"hottest", "JJS", "hot"},   {"fattest", "JJS", "fat"},   {"wettest", "JJS", "wet"},   {"saddest", "JJS", "sad"},
      {"reddest", "JJS", "red"},   {"grimmest", "JJS", "grim"}, {"slimmer", "JJR", "slim"},  {"grimmer", "JJR", "grim"},
      {"glummest", "JJS", "glum"}, {"hotter", "JJR", "hot"},    {"biggest", "JJS", "big"},   {"thinnest", "JJS", "thin"},
  }));
  CAPTURE(form);
  CHECK(models().lemmatizer().lemma(form, "ADJ", xpos) == lemma);
}

TEST_CASE("t52 10: comparatives in -ier, in -e and with a double letter of their own keep their stems (must not change)", "[syntax][syn54]") {
  const auto [form, xpos, lemma] = GENERATE(table<std::string, std::string, std::string>({
      {"happiest", "JJS", "happy"}, {"driest", "JJS", "dry"},     {"busier", "JJR", "busy"},   {"oddest", "JJS", "odd"},
      {"fullest", "JJS", "full"},   {"tallest", "JJS", "tall"},   {"stiffest", "JJS", "stiff"}, {"largest", "JJS", "large"},
      {"freest", "JJS", "free"},    {"bluest", "JJS", "blue"},    {"best", "JJS", "good"},     {"worst", "JJS", "bad"},
      {"greatest", "JJS", "great"}, {"smallest", "JJS", "small"},
  }));
  CAPTURE(form);
  CHECK(models().lemmatizer().lemma(form, "ADJ", xpos) == lemma);
}

TEST_CASE("t52 10: a verb's past or gerund with a doubled consonant loses the double letter", "[syntax][syn54]") {
  const auto [form, xpos, lemma] = GENERATE(table<std::string, std::string, std::string>({
      {"skidded", "VBD", "skid"}, {"trekked", "VBD", "trek"}, {"skidding", "VBG", "skid"}, {"banned", "VBD", "ban"},
      {"added", "VBD", "add"},    {"fined", "VBN", "fine"},   {"listed", "VBN", "list"},   {"patrolled", "VBD", "patrol"},
  }));
  CAPTURE(form);
  CHECK(models().lemmatizer().lemma(form, "VERB", xpos) == lemma);
}

TEST_CASE("t53: the second date of a 'between' range is the first's conjunct, not a subject", "[syntax][syn54]") {
  const auto [sentence, first, second] = GENERATE(table<std::string, std::string, std::string>({
      {"The judges read 158 novels published in the UK and Ireland between 1 October 2024 and 30 September 2025 .", "1", "30"},
      {"The scheme paid out between 1 April 2023 and 31 March 2024 , the report said .", "1", "31"},
      {"Sales rose between 5 January and 12 February , officials said .", "5", "12"},
  }));
  CAPTURE(sentence);
  const auto text = annotated(sentence);
  CHECK(head_of(text, second) == first);
  CHECK(relation_of(text, second) == "conj");
  CHECK(head_after(text, first, "and") == second);
  CHECK(relation_of(text, first).substr(0, 3) != "nsu");
}

TEST_CASE("t53: a 'from ... to' range of dates is two obliques, not an object", "[syntax][syn54]") {
  const auto text = annotated("The trial runs from 1 April to 30 June , officials said .");
  CHECK(head_of(text, "April") == "runs");
  CHECK(relation_of(text, "April") == "obl");
  CHECK(head_of(text, "from") == "April");
  CHECK(head_of(text, "30") == "runs");
  CHECK(head_of(text, "to") == "30");
}

TEST_CASE("t53: ranges the parse already reads as one, and a year that modifies a noun, are left alone (must not change)", "[syntax][syn54]") {
  const auto us_style = annotated("United said it would fly 6.4 million passengers between Nov. 21 and Dec. 3 .");
  CHECK(head_of(us_style, "Dec.") == "Nov.");
  CHECK(relation_of(us_style, "Dec.") == "conj");
  const auto noun = annotated("Prices rose between 2019 and 2024 levels of demand .");
  CHECK(head_of(noun, "2024") == "levels");
}
