// The lead's session-57 parse repair: a "between" pair inside a clause that "after" opens
// ("walked out after talks between the union and the employers broke down", t57 #64), parsed
// with the second noun the subject of a clause of its own. On hand-built trees of sentences
// written for the test.
#include <catch2/catch.hpp>

#include "core/syntax/clause_subjects.h"
#include "core/syntax/coordinated_subjects.h"
#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::arcs;
using chronograph::test::tree;

TEST_CASE("sp57: a 'between' pair in a clause 'after' opens is joined, and the clause gets its subject", "[syntax][sp57]") {
  // Workers walked out after talks between the union and the employers broke down .
  auto tokens = tree(
      "Workers/NOUN/NNS/2/nsubj walked/VERB/VBD/0/root out/ADP/RP/2/compound:prt after/ADP/IN/5/case "
      "talks/NOUN/NNS/2/obl between/ADP/IN/8/case the/DET/DT/8/det union/NOUN/NN/5/nmod and/CCONJ/CC/12/cc "
      "the/DET/DT/11/det employers/NOUN/NNS/12/nsubj broke/VERB/VBD/2/conj down/ADP/RP/12/compound:prt "
      "./PUNCT/./2/punct");
  CHECK(join_between_pairs(tokens) == 1);
  CHECK(give_prepositional_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) ==
        "2:nsubj 0:root 2:compound:prt 12:mark 12:nsubj 8:case 8:det 5:nmod 11:cc 11:det 8:conj 2:advcl "
        "12:compound:prt 2:punct");
}

TEST_CASE("sp57: a 'between' phrase on a noun no time word opens keeps the clause after 'and'", "[syntax][sp57]") {
  // Workers walked out over talks between the union and the employers broke down .
  // (no "after": the noun is no clause's subject, and "and" may join the clauses)
  auto tokens = tree(
      "Workers/NOUN/NNS/2/nsubj walked/VERB/VBD/0/root out/ADP/RP/2/compound:prt over/ADP/IN/5/case "
      "talks/NOUN/NNS/2/obl between/ADP/IN/8/case the/DET/DT/8/det union/NOUN/NN/5/nmod and/CCONJ/CC/12/cc "
      "the/DET/DT/11/det employers/NOUN/NNS/12/nsubj broke/VERB/VBD/2/conj down/ADP/RP/12/compound:prt "
      "./PUNCT/./2/punct");
  CHECK(join_between_pairs(tokens) == 0);
  CHECK(tokens[10].deprel == "nsubj");
}
