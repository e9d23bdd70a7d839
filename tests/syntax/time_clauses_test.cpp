// attach_time_clauses_to_relative_clauses on hand-built trees: the parser's mistake and the
// cases that must stay as they are.
#include "core/syntax/time_clauses.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/syntax/hand_trees.h"

using namespace chronograph::core;
using chronograph::test::arcs;
using chronograph::test::tree;

TEST_CASE("a past 'before' clause right after a past relative clause hangs on it, not on a present verb", "[syntax]") {
  // Experts are studying a dam that cracked shortly before the flood began .
  auto tokens = tree(
      "Experts/NOUN/NNS/3/nsubj are/AUX/VBP/3/aux studying/VERB/VBG/0/root a/DET/DT/5/det dam/NOUN/NN/3/obj "
      "that/PRON/WDT/7/nsubj cracked/VERB/VBD/5/acl:relcl shortly/ADV/RB/12/advmod before/SCONJ/IN/12/mark "
      "the/DET/DT/11/det flood/NOUN/NN/12/nsubj began/VERB/VBD/3/advcl ./PUNCT/./3/punct");
  CHECK(attach_time_clauses_to_relative_clauses(tokens) == 1);
  CHECK(tokens[11].head == 6);
  // the main verb in the past may be what the clause times: Experts studied a dam that cracked before the flood began .
  auto past = tree(
      "Experts/NOUN/NNS/2/nsubj studied/VERB/VBD/0/root a/DET/DT/4/det dam/NOUN/NN/2/obj that/PRON/WDT/6/nsubj "
      "cracked/VERB/VBD/4/acl:relcl before/SCONJ/IN/10/mark the/DET/DT/9/det flood/NOUN/NN/10/nsubj "
      "began/VERB/VBD/2/advcl ./PUNCT/./2/punct");
  CHECK(attach_time_clauses_to_relative_clauses(past) == 0);
  // a clause "because" opens is no time clause: Experts are studying a dam that cracked because the river rose .
  auto because = tree(
      "Experts/NOUN/NNS/3/nsubj are/AUX/VBP/3/aux studying/VERB/VBG/0/root a/DET/DT/5/det dam/NOUN/NN/3/obj "
      "that/PRON/WDT/7/nsubj cracked/VERB/VBD/5/acl:relcl because/SCONJ/IN/11/mark the/DET/DT/10/det "
      "river/NOUN/NN/11/nsubj rose/VERB/VBD/3/advcl ./PUNCT/./3/punct");
  CHECK(attach_time_clauses_to_relative_clauses(because) == 0);
}

TEST_CASE("a gerund clause that 'after' opens, hung on a noun, is an adverbial clause of the noun's verb", "[syntax]") {
  // She signed a contract after passing a medical .
  auto tokens = tree(
      "She/PRON/PRP/2/nsubj signed/VERB/VBD/0/root a/DET/DT/4/det contract/NOUN/NN/2/obj after/SCONJ/IN/6/mark "
      "passing/VERB/VBG/4/acl a/DET/DT/8/det medical/NOUN/NN/6/obj ./PUNCT/./2/punct");
  CHECK(attach_gerund_time_clauses_to_verbs(tokens) == 1);
  CHECK(tokens[5].head == 1);
  CHECK(tokens[5].deprel == "advcl");
  // a gerund no such word opens describes the noun: She signed a contract covering five years .
  auto covering = tree(
      "She/PRON/PRP/2/nsubj signed/VERB/VBD/0/root a/DET/DT/4/det contract/NOUN/NN/2/obj covering/VERB/VBG/4/acl "
      "five/NUM/CD/7/nummod years/NOUN/NNS/5/obj ./PUNCT/./2/punct");
  CHECK(attach_gerund_time_clauses_to_verbs(covering) == 0);
}

TEST_CASE("a time after 'due' right after a noun hangs on 'due', which modifies the noun", "[syntax]") {
  // The vote shook the party ahead of an election due next spring .
  auto tokens = tree(
      "The/DET/DT/2/det vote/NOUN/NN/3/nsubj shook/VERB/VBD/0/root the/DET/DT/5/det party/NOUN/NN/3/obj "
      "ahead/ADV/RB/3/advmod of/ADP/IN/9/case an/DET/DT/9/det election/NOUN/NN/3/obl due/ADJ/JJ/12/amod "
      "next/ADJ/JJ/12/amod spring/NOUN/NN/3/obl ./PUNCT/./3/punct");
  CHECK(attach_due_times_to_nouns(tokens) == 1);
  CHECK(tokens[9].head == 8);
  CHECK(tokens[11].head == 9);
  CHECK(tokens[11].deprel == "obl:unmarked");
  // "due" with no noun before it stays: Payment is due next week .
  auto alone = tree(
      "Payment/NOUN/NN/3/nsubj is/AUX/VBZ/3/cop due/ADJ/JJ/0/root next/ADJ/JJ/5/amod week/NOUN/NN/3/obl:unmarked "
      "./PUNCT/./3/punct");
  CHECK(attach_due_times_to_nouns(alone) == 0);
}

TEST_CASE("a time with its own preposition is no measure of the 'after' clause that follows it", "[syntax]") {
  // Rents rose in recent weeks after the mill closed .
  auto tokens = tree(
      "Rents/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root in/ADP/IN/5/case recent/ADJ/JJ/5/amod weeks/NOUN/NNS/9/obl:unmarked "
      "after/SCONJ/IN/9/mark the/DET/DT/8/det mill/NOUN/NN/9/nsubj closed/VERB/VBD/2/advcl ./PUNCT/./2/punct");
  CHECK(attach_marked_times_to_main_verbs(tokens) == 1);
  CHECK(tokens[4].head == 1);
  CHECK(tokens[4].deprel == "obl");
  // a bare measure is the clause's: Rents rose two weeks before the mill closed .
  auto measure = tree(
      "Rents/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root two/NUM/CD/4/nummod weeks/NOUN/NNS/8/obl:unmarked "
      "before/SCONJ/IN/8/mark the/DET/DT/7/det mill/NOUN/NN/8/nsubj closed/VERB/VBD/2/advcl ./PUNCT/./2/punct");
  CHECK(attach_marked_times_to_main_verbs(measure) == 0);
  // a clause "because" opens has no measure to misread: Rents rose in May because the mill closed .
  auto because = tree(
      "Rents/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root in/ADP/IN/4/case May/PROPN/NNP/8/obl:unmarked "
      "because/SCONJ/IN/8/mark the/DET/DT/7/det mill/NOUN/NN/8/nsubj closed/VERB/VBD/2/advcl ./PUNCT/./2/punct");
  CHECK(attach_marked_times_to_main_verbs(because) == 0);
}

TEST_CASE("a fronted measure of time before 'after' or 'before' is the verb's oblique, not its subject or root", "[syntax]") {
  for (const char* unit : {"minutes", "hours", "days", "weeks", "months", "years", "decades"}) {
    INFO(unit);
    // Three weeks after the election , the parliament met .  ("weeks" read as a second subject)
    auto subject = tree(fmt::format(
        "Three/NUM/CD/2/nummod {}/NOUN/NNS/9/nsubj after/ADP/IN/5/case the/DET/DT/5/det election/NOUN/NN/2/nmod "
        ",/PUNCT/,/2/punct the/DET/DT/8/det parliament/NOUN/NN/9/nsubj met/VERB/VBD/0/root ./PUNCT/./9/punct", unit));
    CHECK(attach_fronted_time_measures_to_verbs(subject) == 1);
    CHECK(arcs(subject) == "2:nummod 9:obl:unmarked 5:case 5:det 2:nmod 2:punct 8:det 9:nsubj 0:root 9:punct");
    // About four weeks after the summit , the rebels seized the airport .  ("weeks" read as the root)
    auto root = tree(fmt::format(
        "About/ADV/RB/2/advmod four/NUM/CD/3/nummod {}/NOUN/NNS/0/root after/ADP/IN/6/case the/DET/DT/6/det "
        "summit/NOUN/NN/3/nmod ,/PUNCT/,/10/punct the/DET/DT/9/det rebels/NOUN/NNS/10/nsubj seized/VERB/VBD/3/parataxis "
        "the/DET/DT/12/det airport/NOUN/NN/10/obj ./PUNCT/./3/punct", unit));
    CHECK(attach_fronted_time_measures_to_verbs(root) == 1);
    CHECK(arcs(root) == "2:advmod 3:nummod 10:obl:unmarked 6:case 6:det 3:nmod 10:punct 9:det 10:nsubj 0:root 12:det 10:obj 10:punct");
  }
  // a time that is the subject, with no other: Three weeks after the vote passed quickly .
  auto alone = tree(
      "Three/NUM/CD/2/nummod weeks/NOUN/NNS/6/nsubj after/ADP/IN/5/case the/DET/DT/5/det vote/NOUN/NN/2/nmod "
      "passed/VERB/VBD/0/root quickly/ADV/RB/6/advmod ./PUNCT/./6/punct");
  CHECK(attach_fronted_time_measures_to_verbs(alone) == 0);
  // a noun that is no time unit stays: Two officials after the vote , the rebels left .
  auto officials = tree(
      "Two/NUM/CD/2/nummod officials/NOUN/NNS/9/nsubj after/ADP/IN/5/case the/DET/DT/5/det vote/NOUN/NN/2/nmod "
      ",/PUNCT/,/2/punct the/DET/DT/8/det rebels/NOUN/NNS/9/nsubj left/VERB/VBD/0/root ./PUNCT/./9/punct");
  CHECK(attach_fronted_time_measures_to_verbs(officials) == 0);
}

TEST_CASE("an infinitive of purpose hung on the time a verb filled is that verb's adverbial clause", "[syntax]") {
  for (const char* time : {"night", "morning", "weekend", "day", "hours", "weeks"}) {
    INFO(time);
    // Teams worked through the night to reach the villages .
    auto tokens = tree(fmt::format(
        "Teams/NOUN/NNS/2/nsubj worked/VERB/VBD/0/root through/ADP/IN/5/case the/DET/DT/5/det {}/NOUN/NN/2/obl "
        "to/PART/TO/7/mark reach/VERB/VB/5/acl the/DET/DT/9/det villages/NOUN/NNS/7/obj ./PUNCT/./2/punct", time));
    CHECK(attach_purpose_infinitives_to_verbs(tokens) == 1);
    CHECK(arcs(tokens) == "2:nsubj 0:root 5:case 5:det 2:obl 7:mark 2:advcl 9:det 7:obj 2:punct");
  }
  // a time given as an object keeps its infinitive: They gave us a week to answer .
  auto object = tree(
      "They/PRON/PRP/2/nsubj gave/VERB/VBD/0/root us/PRON/PRP/2/iobj a/DET/DT/5/det week/NOUN/NN/2/obj "
      "to/PART/TO/7/mark answer/VERB/VB/5/acl ./PUNCT/./2/punct");
  CHECK(attach_purpose_infinitives_to_verbs(object) == 0);
  // "to come" after a time is the time ahead: It will hurt us for years to come .
  auto ahead = tree(
      "It/PRON/PRP/3/nsubj will/AUX/MD/3/aux hurt/VERB/VB/0/root us/PRON/PRP/3/obj for/ADP/IN/6/case "
      "years/NOUN/NNS/3/obl to/PART/TO/8/mark come/VERB/VB/6/acl ./PUNCT/./3/punct");
  CHECK(attach_purpose_infinitives_to_verbs(ahead) == 0);
  // ... and "to follow": Prices will rise in the months to follow .
  auto follow = tree(
      "Prices/NOUN/NNS/3/nsubj will/AUX/MD/3/aux rise/VERB/VB/0/root in/ADP/IN/6/case the/DET/DT/6/det "
      "months/NOUN/NNS/3/obl to/PART/TO/8/mark follow/VERB/VB/6/acl ./PUNCT/./3/punct");
  CHECK(attach_purpose_infinitives_to_verbs(follow) == 0);
  // a noun that is no time keeps its infinitive: They worked on a plan to reach the villages .
  auto plan = tree(
      "They/PRON/PRP/2/nsubj worked/VERB/VBD/0/root on/ADP/IN/5/case a/DET/DT/5/det plan/NOUN/NN/2/obl "
      "to/PART/TO/7/mark reach/VERB/VB/5/acl the/DET/DT/9/det villages/NOUN/NNS/7/obj ./PUNCT/./2/punct");
  CHECK(attach_purpose_infinitives_to_verbs(plan) == 0);
}

TEST_CASE("a clause hung on the day that dates a verb is that verb's adverbial clause", "[syntax]") {
  for (const char* day : {"Saturday", "May", "today"}) {
    INFO(day);
    // They left on Saturday , a day after the ministry spoke .
    auto tokens = tree(fmt::format(
        "They/PRON/PRP/2/nsubj left/VERB/VBD/0/root on/ADP/IN/4/case {}/PROPN/NNP/2/obl ,/PUNCT/,/11/punct "
        "a/DET/DT/7/det day/NOUN/NN/11/obl:unmarked after/SCONJ/IN/11/mark the/DET/DT/10/det ministry/NOUN/NN/11/nsubj "
        "spoke/VERB/VBD/4/advcl ./PUNCT/./2/punct", day));
    CHECK(attach_clauses_on_days_to_verbs(tokens) == 1);
    CHECK(tokens[10].head == 1);
  }
  // the day on a noun the verb has: They walked out of the talks on Monday , a day after it spoke .
  auto deeper = tree(
      "They/PRON/PRP/2/nsubj walked/VERB/VBD/0/root out/ADP/IN/6/case of/ADP/IN/6/case the/DET/DT/6/det "
      "talks/NOUN/NNS/2/obl on/ADP/IN/8/case Monday/PROPN/NNP/6/nmod ,/PUNCT/,/14/punct a/DET/DT/11/det "
      "day/NOUN/NN/14/obl:unmarked after/SCONJ/IN/14/mark it/PRON/PRP/14/nsubj spoke/VERB/VBD/8/advcl ./PUNCT/./2/punct");
  CHECK(attach_clauses_on_days_to_verbs(deeper) == 1);
  CHECK(deeper[13].head == 1);
  // a clause on any other noun stays: They left the hall , which the ministry closed .
  auto other = tree(
      "They/PRON/PRP/2/nsubj left/VERB/VBD/0/root the/DET/DT/4/det hall/NOUN/NN/2/obj after/SCONJ/IN/8/mark "
      "the/DET/DT/7/det ministry/NOUN/NN/8/nsubj spoke/VERB/VBD/4/advcl ./PUNCT/./2/punct");
  CHECK(attach_clauses_on_days_to_verbs(other) == 0);
}

TEST_CASE("a 'that' clause with its own subject after the day a verb is dated by is that verb's complement", "[syntax]") {
  // Officials said Monday that talks would resume .
  auto tokens = tree(
      "Officials/NOUN/NNS/2/nsubj said/VERB/VBD/0/root Monday/PROPN/NNP/2/obl:tmod that/PRON/WDT/7/obj "
      "talks/NOUN/NNS/7/nsubj would/AUX/MD/7/aux resume/VERB/VB/3/acl:relcl ./PUNCT/./2/punct");
  CHECK(attach_that_clauses_past_days(tokens) == 1);
  CHECK(arcs(tokens) == "2:nsubj 0:root 2:obl:tmod 7:mark 7:nsubj 7:aux 2:ccomp 2:punct");
  // a relative clause whose "that" is its subject stays: the Monday that follows
  auto kept = tree(
      "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root on/ADP/IN/4/case Monday/PROPN/NNP/2/obl that/PRON/WDT/6/nsubj "
      "followed/VERB/VBD/4/acl:relcl ./PUNCT/./2/punct");
  CHECK(attach_that_clauses_past_days(kept) == 0);
  // a day that names a time, not when the verb happened: Nobody forgets the Tuesday that markets crashed .
  auto named = tree(
      "Nobody/PRON/NN/2/nsubj forgets/VERB/VBZ/0/root the/DET/DT/4/det Tuesday/PROPN/NNP/2/obj that/PRON/WDT/7/obj "
      "markets/NOUN/NNS/7/nsubj crashed/VERB/VBD/4/acl:relcl ./PUNCT/./2/punct");
  CHECK(attach_that_clauses_past_days(named) == 0);
  // a unit stepped from the DCT is such a day: He told them last week that prices would rise .
  for (const char* unit : {"week", "month", "year"}) {
    INFO(unit);
    auto stepped = tree(fmt::format(
        "He/PRON/PRP/2/nsubj told/VERB/VBD/0/root them/PRON/PRP/2/iobj last/ADJ/JJ/5/amod {}/NOUN/NN/2/obl:unmarked "
        "that/PRON/WDT/9/obj prices/NOUN/NNS/9/nsubj would/AUX/MD/9/aux rise/VERB/VB/5/acl:relcl ./PUNCT/./2/punct", unit));
    CHECK(attach_that_clauses_past_days(stepped) == 1);
    CHECK(stepped[8].deprel == "ccomp");
  }
  // a unit alone is no such day: He told them the week that prices rose .
  auto bare = tree(
      "He/PRON/PRP/2/nsubj told/VERB/VBD/0/root them/PRON/PRP/2/iobj the/DET/DT/5/det week/NOUN/NN/2/obl:unmarked "
      "that/PRON/WDT/8/obj prices/NOUN/NNS/8/nsubj rose/VERB/VBD/5/acl:relcl ./PUNCT/./2/punct");
  CHECK(attach_that_clauses_past_days(bare) == 0);
  // nor is one counted without a step from the DCT: He told them one week that prices rose .
  auto counted = tree(
      "He/PRON/PRP/2/nsubj told/VERB/VBD/0/root them/PRON/PRP/2/iobj one/NUM/CD/5/nummod week/NOUN/NN/2/obl:unmarked "
      "that/PRON/WDT/8/obj prices/NOUN/NNS/8/nsubj rose/VERB/VBD/5/acl:relcl ./PUNCT/./2/punct");
  CHECK(attach_that_clauses_past_days(counted) == 0);
}

TEST_CASE("a time right after a noun 'after' opens is the noun's when the verb was dated before it", "[syntax]") {
  // The council closed the bridge on Wednesday after an inspection last week . (parsed with
  // "week" an oblique of "closed")
  const auto parsed = [](const std::string& day) {
    return tree("The/DET/DT/2/det council/NOUN/NN/3/nsubj closed/VERB/VBD/0/root the/DET/DT/5/det bridge/NOUN/NN/3/obj "
                "on/ADP/IN/7/case " + day + "/PROPN/NNP/3/obl after/ADP/IN/10/case an/DET/DT/10/det "
                "inspection/NOUN/NN/3/obl last/ADJ/JJ/12/amod week/NOUN/NN/3/obl:unmarked ./PUNCT/./3/punct");
  };
  auto tokens = parsed("Wednesday");
  CHECK(attach_times_to_nouns_after_dated_verbs(tokens) == 1);
  CHECK(tokens[11].head == 9);
  CHECK(tokens[11].deprel == "nmod:unmarked");
  // with no time of the verb's before it, the time may be the verb's: "closed the bridge after an
  // inspection last week"
  auto undated = tree("The/DET/DT/2/det council/NOUN/NN/3/nsubj closed/VERB/VBD/0/root the/DET/DT/5/det "
                      "bridge/NOUN/NN/3/obj after/ADP/IN/8/case an/DET/DT/8/det inspection/NOUN/NN/3/obl "
                      "last/ADJ/JJ/10/amod week/NOUN/NN/3/obl:unmarked ./PUNCT/./3/punct");
  CHECK(attach_times_to_nouns_after_dated_verbs(undated) == 0);
  CHECK(undated[9].head == 2);
}

TEST_CASE("a scheduling participle after an object or set off after a noun is the noun's modifier", "[syntax]") {
  // The government called off the strike planned for next week .
  auto object = tree(
      "The/DET/DT/2/det government/NOUN/NN/3/nsubj called/VERB/VBD/0/root off/ADP/RP/3/compound:prt "
      "the/DET/DT/6/det strike/NOUN/NN/3/obj planned/VERB/VBN/3/advcl for/ADP/IN/10/case next/ADJ/JJ/10/amod "
      "week/NOUN/NN/7/obl ./PUNCT/./3/punct");
  CHECK(attach_scheduling_participles_to_nouns(object) == 1);
  CHECK(arcs(object) == "2:det 3:nsubj 0:root 3:compound:prt 6:det 3:obj 6:acl 10:case 10:amod 7:obl 3:punct");
  // The vote , set for next Tuesday , has been cancelled . (with "set" a base form in parataxis)
  auto commas = tree(
      "The/DET/DT/2/det vote/NOUN/NN/11/nsubj:pass ,/PUNCT/,/2/punct set/VERB/VB/2/parataxis for/ADP/IN/7/case "
      "next/ADJ/JJ/7/amod Tuesday/PROPN/NNP/4/obl ,/PUNCT/,/2/punct has/AUX/VBZ/11/aux been/AUX/VBN/11/aux:pass "
      "cancelled/VERB/VBN/0/root ./PUNCT/./11/punct");
  CHECK(attach_scheduling_participles_to_nouns(commas) == 1);
  CHECK(commas[3].deprel == "acl");
  CHECK(commas[3].xpos == "VBN");
  // a participle with no "for", "on" or "to" after it, or with a subject, stays: The team set a record in May .
  auto record = tree(
      "The/DET/DT/2/det team/NOUN/NN/3/nsubj set/VERB/VBD/0/root a/DET/DT/5/det record/NOUN/NN/3/obj "
      "in/ADP/IN/7/case May/PROPN/NNP/3/obl ./PUNCT/./3/punct");
  CHECK(attach_scheduling_participles_to_nouns(record) == 0);
  // one already on its noun stays: They found the plan set for approval .
  auto done = tree(
      "They/PRON/PRP/2/nsubj found/VERB/VBD/0/root the/DET/DT/4/det plan/NOUN/NN/2/obj set/VERB/VBN/4/acl "
      "for/ADP/IN/7/case approval/NOUN/NN/5/obl ./PUNCT/./2/punct");
  CHECK(attach_scheduling_participles_to_nouns(done) == 0);
}

