// attach_told_infinitives_to_their_verbs and object_from_infinitive_subject on hand-built trees:
// the parser's mistakes and the cases that must stay as they are.
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

TEST_CASE("the parser's subject of an infinitive without 'for' is the object of the verb before it", "[syntax]") {
  // He met chief Abbas Kamel last week to discuss a plan . (parsed with "Abbas" the subject of
  // "discuss" and "week" under "Abbas")
  auto met = tree(
      "He/PRON/PRP/2/nsubj met/VERB/VBD/0/root chief/NOUN/NN/4/compound Abbas/PROPN/NNP/9/nsubj "
      "Kamel/PROPN/NNP/4/flat last/ADJ/JJ/7/amod week/NOUN/NN/4/obl:unmarked to/PART/TO/9/mark "
      "discuss/VERB/VB/2/advcl a/DET/DT/11/det plan/NOUN/NN/9/obj ./PUNCT/./2/punct");
  met[1].lemma = "meet";
  CHECK(object_from_infinitive_subject(met) == 1);
  CHECK(met[3].head == 1);
  CHECK(met[3].deprel == "obj");
  CHECK(met[6].head == 1);  // "last week" dates the meeting
  CHECK(met[8].deprel == "advcl");
  // They urged him to leave . (parsed with "him" the subject of "leave"): the asking verb's xcomp
  auto urged = tree(
      "They/PRON/PRP/2/nsubj urged/VERB/VBD/0/root him/PRON/PRP/5/nsubj to/PART/TO/5/mark leave/VERB/VB/2/ccomp "
      "./PUNCT/./2/punct");
  urged[1].lemma = "urge";
  CHECK(object_from_infinitive_subject(urged) == 1);
  CHECK(urged[2].head == 1);
  CHECK(urged[4].deprel == "xcomp");
}

TEST_CASE("an infinitive's subject stays with 'for', with its own 'be', or when the verb has an object", "[syntax]") {
  // They waited for the team to win .
  auto waited = tree(
      "They/PRON/PRP/2/nsubj waited/VERB/VBD/0/root for/SCONJ/IN/6/mark the/DET/DT/5/det team/NOUN/NN/6/nsubj "
      "to/PART/TO/6/mark win/VERB/VB/2/advcl ./PUNCT/./2/punct");
  CHECK(object_from_infinitive_subject(waited) == 0);
  CHECK(waited[4].deprel == "nsubj");
  // ... however the parser hung the "for": They waited for the team to win . ("for" a case of "team")
  auto case_for = tree(
      "They/PRON/PRP/2/nsubj waited/VERB/VBD/0/root for/ADP/IN/5/case the/DET/DT/5/det team/NOUN/NN/7/nsubj "
      "to/PART/TO/7/mark win/VERB/VB/2/advcl ./PUNCT/./2/punct");
  CHECK(object_from_infinitive_subject(case_for) == 0);
  // I think the plan was to encircle Iran . (the infinitive has its own "was")
  auto plan = tree(
      "I/PRON/PRP/2/nsubj think/VERB/VBP/0/root the/DET/DT/4/det plan/NOUN/NN/7/nsubj was/AUX/VBD/7/cop "
      "to/PART/TO/7/mark encircle/VERB/VB/2/ccomp Iran/PROPN/NNP/7/obj ./PUNCT/./2/punct");
  CHECK(object_from_infinitive_subject(plan) == 0);
  CHECK(plan[3].head == 6);
  // They sent food aid workers to help . (parsed with "food" the object of "sent" and "workers"
  // the subject of "help"): with an object there already, which word is wrong is not clear
  auto sent = tree(
      "They/PRON/PRP/2/nsubj sent/VERB/VBD/0/root food/NOUN/NN/2/obj aid/NOUN/NN/5/compound workers/NOUN/NNS/7/nsubj "
      "to/PART/TO/7/mark help/VERB/VB/2/advcl ./PUNCT/./2/punct");
  CHECK(object_from_infinitive_subject(sent) == 0);
}
