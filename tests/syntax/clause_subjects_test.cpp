// give_clauses_subjects on hand-built trees (the parser's mistake and the cases that must stay
// as they are), and on the trained models' parse of sentences written for the test.
#include "core/syntax/clause_subjects.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"
#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::arcs;
using chronograph::test::tree;

TEST_CASE("an object right before a subjectless finite clause is the clause's subject", "[syntax]") {
  // The auditors estimate the company is planning cuts .
  auto tokens = tree(
      "The/DET/DT/2/det auditors/NOUN/NNS/3/nsubj estimate/VERB/VBP/0/root the/DET/DT/5/det company/NOUN/NN/3/obj "
      "is/AUX/VBZ/7/aux planning/VERB/VBG/3/ccomp cuts/NOUN/NNS/7/obj ./PUNCT/./3/punct");
  CHECK(give_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 3:nsubj 0:root 5:det 7:nsubj 7:aux 3:ccomp 7:obj 3:punct");
}

TEST_CASE("a copular clause taken for an oblique becomes a complement with its subject", "[syntax]") {
  // Officials found planning is under way .
  auto tokens = tree(
      "Officials/NOUN/NNS/2/nsubj found/VERB/VBD/0/root planning/NOUN/NN/2/obj is/AUX/VBZ/6/cop "
      "under/ADP/IN/6/case way/NOUN/NN/2/obl ./PUNCT/./2/punct");
  CHECK(give_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:nsubj 0:root 6:nsubj 6:cop 6:case 2:ccomp 2:punct");
}

TEST_CASE("a passive clause gets a passive subject", "[syntax]") {
  // Reports say the bridge was closed .
  auto tokens = tree(
      "Reports/NOUN/NNS/2/nsubj say/VERB/VBP/0/root the/DET/DT/4/det bridge/NOUN/NN/2/obj was/AUX/VBD/6/aux:pass "
      "closed/VERB/VBN/2/ccomp ./PUNCT/./2/punct");
  CHECK(give_clauses_subjects(tokens) == 1);
  CHECK(tokens[3].deprel == "nsubj:pass");
  CHECK(tokens[3].head == 5);
}

TEST_CASE("a noun taken for a reporting verb's complement before a subjectless clause is its subject", "[syntax]") {
  // The firm said demand for chips would remain strong .
  auto tokens = tree(
      "The/DET/DT/2/det firm/NOUN/NN/3/nsubj said/VERB/VBD/0/root demand/NOUN/NN/3/ccomp for/ADP/IN/6/case "
      "chips/NOUN/NNS/4/nmod would/AUX/MD/8/aux remain/VERB/VB/3/ccomp strong/ADJ/JJ/8/xcomp ./PUNCT/./3/punct");
  CHECK(give_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 3:nsubj 0:root 8:nsubj 6:case 4:nmod 8:aux 3:ccomp 8:xcomp 3:punct");
  // a clause complement (a verb) is no subject
  auto clause = tree(
      "He/PRON/PRP/2/nsubj said/VERB/VBD/0/root leaving/VERB/VBG/2/ccomp would/AUX/MD/5/aux hurt/VERB/VB/2/ccomp "
      "./PUNCT/./2/punct");
  CHECK(give_clauses_subjects(clause) == 0);
}

TEST_CASE("clauses with a subject, without a finite auxiliary or apart from the object stay as they are", "[syntax]") {
  const std::vector<std::string> kept = {
      // He told the reporters he will go .  (the clause has its subject)
      "He/PRON/PRP/2/nsubj told/VERB/VBD/0/root the/DET/DT/4/det reporters/NOUN/NNS/2/obj he/PRON/PRP/7/nsubj "
      "will/AUX/MD/7/aux go/VERB/VB/2/ccomp ./PUNCT/./2/punct",
      // She wants the plan to be approved .  (no finite auxiliary)
      "She/PRON/PRP/2/nsubj wants/VERB/VBZ/0/root the/DET/DT/4/det plan/NOUN/NN/2/obj to/PART/TO/7/mark "
      "be/AUX/VB/7/aux:pass approved/VERB/VBN/2/xcomp ./PUNCT/./2/punct",
      // Please tell the staff , is the door open ?  (a comma between the object and the clause,
      // which has its own subject anyway)
      "Please/INTJ/UH/2/discourse tell/VERB/VB/0/root the/DET/DT/4/det staff/NOUN/NN/2/obj ,/PUNCT/,/9/punct "
      "is/AUX/VBZ/9/cop the/DET/DT/8/det door/NOUN/NN/9/nsubj open/ADJ/JJ/2/parataxis ?/PUNCT/./2/punct"};
  for (const auto& spec : kept) {
    auto tokens = tree(spec);
    const std::string before = arcs(tokens);
    CHECK(give_clauses_subjects(tokens) == 0);
    CHECK(arcs(tokens) == before);
  }
}

TEST_CASE("issue 42: a clause hung on the first verb after a later verb's object is that verb's complement", "[syntax]") {
  // Central bank holds rates , signals cuts could begin next spring
  auto tokens = tree(
      "Central/ADJ/NNP/2/amod bank/PROPN/NNP/3/nsubj holds/VERB/VBZ/0/root rates/NOUN/NNS/3/obj ,/PUNCT/,/6/punct "
      "signals/VERB/VBZ/3/conj cuts/NOUN/NNS/6/obj could/AUX/MD/9/aux begin/VERB/VB/3/parataxis next/ADJ/JJ/11/amod "
      "spring/NOUN/NN/9/obj");
  CHECK(give_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:amod 3:nsubj 0:root 3:obj 6:punct 3:conj 9:nsubj 9:aux 6:ccomp 11:amod 9:obj");
  // Airline cuts routes , warns losses will widen (hung as a conjunct, another modal)
  auto conjunct = tree(
      "Airline/NOUN/NN/2/nsubj cuts/VERB/VBZ/0/root routes/NOUN/NNS/2/obj ,/PUNCT/,/5/punct warns/VERB/VBZ/2/conj "
      "losses/NOUN/NNS/5/obj will/AUX/MD/8/aux widen/VERB/VB/2/conj");
  CHECK(give_clauses_subjects(conjunct) == 1);
  CHECK(arcs(conjunct) == "2:nsubj 0:root 2:obj 5:punct 2:conj 8:nsubj 8:aux 5:ccomp");
}

TEST_CASE("a conjoined clause right after its own head's object shares the head's subject", "[syntax]") {
  // Firm cut jobs , could move plant  (the firm could move it, the jobs cannot)
  auto tokens = tree(
      "Firm/NOUN/NN/2/nsubj cut/VERB/VBD/0/root jobs/NOUN/NNS/2/obj ,/PUNCT/,/6/punct could/AUX/MD/6/aux "
      "move/VERB/VB/2/conj plant/NOUN/NN/6/obj");
  const std::string before = arcs(tokens);
  CHECK(give_clauses_subjects(tokens) == 0);
  CHECK(arcs(tokens) == before);
}

TEST_CASE("a noun conjunct right before a subjectless conjoined verb is that verb's subject", "[syntax]") {
  // It was due , but problems delayed it .
  auto tokens = tree(
      "It/PRON/PRP/3/nsubj was/AUX/VBD/3/cop due/ADJ/JJ/0/root ,/PUNCT/,/6/punct but/CCONJ/CC/6/cc "
      "problems/NOUN/NNS/3/conj delayed/VERB/VBD/3/conj it/PRON/PRP/7/obj ./PUNCT/./3/punct");
  CHECK(give_conjoined_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "3:nsubj 3:cop 0:root 7:punct 7:cc 7:nsubj 3:conj 7:obj 3:punct");
  // a verb with its own subject, or a noun not right before the verb, stays as it is
  const auto spec = GENERATE(as<std::string>{},
                             "It/PRON/PRP/3/nsubj was/AUX/VBD/3/cop due/ADJ/JJ/0/root but/CCONJ/CC/5/cc "
                             "problems/NOUN/NNS/3/conj and/CCONJ/CC/8/cc they/PRON/PRP/8/nsubj delayed/VERB/VBD/3/conj",
                             "Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root and/CCONJ/CC/4/cc wages/NOUN/NNS/1/conj "
                             "today/NOUN/NN/2/obl:tmod and/CCONJ/CC/7/cc fell/VERB/VBD/2/conj");
  auto kept = tree(spec);
  CHECK(give_conjoined_clauses_subjects(kept) == 0);
}

TEST_CASE("a verb conjoined after an oblique that 'after' opens is that clause's verb, with the noun as subject", "[syntax]") {
  // It filed after a trial of patients showed gains .
  auto tokens = tree(
      "It/PRON/PRP/2/nsubj filed/VERB/VBD/0/root after/ADP/IN/5/case a/DET/DT/5/det trial/NOUN/NN/2/obl "
      "of/ADP/IN/7/case patients/NOUN/NNS/5/nmod showed/VERB/VBD/2/conj gains/NOUN/NNS/8/obj ./PUNCT/./2/punct");
  CHECK(give_adverbial_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:nsubj 0:root 8:mark 5:det 8:nsubj 7:case 5:nmod 2:advcl 8:obj 2:punct");
  // a conjunct with its own conjunction, or an oblique another word opens, stays as it is
  const auto spec = GENERATE(as<std::string>{},
                             "It/PRON/PRP/2/nsubj filed/VERB/VBD/0/root after/ADP/IN/5/case a/DET/DT/5/det "
                             "trial/NOUN/NN/2/obl and/CCONJ/CC/7/cc showed/VERB/VBD/2/conj gains/NOUN/NNS/7/obj",
                             "It/PRON/PRP/2/nsubj filed/VERB/VBD/0/root in/ADP/IN/5/case a/DET/DT/5/det "
                             "court/NOUN/NN/2/obl showed/VERB/VBD/2/conj gains/NOUN/NNS/6/obj");
  auto kept = tree(spec);
  CHECK(give_adverbial_clauses_subjects(kept) == 0);
}

TEST_CASE("a verb hung on the verb above as a modifier after 'as' and a noun is that clause's verb", "[syntax]") {
  // Profit fell , as growth in cloud slowed .
  auto tokens = tree(
      "Profit/NOUN/NN/2/nsubj fell/VERB/VBD/0/root ,/PUNCT/,/5/punct as/ADP/IN/5/case growth/NOUN/NN/2/obl "
      "in/ADP/IN/7/case cloud/NOUN/NN/5/nmod slowed/VERB/VBD/2/acl ./PUNCT/./2/punct");
  CHECK(give_adverbial_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:nsubj 0:root 5:punct 8:mark 8:nsubj 7:case 5:nmod 2:advcl 2:punct");
  // a conjunct after "as" may share the subject: He worked as a teacher lived in Oslo
  auto conjunct = tree(
      "He/PRON/PRP/2/nsubj worked/VERB/VBD/0/root as/ADP/IN/5/case a/DET/DT/5/det teacher/NOUN/NN/2/obl "
      "lived/VERB/VBD/2/conj in/ADP/IN/8/case Oslo/PROPN/NNP/6/obl");
  CHECK(give_adverbial_clauses_subjects(conjunct) == 0);
}

TEST_CASE("a subject hung on the full stop gets the first finite verb after it without a subject", "[syntax]") {
  // It began in 2020 , when a man who was charged in a case agreed to help .
  auto tokens = tree(
      "It/PRON/PRP/2/nsubj began/VERB/VBD/0/root in/ADP/IN/4/case 2020/NUM/CD/2/obl ,/PUNCT/,/18/punct "
      "when/ADV/WRB/18/advmod a/DET/DT/8/det man/NOUN/NN/18/nsubj who/PRON/WP/11/nsubj:pass "
      "was/AUX/VBD/11/aux:pass charged/VERB/VBN/8/acl:relcl in/ADP/IN/14/case a/DET/DT/14/det "
      "case/NOUN/NN/11/obl agreed/VERB/VBD/11/advcl to/PART/TO/17/mark help/VERB/VB/15/xcomp "
      "./PUNCT/./2/punct");
  CHECK(give_stranded_subjects_verbs(tokens) == 1);
  CHECK(arcs(tokens) ==
        "2:nsubj 0:root 4:case 2:obl 15:punct 15:advmod 8:det 15:nsubj 11:nsubj:pass 11:aux:pass 8:acl:relcl 14:case "
        "14:det 11:obl 2:advcl 17:mark 15:xcomp 2:punct");
  // without an opening word the clause is parataxis; with no verb left the tree stays as it is
  auto plain = tree(
      "It/PRON/PRP/2/nsubj ended/VERB/VBD/0/root ;/PUNCT/,/7/punct the/DET/DT/5/det man/NOUN/NN/7/nsubj "
      "left/VERB/VBD/2/conj ./PUNCT/./2/punct");
  CHECK(give_stranded_subjects_verbs(plain) == 1);
  CHECK(arcs(plain) == "2:nsubj 0:root 6:punct 5:det 6:nsubj 2:parataxis 2:punct");
  auto verbless = tree(
      "It/PRON/PRP/2/nsubj ended/VERB/VBD/0/root ,/PUNCT/,/6/punct the/DET/DT/5/det man/NOUN/NN/6/nsubj "
      "./PUNCT/./2/punct");
  CHECK(give_stranded_subjects_verbs(verbless) == 0);
  // a participle hung on the subject as its modifier is the verb, in the past: Elected in 2006 ,
  // the mayor resigned in 2011 .
  auto participle = tree(
      "Elected/VERB/VBN/0/root in/ADP/IN/3/case 2006/NUM/CD/1/obl ,/PUNCT/,/6/punct the/DET/DT/6/det "
      "mayor/NOUN/NN/10/nsubj resigned/VERB/VBN/6/acl in/ADP/IN/9/case 2011/NUM/CD/7/obl ./PUNCT/./1/punct");
  CHECK(give_stranded_subjects_verbs(participle) == 1);
  CHECK(arcs(participle) == "0:root 3:case 1:obl 6:punct 6:det 7:nsubj 1:parataxis 9:case 7:obl 1:punct");
  CHECK(participle[6].xpos == "VBD");
}

TEST_CASE("a clause a counted time opens gets its subject, its mark and its place", "[syntax]") {
  // He resigned two weeks after agents searched his home .
  auto tokens = tree(
      "He/PRON/PRP/2/nsubj resigned/VERB/VBD/0/root two/NUM/CD/4/nummod weeks/NOUN/NNS/7/nsubj "
      "after/ADP/IN/6/case agents/NOUN/NNS/4/nmod searched/VERB/VBD/2/advcl his/PRON/PRP$/9/nmod:poss "
      "home/NOUN/NN/7/obj ./PUNCT/./2/punct");
  for (auto& t : tokens) t.lemma = t.text == "weeks" ? "week" : t.text;
  CHECK(give_counted_time_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:nsubj 0:root 4:nummod 7:obl:unmarked 7:mark 7:nsubj 2:advcl 9:nmod:poss 7:obj 2:punct");
  // a participle hung on the noun becomes the clause's past tense: The tower fell hours after the quake struck .
  auto struck = tree(
      "The/DET/DT/2/det tower/NOUN/NN/3/nsubj fell/VERB/VBD/0/root hours/NOUN/NNS/3/obj after/ADP/IN/7/case "
      "the/DET/DT/7/det quake/NOUN/NN/3/obl struck/VERB/VBN/7/acl ./PUNCT/./3/punct");
  for (auto& t : struck) t.lemma = t.text == "hours" ? "hour" : t.text;
  CHECK(give_counted_time_clauses_subjects(struck) == 1);
  CHECK(arcs(struck) == "2:det 3:nsubj 0:root 8:obl:unmarked 8:mark 7:det 8:nsubj 3:advcl 3:punct");
  CHECK(struck[7].xpos == "VBD");
  // the time as the main verb's subject stays: The day after Christmas saw record sales .
  auto christmas = tree(
      "The/DET/DT/2/det day/NOUN/NN/5/nsubj after/ADP/IN/4/case Christmas/PROPN/NNP/2/nmod saw/VERB/VBD/0/root "
      "record/NOUN/NN/7/compound sales/NOUN/NNS/5/obj ./PUNCT/./5/punct");
  for (auto& t : christmas) t.lemma = lowercase_ascii(t.text);
  CHECK(give_counted_time_clauses_subjects(christmas) == 0);
  // a time hung on the clause's noun: He was arrested in May , three months after the bank collapsed .
  auto on_noun = tree(
      "He/PRON/PRP/3/nsubj:pass was/AUX/VBD/3/aux:pass arrested/VERB/VBN/0/root in/ADP/IN/5/case May/PROPN/NNP/3/obl "
      ",/PUNCT/,/11/punct three/NUM/CD/8/nummod months/NOUN/NNS/11/nmod:unmarked after/ADP/IN/11/case "
      "the/DET/DT/11/det bank/NOUN/NN/3/obl collapsed/VERB/VBN/11/acl ./PUNCT/./3/punct");
  for (auto& t : on_noun) t.lemma = t.text == "months" ? "month" : t.text;
  CHECK(give_counted_time_clauses_subjects(on_noun) == 1);
  CHECK(arcs(on_noun) == "3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl 11:punct 8:nummod 12:obl:unmarked 12:mark 11:det "
                         "12:nsubj 3:advcl 3:punct");
  // ... and the noun already the verb's subject, the verb a conjunct: ... two weeks after the bank collapsed .
  auto conjunct = tree(
      "He/PRON/PRP/3/nsubj:pass was/AUX/VBD/3/aux:pass arrested/VERB/VBN/0/root in/ADP/IN/5/case May/PROPN/NNP/3/obl "
      ",/PUNCT/,/12/punct two/NUM/CD/8/nummod weeks/NOUN/NNS/11/nmod:unmarked after/ADP/IN/11/case "
      "the/DET/DT/11/det bank/NOUN/NN/12/nsubj collapsed/VERB/VBN/3/conj ./PUNCT/./3/punct");
  for (auto& t : conjunct) t.lemma = t.text == "weeks" ? "week" : t.text;
  CHECK(give_counted_time_clauses_subjects(conjunct) == 1);
  CHECK(arcs(conjunct) == "3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl 12:punct 8:nummod 12:obl:unmarked 12:mark 11:det "
                          "12:nsubj 3:advcl 3:punct");
}

TEST_CASE("a participle read as a noun's modifier before the noun's infinitive governs both", "[syntax]") {
  // The crew called , allowing police to stop traffic .
  auto tokens = tree(
      "The/DET/DT/2/det crew/NOUN/NN/3/nsubj called/VERB/VBD/0/root ,/PUNCT/,/6/punct allowing/VERB/VBG/6/compound "
      "police/NOUN/NN/3/obl to/PART/TO/8/mark stop/VERB/VB/6/acl traffic/NOUN/NN/8/obj ./PUNCT/./3/punct");
  CHECK(give_participles_their_objects(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 3:nsubj 0:root 5:punct 3:advcl 5:obj 8:mark 5:xcomp 8:obj 3:punct");
  // a participle that modifies its noun stays: the growing demand to build homes
  auto growing = tree(
      "the/DET/DT/3/det growing/VERB/VBG/3/amod demand/NOUN/NN/0/root to/PART/TO/5/mark build/VERB/VB/3/acl "
      "homes/NOUN/NNS/5/obj");
  CHECK(give_participles_their_objects(growing) == 0);
}

TEST_CASE("a root noun with its finite verb hung below it becomes that verb's subject", "[syntax]") {
  // A fire in 1996 closed it .
  auto tokens = tree(
      "A/DET/DT/2/det fire/NOUN/NN/0/root in/ADP/IN/4/case 1996/NUM/CD/2/nmod closed/VERB/VBD/2/parataxis "
      "it/PRON/PRP/5/obj ./PUNCT/./2/punct");
  CHECK(give_root_nouns_their_verbs(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 5:nsubj 4:case 2:nmod 0:root 5:obj 5:punct");
  // a verb with a subject of its own stays below: Bridge collapse : what we know
  auto headline = tree(
      "Bridge/NOUN/NN/2/compound collapse/NOUN/NN/0/root :/PUNCT/:/6/punct what/PRON/WP/6/obj we/PRON/PRP/6/nsubj "
      "know/VERB/VBP/2/parataxis");
  CHECK(give_root_nouns_their_verbs(headline) == 0);
  // a relative clause inside the noun's phrase is passed over: Anna Berg , a painter whose work
  // moved many , died on Monday .
  auto appositive = tree(
      "Anna/PROPN/NNP/0/root Berg/PROPN/NNP/1/flat ,/PUNCT/,/5/punct a/DET/DT/5/det painter/NOUN/NN/1/appos "
      "whose/PRON/WP$/7/nmod:poss work/NOUN/NN/8/nsubj moved/VERB/VBD/5/acl:relcl many/PRON/NN/8/obj "
      ",/PUNCT/,/1/punct died/VERB/VBD/1/parataxis on/ADP/IN/13/case Monday/PROPN/NNP/11/obl ./PUNCT/./1/punct");
  CHECK(give_root_nouns_their_verbs(appositive) == 1);
  CHECK(arcs(appositive) ==
        "11:nsubj 1:flat 5:punct 5:det 1:appos 7:nmod:poss 8:nsubj 5:acl:relcl 8:obj 1:punct 0:root 13:case 11:obl "
        "11:punct");
  // a predicate noun keeps the verbs joined to it: I 'm the author of books and worked for years
  auto predicate = tree(
      "I/PRON/PRP/4/nsubj 'm/AUX/VBP/4/cop the/DET/DT/4/det author/NOUN/NN/0/root of/ADP/IN/6/case "
      "books/NOUN/NNS/4/nmod and/CCONJ/CC/8/cc worked/VERB/VBD/4/conj for/ADP/IN/10/case years/NOUN/NNS/8/obl");
  CHECK(give_root_nouns_their_verbs(predicate) == 0);
  // a participle modifying the noun is part of its phrase: Income for the quarter ended June 30 rose .
  auto period = tree(
      "Income/NOUN/NN/0/root for/ADP/IN/4/case the/DET/DT/4/det quarter/NOUN/NN/1/nmod ended/VERB/VBN/1/acl "
      "June/PROPN/NNP/7/nmod:unmarked 30/NUM/CD/5/xcomp rose/VERB/VBD/1/conj ./PUNCT/./1/punct");
  CHECK(give_root_nouns_their_verbs(period) == 1);
  CHECK(arcs(period) == "8:nsubj 4:case 4:det 1:nmod 1:acl 7:nmod:unmarked 5:xcomp 0:root 8:punct");
  // a passive verb takes the noun as its passive subject, and a passive "subject" of the noun is
  // a word of its name: The Grand Prix , which was due on Sunday , was cancelled .
  auto passive = tree(
      "The/DET/DT/3/det Grand/PROPN/NNP/3/nsubj:pass Prix/PROPN/NNP/0/root ,/PUNCT/,/9/punct which/PRON/WDT/9/nsubj "
      "was/AUX/VBD/9/cop due/ADJ/JJ/9/case on/ADP/IN/9/case Sunday/PROPN/NNP/3/acl:relcl ,/PUNCT/,/12/punct "
      "was/AUX/VBD/12/aux:pass cancelled/VERB/VBN/3/parataxis ./PUNCT/./3/punct");
  CHECK(give_root_nouns_their_verbs(passive) == 1);
  CHECK(arcs(passive) == "3:det 3:compound 12:nsubj:pass 9:punct 9:nsubj 9:cop 9:case 9:case 3:acl:relcl 12:punct "
                         "12:aux:pass 0:root 12:punct");
}

TEST_CASE("a past form between commas after the subject is its participle, and the verb after is the clause's", "[syntax]") {
  // A truce , agreed in March , collapsed after nine days .
  auto tokens = tree(
      "A/DET/DT/2/det truce/NOUN/NN/4/nsubj ,/PUNCT/,/2/punct agreed/VERB/VBD/0/root in/ADP/IN/6/case "
      "March/PROPN/NNP/4/obl ,/PUNCT/,/8/punct collapsed/VERB/VBN/4/conj after/ADP/IN/11/case nine/NUM/CD/11/nummod "
      "days/NOUN/NNS/8/obl ./PUNCT/./4/punct");
  CHECK(verb_after_participle_between_commas(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 8:nsubj 2:punct 2:acl 6:case 4:obl 4:punct 0:root 11:case 11:nummod 8:obl 8:punct");
  CHECK(tokens[3].xpos == "VBN");
  CHECK(tokens[7].xpos == "VBD");
  // a second verb with a subject of its own is another clause: The truce , held in May , it broke .
  auto own_subject = tree(
      "The/DET/DT/2/det truce/NOUN/NN/4/nsubj ,/PUNCT/,/2/punct held/VERB/VBD/0/root in/ADP/IN/6/case "
      "May/PROPN/NNP/4/obl ,/PUNCT/,/9/punct it/PRON/PRP/9/nsubj broke/VERB/VBD/4/conj ./PUNCT/./4/punct");
  CHECK(verb_after_participle_between_commas(own_subject) == 0);
}

TEST_CASE("the participle between commas may have adverbs before it, and the verb after be hung as a clause", "[syntax]") {
  // The flight , originally planned for 2021 , slipped to 2023 . (parsed with "slipped" an advcl)
  auto tokens = tree(
      "The/DET/DT/2/det flight/NOUN/NN/5/nsubj:pass ,/PUNCT/,/5/punct originally/ADV/RB/5/advmod "
      "planned/VERB/VBN/0/root for/ADP/IN/7/case 2021/NUM/CD/5/obl ,/PUNCT/,/9/punct slipped/VERB/VBN/5/advcl "
      "to/ADP/IN/11/case 2023/NUM/CD/9/obl ./PUNCT/./9/punct");
  CHECK(verb_after_participle_between_commas(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 9:nsubj 5:punct 5:advmod 2:acl 7:case 5:obl 5:punct 0:root 11:case 9:obl 9:punct");
  // a clause an opening word marks is no conjunct: The flight , planned for May , slipped after it rained .
  auto marked = tree(
      "The/DET/DT/2/det flight/NOUN/NN/4/nsubj:pass ,/PUNCT/,/4/punct planned/VERB/VBN/0/root for/ADP/IN/6/case "
      "May/PROPN/NNP/4/obl ,/PUNCT/,/8/punct slipped/VERB/VBN/4/advcl after/SCONJ/IN/8/mark ./PUNCT/./4/punct");
  CHECK(verb_after_participle_between_commas(marked) == 0);
}

TEST_CASE("a phrase with a preposition between an auxiliary and its verb is the verb's oblique, not its subject", "[syntax]") {
  // We could not in good conscience remain .
  auto tokens = tree(
      "We/PRON/PRP/6/nsubj could/AUX/MD/6/aux not/PART/RB/6/advmod in/ADP/IN/6/case good/ADJ/JJ/6/amod "
      "conscience/NOUN/NN/7/nsubj remain/VERB/VB/0/root ./PUNCT/./7/punct");
  CHECK(oblique_from_subject_with_preposition(tokens) == 1);
  CHECK(arcs(tokens) == "7:nsubj 7:aux 7:advmod 6:case 6:amod 7:obl 0:root 7:punct");
  // a noun that holds no clause of its own stays: With no link provided it is hard .
  auto absolute = tree(
      "With/ADP/IN/3/case no/DET/DT/3/det link/NOUN/NN/4/nsubj provided/VERB/VBN/7/advcl it/PRON/PRP/7/nsubj "
      "is/AUX/VBZ/7/cop hard/ADJ/JJ/0/root ./PUNCT/./7/punct");
  CHECK(oblique_from_subject_with_preposition(absolute) == 0);
}

TEST_CASE("a passive participle with its agent after a noun and a comma is that noun's modifier", "[syntax]") {
  // Polls show the party , led by Dunaj , ahead .
  auto tokens = tree(
      "Polls/NOUN/NNS/2/nsubj show/VERB/VBP/0/root the/DET/DT/4/det party/NOUN/NN/2/obj ,/PUNCT/,/6/punct "
      "led/VERB/VBN/2/conj by/ADP/IN/8/case Dunaj/PROPN/NNP/6/obl:agent ,/PUNCT/,/10/punct ahead/ADV/RB/2/advmod "
      "./PUNCT/./2/punct");
  CHECK(attach_agent_participles_to_nouns(tokens) == 1);
  CHECK(tokens[5].head == 3);
  CHECK(tokens[5].deprel == "acl");
  // with no agent, or with an auxiliary of its own, it stays: Polls show the party , backed widely . / , was led by Dunaj .
  auto no_agent = tree(
      "Polls/NOUN/NNS/2/nsubj show/VERB/VBP/0/root the/DET/DT/4/det party/NOUN/NN/2/obj ,/PUNCT/,/6/punct "
      "backed/VERB/VBN/2/conj widely/ADV/RB/6/advmod ./PUNCT/./2/punct");
  CHECK(attach_agent_participles_to_nouns(no_agent) == 0);
  auto auxiliary = tree(
      "Polls/NOUN/NNS/2/nsubj show/VERB/VBP/0/root the/DET/DT/4/det party/NOUN/NN/2/obj ,/PUNCT/,/7/punct "
      "was/AUX/VBD/7/aux:pass led/VERB/VBN/2/conj by/ADP/IN/9/case Dunaj/PROPN/NNP/7/obl:agent ./PUNCT/./2/punct");
  CHECK(attach_agent_participles_to_nouns(auxiliary) == 0);
  // a list of passives stays one: The plan was drafted by the ministry , approved by the cabinet .
  auto listed = tree(
      "The/DET/DT/2/det plan/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass drafted/VERB/VBN/0/root by/ADP/IN/7/case "
      "the/DET/DT/7/det ministry/NOUN/NN/4/obl:agent ,/PUNCT/,/9/punct approved/VERB/VBN/4/conj by/ADP/IN/12/case "
      "the/DET/DT/12/det cabinet/NOUN/NN/9/obl:agent ./PUNCT/./4/punct");
  CHECK(attach_agent_participles_to_nouns(listed) == 0);
  // a later conjunct that is no participle makes no list: ... , led by Dunaj , ahead by eight points .
  auto points = tree(
      "Polls/NOUN/NNS/2/nsubj show/VERB/VBP/0/root the/DET/DT/4/det party/NOUN/NN/2/obj ,/PUNCT/,/6/punct "
      "led/VERB/VBN/2/conj by/ADP/IN/8/case Dunaj/PROPN/NNP/6/obl:agent ,/PUNCT/,/13/punct ahead/ADV/RB/13/advmod "
      "by/ADP/IN/13/case eight/NUM/CD/13/nummod points/NOUN/NNS/2/conj ./PUNCT/./2/punct");
  CHECK(attach_agent_participles_to_nouns(points) == 1);
  CHECK(points[5].head == 3);
}

TEST_CASE("a clause left as a parataxis after a noun's 'since' phrase is that noun's, with its subject", "[syntax]") {
  // Prices rose , the sharpest rise since the war began .
  auto tokens = tree(
      "Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root ,/PUNCT/,/6/punct the/DET/DT/6/det sharpest/ADJ/JJS/6/amod "
      "rise/NOUN/NN/2/parataxis since/ADP/IN/9/case the/DET/DT/9/det war/NOUN/NN/6/nmod began/VERB/VBD/2/parataxis "
      "./PUNCT/./2/punct");
  CHECK(give_adverbial_clauses_subjects(tokens) == 1);
  CHECK(tokens[9].head == 5);
  CHECK(tokens[9].deprel == "acl");
  CHECK(tokens[8].head == 9);
  CHECK(tokens[8].deprel == "nsubj");
  CHECK(tokens[6].deprel == "mark");
  // a phrase no such word opens stays: Prices rose , the sharpest rise in the region began .
  auto in = tree(
      "Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root ,/PUNCT/,/6/punct the/DET/DT/6/det sharpest/ADJ/JJS/6/amod "
      "rise/NOUN/NN/2/parataxis in/ADP/IN/9/case the/DET/DT/9/det region/NOUN/NN/6/nmod began/VERB/VBD/2/parataxis "
      "./PUNCT/./2/punct");
  CHECK(give_adverbial_clauses_subjects(in) == 0);
}

TEST_CASE("a 'with' phrase read as a clause goes back to the noun before it, which is the clause's subject", "[syntax]") {
  // Staff left after talks with managers failed .
  auto tokens = tree(
      "Staff/NOUN/NN/2/nsubj left/VERB/VBD/0/root after/ADP/IN/4/case talks/NOUN/NNS/2/obl with/SCONJ/IN/7/mark "
      "managers/NOUN/NNS/7/nsubj failed/VERB/VBD/2/advcl ./PUNCT/./2/punct");
  CHECK(give_with_phrases_back_to_nouns(tokens) == 1);
  CHECK(tokens[3].head == 6);
  CHECK(tokens[3].deprel == "nsubj");
  CHECK(tokens[2].deprel == "mark");
  CHECK(tokens[5].head == 3);
  CHECK(tokens[5].deprel == "nmod");
  CHECK(tokens[4].deprel == "case");
  // "with" before a participle does open a clause: Staff left with talks stalled .
  auto participle = tree(
      "Staff/NOUN/NN/2/nsubj left/VERB/VBD/0/root with/SCONJ/IN/5/mark talks/NOUN/NNS/5/nsubj stalled/VERB/VBN/2/advcl "
      "./PUNCT/./2/punct");
  CHECK(give_with_phrases_back_to_nouns(participle) == 0);
}

TEST_CASE("a participle on the subject before the root's 'and' is the sentence's past tense", "[syntax]") {
  // The bank collapsed in 2021 and was taken over . (parsed with "collapsed" an acl of "bank")
  auto tokens = tree(
      "The/DET/DT/2/det bank/NOUN/NN/8/nsubj:pass collapsed/VERB/VBN/2/acl in/ADP/IN/5/case 2021/NUM/CD/3/obl "
      "and/CCONJ/CC/8/cc was/AUX/VBD/8/aux:pass taken/VERB/VBN/0/root over/ADV/RB/8/compound:prt ./PUNCT/./8/punct");
  CHECK(verb_from_participle_before_conjunct(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 3:nsubj 0:root 5:case 3:obl 8:cc 8:aux:pass 3:conj 8:compound:prt 3:punct");
  CHECK(tokens[2].xpos == "VBD");
  // the participle of a subject conjoined with another noun stays: The man arrested in May and his
  // brother were released .
  auto conjoined = tree(
      "The/DET/DT/2/det man/NOUN/NN/10/nsubj:pass arrested/VERB/VBN/2/acl in/ADP/IN/5/case May/PROPN/NNP/3/obl "
      "and/CCONJ/CC/8/cc his/PRON/PRP$/8/nmod:poss brother/NOUN/NN/2/conj were/AUX/VBD/10/aux:pass "
      "released/VERB/VBN/0/root ./PUNCT/./10/punct");
  CHECK(verb_from_participle_before_conjunct(conjoined) == 0);
}

TEST_CASE("a verb after a subject's relative clause, or before a participle with an agent, stays the verb", "[syntax]") {
  // Berg , who founded the firm , resigned , prompted by the scandal . (parsed with "resigned" the
  // root and "prompted" its advcl: the participle is "prompted", not "resigned")
  auto relative = tree(
      "Berg/PROPN/NNP/8/nsubj ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj founded/VERB/VBD/1/acl:relcl the/DET/DT/6/det "
      "firm/NOUN/NN/4/obj ,/PUNCT/,/8/punct resigned/VERB/VBN/0/root ,/PUNCT/,/10/punct prompted/VERB/VBN/8/advcl "
      "by/ADP/IN/13/case the/DET/DT/13/det scandal/NOUN/NN/10/obl:agent ./PUNCT/./8/punct");
  CHECK(verb_after_participle_between_commas(relative) == 0);
  CHECK(relative[7].head == -1);
  // The truce , agreed in March , ended , hit by attacks . : an agent marks the second as a participle
  auto agent = tree(
      "The/DET/DT/2/det truce/NOUN/NN/4/nsubj ,/PUNCT/,/4/punct agreed/VERB/VBN/0/root in/ADP/IN/6/case "
      "March/PROPN/NNP/4/obl ,/PUNCT/,/8/punct ended/VERB/VBD/4/advcl ,/PUNCT/,/10/punct hit/VERB/VBN/8/advcl "
      "by/ADP/IN/12/case attacks/NOUN/NNS/10/obl:agent ./PUNCT/./4/punct");
  CHECK(verb_after_participle_between_commas(agent) == 1);  // "ended" is the verb; "hit" stays its participle
  CHECK(agent[7].head == -1);
  CHECK(agent[9].head == 7);
}

TEST_CASE("a fronted phrase goes with the repaired verb, and a participle-only form is no past tense", "[syntax]") {
  // In 2021 , the bank collapsed and was taken over . (parsed with "collapsed" an acl of "bank")
  auto fronted = tree(
      "In/ADP/IN/2/case 2021/NUM/CD/9/obl ,/PUNCT/,/9/punct the/DET/DT/5/det bank/NOUN/NN/9/nsubj:pass "
      "collapsed/VERB/VBN/5/acl and/CCONJ/CC/9/cc was/AUX/VBD/9/aux:pass taken/VERB/VBN/0/root over/ADV/RB/9/compound:prt "
      "./PUNCT/./9/punct");
  CHECK(verb_from_participle_before_conjunct(fronted) == 1);
  CHECK(fronted[1].head == 5);
  CHECK(fronted[5].head == -1);
  // The vase broken in May and was repaired . : "broken" is no past tense
  auto broken = tree(
      "The/DET/DT/2/det vase/NOUN/NN/8/nsubj:pass broken/VERB/VBN/2/acl in/ADP/IN/5/case May/PROPN/NNP/3/obl "
      "and/CCONJ/CC/8/cc was/AUX/VBD/8/aux:pass repaired/VERB/VBN/0/root ./PUNCT/./8/punct");
  CHECK(verb_from_participle_before_conjunct(broken) == 0);
}

TEST_CASE("a clock time after a preposition taken for a subject is an oblique of the word before the preposition", "[syntax]") {
  // The launch , scheduled for 9 a.m. on Tuesday , was scrubbed .
  auto tokens = tree(
      "The/DET/DT/2/det launch/NOUN/NN/12/nsubj:pass ,/PUNCT/,/4/punct scheduled/VERB/VBN/2/acl for/ADP/IN/12/mark "
      "9/NUM/CD/12/nsubj:pass a.m./NOUN/NN/6/nmod:unmarked on/ADP/IN/9/case Tuesday/PROPN/NNP/6/nmod ,/PUNCT/,/6/punct "
      "was/AUX/VBD/12/aux:pass scrubbed/VERB/VBN/0/root ./PUNCT/./12/punct");
  CHECK(oblique_from_clock_time_subject(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 12:nsubj:pass 4:punct 2:acl 6:case 4:obl 6:nmod:unmarked 9:case 6:nmod 6:punct "
                        "12:aux:pass 0:root 12:punct");
  // a number that is no clock time stays the subject: After 9 were rescued , the search ended .
  auto count = tree(
      "After/SCONJ/IN/4/mark 9/NUM/CD/4/nsubj:pass were/AUX/VBD/4/aux:pass rescued/VERB/VBN/8/advcl ,/PUNCT/,/4/punct "
      "the/DET/DT/7/det search/NOUN/NN/8/nsubj ended/VERB/VBD/0/root ./PUNCT/./8/punct");
  CHECK(oblique_from_clock_time_subject(count) == 0);
}

TEST_CASE("the verb after a participle between commas may have auxiliaries of its own", "[syntax]") {
  // The launch , set for Tuesday , was scrubbed . (parsed with "set" the verb and "scrubbed" its clause)
  auto tokens = tree(
      "The/DET/DT/2/det launch/NOUN/NN/4/nsubj ,/PUNCT/,/2/punct set/VERB/VBD/0/root for/ADP/IN/6/case "
      "Tuesday/PROPN/NNP/4/obl ,/PUNCT/,/6/punct was/AUX/VBD/9/aux:pass scrubbed/VERB/VBN/4/advcl ./PUNCT/./4/punct");
  CHECK(verb_after_participle_between_commas(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 9:nsubj:pass 2:punct 2:acl 6:case 4:obl 4:punct 9:aux:pass 0:root 9:punct");
  CHECK(tokens[3].xpos == "VBN");
  CHECK(tokens[8].xpos == "VBN");  // the passive keeps its participle
  // a clause that an opening word marks stays a clause: The launch , set for Tuesday , when was windy .
  auto marked = tree(
      "The/DET/DT/2/det launch/NOUN/NN/4/nsubj ,/PUNCT/,/2/punct set/VERB/VBD/0/root for/ADP/IN/6/case "
      "Tuesday/PROPN/NNP/4/obl ,/PUNCT/,/10/punct when/SCONJ/WRB/10/mark was/AUX/VBD/10/cop windy/ADJ/JJ/4/advcl "
      "./PUNCT/./4/punct");
  CHECK(verb_after_participle_between_commas(marked) == 0);
}

TEST_CASE("a name joined with 'and' to the verb's oblique right before a verb with no subject is that verb's subject", "[syntax]") {
  // Acme sold the plant on Monday and Globex bought it on Tuesday .
  auto tokens = tree(
      "Acme/PROPN/NNP/2/nsubj sold/VERB/VBD/0/root the/DET/DT/4/det plant/NOUN/NN/2/obj on/ADP/IN/6/case "
      "Monday/PROPN/NNP/2/obl and/CCONJ/CC/8/cc Globex/PROPN/NNP/6/conj bought/VERB/VBD/2/conj it/PRON/PRP/9/obj "
      "on/ADP/IN/12/case Tuesday/PROPN/NNP/9/obl ./PUNCT/./2/punct");
  CHECK(give_conjoined_clauses_subjects(tokens) == 1);
  CHECK(tokens[7].deprel == "nsubj");
  CHECK(tokens[7].head == 8);
  CHECK(tokens[6].head == 8);  // "and" opens the clause
  // a list on the oblique with no verb after it stays: sold the plant on Monday and Tuesday .
  auto list = tree(
      "Acme/PROPN/NNP/2/nsubj sold/VERB/VBD/0/root the/DET/DT/4/det plant/NOUN/NN/2/obj on/ADP/IN/6/case "
      "Monday/PROPN/NNP/2/obl and/CCONJ/CC/8/cc Tuesday/PROPN/NNP/6/conj ./PUNCT/./2/punct");
  CHECK(give_conjoined_clauses_subjects(list) == 0);
  // a verb with its own "and" continues the clause of the list: Police arrested Smith and Brown and charged them .
  auto two_lists = tree(
      "Police/NOUN/NNS/2/nsubj arrested/VERB/VBD/0/root Smith/PROPN/NNP/2/obj and/CCONJ/CC/5/cc Brown/PROPN/NNP/3/conj "
      "and/CCONJ/CC/7/cc charged/VERB/VBD/2/conj them/PRON/PRP/7/obj ./PUNCT/./2/punct");
  CHECK(give_conjoined_clauses_subjects(two_lists) == 0);
}


TEST_CASE("the subject after a fronted date taken for the date's apposition is the verb's subject", "[syntax]") {
  // On Thursday , the government planned to act .
  auto tokens = tree(
      "On/ADP/IN/2/case Thursday/PROPN/NNP/6/obl ,/PUNCT/,/5/punct the/DET/DT/5/det government/NOUN/NN/2/appos "
      "planned/VERB/VBD/0/root to/PART/TO/8/mark act/VERB/VB/6/xcomp ./PUNCT/./6/punct");
  CHECK(subject_from_date_apposition(tokens) == 1);
  CHECK(arcs(tokens) == "2:case 6:obl 6:punct 5:det 6:nsubj 0:root 8:mark 6:xcomp 6:punct");
  // a month's day, with a finite auxiliary and an adverb: On March 5 , officials had already left .
  auto month = tree(
      "On/ADP/IN/2/case March/PROPN/NNP/8/obl 5/NUM/CD/2/nummod ,/PUNCT/,/2/punct officials/NOUN/NNS/3/appos "
      "had/AUX/VBD/8/aux already/ADV/RB/8/advmod left/VERB/VBN/0/root ./PUNCT/./8/punct");
  CHECK(subject_from_date_apposition(month) == 1);
  CHECK(month[4].head == 7);
  CHECK(month[4].deprel == "nsubj");
  // a true apposition names the date again, and a verb with a subject keeps it:
  // On Thursday , the day of the vote , she spoke .
  auto again = tree(
      "On/ADP/IN/2/case Thursday/PROPN/NNP/11/obl ,/PUNCT/,/5/punct the/DET/DT/5/det day/NOUN/NN/2/appos "
      "of/ADP/IN/8/case the/DET/DT/8/det vote/NOUN/NN/5/nmod ,/PUNCT/,/5/punct she/PRON/PRP/11/nsubj "
      "spoke/VERB/VBD/0/root ./PUNCT/./11/punct");
  CHECK(subject_from_date_apposition(again) == 0);
  // a noun after a date that is no clause's subject: They met on Friday , the last day .
  auto last_day = tree(
      "They/PRON/PRP/2/nsubj met/VERB/VBD/0/root on/ADP/IN/4/case Friday/PROPN/NNP/2/obl ,/PUNCT/,/8/punct "
      "the/DET/DT/8/det last/ADJ/JJ/8/amod day/NOUN/NN/4/appos ./PUNCT/./2/punct");
  CHECK(subject_from_date_apposition(last_day) == 0);
}

TEST_CASE("a clause that a time word read as a preposition opens gets its noun phrase for subject", "[syntax]") {
  // Fans cheered as the team lifted the trophy . (parsed with "as the team" an oblique and "lifted" a conjunct)
  auto as = tree(
      "Fans/NOUN/NNS/2/nsubj cheered/VERB/VBD/0/root as/ADP/IN/5/case the/DET/DT/5/det team/NOUN/NN/2/obl "
      "lifted/VERB/VBD/2/conj the/DET/DT/8/det trophy/NOUN/NN/6/obj ./PUNCT/./2/punct");
  CHECK(give_prepositional_clauses_subjects(as) == 1);
  CHECK(arcs(as) == "2:nsubj 0:root 6:mark 5:det 6:nsubj 2:advcl 8:det 6:obj 2:punct");
  // the same with "after": The club appointed a manager after the season ended .
  auto after = tree(
      "The/DET/DT/2/det club/NOUN/NN/3/nsubj appointed/VERB/VBD/0/root a/DET/DT/5/det manager/NOUN/NN/3/obj "
      "after/ADP/IN/8/case the/DET/DT/8/det season/NOUN/NN/3/obl ended/VERB/VBD/3/conj ./PUNCT/./3/punct");
  CHECK(give_prepositional_clauses_subjects(after) == 1);
  CHECK(after[7].deprel == "nsubj");
  // "such as" opens no clause: Countries such as France joined .
  auto such = tree(
      "Countries/NOUN/NNS/5/obl such/ADJ/JJ/4/amod as/ADP/IN/4/case France/PROPN/NNP/1/nmod joined/VERB/VBD/0/root "
      "./PUNCT/./5/punct");
  CHECK(give_prepositional_clauses_subjects(such) == 0);
  // a verb with a subject of its own keeps it: He served as chairman and he resigned .
  auto served = tree(
      "He/PRON/PRP/2/nsubj served/VERB/VBD/0/root as/ADP/IN/4/case chairman/NOUN/NN/2/obl and/CCONJ/CC/7/cc "
      "he/PRON/PRP/7/nsubj resigned/VERB/VBD/2/conj ./PUNCT/./2/punct");
  CHECK(give_prepositional_clauses_subjects(served) == 0);
}

TEST_CASE("a time word read as the preposition of a clause's subject is that clause's mark", "[syntax]") {
  // Shares fell after the gang 's claim was published . (parsed with "after" the case of "claim"
  // and "published" a parataxis of "fell")
  const auto claim = [](const std::string& opener, const std::string& relation) {
    return tree("Shares/NOUN/NNS/2/nsubj fell/VERB/VBD/0/root " + opener + "/ADP/IN/7/case the/DET/DT/5/det "
                "gang/NOUN/NN/7/nmod:poss 's/PART/POS/5/case claim/NOUN/NN/9/nsubj:pass was/AUX/VBD/9/aux:pass "
                "published/VERB/VBN/2/" + relation + " ./PUNCT/./2/punct");
  };
  for (const auto& [opener, relation] : {std::pair{"after", "parataxis"}, {"before", "conj"}, {"once", "parataxis"}}) {
    INFO(opener << " " << relation);
    auto tokens = claim(opener, relation);
    CHECK(give_prepositional_clauses_subjects(tokens) == 1);
    CHECK(arcs(tokens) == "2:nsubj 0:root 9:mark 5:det 7:nmod:poss 5:case 9:nsubj:pass 9:aux:pass 2:advcl 2:punct");
  }
  // Prices rose after the bank 's decision had been announced . (two auxiliaries)
  auto decision = tree("Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root after/ADP/IN/7/case the/DET/DT/5/det "
                       "bank/NOUN/NN/7/nmod:poss 's/PART/POS/5/case decision/NOUN/NN/10/nsubj:pass had/AUX/VBD/10/aux "
                       "been/AUX/VBN/10/aux:pass announced/VERB/VBN/2/parataxis ./PUNCT/./2/punct");
  CHECK(give_prepositional_clauses_subjects(decision) == 1);
  CHECK(decision[2].deprel == "mark");
  CHECK(decision[2].head == 9);
  CHECK(decision[9].deprel == "advcl");
  // a phrase whose noun is the subject of the sentence's own verb stays: After the war , the city was rebuilt .
  auto war = tree("After/ADP/IN/3/case the/DET/DT/3/det war/NOUN/NN/7/obl ,/PUNCT/,/3/punct the/DET/DT/6/det "
                  "city/NOUN/NN/8/nsubj:pass was/AUX/VBD/8/aux:pass rebuilt/VERB/VBN/0/root ./PUNCT/./8/punct");
  CHECK(give_prepositional_clauses_subjects(war) == 0);
}

TEST_CASE("a clause with 'there' conjoined to a noun is a conjunct of that noun's verb", "[syntax]") {
  // Frost is expected on Friday night , and there could be snow early next week . (parsed with
  // "snow" a conjunct of "night")
  const auto frost = [](const std::string& noun, const std::string& modal) {
    return tree("Frost/PROPN/NNP/3/nsubj:pass is/AUX/VBZ/3/aux:pass expected/VERB/VBN/0/root on/ADP/IN/6/case "
                "Friday/PROPN/NNP/6/compound night/NOUN/NN/3/obl ,/PUNCT/,/12/punct and/CCONJ/CC/12/cc "
                "there/PRON/EX/12/expl " + modal + "/AUX/MD/12/aux be/AUX/VB/12/cop " + noun + "/NOUN/NN/6/conj "
                "early/ADV/RB/15/advmod next/ADJ/JJ/15/amod week/NOUN/NN/12/obl:unmarked ./PUNCT/./3/punct");
  };
  for (const auto& [noun, modal] : {std::pair{"snow", "could"}, {"sleet", "may"}, {"fog", "will"}}) {
    INFO(noun);
    auto tokens = frost(noun, modal);
    CHECK(existential_conjuncts_to_verbs(tokens) == 1);
    CHECK(tokens[11].head == 2);
    CHECK(tokens[11].deprel == "conj");
  }
  // a noun conjoined to a noun without "there" stays: expected on Friday night and Saturday morning .
  auto nights = tree("Frost/PROPN/NNP/3/nsubj:pass is/AUX/VBZ/3/aux:pass expected/VERB/VBN/0/root on/ADP/IN/6/case "
                     "Friday/PROPN/NNP/6/compound night/NOUN/NN/3/obl and/CCONJ/CC/9/cc Saturday/PROPN/NNP/9/compound "
                     "morning/NOUN/NN/6/conj ./PUNCT/./3/punct");
  CHECK(existential_conjuncts_to_verbs(nights) == 0);
  CHECK(nights[8].head == 5);
}

TEST_CASE("a word the parser hung on punctuation hangs on the word the mark hangs on", "[syntax]") {
  // The mayor was acquitted of taking bribes . (parsed with "taking" on the full stop)
  auto tokens = tree(
      "The/DET/DT/2/det mayor/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass acquitted/VERB/VBN/0/root of/SCONJ/IN/6/mark "
      "taking/VERB/VBG/8/advcl bribes/NOUN/NNS/6/obj ./PUNCT/./4/punct");
  CHECK(lift_words_off_punctuation(tokens) == 1);
  CHECK(tokens[5].head == 3);
  // punctuation on punctuation stays: "...' ." and a tree without such words is left alone
  auto clean = tree("He/PRON/PRP/2/nsubj left/VERB/VBD/0/root ./PUNCT/./2/punct");
  CHECK(lift_words_off_punctuation(clean) == 0);
}

TEST_CASE("a measure and its period read as 'for' and a clause are the verb's subject and its nmod", "[syntax]") {
  for (const std::string relation : {"parataxis", "advcl"}) {
    // Exports for September fell 2 % .
    auto exports = tree("Exports/NOUN/NNS/0/root for/ADP/IN/4/mark September/PROPN/NNP/4/nsubj fell/VERB/VBD/1/" + relation +
                        " 2/NUM/CD/6/nummod %/SYM/NN/4/obj ./PUNCT/./1/punct");
    CHECK(measure_before_for_period(exports) == 1);
    CHECK(arcs(exports) == "4:nsubj 3:case 1:nmod 0:root 6:nummod 4:obj 4:punct");
  }
  // Net income for 2025 rose 9 % .
  auto income = tree("Net/ADJ/JJ/2/amod income/NOUN/NN/0/root for/ADP/IN/5/mark 2025/NUM/CD/5/nsubj rose/VERB/VBD/2/advcl "
                     "9/NUM/CD/7/nummod %/SYM/NN/5/obj ./PUNCT/./2/punct");
  CHECK(measure_before_for_period(income) == 1);
  CHECK(arcs(income) == "2:amod 5:nsubj 4:case 2:nmod 0:root 7:nummod 5:obj 5:punct");
  // a real "for" clause stays: He waited for prices to fall . ("for" marks an infinitive, no finite verb)
  auto waited = tree("He/PRON/PRP/2/nsubj waited/VERB/VBD/0/root for/ADP/IN/6/mark prices/NOUN/NNS/6/nsubj to/PART/TO/6/mark "
                     "fall/VERB/VB/2/advcl ./PUNCT/./2/punct");
  CHECK(measure_before_for_period(waited) == 0);
}

TEST_CASE("a noun joined with 'and' to the verb's oblique before a complement no word opens is that clause's subject", "[syntax]") {
  // Cards will be honored for 30 days , and customers who ordered will receive furniture .
  auto tokens = tree(
      "Cards/NOUN/NNS/4/nsubj:pass will/AUX/MD/4/aux be/AUX/VB/4/aux:pass honored/VERB/VBN/0/root for/ADP/IN/7/case "
      "30/NUM/CD/7/nummod days/NOUN/NNS/4/obl ,/PUNCT/,/10/punct and/CCONJ/CC/10/cc customers/NOUN/NNS/7/conj "
      "who/PRON/WP/12/nsubj ordered/VERB/VBD/10/acl:relcl will/AUX/MD/14/aux receive/VERB/VB/4/ccomp "
      "furniture/NOUN/NN/14/obj ./PUNCT/./4/punct");
  CHECK(give_conjoined_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "4:nsubj:pass 4:aux 4:aux:pass 0:root 7:case 7:nummod 4:obl 14:punct 14:cc 14:nsubj 12:nsubj "
                        "10:acl:relcl 14:aux 4:conj 14:obj 4:punct");
  // a complement that "that" opens, or one with its own subject, stays as it is
  const auto spec = GENERATE(as<std::string>{},
                             "Cards/NOUN/NNS/2/nsubj said/VERB/VBD/0/root for/ADP/IN/5/case 30/NUM/CD/5/nummod "
                             "days/NOUN/NNS/2/obl and/CCONJ/CC/7/cc customers/NOUN/NNS/5/conj that/SCONJ/IN/10/mark "
                             "will/AUX/MD/10/aux receive/VERB/VB/2/ccomp furniture/NOUN/NN/10/obj",
                             "Cards/NOUN/NNS/2/nsubj said/VERB/VBD/0/root for/ADP/IN/5/case 30/NUM/CD/5/nummod "
                             "days/NOUN/NNS/2/obl and/CCONJ/CC/7/cc customers/NOUN/NNS/5/conj they/PRON/PRP/10/nsubj "
                             "will/AUX/MD/10/aux receive/VERB/VB/2/ccomp furniture/NOUN/NN/10/obj");
  auto kept = tree(spec);
  const std::string before = arcs(kept);
  CHECK(give_conjoined_clauses_subjects(kept) == 0);
  CHECK(arcs(kept) == before);
}

TEST_CASE("a noun joined with 'and' to the object before a conjoined passive is that passive's subject", "[syntax]") {
  // The army moved soldiers and half of them are stationed near the river .
  auto tokens = tree(
      "The/DET/DT/2/det army/NOUN/NN/3/nsubj moved/VERB/VBD/0/root soldiers/NOUN/NNS/3/obj and/CCONJ/CC/6/cc "
      "half/NOUN/NN/4/conj of/ADP/IN/8/case them/PRON/PRP/6/nmod are/AUX/VBP/10/aux:pass stationed/VERB/VBN/3/conj "
      "near/ADP/IN/13/case the/DET/DT/13/det river/NOUN/NN/10/obl ./PUNCT/./3/punct");
  CHECK(give_conjoined_clauses_subjects(tokens) == 1);
  CHECK(arcs(tokens) == "2:det 3:nsubj 0:root 3:obj 10:cc 10:nsubj:pass 8:case 6:nmod 10:aux:pass 3:conj 13:case 13:det "
                        "10:obl 3:punct");
}
