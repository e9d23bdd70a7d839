// attach_told_infinitives_to_their_verbs on hand-built trees: the parser's two mistakes and the
// cases that must stay as they are.
#include "core/syntax/object_control.h"

#include <catch2/catch.hpp>

#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::tree;

TEST_CASE("an infinitive after the object of a verb that asks is that verb's xcomp", "[syntax]") {
  // They urged the railroad to inspect the rail . (parsed with "inspect" an acl of "railroad")
  auto on_noun = tree(
      "They/PRON/PRP/2/nsubj urged/VERB/VBD/0/root the/DET/DT/4/det railroad/NOUN/NN/2/obj to/PART/TO/6/mark "
      "inspect/VERB/VB/4/acl the/DET/DT/8/det rail/NOUN/NN/6/obj ./PUNCT/./2/punct");
  on_noun[1].lemma = "urge";
  CHECK(attach_told_infinitives_to_their_verbs(on_noun) == 1);
  CHECK(on_noun[5].head == 1);
  CHECK(on_noun[5].deprel == "xcomp");
  // Police asked the residents of the town to leave . (parsed with "leave" an advcl of "asked")
  auto on_verb = tree(
      "Police/NOUN/NNS/2/nsubj asked/VERB/VBD/0/root the/DET/DT/4/det residents/NOUN/NNS/2/obj of/ADP/IN/7/case "
      "the/DET/DT/7/det town/NOUN/NN/4/nmod to/PART/TO/9/mark leave/VERB/VB/2/advcl ./PUNCT/./2/punct");
  on_verb[1].lemma = "ask";
  CHECK(attach_told_infinitives_to_their_verbs(on_verb) == 1);
  CHECK(on_verb[8].head == 1);
  CHECK(on_verb[8].deprel == "xcomp");
}

TEST_CASE("an infinitive of purpose, or after a verb that asks nothing, stays", "[syntax]") {
  // They used the money to buy land . : a purpose
  auto purpose = tree(
      "They/PRON/PRP/2/nsubj used/VERB/VBD/0/root the/DET/DT/4/det money/NOUN/NN/2/obj to/PART/TO/6/mark "
      "buy/VERB/VB/2/advcl land/NOUN/NN/6/obj ./PUNCT/./2/punct");
  purpose[1].lemma = "use";
  CHECK(attach_told_infinitives_to_their_verbs(purpose) == 0);
  CHECK(purpose[5].deprel == "advcl");
  // The storm forced airlines to cancel flights . : a verb of causing, left as the parser read it
  auto forced = tree(
      "The/DET/DT/2/det storm/NOUN/NN/3/nsubj forced/VERB/VBD/0/root airlines/NOUN/NNS/3/obj to/PART/TO/6/mark "
      "cancel/VERB/VB/4/acl flights/NOUN/NNS/6/obj ./PUNCT/./3/punct");
  forced[2].lemma = "force";
  CHECK(attach_told_infinitives_to_their_verbs(forced) == 0);
  // They made a decision to leave . : the noun's own infinitive
  auto decision = tree(
      "They/PRON/PRP/2/nsubj made/VERB/VBD/0/root a/DET/DT/4/det decision/NOUN/NN/2/obj to/PART/TO/6/mark "
      "leave/VERB/VB/4/acl ./PUNCT/./2/punct");
  decision[1].lemma = "make";
  CHECK(attach_told_infinitives_to_their_verbs(decision) == 0);
  // They asked the board , which met to vote . : the infinitive is not next to the object's phrase
  auto apart = tree(
      "They/PRON/PRP/2/nsubj asked/VERB/VBD/0/root the/DET/DT/4/det board/NOUN/NN/2/obj ,/PUNCT/,/4/punct "
      "which/PRON/WDT/7/nsubj met/VERB/VBD/4/acl:relcl to/PART/TO/9/mark vote/VERB/VB/7/advcl ./PUNCT/./2/punct");
  apart[1].lemma = "ask";
  CHECK(attach_told_infinitives_to_their_verbs(apart) == 0);
}
