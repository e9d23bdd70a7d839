// under_finite_verb on hand-built trees: a finite verb above a word governs it, one below or
// beside it does not, and without a parse any finite verb does.
#include "core/syntax/finite_governor.h"

#include <catch2/catch.hpp>

#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::tree;

TEST_CASE("a finite verb of a clause below or beside a headline's infinitive does not govern it", "[syntax]") {
  // Nimbus to cut jobs as growth slows
  const auto as_clause = tree(
      "Nimbus/PROPN/NNP/3/nsubj to/PART/TO/3/mark cut/VERB/VB/0/root jobs/NOUN/NNS/3/obj as/SCONJ/IN/7/mark "
      "growth/NOUN/NN/7/nsubj slows/VERB/VBZ/3/advcl");
  CHECK_FALSE(under_finite_verb(as_clause, 2));
  // Nimbus to cut jobs , CEO says
  const auto attributed = tree(
      "Nimbus/PROPN/NNP/3/nsubj to/PART/TO/3/mark cut/VERB/VB/0/root jobs/NOUN/NNS/3/obj ,/PUNCT/,/7/punct "
      "CEO/NOUN/NN/7/nsubj says/VERB/VBZ/3/parataxis");
  CHECK_FALSE(under_finite_verb(attributed, 2));
}

TEST_CASE("a finite verb or a finite auxiliary of a clause above a word governs it", "[syntax]") {
  // The firm wants Nimbus to cut jobs
  const auto wants = tree(
      "The/DET/DT/2/det firm/NOUN/NN/3/nsubj wants/VERB/VBZ/0/root Nimbus/PROPN/NNP/3/obj to/PART/TO/6/mark "
      "cut/VERB/VB/3/xcomp jobs/NOUN/NNS/6/obj");
  CHECK(under_finite_verb(wants, 5));
  // It would be a mistake to keep rates high
  const auto mistake = tree(
      "It/PRON/PRP/5/expl would/AUX/MD/5/aux be/AUX/VB/5/cop a/DET/DT/5/det mistake/NOUN/NN/0/root "
      "to/PART/TO/7/mark keep/VERB/VB/5/csubj rates/NOUN/NNS/7/obj high/ADJ/JJ/7/xcomp");
  CHECK(under_finite_verb(mistake, 6));
}

TEST_CASE("without a parse any finite verb of the sentence governs", "[syntax]") {
  auto flat = tree("Nimbus/PROPN/NNP/0/_ to/PART/TO/0/_ cut/VERB/VB/0/_ jobs/NOUN/NNS/0/_");  // every head -1
  CHECK_FALSE(under_finite_verb(flat, 2));
  flat[3].xpos = "VBZ";
  CHECK(under_finite_verb(flat, 2));
}
