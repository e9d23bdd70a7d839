// give_amounts_their_nouns on hand-built trees: the parser's mistake and the cases that must
// stay as they are.
#include "core/syntax/amounts.h"

#include <catch2/catch.hpp>

#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::arcs;
using chronograph::test::tree;

TEST_CASE("an amount before a noun hangs on that noun, which takes the amount's place", "[syntax]") {
  // Regulators approved the $ 24 billion merger .
  auto tokens = tree(
      "Regulators/NOUN/NNS/2/nsubj approved/VERB/VBD/0/root the/DET/DT/4/det $/SYM/$/2/obj 24/NUM/CD/6/compound "
      "billion/NUM/CD/4/nummod merger/NOUN/NN/2/obl ./PUNCT/./2/punct");
  CHECK(give_amounts_their_nouns(tokens) == 1);
  CHECK(arcs(tokens) == "2:nsubj 0:root 7:det 7:compound 6:compound 4:nummod 2:obj 2:punct");
  // a sign the tagger took for a noun: The \u20AC 3 billion bailout was approved .
  auto euro = tree(
      "The/DET/DT/2/det \u20AC/NOUN/NN/7/nsubj:pass 3/NUM/CD/4/compound billion/NUM/CD/5/nummod "
      "bailout/NOUN/NN/7/nsubj:pass was/AUX/VBD/7/aux:pass approved/VERB/VBN/0/root ./PUNCT/./7/punct");
  CHECK(give_amounts_their_nouns(euro) == 1);
  CHECK(arcs(euro) == "5:det 5:compound 4:compound 5:nummod 7:nsubj:pass 7:aux:pass 0:root 7:punct");
  CHECK(euro[1].upos == "SYM");
}

TEST_CASE("an amount the parser already hung on its noun, or one of two amounts, stays", "[syntax]") {
  // the noun already holds the amount: a $ 5 million fine
  auto held = tree(
      "a/DET/DT/5/det $/SYM/$/5/compound 5/NUM/CD/4/compound million/NUM/CD/2/nummod fine/NOUN/NN/0/root");
  CHECK(give_amounts_their_nouns(held) == 0);
  // the noun closes a longer compound: a $ 5 million budget deficit
  auto compound = tree(
      "a/DET/DT/2/det $/SYM/$/6/compound 5/NUM/CD/4/compound million/NUM/CD/2/nummod budget/NOUN/NN/6/compound "
      "deficit/NOUN/NN/0/root");
  CHECK(give_amounts_their_nouns(compound) == 0);
  // the later of two amounts: $ 10 and $ 8 payments
  auto pair = tree(
      "$/SYM/$/6/compound 10/NUM/CD/1/nummod and/CCONJ/CC/4/cc $/SYM/$/1/conj 8/NUM/CD/4/nummod "
      "payments/NOUN/NNS/0/root");
  CHECK(give_amounts_their_nouns(pair) == 0);
}
