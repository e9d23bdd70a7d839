// present_verb_in_headline on hand-tagged headlines: where it finds the verb the tagger missed,
// and where the nouns stay nouns.
#include "core/syntax/headline_verbs.h"

#include <catch2/catch.hpp>

#include "core/syntax/word_classes.h"
#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::tree;

namespace {

const WordClasses& classes() {
  static const WordClasses loaded = WordClasses::read_table("data/syntax/word_classes.txt");
  return loaded;
}

}  // namespace

TEST_CASE("a noun after a headline's plural subject noun is its present-tense verb", "[syntax][headline]") {
  auto tokens = tree(
      "Ceasefire/NOUN/NN/2/compound talks/NOUN/NNS/3/compound resume/NOUN/NN/0/root in/ADP/IN/5/case "
      "Doha/PROPN/NNP/3/nmod");
  CHECK(present_verb_in_headline(tokens, classes()));
  CHECK(tokens[2].xpos == "VBP");
  CHECK(tokens[2].upos == "VERB");
  // after a word that opens a clause
  auto clause = tree(
      "Talks/NOUN/NNS/2/nsubj resume/VERB/VBP/0/root as/ADP/IN/5/case envoys/NOUN/NNS/5/compound race/NOUN/NN/2/nmod "
      "to/PART/TO/7/mark meet/VERB/VB/2/advcl");
  CHECK(present_verb_in_headline(clause, classes()));
  CHECK(clause[4].xpos == "VBP");
}

TEST_CASE("a full stop, a noun after the word, or a verb before the subject leave a headline's nouns", "[syntax][headline]") {
  auto stop = tree(
      "Ceasefire/NOUN/NN/2/compound talks/NOUN/NNS/3/compound resume/NOUN/NN/0/root in/ADP/IN/5/case "
      "Doha/PROPN/NNP/3/nmod ./PUNCT/./3/punct");
  CHECK_FALSE(present_verb_in_headline(stop, classes()));
  auto compound = tree("Savings/NOUN/NNS/2/compound account/NOUN/NN/3/compound rates/NOUN/NNS/0/root");
  CHECK_FALSE(present_verb_in_headline(compound, classes()));
  auto object = tree("Bank/NOUN/NN/2/nsubj launches/VERB/VBZ/0/root savings/NOUN/NNS/4/compound account/NOUN/NN/2/obj");
  CHECK_FALSE(present_verb_in_headline(object, classes()));
  // a verb later in the clause is the clause's: Human rights group in Doha condemns arrests
  auto later = tree(
      "Human/ADJ/JJ/2/amod rights/NOUN/NNS/3/compound group/NOUN/NN/6/nsubj in/ADP/IN/5/case Doha/PROPN/NNP/3/nmod "
      "condemns/VERB/VBZ/0/root arrests/NOUN/NNS/6/obj");
  CHECK_FALSE(present_verb_in_headline(later, classes()));
}

TEST_CASE("issue 42: a plural noun after a comma is the headline subject's second verb", "[syntax][headline]") {
  // Central bank holds rates, signals cuts could begin next spring
  auto tokens = tree(
      "Central/ADJ/NNP/3/amod bank/PROPN/NNP/3/nsubj holds/VERB/VBZ/0/root rates/NOUN/NNS/9/nsubj ,/PUNCT/,/6/punct "
      "signals/NOUN/NNS/4/conj cuts/NOUN/NNS/4/conj could/AUX/MD/9/aux begin/VERB/VB/3/ccomp next/ADJ/JJ/11/amod "
      "spring/NOUN/NN/9/obj");
  CHECK(present_verb_in_headline(tokens, classes()));
  CHECK(tokens[5].xpos == "VBZ");
  CHECK(tokens[6].xpos == "NNS");
  // other verbs, and one before a preposition
  auto warns = tree(
      "Airline/NOUN/NN/2/nsubj cuts/VERB/VBZ/0/root routes/NOUN/NNS/2/obj ,/PUNCT/,/5/punct warns/NOUN/NNS/3/conj "
      "of/ADP/IN/7/case losses/NOUN/NNS/5/nmod");
  CHECK(present_verb_in_headline(warns, classes()));
  CHECK(warns[4].xpos == "VBZ");
}

TEST_CASE("a plural noun after a comma stays a noun before its own verb or without a verb before it", "[syntax][headline]") {
  // Fed lifts rates, stocks rally: "stocks" is the subject of "rally"
  auto subject = tree(
      "Fed/PROPN/NNP/2/nsubj lifts/VERB/VBZ/0/root rates/NOUN/NNS/2/obj ,/PUNCT/,/5/punct stocks/NOUN/NNS/6/nsubj "
      "rally/NOUN/NN/2/conj");
  CHECK_FALSE(present_verb_in_headline(subject, classes()));
  auto base = tree(
      "Fed/PROPN/NNP/2/nsubj lifts/VERB/VBZ/0/root rates/NOUN/NNS/2/obj ,/PUNCT/,/5/punct markets/NOUN/NNS/6/nsubj "
      "fall/VERB/VBP/2/conj on/ADP/IN/7/case news/NOUN/NN/6/obl");
  CHECK_FALSE(present_verb_in_headline(base, classes()));
  // no verb of the subject before the comma: a list of nouns
  auto list = tree(
      "Wages/NOUN/NNS/0/root ,/PUNCT/,/3/punct prices/NOUN/NNS/1/conj ,/PUNCT/,/5/punct rents/NOUN/NNS/1/conj "
      "in/ADP/IN/7/case focus/NOUN/NN/1/nmod");
  CHECK_FALSE(present_verb_in_headline(list, classes()));
}
