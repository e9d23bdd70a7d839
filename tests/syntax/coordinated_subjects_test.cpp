// join_coordinated_subjects on hand-built trees (the parser's typical mistake and the cases
// that must stay as they are); the trained models' behaviour is in morphosyntax_test.cpp.
#include "core/syntax/coordinated_subjects.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::arcs;
using chronograph::test::tree;

TEST_CASE("two subjects of one verb with 'and' between their phrases become one coordination", "[syntax]") {
  // German chancellor Olaf Scholz and French president Emmanuel Macron will meet .
  auto tokens = tree(
      "German/ADJ/2/amod chancellor/NOUN/3/nmod:desc Olaf/PROPN/11/nsubj Scholz/PROPN/3/flat "
      "and/CCONJ/6/cc French/ADJ/7/amod president/NOUN/8/nmod:desc Emmanuel/PROPN/11/nsubj "
      "Macron/PROPN/8/flat will/AUX/11/aux meet/VERB/0/root ./PUNCT/11/punct");
  CHECK(join_coordinated_subjects(tokens) == 1);
  CHECK(arcs(tokens) ==
        "2:amod 3:nmod:desc 11:nsubj 3:flat 8:cc 7:amod 8:nmod:desc 3:conj 8:flat 11:aux 0:root 11:punct");
}

TEST_CASE("a modifier the parser split off as a conjunct goes back to the second subject's phrase", "[syntax]") {
  // Reagan and Soviet leader Gorbachev signed .
  auto tokens = tree(
      "Reagan/PROPN/6/nsubj and/CCONJ/3/cc Soviet/PROPN/1/conj leader/NOUN/5/nmod:desc Gorbachev/PROPN/6/nsubj "
      "signed/VERB/0/root ./PUNCT/6/punct");
  CHECK(join_coordinated_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "6:nsubj 5:cc 4:compound 5:nmod:desc 1:conj 0:root 6:punct");
  // A conjunct with words of its own stays: Reagan and his wife Nancy signed .
  auto own = tree(
      "Reagan/PROPN/6/nsubj and/CCONJ/4/cc his/PRON/4/nmod:poss wife/NOUN/1/conj Nancy/PROPN/6/nsubj "
      "signed/VERB/0/root");
  join_coordinated_subjects(own);
  CHECK(own[3].deprel == "conj");
}

TEST_CASE("three subjects separated by a comma and 'and' are three conjuncts of the first", "[syntax]") {
  // Germany , France and Italy signed the deal .
  auto tokens = tree(
      "Germany/PROPN/6/nsubj ,/PUNCT/6/punct France/PROPN/6/nsubj and/CCONJ/6/cc Italy/PROPN/6/nsubj "
      "signed/VERB/0/root the/DET/8/det deal/NOUN/6/obj ./PUNCT/6/punct");
  CHECK(join_coordinated_subjects(tokens) == 2);
  CHECK(arcs(tokens) == "6:nsubj 3:punct 1:conj 5:cc 1:conj 0:root 8:det 6:obj 6:punct");
}

TEST_CASE("subjects are left alone without a conjunction, of different verbs, or around their verb",
          "[syntax]") {
  // An apposition the parser took for a second subject: no conjunction, nothing to join.
  auto apposition = tree("Smith/PROPN/5/nsubj ,/PUNCT/5/punct spokesman/NOUN/5/nsubj ,/PUNCT/5/punct said/VERB/0/root");
  CHECK(join_coordinated_subjects(apposition) == 0);
  // Two clauses, each with its subject.
  const std::string two_clauses =
      "minister/NOUN/2/nsubj resigned/VERB/0/root and/CCONJ/6/cc president/NOUN/6/nsubj will/AUX/6/aux "
      "speak/VERB/2/conj";
  auto clauses = tree(two_clauses);
  CHECK(join_coordinated_subjects(clauses) == 0);
  CHECK(arcs(clauses) == arcs(tree(two_clauses)));
  // A verb between the two (a parse error of another kind): not a coordinated subject.
  auto around = tree("prices/NOUN/2/nsubj rose/VERB/0/root and/CCONJ/4/cc sales/NOUN/2/nsubj");
  CHECK(join_coordinated_subjects(around) == 0);
  // Words other than punctuation between the phrases.
  auto blocked = tree("Biden/PROPN/5/nsubj met/ADV/5/advmod and/CCONJ/4/cc Putin/PROPN/5/nsubj spoke/VERB/0/root");
  CHECK(join_coordinated_subjects(blocked) == 0);
}

TEST_CASE("joining never leaves a cycle or a second root, even on a malformed tree", "[syntax][robust]") {
  auto cyclic = tree("a/NOUN/2/dep b/NOUN/1/dep c/NOUN/6/nsubj and/CCONJ/5/cc d/NOUN/6/nsubj e/VERB/0/root");
  CHECK(join_coordinated_subjects(cyclic) == 1);
  CHECK(arcs(cyclic) == "2:dep 1:dep 6:nsubj 5:cc 3:conj 0:root");
  std::vector<Token> empty;
  CHECK(join_coordinated_subjects(empty) == 0);
}

TEST_CASE("the noun after 'and' in a 'between' phrase is the first noun's conjunct, not a clause's subject", "[syntax]") {
  // A ceasefire between the government and the militia will take effect .
  auto tokens = tree(
      "A/DET/DT/2/det ceasefire/NOUN/NN/0/root between/ADP/IN/5/case the/DET/DT/5/det government/NOUN/NN/2/nmod "
      "and/CCONJ/CC/10/cc the/DET/DT/8/det militia/NOUN/NN/10/nsubj will/AUX/MD/10/aux take/VERB/VB/2/conj "
      "effect/NOUN/NN/10/obj ./PUNCT/./2/punct");
  CHECK(join_between_pairs(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 0:root 5:case 5:det 2:nmod 8:cc 8:det 5:conj 10:aux 2:conj 10:obj 2:punct");
  // "and" joining two clauses after a "between" phrase that ends before it stays
  auto clauses = tree(
      "Talks/NOUN/NNS/5/nsubj between/ADP/IN/3/case them/PRON/PRP/1/nmod have/AUX/VBP/5/aux stalled/VERB/VBN/0/root "
      "and/CCONJ/CC/9/cc the/DET/DT/8/det army/NOUN/NN/9/nsubj advanced/VERB/VBD/5/conj");
  CHECK(join_between_pairs(clauses) == 0);
  // a verb not on the noun the phrase modifies keeps its subject: Talks were held between the
  // sides and China offered help
  auto held = tree(
      "Talks/NOUN/NNS/3/nsubj:pass were/AUX/VBD/3/aux:pass held/VERB/VBN/0/root between/ADP/IN/6/case "
      "the/DET/DT/6/det sides/NOUN/NNS/3/obl and/CCONJ/CC/9/cc China/PROPN/NNP/9/nsubj offered/VERB/VBD/3/conj "
      "help/NOUN/NN/9/obj");
  CHECK(join_between_pairs(held) == 0);
  // nor does a pair already joined: a truce between Kaldor and Tessin and the UN welcomed it
  auto paired = tree(
      "a/DET/DT/2/det truce/NOUN/NN/0/root between/ADP/IN/4/case Kaldor/PROPN/NNP/2/nmod and/CCONJ/CC/6/cc "
      "Tessin/PROPN/NNP/4/conj and/CCONJ/CC/10/cc the/DET/DT/9/det UN/PROPN/NNP/10/nsubj welcomed/VERB/VBD/2/conj "
      "it/PRON/PRP/10/obj");
  CHECK(join_between_pairs(paired) == 0);
}

TEST_CASE("'neither X nor Y' before a verb the parser made X's conjunct is the verb's coordinated subject", "[syntax]") {
  // Neither the union nor the company has commented .
  auto tokens = tree(
      "Neither/CCONJ/3/cc:preconj the/DET/3/det union/NOUN/0/root nor/CCONJ/8/cc the/DET/6/det company/NOUN/8/nsubj "
      "has/AUX/8/aux commented/VERB/3/conj ./PUNCT/3/punct");
  CHECK(join_neither_nor_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "3:cc:preconj 3:det 8:nsubj 6:cc 6:det 3:conj 8:aux 0:root 8:punct");
  // Objects stay as they are: She liked neither tea nor coffee .
  auto objects = tree("She/PRON/2/nsubj liked/VERB/0/root neither/CCONJ/4/cc:preconj tea/NOUN/2/obj nor/CCONJ/6/cc "
                      "coffee/NOUN/4/conj ./PUNCT/2/punct");
  const std::string before = arcs(objects);
  CHECK(join_neither_nor_subjects(objects) == 0);
  CHECK(arcs(objects) == before);
  // No "nor": Neither side won .
  auto alone = tree("Neither/DET/2/det side/NOUN/3/nsubj won/VERB/0/root ./PUNCT/3/punct");
  CHECK(join_neither_nor_subjects(alone) == 0);
}

TEST_CASE("a common noun right before a name, both subjects of one verb, says what the name is", "[syntax]") {
  // The pension fund Ardent Capital said it would back the offer .
  auto tokens = tree(
      "The/DET/3/det pension/NOUN/3/compound fund/NOUN/6/nsubj Ardent/PROPN/5/compound Capital/PROPN/6/nsubj "
      "said/VERB/0/root it/PRON/9/nsubj would/AUX/9/aux back/VERB/6/ccomp the/DET/11/det offer/NOUN/9/obj ./PUNCT/6/punct");
  CHECK(join_descriptor_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "3:det 3:compound 5:nmod:desc 5:compound 6:nsubj 0:root 9:nsubj 9:aux 6:ccomp 11:det 9:obj 6:punct");
}

TEST_CASE("subjects apart, or a name before a noun, are no descriptor and its name", "[syntax]") {
  // The fund , Ardent said , will sell . : "fund" and "Ardent" are subjects of two verbs
  auto apart = tree(
      "The/DET/2/det fund/NOUN/8/nsubj ,/PUNCT/5/punct Ardent/PROPN/5/nsubj said/VERB/7/parataxis ,/PUNCT/5/punct "
      "will/AUX/8/aux sell/VERB/0/root ./PUNCT/8/punct");
  CHECK(join_descriptor_subjects(apart) == 0);
  // Ardent the fund sold . : a name before a noun with its own determiner is no modifier of it
  auto reversed = tree("Ardent/PROPN/4/nsubj the/DET/3/det fund/NOUN/4/nsubj sold/VERB/0/root ./PUNCT/4/punct");
  CHECK(join_descriptor_subjects(reversed) == 0);
}

TEST_CASE("a name right before a bare noun, both subjects of one verb, is the noun's compound", "[syntax]") {
  // Measles cases climb as officials widen the drive
  auto tokens = tree(
      "Measles/PROPN/3/nsubj cases/NOUN/3/nsubj climb/VERB/0/root as/SCONJ/6/mark officials/NOUN/6/nsubj "
      "widen/VERB/3/advcl the/DET/8/det drive/NOUN/6/obj");
  CHECK(join_descriptor_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:compound 3:nsubj 0:root 6:mark 6:nsubj 3:advcl 8:det 6:obj");
}

TEST_CASE("a root noun right before the name that is a verb's subject is that name's descriptor", "[syntax]") {
  // Opposition leader Elena Varga won , the commission said . (parsed with "leader" the root)
  auto tokens = tree(
      "Opposition/NOUN/2/compound leader/NOUN/0/root Elena/PROPN/5/nsubj Varga/PROPN/3/flat won/VERB/8/ccomp "
      ",/PUNCT/8/punct commission/NOUN/8/nsubj said/VERB/2/parataxis ./PUNCT/2/punct");
  CHECK(give_root_descriptors_their_names(tokens) == 1);
  CHECK(arcs(tokens) == "2:compound 3:nmod:desc 5:nsubj 3:flat 0:root 8:punct 8:nsubj 5:parataxis 5:punct");
  // a noun with a copula of its own is a predicate: The winner is Elena Varga .
  auto predicate = tree("The/DET/2/det winner/NOUN/0/root is/AUX/2/cop Elena/PROPN/2/nsubj ./PUNCT/2/punct");
  CHECK(give_root_descriptors_their_names(predicate) == 0);
}

TEST_CASE("a verb's object noun right before a name another word took as its subject is the name's descriptor", "[syntax]") {
  // Rovers sacked manager Luis Ortega on Monday , after a defeat . (parsed with "Luis" the
  // subject of "defeat" and "Monday" under "Luis")
  auto tokens = tree(
      "Rovers/NOUN/2/nsubj sacked/VERB/0/root manager/NOUN/2/obj Luis/PROPN/11/nsubj Ortega/PROPN/4/flat "
      "on/ADP/7/case Monday/PROPN/4/nmod ,/PUNCT/11/punct after/ADP/11/case a/DET/11/det defeat/NOUN/2/parataxis "
      "./PUNCT/2/punct");
  CHECK(give_object_descriptors_their_names(tokens) == 1);
  CHECK(arcs(tokens) == "2:nsubj 0:root 4:nmod:desc 2:obj 4:flat 7:case 2:obl 11:punct 11:case 11:det 2:parataxis 2:punct");
  // a name that is already the verb's is left: Rovers sacked manager Luis Ortega .
  auto right = tree("Rovers/NOUN/2/nsubj sacked/VERB/0/root manager/NOUN/4/nmod:desc Luis/PROPN/2/obj Ortega/PROPN/4/flat ./PUNCT/2/punct");
  CHECK(give_object_descriptors_their_names(right) == 0);
}
