// attach_relative_clauses_to_their_nouns on hand-built trees: the parser's mistake and the cases
// that must stay as they are.
#include "core/syntax/relative_clauses.h"

#include <catch2/catch.hpp>

#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::tree;

TEST_CASE("a clause whose subject is a relative pronoun after a noun is that noun's relative clause", "[syntax]") {
  // She left on a tour that will take her to Tokyo . (parsed with "take" a conjunct of "left")
  auto tokens = tree(
      "She/PRON/PRP/2/nsubj left/VERB/VBD/0/root on/ADP/IN/5/case a/DET/DT/5/det tour/NOUN/NN/2/obl "
      "that/PRON/WDT/8/nsubj will/AUX/MD/8/aux take/VERB/VB/2/conj her/PRON/PRP/8/obj to/ADP/IN/11/case "
      "Tokyo/PROPN/NNP/8/obl ./PUNCT/./2/punct");
  CHECK(attach_relative_clauses_to_their_nouns(tokens) == 1);
  CHECK(tokens[7].head == 4);
  CHECK(tokens[7].deprel == "acl:relcl");
  // after a comma: The storm , which hit Texas , killed three . (parsed with "hit" a parataxis of "killed")
  auto comma = tree(
      "The/DET/DT/2/det storm/NOUN/NN/8/nsubj ,/PUNCT/,/2/punct which/PRON/WDT/5/nsubj hit/VERB/VBD/8/parataxis "
      "Texas/PROPN/NNP/5/obj ,/PUNCT/,/5/punct killed/VERB/VBD/0/root three/NUM/CD/8/obj ./PUNCT/./8/punct");
  CHECK(attach_relative_clauses_to_their_nouns(comma) == 1);
  CHECK(comma[4].head == 1);
}

TEST_CASE("a relative clause already right, or with a conjunction of its own, stays", "[syntax]") {
  // a tour that starts in May and that ends in June: the second clause is a conjunct of the first
  auto conjoined = tree(
      "a/DET/DT/2/det tour/NOUN/NN/0/root that/PRON/WDT/4/nsubj starts/VERB/VBZ/2/acl:relcl in/ADP/IN/6/case "
      "May/PROPN/NNP/4/obl and/CCONJ/CC/9/cc that/PRON/WDT/9/nsubj ends/VERB/VBZ/4/conj in/ADP/IN/11/case "
      "June/PROPN/NNP/9/obl");
  CHECK(attach_relative_clauses_to_their_nouns(conjoined) == 0);
  CHECK(conjoined[8].head == 3);
  // "that" after a verb is no relative pronoun's antecedent: He said that will happen .
  auto said = tree(
      "He/PRON/PRP/2/nsubj said/VERB/VBD/0/root that/PRON/WDT/5/nsubj will/AUX/MD/5/aux happen/VERB/VB/2/ccomp "
      "./PUNCT/./2/punct");
  CHECK(attach_relative_clauses_to_their_nouns(said) == 0);
}
