// Session ev58b's tag repairs: a past tense after a count of a group that opens the sentence
// ("One of the three pumps failed in March", t57 #38), read as a participle on the group's noun
// so that the count became the root of a sentence with no verb; and a perfect's participle after
// a time phrase ("has since 2004 cut fares", t57 #56), read as a noun. On hand-built trees of
// sentences written for the test.
#include <string>

#include <catch2/catch.hpp>

#include "core/syntax/count_opening_verbs.h"
#include "core/syntax/perfect_after_time_phrase.h"
#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::arcs;
using chronograph::test::tree;

namespace {

bool regular_past(const std::string& lower) { return lower.ends_with("ed"); }

bool participle(const std::string& lower) { return lower == "cut" || lower == "set" || lower.ends_with("ed"); }

}  // namespace

TEST_CASE("ev58b: a participle after an opening count that the parse made the root is a past", "[syntax][ev58b]") {
  // One of the three pumps failed in March .
  auto tokens = tree(
      "One/NUM/CD/0/root of/ADP/IN/5/case the/DET/DT/5/det three/NUM/CD/5/nummod pumps/NOUN/NNS/1/nmod "
      "failed/VERB/VBN/5/acl in/ADP/IN/8/case March/PROPN/NNP/6/obl ./PUNCT/./1/punct");
  CHECK(past_verb_after_opening_count(tokens, regular_past));
  CHECK(tokens[5].xpos == "VBD");
}

TEST_CASE("ev58b: a participle after an opening count stays one when a verb follows it", "[syntax][ev58b]") {
  // Two of the workers injured in the blast are in hospital .
  auto tokens = tree(
      "Two/NUM/CD/0/root of/ADP/IN/4/case the/DET/DT/4/det workers/NOUN/NNS/1/nmod injured/VERB/VBN/4/acl "
      "in/ADP/IN/8/case the/DET/DT/8/det blast/NOUN/NN/5/obl are/AUX/VBP/11/cop in/ADP/IN/11/case "
      "hospital/NOUN/NN/1/nmod ./PUNCT/./1/punct");
  CHECK_FALSE(past_verb_after_opening_count(tokens, regular_past));
  CHECK(tokens[4].xpos == "VBN");
}

TEST_CASE("ev58b: a participle after a count that is no root stays one", "[syntax][ev58b]") {
  // One of the pumps damaged in the flood was replaced .
  auto tokens = tree(
      "One/NUM/CD/9/nsubj:pass of/ADP/IN/4/case the/DET/DT/4/det pumps/NOUN/NNS/1/nmod damaged/VERB/VBN/4/acl "
      "in/ADP/IN/8/case the/DET/DT/8/det flood/NOUN/NN/5/obl was/AUX/VBD/10/aux:pass replaced/VERB/VBN/0/root "
      "./PUNCT/./10/punct");
  CHECK_FALSE(past_verb_after_opening_count(tokens, regular_past));
}

TEST_CASE("ev58b: a perfect's participle after a time phrase is one", "[syntax][ev58b]") {
  // The airline has since 2004 cut fares twice .
  auto tokens = tree(
      "The/DET/DT/2/det airline/NOUN/NN/3/nsubj has/VERB/VBZ/0/root since/ADP/IN/6/case 2004/NUM/CD/6/nummod "
      "cut/NOUN/NN/7/compound fares/NOUN/NNS/3/obl twice/ADV/RB/3/advmod ./PUNCT/./3/punct");
  CHECK(participle_after_perfect_time_phrase(tokens, participle));
  CHECK(tokens[5].xpos == "VBN");
  CHECK(tokens[5].upos == "VERB");
}

TEST_CASE("ev58b: a noun after an article in a phrase after 'has' stays a noun", "[syntax][ev58b]") {
  // The club has by far the best set .
  auto tokens = tree(
      "The/DET/DT/2/det club/NOUN/NN/3/nsubj has/VERB/VBZ/0/root by/ADP/IN/5/case far/ADV/RB/3/obl "
      "the/DET/DT/8/det best/ADJ/JJS/8/amod set/NOUN/NN/3/obj ./PUNCT/./3/punct");
  CHECK_FALSE(participle_after_perfect_time_phrase(tokens, participle));
  CHECK(tokens[7].xpos == "NN");
}

TEST_CASE("ev58b: a perfect split by a time phrase gets its participle as the verb", "[syntax][ev58b]") {
  // The airline has since 2004 cut fares twice .
  auto tokens = tree(
      "The/DET/DT/2/det airline/NOUN/NN/3/nsubj has/VERB/VBZ/0/root since/ADP/IN/7/case 2004/NUM/CD/7/nummod "
      "cut/VERB/VBN/7/amod fares/NOUN/NNS/3/obl twice/ADV/RB/3/advmod ./PUNCT/./3/punct");
  CHECK(give_split_perfects_their_participles(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 6:nsubj 6:aux 5:case 6:obl 0:root 6:obj 6:advmod 6:punct");
}

TEST_CASE("ev58b: a participle that modifies a noun after 'has' and no time phrase stays", "[syntax][ev58b]") {
  // The airline has reduced fares .
  auto tokens = tree(
      "The/DET/DT/2/det airline/NOUN/NN/3/nsubj has/VERB/VBZ/0/root reduced/VERB/VBN/5/amod fares/NOUN/NNS/3/obj "
      "./PUNCT/./3/punct");
  CHECK(give_split_perfects_their_participles(tokens) == 0);
}
