// Parse repairs behind tester 55's findings 17 and 70 (dt56): a clause whose subject is an
// ordinal standing for the noun told before ("and a second, on Friday, was stopped"), and a
// passive clause "after" opens that the parser read as a preposition of its subject ("after
// the recall was announced"). On hand-built trees of sentences written for the test.
#include <catch2/catch.hpp>

#include "core/syntax/clause_subjects.h"
#include "core/syntax/ordinal_conjuncts.h"
#include "core/syntax/tagger_repairs.h"
#include "core/syntax/word_classes.h"
#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::arcs;
using chronograph::test::tree;

namespace {

void mark_ordinal(std::vector<Token>& tokens, std::size_t k) { tokens[k].feats = "Degree=Pos|NumForm=Word|NumType=Ord"; }

}  // namespace

TEST_CASE("dt56 17: an ordinal and a set-off date before a passive verb are that verb's", "[syntax][dt56]") {
  // The first race on Monday was cancelled because of fog , and a second , on Friday , was stopped .
  auto tokens = tree(
      "The/DET/DT/3/det first/ADJ/JJ/3/amod race/NOUN/NN/7/nsubj:pass on/ADP/IN/5/case Monday/PROPN/NNP/3/nmod "
      "was/AUX/VBD/7/aux:pass cancelled/VERB/VBN/0/root because/ADP/IN/10/case of/ADP/IN/8/fixed fog/NOUN/NN/7/obl "
      ",/PUNCT/,/14/punct and/CCONJ/CC/14/cc a/DET/DT/14/det second/ADJ/JJ/7/conj ,/PUNCT/,/17/punct "
      "on/ADP/IN/17/case Friday/PROPN/NNP/14/obl ,/PUNCT/,/20/punct was/AUX/VBD/20/aux:pass stopped/VERB/VBN/7/conj "
      "./PUNCT/./7/punct");
  mark_ordinal(tokens, 1);
  mark_ordinal(tokens, 13);
  CHECK(give_ordinal_conjuncts_their_verbs(tokens) == 1);
  CHECK(arcs(tokens) ==
        "3:det 3:amod 7:nsubj:pass 5:case 3:nmod 7:aux:pass 0:root 10:case 8:fixed 7:obl 20:punct 20:cc 14:det "
        "20:nsubj:pass 20:punct 17:case 20:obl 20:punct 20:aux:pass 7:conj 7:punct");
}

TEST_CASE("dt56 17: a first verb hung below the second takes its place", "[syntax][dt56]") {
  // A first race on Monday was cancelled , and a second , on Friday , was stopped .
  auto tokens = tree(
      "A/DET/DT/3/det first/ADJ/JJ/3/amod race/NOUN/NN/0/root on/ADP/IN/5/case Monday/PROPN/NNP/3/nmod "
      "was/AUX/VBD/7/aux:pass cancelled/VERB/VBN/17/nsubj:pass ,/PUNCT/,/11/punct and/CCONJ/CC/11/cc a/DET/DT/11/det "
      "second/ADJ/JJ/7/conj ,/PUNCT/,/14/punct on/ADP/IN/14/case Friday/PROPN/NNP/7/conj ,/PUNCT/,/7/punct "
      "was/AUX/VBD/17/aux:pass stopped/VERB/VBN/3/parataxis ./PUNCT/./17/punct");
  mark_ordinal(tokens, 1);
  mark_ordinal(tokens, 10);
  CHECK(give_ordinal_conjuncts_their_verbs(tokens) == 1);
  CHECK(arcs(tokens) ==
        "3:det 3:amod 0:root 5:case 3:nmod 7:aux:pass 3:parataxis 17:punct 17:cc 11:det 17:nsubj:pass 17:punct "
        "14:case 17:obl 17:punct 17:aux:pass 7:conj 17:punct");
}

TEST_CASE("dt56 17: an ordinal before its noun, or a verb with a subject, is left alone", "[syntax][dt56]") {
  // The first race was cancelled , and a second race was stopped .
  auto with_noun = tree(
      "The/DET/DT/3/det first/ADJ/JJ/3/amod race/NOUN/NN/5/nsubj:pass was/AUX/VBD/5/aux:pass cancelled/VERB/VBN/0/root "
      ",/PUNCT/,/11/punct and/CCONJ/CC/11/cc a/DET/DT/9/det second/ADJ/JJ/9/amod race/NOUN/NN/11/nsubj:pass "
      "was/AUX/VBD/11/aux:pass stopped/VERB/VBN/5/conj ./PUNCT/./5/punct");
  mark_ordinal(with_noun, 8);
  const auto before = arcs(with_noun);
  CHECK(give_ordinal_conjuncts_their_verbs(with_noun) == 0);
  CHECK(arcs(with_noun) == before);
  // The first race was cancelled , and a second , the crowd said , was stopped .
  auto with_verb = tree(
      "The/DET/DT/3/det first/ADJ/JJ/3/amod race/NOUN/NN/5/nsubj:pass was/AUX/VBD/5/aux:pass cancelled/VERB/VBN/0/root "
      ",/PUNCT/,/9/punct and/CCONJ/CC/9/cc a/DET/DT/9/det second/ADJ/JJ/5/conj ,/PUNCT/,/13/punct the/DET/DT/12/det "
      "crowd/NOUN/NN/13/nsubj said/VERB/VBD/5/parataxis ,/PUNCT/,/13/punct was/AUX/VBD/16/aux:pass "
      "stopped/VERB/VBN/5/conj ./PUNCT/./5/punct");
  mark_ordinal(with_verb, 8);
  CHECK(give_ordinal_conjuncts_their_verbs(with_verb) == 0);
}

TEST_CASE("dt56 70: a passive clause after is the clause of its noun's verb", "[syntax][dt56]") {
  // Shares rose on Monday and fell on Wednesday after the recall was announced .
  auto tokens = tree(
      "Shares/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root on/ADP/IN/4/case Monday/PROPN/NNP/2/obl and/CCONJ/CC/6/cc "
      "fell/VERB/VBD/2/conj on/ADP/IN/8/case Wednesday/PROPN/NNP/6/obl after/ADP/IN/11/case the/DET/DT/11/det "
      "recall/NOUN/NN/6/obl was/AUX/VBD/13/aux:pass announced/VERB/VBN/2/conj ./PUNCT/./2/punct");
  CHECK(give_prepositional_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:nsubj 0:root 4:case 2:obl 6:cc 2:conj 8:case 6:obl 13:mark 11:det 13:nsubj:pass "
                        "13:aux:pass 6:advcl 2:punct");
  CHECK(tokens[8].upos == "SCONJ");
  // (a clause the parser hung as an adverbial keeps its verb: the noun hung on another noun)
  // Police will pursue the gang until the cases are solved .
  auto adverbial = tree(
      "Police/NOUN/NNS/3/nsubj will/AUX/MD/3/aux pursue/VERB/VB/0/root the/DET/DT/5/det gang/NOUN/NN/3/obj "
      "until/ADP/IN/8/case the/DET/DT/8/det cases/NOUN/NNS/5/nmod are/AUX/VBP/10/aux:pass solved/VERB/VBN/3/advcl "
      "./PUNCT/./3/punct");
  CHECK(give_prepositional_clauses_subjects(adverbial) == 1);
  CHECK(arcs(adverbial) == "3:nsubj 3:aux 0:root 5:det 3:obj 10:mark 8:det 10:nsubj:pass 10:aux:pass 3:advcl 3:punct");
  // (an auxiliary that is no finite one opens no clause: "after the recall being announced")
  auto gerund = tree(
      "Shares/NOUN/NNS/2/nsubj fell/VERB/VBD/0/root after/ADP/IN/5/case the/DET/DT/5/det recall/NOUN/NN/2/obl "
      "being/AUX/VBG/7/aux:pass announced/VERB/VBN/2/conj ./PUNCT/./2/punct");
  CHECK(give_prepositional_clauses_subjects(gerund) == 0);
}

TEST_CASE("dt56 18: a present tense hung as the bare object of the verb before it is the plural noun", "[syntax][dt56]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  const auto always_present = [](const std::string&) { return true; };
  // The ministry denied reports last week that the dam had cracked .
  auto tokens = tree(
      "The/DET/DT/2/det ministry/NOUN/NN/3/nsubj denied/VERB/VBD/0/root reports/VERB/VBZ/3/obj last/ADJ/JJ/6/amod "
      "week/NOUN/NN/4/obl:unmarked that/SCONJ/IN/11/mark the/DET/DT/9/det dam/NOUN/NN/11/nsubj had/AUX/VBD/11/aux "
      "cracked/VERB/VBN/4/ccomp ./PUNCT/./3/punct");
  CHECK(noun_from_verb_in_noun_slot(tokens, classes, always_present));
  CHECK(tokens[3].xpos == "NNS");
  // (one with a subject of its own stays a present tense: "denied [the firm] reports ...")
  auto with_subject = tree(
      "They/PRON/PRP/2/nsubj denied/VERB/VBD/0/root firm/NOUN/NN/4/nsubj reports/VERB/VBZ/2/obj "
      "losses/NOUN/NNS/4/obj ./PUNCT/./2/punct");
  CHECK_FALSE(noun_from_verb_in_noun_slot(with_subject, classes, always_present));
}

TEST_CASE("dt56 70: a clause after opens that the parser took for a complement is adverbial", "[syntax][dt56]") {
  // The minister will resign after the report is published .
  auto tokens = tree(
      "The/DET/DT/2/det minister/NOUN/NN/4/nsubj will/AUX/MD/4/aux resign/VERB/VB/0/root after/ADP/IN/7/case "
      "the/DET/DT/7/det report/NOUN/NN/9/nsubj:pass is/AUX/VBZ/9/aux:pass published/VERB/VBN/4/ccomp ./PUNCT/./4/punct");
  CHECK(give_prepositional_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 4:nsubj 4:aux 0:root 9:mark 7:det 9:nsubj:pass 9:aux:pass 4:advcl 4:punct");
  // (a complement no such word opens stays one: "The minister said the report is published .")
  auto said = tree(
      "The/DET/DT/2/det minister/NOUN/NN/3/nsubj said/VERB/VBD/0/root the/DET/DT/5/det report/NOUN/NN/7/nsubj:pass "
      "is/AUX/VBZ/7/aux:pass published/VERB/VBN/3/ccomp ./PUNCT/./3/punct");
  CHECK(give_prepositional_clauses_subjects(said) == 0);
}
