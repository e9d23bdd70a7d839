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

TEST_CASE("a subject's relative clause read as the sentence gives the subject back to the verb after it", "[syntax]") {
  using chronograph::test::arcs;
  // Hartley , who joined the club in 2021 , won two games .
  auto tokens = tree(
      "Hartley/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj joined/VERB/VBD/0/root the/DET/DT/6/det "
      "club/NOUN/NN/4/obj in/ADP/IN/8/case 2021/NUM/CD/4/obl ,/PUNCT/,/10/punct won/VERB/VBD/4/conj "
      "two/NUM/CD/12/nummod games/NOUN/NNS/10/obj ./PUNCT/./4/punct");
  CHECK(give_subjects_their_verbs_after_relative_clauses(tokens) == 1);
  CHECK(arcs(tokens) == "10:nsubj 4:punct 4:nsubj 1:acl:relcl 6:det 4:obj 8:case 4:obl 10:punct 0:root 12:nummod 10:obj 10:punct");
  // a name of two words: Anna Berg , who founded the firm , sold it .
  auto name = tree(
      "Anna/PROPN/NNP/5/nsubj Berg/PROPN/NNP/1/flat ,/PUNCT/,/5/punct who/PRON/WP/5/nsubj founded/VERB/VBD/0/root "
      "the/DET/DT/7/det firm/NOUN/NN/5/obj ,/PUNCT/,/9/punct sold/VERB/VBD/5/conj it/PRON/PRP/9/obj ./PUNCT/./5/punct");
  CHECK(give_subjects_their_verbs_after_relative_clauses(name) == 1);
  CHECK(arcs(name) == "9:nsubj 1:flat 5:punct 5:nsubj 1:acl:relcl 7:det 5:obj 9:punct 0:root 9:obj 9:punct");
  // a conjunct with "and" or a subject of its own is the relative clause's second verb, or another clause
  auto joined = tree(
      "Hartley/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj joined/VERB/VBD/0/root the/DET/DT/6/det "
      "club/NOUN/NN/4/obj and/CCONJ/CC/8/cc won/VERB/VBD/4/conj two/NUM/CD/10/nummod games/NOUN/NNS/8/obj");
  CHECK(give_subjects_their_verbs_after_relative_clauses(joined) == 0);
  // no relative pronoun among the root's subjects: nothing to give back
  auto plain = tree(
      "Hartley/PROPN/NNP/2/nsubj joined/VERB/VBD/0/root the/DET/DT/4/det club/NOUN/NN/2/obj ,/PUNCT/,/6/punct "
      "won/VERB/VBD/2/conj games/NOUN/NNS/6/obj");
  CHECK(give_subjects_their_verbs_after_relative_clauses(plain) == 0);
}

TEST_CASE("a verb coordinated after a relative clause is that clause's second verb", "[syntax]") {
  // The bill passed after a debate that began on Monday and ran until midnight .
  auto tokens = tree(
      "The/DET/DT/2/det bill/NOUN/NN/3/nsubj passed/VERB/VBD/0/root after/ADP/IN/6/case a/DET/DT/6/det "
      "debate/NOUN/NN/3/obl that/PRON/WDT/8/nsubj began/VERB/VBD/6/acl:relcl on/ADP/IN/10/case Monday/PROPN/NNP/8/obl "
      "and/CCONJ/CC/12/cc ran/VERB/VBD/3/conj until/ADP/IN/14/case midnight/NOUN/NN/12/obl ./PUNCT/./3/punct");
  CHECK(join_conjuncts_to_relative_clauses(tokens) == 1);
  CHECK(tokens[11].head == 7);
  // with a subject of its own it is the main clause's: ... that began on Monday and MPs voted .
  auto own = tree(
      "The/DET/DT/2/det bill/NOUN/NN/3/nsubj passed/VERB/VBD/0/root after/ADP/IN/6/case a/DET/DT/6/det "
      "debate/NOUN/NN/3/obl that/PRON/WDT/8/nsubj began/VERB/VBD/6/acl:relcl on/ADP/IN/10/case Monday/PROPN/NNP/8/obl "
      "and/CCONJ/CC/13/cc MPs/PROPN/NNPS/13/nsubj voted/VERB/VBD/3/conj ./PUNCT/./3/punct");
  CHECK(join_conjuncts_to_relative_clauses(own) == 0);
}

TEST_CASE("a clause that ends or starts something, hung on the phrase of a period's noun, is that period's", "[syntax]") {
  for (const std::string period : {"quarter", "year", "month", "period"})
    for (const std::string verb : {"ended", "began", "started"}) {
      // Sales for the quarter , which ended July 31 , rose . (the parser hung the clause on "Sales")
      auto tokens = tree("Sales/NOUN/NNS/11/nsubj for/ADP/IN/4/case the/DET/DT/4/det " + period + "/NOUN/NN/1/nmod ,/PUNCT/,/7/punct "
                         "which/PRON/WDT/7/nsubj " + verb + "/VERB/VBD/1/acl:relcl July/PROPN/NNP/9/nmod:unmarked 31/NUM/CD/7/obl "
                         ",/PUNCT/,/1/punct rose/VERB/VBD/0/root ./PUNCT/./11/punct");
      tokens[3].lemma = period;
      tokens[6].lemma = verb == "ended" ? "end" : verb == "began" ? "begin" : "start";
      INFO(period << " " << verb);
      CHECK(attach_relative_clauses_to_their_nouns(tokens) == 1);
      CHECK(tokens[6].head == 3);
    }
  // another clause stays on the phrase's head: the president of the company , who resigned , ...
  auto president = tree(
      "The/DET/DT/2/det president/NOUN/NN/10/nsubj of/ADP/IN/5/case the/DET/DT/5/det company/NOUN/NN/2/nmod ,/PUNCT/,/8/punct "
      "who/PRON/WP/8/nsubj resigned/VERB/VBD/2/acl:relcl ,/PUNCT/,/2/punct spoke/VERB/VBD/0/root ./PUNCT/./10/punct");
  president[4].lemma = "company";
  president[7].lemma = "resign";
  CHECK(attach_relative_clauses_to_their_nouns(president) == 0);
  CHECK(president[7].head == 1);
}
