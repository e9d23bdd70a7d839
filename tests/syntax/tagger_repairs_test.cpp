// The tagger repairs (core/syntax/tagger_repairs.h) on hand-built trees (the tagger's mistake
// and the cases that must stay as they are), and the trained models on news text written for
// the test.
#include "core/syntax/tagger_repairs.h"

#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/syntax/hand_trees.h"
#include "tests/syntax/syntax_test_support.h"

using namespace chronograph::core;
using chronograph::test::tree;

TEST_CASE("a past participle hung on the root noun of a sentence without a finite verb is its past tense", "[syntax]") {
  // A bomb exploded in a market .
  auto tokens = tree(
      "A/DET/DT/2/det bomb/NOUN/NN/0/root exploded/VERB/VBN/2/acl in/ADP/IN/6/case a/DET/DT/6/det "
      "market/NOUN/NN/3/obl ./PUNCT/./2/punct");
  CHECK(finite_verb_from_participle(tokens));
  CHECK(tokens[2].xpos == "VBD");
  CHECK(tokens[2].feats == "Mood=Ind|Tense=Past|VerbForm=Fin");
}

TEST_CASE("a participle on the noun of the root's 'of' phrase is the past tense too", "[syntax]") {
  // Thousands of protesters marched through the capital .
  auto tokens = tree(
      "Thousands/NOUN/NNS/0/root of/ADP/IN/3/case protesters/NOUN/NNS/1/nmod marched/VERB/VBN/3/acl "
      "through/ADP/IN/7/case the/DET/DT/7/det capital/NOUN/NN/4/obl ./PUNCT/./1/punct");
  CHECK(finite_verb_from_participle(tokens));
  CHECK(tokens[3].xpos == "VBD");
}

TEST_CASE("a participle before a root in a prepositional phrase is the past tense", "[syntax]") {
  // Negotiators from 200 countries agreed early on Sunday . (parsed with "Sunday" the root)
  auto tokens = tree(
      "Negotiators/NOUN/NNS/7/nsubj from/ADP/IN/4/case 200/NUM/CD/4/nummod countries/NOUN/NNS/1/nmod "
      "agreed/VERB/VBN/4/acl early/ADV/RB/7/advmod on/ADP/IN/8/case Sunday/PROPN/NNP/0/root ./PUNCT/./8/punct");
  CHECK(finite_verb_from_participle(tokens));
  CHECK(tokens[4].xpos == "VBD");
  // a noun between them keeps the participle a modifier: "Shares sold in May on Monday" is no clause either,
  // but "sold in May" is what the parser read right
  auto noun_between = tree(
      "Shares/NOUN/NNS/6/nsubj sold/VERB/VBN/1/acl in/ADP/IN/4/case May/PROPN/NNP/2/obl on/ADP/IN/6/case "
      "Monday/PROPN/NNP/0/root ./PUNCT/./6/punct");
  CHECK_FALSE(finite_verb_from_participle(noun_between));
}

TEST_CASE("a finite verb only inside a relative clause leaves the participle the sentence's past tense", "[syntax]") {
  // The sides agreed to a summit , which will take place in May .
  auto tokens = tree(
      "The/DET/DT/2/det sides/NOUN/NNS/0/root agreed/VERB/VBN/2/acl to/ADP/IN/6/case a/DET/DT/6/det "
      "summit/NOUN/NN/3/obl ,/PUNCT/,/10/punct which/PRON/WDT/10/nsubj will/AUX/MD/10/aux "
      "take/VERB/VB/6/acl:relcl place/NOUN/NN/10/obj in/ADP/IN/13/case May/PROPN/NNP/10/obl ./PUNCT/./2/punct");
  CHECK(finite_verb_from_participle(tokens));
  CHECK(tokens[2].xpos == "VBD");
}

TEST_CASE("a finite verb only inside a subordinate clause leaves the participle the sentence's past tense",
          "[syntax]") {
  // The firm announced on Monday that it had sold the unit .
  const std::string announced =
      "The/DET/DT/2/det firm/NOUN/NN/0/root announced/VERB/VBN/2/acl on/ADP/IN/5/case Monday/PROPN/NNP/3/obl "
      "that/SCONJ/IN/9/mark it/PRON/PRP/9/nsubj had/AUX/VBD/9/aux sold/VERB/VBN/2/acl the/DET/DT/11/det "
      "unit/NOUN/NN/9/obj ./PUNCT/./2/punct";
  auto tokens = tree(announced);
  CHECK(finite_verb_from_participle(tokens));
  CHECK(tokens[2].xpos == "VBD");
  // without the subordinator the clause is the sentence's own: The firm announced , it had sold the unit .
  auto unmarked = tree(
      "The/DET/DT/2/det firm/NOUN/NN/0/root announced/VERB/VBN/2/acl ,/PUNCT/,/7/punct it/PRON/PRP/7/nsubj "
      "had/AUX/VBD/7/aux sold/VERB/VBN/2/acl the/DET/DT/9/det unit/NOUN/NN/7/obj ./PUNCT/./2/punct");
  CHECK_FALSE(finite_verb_from_participle(unmarked));
}

TEST_CASE("participles that are participles keep their tag", "[syntax]") {
  const auto spec = GENERATE(as<std::string>{},
                             // a headline, no full stop: Three people killed in crash
                             "Three/NUM/CD/2/nummod people/NOUN/NNS/0/root killed/VERB/VBN/2/acl in/ADP/IN/5/case "
                             "crash/NOUN/NN/3/obl",
                             // a finite verb elsewhere: The bridge built in 1990 collapsed .
                             "The/DET/DT/2/det bridge/NOUN/NN/5/nsubj built/VERB/VBN/2/acl in/ADP/IN/5/case "
                             "1990/NUM/CD/3/obl collapsed/VERB/VBD/0/root ./PUNCT/./6/punct",
                             // its own auxiliary: The ship, having been struck by waves .
                             "The/DET/DT/2/det ship/NOUN/NN/0/root having/AUX/VBG/5/aux been/AUX/VBN/5/aux:pass "
                             "struck/VERB/VBN/2/acl by/ADP/IN/7/case waves/NOUN/NNS/5/obl ./PUNCT/./2/punct",
                             // a caption's participle with an infinitive: Leaders expected to agree deal .
                             "Leaders/NOUN/NNS/0/root expected/VERB/VBN/1/acl to/PART/TO/4/mark agree/VERB/VB/2/xcomp "
                             "deal/NOUN/NN/4/obj ./PUNCT/./1/punct",
                             // nothing it acts on: More details expected later .
                             "More/ADJ/JJR/2/amod details/NOUN/NNS/0/root expected/VERB/VBN/2/acl later/ADV/RB/3/advmod "
                             "./PUNCT/./2/punct");
  auto tokens = tree(spec);
  CHECK_FALSE(finite_verb_from_participle(tokens));
}

TEST_CASE("news leads whose main verb reads as a participle are parsed with it as the root", "[syntax]") {
  const auto [sentence, verb] = GENERATE(table<std::string, std::string>({
      {"A powerful earthquake struck southern Turkey on Monday .", "struck"},
      {"A bomb exploded in a market in Kabul on Sunday .", "exploded"},
      {"Thousands of protesters marched through the capital on Saturday .", "marched"},
      {"A second quake struck nine hours later .", "struck"},
      {"A strong storm struck the coast on Monday , officials said on Tuesday .", "struck"},
      {"The blast hit at 9 a.m. near the station .", "hit"},
      {"A powerful storm struck the coast on Monday , toppling thousands of trees and killing at least 40 people , "
       "officials said .", "struck"},
      {"The tremor cut through the valley after dawn .", "cut"},
      {"The first tremor shook the valley two days earlier .", "shook"},
      {"The company announced on Tuesday that it had cut 200 jobs .", "announced"},
      {"The ministry confirmed on Friday that two soldiers were killed .", "confirmed"},
      {"Police arrested and charged two men on Monday .", "arrested"},
      {"The central bank cut interest rates on Thursday .", "cut"},
      {"Oil prices hit a record high on Monday .", "hit"},
      {"The chief executive resigned on Monday .", "resigned"}}));
  TokenizedText text = chronograph::test::pretokenized({sentence});
  chronograph::test::models().annotate(text);
  const int i = chronograph::test::find(text, verb);
  REQUIRE(i >= 0);
  CAPTURE(sentence);
  CHECK(text.tokens[static_cast<std::size_t>(i)].xpos == "VBD");
  CHECK(text.tokens[static_cast<std::size_t>(i)].deprel == "root");
}

TEST_CASE("'near' between a noun and a name or determiner is a preposition", "[syntax]") {
  // a quake near Izmit killed 100 people .
  auto tokens = tree("a/DET/DT/2/det quake/NOUN/NN/5/obl near/ADJ/JJ/4/amod Izmit/PROPN/NNP/5/nsubj "
                     "killed/VERB/VBD/0/root 100/NUM/CD/7/nummod people/NOUN/NNS/5/obj ./PUNCT/./5/punct");
  CHECK(preposition_from_near(tokens));
  CHECK(tokens[2].xpos == "IN");
  // in the near future .
  auto adjective = tree("in/ADP/IN/4/case the/DET/DT/4/det near/ADJ/JJ/4/amod future/NOUN/NN/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(preposition_from_near(adjective));
}

TEST_CASE("words the tagger took for a verb form or a participle in running text get their tag back", "[syntax]") {
  const auto [sentence, word, xpos] = GENERATE(table<std::string, std::string, std::string>({
      {"About 13 percent had swelling in the brain .", "swelling", "NN"},
      {"The drug slowed the decline in memory and thinking in older people .", "thinking", "NN"},
      {"Shares jumped on Wednesday , while Eisai 's stock rose by the daily limit in Tokyo .", "rose", "VBD"},
      // words the tagger missed as pasts: after a name, as an adverb, before a reporting clause
      {"Google cut 200 jobs on Tuesday .", "cut", "VBD"},
      {"Sales rose more than expected in March .", "rose", "VBD"},
      {"Its revenue doubled in 2025 , the company said .", "doubled", "VBD"},
      {"Investors expected a rate cut in May .", "cut", "NN"},
      {"The coalition partners agreed in February to close both plants , but he told lawmakers it would wait .", "agreed", "VBD"},
      // a real participle stays one
      {"She had been swimming in the lake .", "swimming", "VBG"},
      {"He stopped the car and started walking home .", "walking", "VBG"}}));
  TokenizedText text = chronograph::test::pretokenized({sentence});
  chronograph::test::models().annotate(text);
  const int i = chronograph::test::find(text, word);
  REQUIRE(i >= 0);
  CAPTURE(sentence);
  CHECK(text.tokens[static_cast<std::size_t>(i)].xpos == xpos);
}

TEST_CASE("a compound noun that never was a past tense, or a root with its own copula, stays a noun", "[syntax]") {
  const auto past_form = [](const std::string& w) { return w == "hit" || w == "cut"; };
  // The price hike at the pump .
  auto hike = tree("The/DET/DT/3/det price/NOUN/NN/3/compound hike/NOUN/NN/0/root at/ADP/IN/6/case "
                   "the/DET/DT/6/det pump/NOUN/NN/3/nmod ./PUNCT/./3/punct");
  CHECK_FALSE(finite_verb_from_compound_head(hike, past_form));
  // The price cut in March was a shock .
  auto cut = tree("The/DET/DT/3/det price/NOUN/NN/3/compound cut/NOUN/NN/8/nsubj in/ADP/IN/5/case "
                  "March/PROPN/NNP/3/nmod was/AUX/VBD/8/cop a/DET/DT/8/det shock/NOUN/NN/0/root ./PUNCT/./8/punct");
  CHECK_FALSE(finite_verb_from_compound_head(cut, past_form));
  // The quake hit at dawn .
  auto hit = tree("The/DET/DT/3/det quake/NOUN/NN/3/compound hit/NOUN/NN/0/root at/ADP/IN/5/case "
                  "dawn/NOUN/NN/3/nmod ./PUNCT/./3/punct");
  CHECK(finite_verb_from_compound_head(hit, past_form));
  CHECK(hit[2].xpos == "VBD");
}

TEST_CASE("a participle on the noun right after 'when' or 'after' is that clause's past tense", "[syntax]") {
  // It burned in 2021 , when blazes destroyed the forest .
  auto tokens = tree(
      "It/PRON/PRP/2/nsubj burned/VERB/VBD/0/root in/ADP/IN/4/case 2021/NUM/CD/2/obl ,/PUNCT/,/2/punct "
      "when/ADV/WRB/8/advmod blazes/NOUN/NNS/2/obl destroyed/VERB/VBN/7/acl the/DET/DT/10/det "
      "forest/NOUN/NN/8/obj ./PUNCT/./2/punct");
  CHECK(finite_verb_after_clause_opener(tokens));
  CHECK(tokens[7].xpos == "VBD");
}

TEST_CASE("a reduced relative after 'after' keeps its participle when its clause has a verb", "[syntax]") {
  // They cheered after troops trained in Poland arrived .
  auto tokens = tree(
      "They/PRON/PRP/2/nsubj cheered/VERB/VBD/0/root after/SCONJ/IN/8/mark troops/NOUN/NNS/8/nsubj "
      "trained/VERB/VBN/4/acl in/ADP/IN/7/case Poland/PROPN/NNP/5/obl arrived/VERB/VBD/2/advcl ./PUNCT/./2/punct");
  CHECK_FALSE(finite_verb_after_clause_opener(tokens));
  CHECK(tokens[4].xpos == "VBN");
}

TEST_CASE("a plural noun before 'to' and a base form in a sentence without a verb is the verb", "[syntax]") {
  // The government plans to hire nurses .
  auto tokens = tree(
      "The/DET/DT/3/det government/NOUN/NN/3/compound plans/NOUN/NNS/5/nsubj to/PART/TO/5/mark "
      "hire/VERB/VB/0/root nurses/NOUN/NNS/5/obj ./PUNCT/./5/punct");
  CHECK(finite_verb_from_plural_noun(tokens));
  CHECK(tokens[2].xpos == "VBZ");
  // The government's plans to hire nurses were dropped . (a finite verb: nothing changes)
  auto with_verb = tree(
      "The/DET/DT/2/det government/NOUN/NN/4/nmod:poss 's/PART/POS/2/case plans/NOUN/NNS/9/nsubj:pass to/PART/TO/6/mark "
      "hire/VERB/VB/4/acl nurses/NOUN/NNS/6/obj were/AUX/VBD/9/aux:pass dropped/VERB/VBN/0/root ./PUNCT/./9/punct");
  CHECK_FALSE(finite_verb_from_plural_noun(with_verb));
  // The company plans to close plants and expects to cut jobs . (the second predicate's verb is no bar)
  auto coordinated = tree(
      "The/DET/DT/3/det company/NOUN/NN/3/compound plans/NOUN/NNS/5/nsubj to/PART/TO/5/mark close/VERB/VB/0/root "
      "plants/NOUN/NNS/5/obj and/CCONJ/CC/8/cc expects/VERB/VBZ/5/conj to/PART/TO/10/mark cut/VERB/VB/8/xcomp "
      "jobs/NOUN/NNS/10/obj ./PUNCT/./5/punct");
  CHECK(finite_verb_from_plural_noun(coordinated));
  CHECK(coordinated[2].xpos == "VBZ");
}

TEST_CASE("a capitalised first word read as a verb before a past form or a who clause is a name", "[syntax]") {
  // Mendes moved into the office .
  auto tokens = tree(
      "Mendes/VERB/VBZ/0/root moved/VERB/VBN/1/acl into/ADP/IN/5/case the/DET/DT/5/det office/NOUN/NN/2/obl "
      "./PUNCT/./1/punct");
  CHECK(name_from_initial_verb(tokens));
  CHECK(tokens[0].xpos == "NNP");
  CHECK(tokens[0].lemma == "Mendes");
  // Has the office moved ? / Has moved ...: an auxiliary stays one
  auto aux = tree("Has/AUX/VBZ/2/aux moved/VERB/VBN/0/root on/ADP/RP/2/compound:prt ./PUNCT/./2/punct");
  CHECK_FALSE(name_from_initial_verb(aux));
  // Says he left .: a verb before a pronoun stays a verb
  auto says = tree("Says/VERB/VBZ/0/root he/PRON/PRP/3/nsubj left/VERB/VBD/1/ccomp ./PUNCT/./1/punct");
  CHECK_FALSE(name_from_initial_verb(says));
  // Mendes , who resigned , spoke .: before a relative clause too
  auto relative = tree("Mendes/VERB/VBZ/0/root ,/PUNCT/,/4/punct who/PRON/WP/4/nsubj resigned/VERB/VBD/1/acl:relcl "
                       ",/PUNCT/,/6/punct spoke/VERB/VBD/1/conj ./PUNCT/./1/punct");
  CHECK(name_from_initial_verb(relative));
  // Matters , however .: a comma without "who" proves nothing
  auto which = tree("Matters/VERB/VBZ/0/root ,/PUNCT/,/4/punct however/ADV/RB/1/advmod ./PUNCT/./1/punct");
  CHECK_FALSE(name_from_initial_verb(which));
}

TEST_CASE("a noun heading a clause that 'unless' or 'if' opens is its verb when it agrees", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // It spreads unless vaccination rates rise .
  auto tokens = tree(
      "It/PRON/PRP/2/nsubj spreads/VERB/VBZ/0/root unless/SCONJ/IN/6/mark vaccination/NOUN/NN/5/compound "
      "rates/NOUN/NNS/6/compound rise/NOUN/NN/2/advcl ./PUNCT/./2/punct");
  CHECK(finite_verb_from_clause_noun(tokens, classes));
  CHECK(tokens[5].xpos == "VBP");
  CHECK(tokens[5].upos == "VERB");
  // Trade stalls if the price rises .
  auto singular = tree(
      "Trade/NOUN/NN/2/nsubj stalls/VERB/VBZ/0/root if/SCONJ/IN/6/mark the/DET/DT/6/det price/NOUN/NN/6/compound "
      "rises/NOUN/NNS/2/advcl ./PUNCT/./2/punct");
  CHECK(finite_verb_from_clause_noun(singular, classes));
  CHECK(singular[5].xpos == "VBZ");
  // She spoke as sales manager . (no verb "manager"; nothing changes)
  auto role = tree(
      "She/PRON/PRP/2/nsubj spoke/VERB/VBD/0/root as/SCONJ/IN/5/mark sales/NOUN/NNS/5/compound "
      "manager/NOUN/NN/2/advcl ./PUNCT/./2/punct");
  CHECK_FALSE(finite_verb_from_clause_noun(role, classes));
}

TEST_CASE("a clause's verb the tagger read as a noun is found again in running text", "[syntax]") {
  const auto [sentence, verb] = GENERATE(table<std::string, std::string>({
      {"The agency warned that the virus could spread further unless vaccination rates rise .", "rise"},
      {"Farmers will suffer if grain prices fall again .", "fall"}}));
  TokenizedText text = chronograph::test::pretokenized({sentence});
  chronograph::test::models().annotate(text);
  const int i = chronograph::test::find(text, verb);
  REQUIRE(i >= 0);
  CAPTURE(sentence);
  CHECK(text.tokens[static_cast<std::size_t>(i)].upos == "VERB");
}

TEST_CASE("a headline's bare past form without an object is a passive participle", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // Former mayor convicted of bribery
  auto tokens = tree(
      "Former/ADJ/JJ/2/amod mayor/NOUN/NN/3/nsubj convicted/VERB/VBD/0/root of/ADP/IN/5/case "
      "bribery/NOUN/NN/3/obl");
  CHECK(passive_headline(tokens, classes));
  CHECK(tokens[2].xpos == "VBN");
  CHECK(tokens[1].deprel == "nsubj:pass");
  // a number of people: Three killed in blast
  auto three = tree("Three/NUM/CD/2/nsubj killed/VERB/VBD/0/root in/ADP/IN/4/case blast/NOUN/NN/2/obl");
  CHECK(passive_headline(three, classes));
  CHECK(three[0].deprel == "nsubj:pass");
  // ... not with a verb no one undergoes: Three died in blast
  auto died = tree("Three/NUM/CD/2/nsubj died/VERB/VBD/0/root in/ADP/IN/4/case blast/NOUN/NN/2/obl");
  died[1].lemma = "die";
  CHECK_FALSE(passive_headline(died, classes));
  const auto spec = GENERATE(as<std::string>{},
                             // a sentence with its stop: Mayor convicted of bribery .
                             "Mayor/NOUN/NN/2/nsubj convicted/VERB/VBD/0/root of/ADP/IN/4/case bribery/NOUN/NN/2/obl "
                             "./PUNCT/./2/punct",
                             // an object: Jury convicted mayor
                             "Jury/NOUN/NN/2/nsubj convicted/VERB/VBD/0/root mayor/NOUN/NN/2/obj",
                             // a pronoun subject: I went home
                             "I/PRON/PRP/2/nsubj went/VERB/VBD/0/root home/ADV/RB/2/advmod");
  auto kept = tree(spec);
  CHECK_FALSE(passive_headline(kept, classes));
}

TEST_CASE("a headline's verb that says what its object is, with only that complement, is a passive participle", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // Former mayor found guilty of bribery  ("guilty" read as the object)
  auto guilty = tree(
      "Former/ADJ/JJ/2/amod mayor/NOUN/NN/3/nsubj found/VERB/VBD/0/root guilty/NOUN/NN/3/obj of/ADP/IN/6/case "
      "bribery/NOUN/NN/4/nmod");
  guilty[2].lemma = "find";  // (hand trees carry no lemmas)
  CHECK(passive_headline(guilty, classes));
  CHECK(guilty[2].xpos == "VBN");
  CHECK(guilty[3].upos == "ADJ");
  CHECK(guilty[3].deprel == "xcomp");
  // Climber declared dead
  auto dead = tree("Climber/NOUN/NN/2/nsubj declared/VERB/VBD/0/root dead/ADJ/JJ/2/xcomp");
  dead[1].lemma = "declare";
  CHECK(passive_headline(dead, classes));
  // an object that can be a noun stays one: Police found weapons
  auto weapons = tree("Police/NOUN/NNS/2/nsubj found/VERB/VBD/0/root weapons/NOUN/NNS/2/obj");
  weapons[1].lemma = "find";
  CHECK_FALSE(passive_headline(weapons, classes));
  // another verb with a complement is active: Stocks ended higher
  auto higher = tree("Stocks/NOUN/NNS/2/nsubj ended/VERB/VBD/0/root higher/ADJ/JJR/2/xcomp");
  higher[1].lemma = "end";
  CHECK_FALSE(passive_headline(higher, classes));
  // "prove" links its subject to the adjective: Polls proved wrong
  auto wrong = tree("Polls/NOUN/NNS/2/nsubj proved/VERB/VBD/0/root wrong/ADJ/JJ/2/xcomp");
  wrong[1].lemma = "prove";
  CHECK_FALSE(passive_headline(wrong, classes));
  CHECK(wrong[1].xpos == "VBD");
  // nothing is retagged when the headline is no passive: Jury found guilty man  (two objects read)
  auto two = tree("Jury/NOUN/NN/2/nsubj found/VERB/VBD/0/root guilty/NOUN/NN/2/obj man/NOUN/NN/2/obj");
  two[1].lemma = "find";
  CHECK_FALSE(passive_headline(two, classes));
  CHECK(two[2].upos == "NOUN");
}

TEST_CASE("an adjective after a noun and before a preposition is the phrase's noun when it can be one", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // They reached the league final on Sunday .
  auto tokens = tree(
      "They/PRON/PRP/2/nsubj reached/VERB/VBD/0/root the/DET/DT/5/det league/NOUN/NN/5/compound final/ADJ/JJ/2/obj "
      "on/ADP/IN/7/case Sunday/PROPN/NNP/2/obl ./PUNCT/./2/punct");
  CHECK(noun_from_adjective_after_noun(tokens, classes));
  CHECK(tokens[4].xpos == "NN");
  const auto spec = GENERATE(as<std::string>{},
                             // "due to": an adjective's complement
                             "The/DET/DT/2/det delay/NOUN/NN/0/root due/ADJ/JJ/2/amod to/ADP/IN/5/case rain/NOUN/NN/3/obl",
                             // after "nothing"
                             "nothing/PRON/NN/0/root wrong/ADJ/JJ/1/amod with/ADP/IN/4/case it/PRON/PRP/2/obl",
                             // no noun reading: the people responsible for it
                             "the/DET/DT/2/det people/NOUN/NNS/0/root responsible/ADJ/JJ/2/amod for/ADP/IN/5/case "
                             "it/PRON/PRP/3/obl");
  auto kept = tree(spec);
  CHECK_FALSE(noun_from_adjective_after_noun(kept, classes));
}

TEST_CASE("a cup final after a name is a noun in running text", "[syntax]") {
  TokenizedText text = chronograph::test::pretokenized(
      {"Lyon reached the French Cup final on Sunday after striker Paulo Reis scored twice ."});
  chronograph::test::models().annotate(text);
  const int final_word = chronograph::test::find(text, "final");
  REQUIRE(final_word >= 0);
  CHECK(text.tokens[static_cast<std::size_t>(final_word)].upos == "NOUN");
}

TEST_CASE("a word in capitals after 'the' read as a function word is a name", "[syntax]") {
  // The WHO warned .
  auto tokens = tree("The/DET/DT/2/det WHO/PRON/WP/3/nsubj warned/VERB/VBD/0/root ./PUNCT/./3/punct");
  CHECK(name_from_capitals_after_the(tokens));
  CHECK(tokens[1].upos == "PROPN");
  CHECK(tokens[1].lemma == "WHO");
  // who in lower case, or capitals without "the", stay what they are
  auto lower = tree("the/DET/DT/2/det who/PRON/WP/3/nsubj warned/VERB/VBD/0/root");
  CHECK_FALSE(name_from_capitals_after_the(lower));
  auto bare = tree("WHO/PRON/WP/2/nsubj warned/VERB/VBD/0/root");
  CHECK_FALSE(name_from_capitals_after_the(bare));
}

TEST_CASE("a participle on the noun of an 'of' phrase after 'as' is that clause's past tense", "[syntax]") {
  // It fell as the number of ships rose by a third .
  auto tokens = tree(
      "It/PRON/PRP/2/nsubj fell/VERB/VBD/0/root as/ADP/IN/5/case the/DET/DT/5/det number/NOUN/NN/2/obl "
      "of/ADP/IN/7/case ships/NOUN/NNS/5/nmod rose/VERB/VBN/7/acl by/ADP/IN/11/case a/DET/DT/11/det "
      "third/NOUN/NN/8/obl ./PUNCT/./2/punct");
  CHECK(finite_verb_after_clause_opener(tokens));
  CHECK(tokens[7].xpos == "VBD");
}

TEST_CASE("a past form stripped of -ed to no verb gets its verb back", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  const auto [form, stripped, lemma] = GENERATE(table<std::string, std::string, std::string>({
      {"fled", "fl", "flee"}, {"bled", "bl", "bleed"}, {"sped", "sp", "speed"},
      // an "-e" verb the lemmatizer had not seen
      {"convened", "conven", "convene"}, {"contravened", "contraven", "contravene"},
      // a doubled consonant's script on a consonant that is not doubled, even to a verb
      {"slumped", "slum", "slump"}}));
  auto tokens = tree(form + "/VERB/VBD/0/root");
  tokens[0].lemma = stripped;
  CHECK(strong_past_lemma(tokens[0], classes));
  CHECK(tokens[0].lemma == lemma);
  // a lemma that is a verb stays: "listed" -> "list"
  auto listed = tree("listed/VERB/VBD/0/root");
  listed[0].lemma = "list";
  CHECK_FALSE(strong_past_lemma(listed[0], classes));
  // nor does a doubled consonant's: "stopped" -> "stop"
  auto stopped = tree("stopped/VERB/VBD/0/root");
  stopped[0].lemma = "stop";
  CHECK_FALSE(strong_past_lemma(stopped[0], classes));
}

TEST_CASE("a verb tag on a word WordNet knows only as another part of speech is that part of speech", "[syntax]") {
  const WordClasses classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // they upgraded it late that afternoon: "late" is an adverb
  auto tokens = tree(
      "they/PRON/PRP/2/nsubj upgraded/VERB/VBD/0/root it/PRON/PRP/2/obj late/VERB/VBD/2/conj that/DET/DT/6/det "
      "afternoon/NOUN/NN/4/obl:unmarked");
  CHECK(word_from_impossible_verb(tokens, classes));
  CHECK(tokens[3].xpos == "RB");
  // only a noun: "the hurricane season" with "hurricane" read as a verb
  auto noun = tree("the/DET/DT/2/det hurricane/VERB/VBP/0/root season/NOUN/NN/2/obj");
  CHECK(word_from_impossible_verb(noun, classes));
  CHECK(noun[1].xpos == "NN");
  // real verbs, regular and irregular forms, and unknown words stay verbs
  const auto spec = GENERATE(as<std::string>{}, "prices/NOUN/NNS/2/nsubj rallied/VERB/VBD/0/root",
                             "the/DET/DT/2/det storm/NOUN/NN/3/nsubj fled/VERB/VBD/0/root",
                             "they/PRON/PRP/2/nsubj blorfed/VERB/VBD/0/root");
  auto kept = tree(spec);
  CHECK_FALSE(word_from_impossible_verb(kept, classes));
}

TEST_CASE("a past form hung as acl right after a noun, in a sentence with its own verb, is a participle", "[syntax]") {
  const auto participle_form = [](const std::string& w) { return w == "reached" || w == "signed"; };
  // the deals reached in May are void .
  auto reached = tree("the/DET/DT/2/det deals/NOUN/NNS/7/nsubj reached/VERB/VBD/2/acl in/ADP/IN/5/case "
                      "May/PROPN/NNP/3/obl are/AUX/VBP/7/cop void/ADJ/JJ/0/root ./PUNCT/./7/punct");
  CHECK(participle_from_reduced_relative(reached, participle_form));
  CHECK(reached[2].xpos == "VBN");
  // a form that is never a participle, or a sentence with no other verb, stays as it is
  auto took = tree("the/DET/DT/2/det deals/NOUN/NNS/7/nsubj took/VERB/VBD/2/acl in/ADP/IN/5/case "
                   "May/PROPN/NNP/3/obl are/AUX/VBP/7/cop void/ADJ/JJ/0/root ./PUNCT/./7/punct");
  CHECK_FALSE(participle_from_reduced_relative(took, participle_form));
  auto alone = tree("the/DET/DT/2/det deals/NOUN/NNS/0/root signed/VERB/VBD/2/acl in/ADP/IN/5/case "
                    "May/PROPN/NNP/3/obl ./PUNCT/./2/punct");
  CHECK_FALSE(participle_from_reduced_relative(alone, participle_form));
}

TEST_CASE("a participle after a sentence's opening noun phrase and before its object is the past tense", "[syntax]") {
  const auto past_form = [](const std::string& w) { return w.ends_with("ed"); };
  // Thousands of farmers blocked highways on Monday , police said .
  auto tokens = tree(
      "Thousands/NOUN/NNS/5/nmod:poss of/ADP/IN/3/case farmers/NOUN/NNS/1/nmod blocked/VERB/VBN/1/acl "
      "highways/NOUN/NNS/10/nsubj on/ADP/IN/7/case Monday/PROPN/NNP/5/nmod ,/PUNCT/,/10/punct "
      "police/NOUN/NNS/10/nsubj said/VERB/VBD/0/root ./PUNCT/./10/punct");
  CHECK(finite_verb_after_opening_subject(tokens, past_form));
  CHECK(tokens[3].xpos == "VBD");
  // a reduced relative before a time, or before its clause's own verb, stays a participle
  auto time = tree(
      "The/DET/DT/2/det funds/NOUN/NNS/6/nsubj raised/VERB/VBN/2/acl this/DET/DT/5/det year/NOUN/NN/3/obl:tmod "
      "will/AUX/MD/6/aux help/VERB/VB/0/root ./PUNCT/./6/punct");
  CHECK_FALSE(finite_verb_after_opening_subject(time, past_form));
  auto own_verb = tree(
      "The/DET/DT/2/det troops/NOUN/NNS/6/nsubj trained/VERB/VBN/2/acl the/DET/DT/5/det day/NOUN/NN/3/obl:tmod "
      "left/VERB/VBD/0/root ./PUNCT/./6/punct");
  CHECK_FALSE(finite_verb_after_opening_subject(own_verb, past_form));
}

TEST_CASE("a past form between a noun and a finite auxiliary is a reduced relative's participle", "[syntax]") {
  const auto participle_form = [](const std::string& w) { return w == "arrested" || w == "hired"; };
  // The protesters arrested were released on Sunday .
  auto tokens = tree(
      "The/DET/DT/2/det protesters/NOUN/NNS/3/nsubj arrested/VERB/VBD/0/root were/AUX/VBD/5/aux:pass "
      "released/VERB/VBN/3/ccomp on/ADP/IN/7/case Sunday/PROPN/NNP/5/obl ./PUNCT/./3/punct");
  CHECK(participle_from_reduced_relative(tokens, participle_form));
  CHECK(tokens[2].xpos == "VBN");
  // with an object it is the clause's verb: The firm hired staff who were ...
  auto object = tree(
      "The/DET/DT/2/det firm/NOUN/NN/3/nsubj hired/VERB/VBD/0/root staff/NOUN/NN/3/obj who/PRON/WP/6/nsubj "
      "were/AUX/VBD/7/cop new/ADJ/JJ/4/acl:relcl ./PUNCT/./3/punct");
  CHECK_FALSE(participle_from_reduced_relative(object, participle_form));
}

TEST_CASE("a sentence's first word read as a verb before a preposition is a plural noun", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  for (const char* first : {"Winds", "Talks", "Plans"}) {
    INFO(first);
    auto tokens = tree(std::string(first) + "/VERB/VBZ/0/root of/ADP/IN/3/case war/NOUN/NN/1/obl ./PUNCT/./1/punct");
    CHECK(noun_from_initial_verb_before_preposition(tokens, classes));
    CHECK(tokens[0].xpos == "NNS");
  }
  // a verb before its object stays a verb; a word WordNet knows as no plural noun too
  auto object = tree("Leads/VERB/VBZ/0/root the/DET/DT/3/det race/NOUN/NN/1/obj ./PUNCT/./1/punct");
  CHECK_FALSE(noun_from_initial_verb_before_preposition(object, classes));
  auto unknown = tree("Explains/VERB/VBZ/0/root to/ADP/IN/3/case them/PRON/PRP/1/obl ./PUNCT/./1/punct");
  CHECK_FALSE(noun_from_initial_verb_before_preposition(unknown, classes));
}

TEST_CASE("a word read as a present verb between a clause's opener and its verb is a plural noun", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  const auto [opener, subject, verb] = GENERATE(table<std::string, std::string, std::string>({
      {"as", "winds", "gusted/VERB/VBN"}, {"while", "winds", "gusted/VERB/VBN"}, {"after", "talks", "ended/VERB/VBD"},
      {"when", "floods", "were/AUX/VBD"}, {"because", "prices", "will/AUX/MD"}, {"before", "costs", "rise/VERB/VBP"}}));
  INFO(opener << " " << subject);
  auto tokens = tree(fmt::format("Roofs/NOUN/NNS/2/nsubj fell/VERB/VBD/0/root {}/SCONJ/IN/4/mark {}/VERB/VBZ/2/advcl {}/5/ccomp "
                                 "./PUNCT/./2/punct",
                                 opener, subject, verb));
  CHECK(noun_from_present_verb_after_clause_opener(tokens, classes));
  CHECK(tokens[3].xpos == "NNS");
}

TEST_CASE("a present verb with its subject, an auxiliary or a verb before no verb stays after a clause's opener", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  const auto text = GENERATE(as<std::string>{},
      // He winds down as the season ends .
      "He/PRON/PRP/2/nsubj winds/VERB/VBZ/0/root down/ADP/RP/2/compound:prt as/SCONJ/IN/7/mark the/DET/DT/6/det "
      "season/NOUN/NN/7/nsubj ends/VERB/VBZ/2/advcl ./PUNCT/./2/punct",
      // As has been reported , the firm closed .
      "As/SCONJ/IN/4/mark has/AUX/VBZ/4/aux been/AUX/VBN/4/aux:pass reported/VERB/VBN/8/advcl ,/PUNCT/,/4/punct "
      "the/DET/DT/7/det firm/NOUN/NN/8/nsubj closed/VERB/VBD/0/root ./PUNCT/./8/punct",
      // The plan failed but remains popular .
      "The/DET/DT/2/det plan/NOUN/NN/3/nsubj failed/VERB/VBD/0/root but/CCONJ/CC/5/cc remains/VERB/VBZ/3/conj "
      "popular/ADJ/JJ/5/xcomp ./PUNCT/./3/punct",
      // It failed as explains the report . (a word WordNet knows as no plural noun)
      "It/PRON/PRP/2/nsubj failed/VERB/VBD/0/root as/SCONJ/IN/4/mark explains/VERB/VBZ/2/advcl the/DET/DT/6/det "
      "report/NOUN/NN/4/obj ./PUNCT/./2/punct");
  INFO(text);
  auto tokens = tree(text);
  CHECK_FALSE(noun_from_present_verb_after_clause_opener(tokens, classes));
}

TEST_CASE("an adjective or adverb that WordNet knows only as an irregular past is the past tense", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  for (const char* past : {"tore", "swore", "threw"}) {
    INFO(past);
    auto tokens = tree("Winds/NOUN/NNS/3/nsubj " + std::string(past) + "/ADJ/JJ/3/amod roofs/NOUN/NNS/0/root ./PUNCT/./3/punct");
    CHECK(past_verb_from_impossible_word(tokens, classes));
    CHECK(tokens[1].xpos == "VBD");
  }
  // a participle in -n or -ed, an adjective WordNet knows, or a word after a determiner stays
  for (const char* kept : {"torn", "damaged", "broke"}) {
    INFO(kept);
    auto tokens = tree("Winds/NOUN/NNS/3/nsubj " + std::string(kept) + "/ADJ/JJ/3/amod roofs/NOUN/NNS/0/root ./PUNCT/./3/punct");
    CHECK_FALSE(past_verb_from_impossible_word(tokens, classes));
  }
  // an adverb WordNet does not know as one: Sales rose more than expected .
  auto rose = tree(
      "Sales/NOUN/NNS/5/nsubj rose/ADV/RB/3/advmod more/ADJ/JJR/5/advmod than/ADP/IN/3/fixed expected/VERB/VBD/0/root "
      "./PUNCT/./5/punct");
  CHECK(past_verb_from_impossible_word(rose, classes));
  CHECK(rose[1].xpos == "VBD");
  auto fell = tree("Sales/NOUN/NNS/0/root fell/ADV/RB/1/advmod ./PUNCT/./1/punct");
  CHECK(past_verb_from_impossible_word(fell, classes));
  CHECK(fell[1].xpos == "VBD");
  auto soon = tree("Sales/NOUN/NNS/3/nsubj soon/ADV/RB/3/advmod rose/VERB/VBD/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(past_verb_from_impossible_word(soon, classes));
  auto after_determiner = tree("the/DET/DT/3/det tore/ADJ/JJ/3/amod roofs/NOUN/NNS/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(past_verb_from_impossible_word(after_determiner, classes));
}

TEST_CASE("a participle hung as xcomp right after the verb's object is that object's head noun", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // Altera cut its revenue forecast on Monday .
  auto tokens = tree(
      "Altera/PROPN/NNP/2/nsubj cut/VERB/VBD/0/root its/PRON/PRP$/4/nmod:poss revenue/NOUN/NN/2/obj "
      "forecast/VERB/VBN/2/xcomp on/ADP/IN/7/case Monday/PROPN/NNP/5/obl ./PUNCT/./2/punct");
  CHECK(noun_from_object_participle(tokens, classes));
  CHECK(tokens[4].xpos == "NN");
  // a causative's participle, or a form WordNet knows as no noun, stays
  auto causative = tree(
      "I/PRON/PRP/2/nsubj had/VERB/VBD/0/root my/PRON/PRP$/4/nmod:poss hair/NOUN/NN/2/obj "
      "cut/VERB/VBN/2/xcomp ./PUNCT/./2/punct");
  CHECK_FALSE(noun_from_object_participle(causative, classes));
  auto locked = tree(
      "They/PRON/PRP/2/nsubj found/VERB/VBD/0/root the/DET/DT/4/det door/NOUN/NN/2/obj "
      "locked/VERB/VBN/2/xcomp ./PUNCT/./2/punct");
  CHECK_FALSE(noun_from_object_participle(locked, classes));
}

TEST_CASE("a participle on the subject of a root infinitive is the sentence's past tense", "[syntax]") {
  const auto past = [](const std::string& w) { return w.ends_with("ed"); };
  // The partners agreed in May to close the plant .
  auto tokens = tree(
      "The/DET/DT/2/det partners/NOUN/NNS/7/nsubj agreed/VERB/VBN/2/acl in/ADP/IN/5/case May/PROPN/NNP/3/obl "
      "to/PART/TO/7/mark close/VERB/VB/0/root the/DET/DT/9/det plant/NOUN/NN/7/obj ./PUNCT/./7/punct");
  CHECK(finite_verb_before_root_infinitive(tokens, past));
  CHECK(tokens[2].xpos == "VBD");
  // a finite verb before the root leaves it (The partners had agreed to close .); so does a root with no "to"
  auto finite_before = tree(
      "The/DET/DT/2/det partners/NOUN/NNS/6/nsubj had/AUX/VBD/6/aux agreed/VERB/VBN/2/acl to/PART/TO/6/mark "
      "close/VERB/VB/0/root ./PUNCT/./6/punct");
  CHECK_FALSE(finite_verb_before_root_infinitive(finite_before, past));
  auto no_to = tree(
      "Partners/NOUN/NNS/3/nsubj agreed/VERB/VBN/1/acl close/VERB/VB/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(finite_verb_before_root_infinitive(no_to, past));
}

TEST_CASE("an invariant participle hung on the determined noun before it is that compound's head noun", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  for (const char* noun : {"rate", "budget", "tax", "price"}) {
    // Investors expected a rate cut in May .
    INFO(noun);
    auto tokens = tree(fmt::format(
        "Investors/NOUN/NNS/2/nsubj expected/VERB/VBD/0/root a/DET/DT/4/det {}/NOUN/NN/2/obj cut/VERB/VBN/4/acl "
        "in/ADP/IN/7/case May/PROPN/NNP/5/obl ./PUNCT/./2/punct", noun));
    tokens[4].lemma = "cut";
    CHECK(noun_from_participle_closing_compound(tokens, classes));
    CHECK(tokens[4].xpos == "NN");
  }
  // an agent keeps the participle: The money cut by the board returned .
  auto agent = tree(
      "The/DET/DT/2/det money/NOUN/NN/7/nsubj cut/VERB/VBN/2/acl by/ADP/IN/6/case the/DET/DT/6/det "
      "board/NOUN/NN/3/obl returned/VERB/VBD/0/root ./PUNCT/./7/punct");
  agent[2].lemma = "cut";
  CHECK_FALSE(noun_from_participle_closing_compound(agent, classes));
  // so does a participle that is no form of its lemma, or a noun with no determiner
  auto raised = tree(
      "Investors/NOUN/NNS/2/nsubj expected/VERB/VBD/0/root a/DET/DT/4/det rate/NOUN/NN/2/obj raised/VERB/VBN/4/acl "
      "./PUNCT/./2/punct");
  raised[4].lemma = "raise";
  CHECK_FALSE(noun_from_participle_closing_compound(raised, classes));
  // another verb's participle stays one: Officials reviewed the rule put in place .
  auto put = tree(
      "Officials/NOUN/NNS/2/nsubj reviewed/VERB/VBD/0/root the/DET/DT/4/det rule/NOUN/NN/2/obj put/VERB/VBN/4/acl "
      "in/ADP/IN/7/case place/NOUN/NN/5/obl ./PUNCT/./2/punct");
  put[4].lemma = "put";
  CHECK_FALSE(noun_from_participle_closing_compound(put, classes));
  auto bare = tree("Money/NOUN/NN/3/nsubj cut/VERB/VBN/1/acl returned/VERB/VBD/0/root ./PUNCT/./3/punct");
  bare[1].lemma = "cut";
  CHECK_FALSE(noun_from_participle_closing_compound(bare, classes));
}

TEST_CASE("a past form after a relative clause is the verb of the noun the clause is about", "[syntax]") {
  const auto form = [](const std::string& w) { return w == "agreed"; };
  // It began , when a man who was charged in a case agreed to help .
  const std::string spec =
      "It/PRON/PRP/2/nsubj began/VERB/VBD/0/root ,/PUNCT/,/16/punct when/ADV/WRB/16/advmod a/DET/DT/6/det "
      "man/NOUN/NN/16/nsubj who/PRON/WP/9/nsubj:pass was/AUX/VBD/9/aux:pass charged/VERB/VBN/6/acl:relcl "
      "in/ADP/IN/12/case a/DET/DT/12/det case/NOUN/NN/9/obl agreed/VERB/{}/12/acl to/PART/TO/15/mark "
      "help/VERB/VB/13/xcomp ./PUNCT/./2/punct";
  // tagged as a participle, it becomes the past tense
  auto participle = tree(fmt::format(fmt::runtime(spec), "VBN"));
  CHECK(finite_verb_after_relative_clause(participle, form));
  CHECK(participle[12].xpos == "VBD");
  // tagged as the past tense, it is not made a participle of a reduced relative
  auto past = tree(fmt::format(fmt::runtime(spec), "VBD"));
  CHECK_FALSE(participle_from_reduced_relative(past, form));
  CHECK(past[12].xpos == "VBD");
  // a noun with its verb keeps the participle on the clause's noun: Police found a man who was seen in a car parked nearby .
  auto found = tree(
      "Police/NOUN/NNS/2/nsubj found/VERB/VBD/0/root a/DET/DT/4/det man/NOUN/NN/2/obj who/PRON/WP/7/nsubj:pass "
      "was/AUX/VBD/7/aux:pass seen/VERB/VBN/4/acl:relcl in/ADP/IN/10/case a/DET/DT/10/det car/NOUN/NN/7/obl "
      "parked/VERB/VBN/10/acl nearby/ADV/RB/11/advmod ./PUNCT/./2/punct");
  const auto parked = [](const std::string& w) { return w == "parked"; };
  CHECK_FALSE(finite_verb_after_relative_clause(found, parked));
}

TEST_CASE("a past form read as an adjective right after a subject's relative clause is the subject's verb", "[syntax]") {
  const auto past = [](const std::string& w) { return w == "closed" || w == "opened"; };
  // The bridge , which opened in 1932 , closed on Monday .
  auto bridge = tree(
      "The/DET/DT/2/det bridge/NOUN/NN/0/root ,/PUNCT/,/5/punct which/PRON/WDT/5/nsubj opened/VERB/VBD/2/acl:relcl "
      "in/ADP/IN/7/case 1932/NUM/CD/5/obl ,/PUNCT/,/2/punct closed/ADJ/JJ/2/amod on/ADP/IN/11/case "
      "Monday/PROPN/NNP/9/obl ./PUNCT/./2/punct");
  CHECK(finite_verb_after_relative_clause(bridge, past));
  CHECK(bridge[8].xpos == "VBD");
  CHECK(bridge[8].upos == "VERB");
  // an adjective with no relative clause before it, or of a noun that has its verb, stays
  auto plain = tree(
      "The/DET/DT/2/det bridge/NOUN/NN/0/root ,/PUNCT/,/4/punct closed/ADJ/JJ/2/amod on/ADP/IN/6/case "
      "Monday/PROPN/NNP/4/obl ./PUNCT/./2/punct");
  CHECK_FALSE(finite_verb_after_relative_clause(plain, past));
  auto has_verb = tree(
      "They/PRON/PRP/2/nsubj saw/VERB/VBD/0/root the/DET/DT/4/det bridge/NOUN/NN/2/obj ,/PUNCT/,/7/punct "
      "which/PRON/WDT/7/nsubj opened/VERB/VBD/4/acl:relcl in/ADP/IN/9/case 1932/NUM/CD/7/obl ,/PUNCT/,/4/punct "
      "closed/ADJ/JJ/4/amod ./PUNCT/./2/punct");
  CHECK_FALSE(finite_verb_after_relative_clause(has_verb, past));
}

TEST_CASE("a past form read as a noun after the relative clause of a sentence's opening phrase is its verb", "[syntax]") {
  const auto past = [](const std::string& w) { return w == "rose" || w == "fell" || w == "ended"; };
  for (const std::string verb : {"rose", "fell"}) {
    // Revenue for the quarter , which ended Sept. 28 , rose 6 % .
    auto revenue = tree(
        "Revenue/PROPN/NNP/0/root for/ADP/IN/4/case the/DET/DT/4/det quarter/NOUN/NN/1/nmod ,/PUNCT/,/7/punct "
        "which/PRON/WDT/7/nsubj ended/VERB/VBD/4/acl:relcl Sept./PROPN/NNP/9/nmod:unmarked 28/NUM/CD/7/obl "
        ",/PUNCT/,/11/punct " + verb + "/NOUN/NN/4/conj 6/NUM/CD/11/flat %/SYM/NN/1/appos ./PUNCT/./1/punct");
    CHECK(finite_verb_after_relative_clause(revenue, past));
    CHECK(revenue[10].xpos == "VBD");
    CHECK(revenue[10].upos == "VERB");
  }
  // not when a verb heads the sentence, nor with a finite verb before the clause
  auto headed = tree(
      "Sales/NOUN/NNS/7/nsubj ,/PUNCT/,/4/punct which/PRON/WDT/4/nsubj ended/VERB/VBD/1/acl:relcl ,/PUNCT/,/1/punct "
      "rose/NOUN/NN/1/conj fell/VERB/VBD/0/root ./PUNCT/./7/punct");
  CHECK_FALSE(finite_verb_after_relative_clause(headed, past));
  auto finite_before = tree(
      "We/PRON/PRP/2/nsubj saw/VERB/VBD/8/csubj sales/NOUN/NNS/2/obj ,/PUNCT/,/6/punct which/PRON/WDT/6/nsubj "
      "ended/VERB/VBD/3/acl:relcl ,/PUNCT/,/8/punct rose/NOUN/NN/0/root ./PUNCT/./8/punct");
  CHECK_FALSE(finite_verb_after_relative_clause(finite_before, past));
}

TEST_CASE("a base form after a plural subject, with no auxiliary or 'to', is the present tense", "[syntax]") {
  // Forecasters expect rain until Thursday .
  auto tokens = tree(
      "Forecasters/NOUN/NNS/2/nsubj expect/VERB/VB/0/root rain/NOUN/NN/2/obj until/ADP/IN/5/case "
      "Thursday/PROPN/NNP/2/obl ./PUNCT/./2/punct");
  CHECK(present_from_base_form_after_subject(tokens));
  CHECK(tokens[1].xpos == "VBP");
  // with a modal, or a singular subject, it stays: Forecasters will expect rain . / He let them expect rain .
  auto modal = tree(
      "Forecasters/NOUN/NNS/3/nsubj will/AUX/MD/3/aux expect/VERB/VB/0/root rain/NOUN/NN/3/obj ./PUNCT/./3/punct");
  CHECK_FALSE(present_from_base_form_after_subject(modal));
  auto singular = tree("He/PRON/PRP/2/nsubj let/VERB/VBD/0/root it/PRON/PRP/4/nsubj rain/VERB/VB/2/ccomp ./PUNCT/./2/punct");
  CHECK_FALSE(present_from_base_form_after_subject(singular));
}

TEST_CASE("a base form heading the sentence after a name is a team's plural present", "[syntax]") {
  // Germany meet Spain on Tuesday . / Leeds play Burnley on Sunday .
  for (const std::string subject : {"Germany", "Leeds"}) {
    auto tokens = tree(subject + "/PROPN/NNP/2/nsubj meet/VERB/VB/0/root Spain/PROPN/NNP/2/obj on/ADP/IN/5/case "
                                 "Tuesday/PROPN/NNP/2/obl ./PUNCT/./2/punct");
    CHECK(present_from_base_form_after_subject(tokens));
    CHECK(tokens[1].xpos == "VBP");
  }
  // under another verb it stays a base form: They demanded Conti resign .
  auto demanded = tree("They/PRON/PRP/2/nsubj demanded/VERB/VBD/0/root Conti/PROPN/NNP/4/nsubj resign/VERB/VB/2/ccomp "
                       "./PUNCT/./2/punct");
  CHECK_FALSE(present_from_base_form_after_subject(demanded));
}

TEST_CASE("a present or base form after a singular noun subject is the past when the past looks the same", "[syntax]") {
  const auto invariant = [](const std::string& w) { return w == "shut" || w == "cut" || w == "set"; };
  // The mill shut its gates . (tagged VBP, and as a base form VB)
  for (const char* tag : {"VBP", "VB"}) {
    auto tokens = tree(std::string("The/DET/DT/2/det mill/NOUN/NN/3/nsubj shut/VERB/") + tag +
                       "/0/root its/PRON/PRP$/5/nmod:poss gates/NOUN/NNS/3/obj ./PUNCT/./3/punct");
    CHECK(past_from_present_after_singular_subject(tokens, invariant));
    CHECK(tokens[2].xpos == "VBD");
  }
  // a plural subject may have the present: The mills shut their gates at night .
  auto plural = tree(
      "The/DET/DT/2/det mills/NOUN/NNS/3/nsubj shut/VERB/VBP/0/root their/PRON/PRP$/5/nmod:poss gates/NOUN/NNS/3/obj "
      "./PUNCT/./3/punct");
  CHECK_FALSE(past_from_present_after_singular_subject(plural, invariant));
  // a form whose past differs stays: The mill run ... is no past (the past is "ran")
  auto run = tree("The/DET/DT/2/det mill/NOUN/NN/3/nsubj run/VERB/VBP/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(past_from_present_after_singular_subject(run, invariant));
  // a base form under another verb stays: They let the firm cut jobs .
  auto let = tree(
      "They/PRON/PRP/2/nsubj let/VERB/VBD/0/root the/DET/DT/4/det firm/NOUN/NN/5/nsubj cut/VERB/VB/2/ccomp "
      "jobs/NOUN/NNS/5/obj ./PUNCT/./2/punct");
  CHECK_FALSE(past_from_present_after_singular_subject(let, invariant));
}

TEST_CASE("a participle of reporting that ends a sentence after a comma and a noun is the past tense", "[syntax]") {
  const auto past = [](const std::string& w) { return w == "found" || w == "destroyed"; };
  // The pumps failed , an inquiry found .
  auto tokens = tree(
      "The/DET/DT/2/det pumps/NOUN/NNS/3/nsubj failed/VERB/VBD/0/root ,/PUNCT/,/6/punct an/DET/DT/6/det "
      "inquiry/NOUN/NN/3/obl found/VERB/VBN/6/acl ./PUNCT/./3/punct");
  tokens[6].lemma = "find";
  CHECK(past_verb_closing_attribution(tokens, past));
  CHECK(tokens[6].xpos == "VBD");
  // an absolute participle stays: The troops left , the bridge destroyed .
  auto absolute = tree(
      "The/DET/DT/2/det troops/NOUN/NNS/3/nsubj left/VERB/VBD/0/root ,/PUNCT/,/6/punct the/DET/DT/6/det "
      "bridge/NOUN/NN/3/obl destroyed/VERB/VBN/6/acl ./PUNCT/./3/punct");
  absolute[6].lemma = "destroy";
  CHECK_FALSE(past_verb_closing_attribution(absolute, past));
}

TEST_CASE("capitalised adjectives opening a sentence right before its verb are a name", "[syntax]") {
  // Meridian Mutual said ...
  auto tokens = tree("Meridian/ADJ/JJ/3/amod Mutual/ADJ/JJ/3/amod said/VERB/VBD/0/root so/ADV/RB/3/advmod ./PUNCT/./3/punct");
  CHECK(name_from_initial_adjectives(tokens));
  CHECK(tokens[0].xpos == "NNP");
  CHECK(tokens[1].xpos == "NNP");
  // an adjective before a noun stays: Canadian officials said so .
  auto officials = tree(
      "Canadian/ADJ/JJ/2/amod officials/NOUN/NNS/3/nsubj said/VERB/VBD/0/root so/ADV/RB/3/advmod ./PUNCT/./3/punct");
  CHECK_FALSE(name_from_initial_adjectives(officials));
  CHECK(officials[0].xpos == "JJ");
  // nor a quantifier, nor the words of a headline in title case: Many were killed . / Heavy Rain Hits Lyon
  auto many = tree("Many/ADJ/JJ/3/nsubj:pass were/AUX/VBD/3/aux:pass killed/VERB/VBN/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(name_from_initial_adjectives(many));
  auto headline = tree("Heavy/ADJ/JJ/2/amod Rain/PROPN/NNP/3/nsubj Hits/VERB/VBZ/0/root Lyon/PROPN/NNP/3/obj");
  CHECK_FALSE(name_from_initial_adjectives(headline));
}

TEST_CASE("a participle with a manner adverb after it, hung on the root noun, is the past tense", "[syntax]") {
  // Markets reacted calmly .
  auto tokens = tree("Markets/NOUN/NNS/0/root reacted/VERB/VBN/1/acl calmly/ADV/RB/2/advmod ./PUNCT/./1/punct");
  CHECK(finite_verb_from_participle(tokens));
  CHECK(tokens[1].xpos == "VBD");
  // an adverb that tells no manner does not make it a clause: Prices unchanged too .
  auto too = tree("Prices/NOUN/NNS/0/root changed/VERB/VBN/1/acl too/ADV/RB/2/advmod ./PUNCT/./1/punct");
  CHECK_FALSE(finite_verb_from_participle(too));
}

TEST_CASE("a root participle with an active subject and an object is the past tense", "[syntax]") {
  const auto past_form = [](const std::string& w) { return w == "made" || w.ends_with("ed"); };
  // Rivals made offers in January .
  auto tokens = tree(
      "Rivals/NOUN/NNS/2/nsubj made/VERB/VBN/0/root offers/NOUN/NNS/2/obj in/ADP/IN/5/case "
      "January/PROPN/NNP/2/obl ./PUNCT/./2/punct");
  CHECK(finite_verb_from_root_participle(tokens, past_form));
  CHECK(tokens[1].xpos == "VBD");
  // a passive subject, an auxiliary, or a headline without a full stop keep the participle
  auto passive = tree("Offers/NOUN/NNS/2/nsubj:pass made/VERB/VBN/0/root in/ADP/IN/4/case January/PROPN/NNP/2/obl ./PUNCT/./2/punct");
  CHECK_FALSE(finite_verb_from_root_participle(passive, past_form));
  auto aux = tree(
      "Rivals/NOUN/NNS/3/nsubj had/AUX/VBD/3/aux made/VERB/VBN/0/root offers/NOUN/NNS/3/obj ./PUNCT/./3/punct");
  CHECK_FALSE(finite_verb_from_root_participle(aux, past_form));
  auto headline = tree("Three/NUM/CD/2/nummod people/NOUN/NNS/3/nsubj killed/VERB/VBN/0/root in/ADP/IN/5/case crash/NOUN/NN/3/obl");
  CHECK_FALSE(finite_verb_from_root_participle(headline, past_form));
}

TEST_CASE("a root participle after the comma that closes its subject's apposition is the past tense", "[syntax]") {
  const auto past_form = [](const std::string& w) { return w.ends_with("ed"); };
  // The head of Arlo , Ann Wu , resigned on Friday .
  auto tokens = tree(
      "The/DET/DT/2/det head/NOUN/NN/9/nsubj:pass of/ADP/IN/4/case Arlo/PROPN/NNP/2/nmod ,/PUNCT/,/2/punct "
      "Ann/PROPN/NNP/7/compound Wu/PROPN/NNP/2/appos ,/PUNCT/,/9/punct resigned/VERB/VBN/0/root on/ADP/IN/11/case "
      "Friday/PROPN/NNP/9/obl ./PUNCT/./9/punct");
  CHECK(finite_verb_from_root_participle(tokens, past_form));
  CHECK(tokens[8].xpos == "VBD");
  CHECK(tokens[1].deprel == "nsubj");
  // an agent keeps the passive: The mayor , Ann Wu , elected by voters in May .
  auto agent = tree(
      "The/DET/DT/2/det mayor/NOUN/NN/7/nsubj:pass ,/PUNCT/,/2/punct Ann/PROPN/NNP/5/compound Wu/PROPN/NNP/2/appos "
      ",/PUNCT/,/7/punct elected/VERB/VBN/0/root by/ADP/IN/9/case voters/NOUN/NNS/7/obl:agent in/ADP/IN/11/case "
      "May/PROPN/NNP/7/obl ./PUNCT/./7/punct");
  CHECK_FALSE(finite_verb_from_root_participle(agent, past_form));
  // so does a subject without an apposition: Five people , injured in the blast .
  auto no_apposition = tree(
      "Five/NUM/CD/2/nummod people/NOUN/NNS/4/nsubj:pass ,/PUNCT/,/4/punct injured/VERB/VBN/0/root in/ADP/IN/7/case "
      "the/DET/DT/7/det blast/NOUN/NN/4/obl ./PUNCT/./4/punct");
  CHECK_FALSE(finite_verb_from_root_participle(no_apposition, past_form));
}

TEST_CASE("a participle after a name in apposition, in a sentence without a finite verb, is the past tense", "[syntax]") {
  const auto past_form = [](const std::string& w) { return w.ends_with("ed"); };
  // The coach of the team , Lena Sorvik , resigned on Tuesday .
  auto tokens = tree(
      "The/DET/DT/2/det coach/NOUN/NN/0/root of/ADP/IN/5/case the/DET/DT/5/det team/NOUN/NN/2/nmod ,/PUNCT/,/2/punct "
      "Lena/PROPN/NNP/2/appos Sorvik/PROPN/NNP/7/flat ,/PUNCT/,/10/punct resigned/VERB/VBN/7/amod on/ADP/IN/12/case "
      "Tuesday/PROPN/NNP/10/obl ./PUNCT/./2/punct");
  CHECK(finite_verb_after_apposition(tokens, past_form));
  CHECK(tokens[9].xpos == "VBD");
  // a sentence with a finite verb keeps it: The coach , Lena Sorvik , praised by fans , left .
  auto finite = tree(
      "The/DET/DT/2/det coach/NOUN/NN/10/nsubj ,/PUNCT/,/2/punct Lena/PROPN/NNP/2/appos Sorvik/PROPN/NNP/4/flat "
      ",/PUNCT/,/7/punct praised/VERB/VBN/2/acl by/ADP/IN/9/case fans/NOUN/NNS/7/obl:agent left/VERB/VBD/0/root "
      "./PUNCT/./10/punct");
  CHECK_FALSE(finite_verb_after_apposition(finite, past_form));
  // a comma with no name before it is no apposition: Prices , adjusted for inflation .
  auto adjusted = tree(
      "Prices/NOUN/NNS/0/root ,/PUNCT/,/1/punct adjusted/VERB/VBN/1/acl for/ADP/IN/5/case inflation/NOUN/NN/3/obl "
      "./PUNCT/./1/punct");
  CHECK_FALSE(finite_verb_after_apposition(adjusted, past_form));
}

TEST_CASE("a participle after a titled name in apposition is the past tense, with conjuncts after it", "[syntax]") {
  const auto past_form = [](const std::string& w) { return w.ends_with("ed"); };
  // Her rival , Prime Minister Tomas Hollo , conceded defeat and called on supporters . ("Prime"
  // read as an adjective, "called" a finite conjunct)
  auto tokens = tree(
      "Her/PRON/PRP$/2/nmod:poss rival/NOUN/NN/10/nsubj ,/PUNCT/,/6/punct Prime/ADJ/NNP/5/amod "
      "Minister/PROPN/NNP/6/nmod:desc Tomas/PROPN/NNP/2/appos Hollo/PROPN/NNP/6/flat ,/PUNCT/,/10/punct "
      "conceded/VERB/VBN/10/amod defeat/NOUN/NN/0/root and/CCONJ/CC/12/cc called/VERB/VBD/10/conj "
      "on/ADP/IN/14/case supporters/NOUN/NNS/12/obl ./PUNCT/./10/punct");
  CHECK(finite_verb_after_apposition(tokens, past_form));
  CHECK(tokens[8].xpos == "VBD");
  // a finite verb before it is the sentence's: Voters chose the rival , Tomas Hollo , backed by unions .
  auto before = tree(
      "Voters/NOUN/NNS/2/nsubj chose/VERB/VBD/0/root the/DET/DT/4/det rival/NOUN/NN/2/obj ,/PUNCT/,/6/punct "
      "Tomas/PROPN/NNP/4/appos Hollo/PROPN/NNP/6/flat ,/PUNCT/,/9/punct backed/VERB/VBN/4/acl by/ADP/IN/11/case "
      "unions/NOUN/NNS/9/obl:agent ./PUNCT/./2/punct");
  CHECK_FALSE(finite_verb_after_apposition(before, past_form));
  CHECK(before[8].xpos == "VBN");
}

TEST_CASE("a word after a modal that WordNet knows as a verb, read as an adverb, is the modal's verb", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // cases could double by May .
  auto tokens = tree(
      "cases/NOUN/NNS/3/nsubj could/AUX/MD/3/aux double/ADV/RB/0/root by/ADP/IN/5/case May/PROPN/NNP/3/obl ./PUNCT/./3/punct");
  CHECK(verb_after_modal(tokens, classes));
  CHECK(tokens[2].xpos == "VB");
  // an adverb before a verb stays: prices could well rise . / it will also fall .
  auto well = tree(
      "prices/NOUN/NNS/4/nsubj could/AUX/MD/4/aux well/ADV/RB/4/advmod rise/VERB/VB/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(verb_after_modal(well, classes));
  auto also = tree("it/PRON/PRP/4/nsubj will/AUX/MD/4/aux also/ADV/RB/4/advmod fall/VERB/VB/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(verb_after_modal(also, classes));
  // after "do" and "not" too: if growth does not slow by May .
  auto does_not = tree(
      "if/SCONJ/IN/5/mark growth/NOUN/NN/5/nsubj does/AUX/VBZ/5/aux not/PART/RB/5/advmod slow/ADJ/JJ/0/root "
      "by/ADP/IN/7/case May/PROPN/NNP/5/obl ./PUNCT/./5/punct");
  CHECK(verb_after_modal(does_not, classes));
  CHECK(does_not[4].xpos == "VB");
  // but not after "not" alone: growth , not slow , was the worry
  auto bare_not = tree(
      "growth/NOUN/NN/8/nsubj ,/PUNCT/,/4/punct not/PART/RB/4/advmod slow/ADJ/JJ/1/amod ,/PUNCT/,/4/punct "
      "was/AUX/VBD/8/cop the/DET/DT/8/det worry/NOUN/NN/0/root ./PUNCT/./8/punct");
  CHECK_FALSE(verb_after_modal(bare_not, classes));
}

TEST_CASE("a participle after 'but' and a conjoined noun, before a preposition, is that clause's past tense", "[syntax]") {
  // They discussed a deal but talks stalled over price .
  auto tokens = tree(
      "They/PRON/PRP/2/nsubj discussed/VERB/VBD/0/root a/DET/DT/4/det deal/NOUN/NN/2/obj but/CCONJ/CC/6/cc "
      "talks/NOUN/NNS/4/conj stalled/VERB/VBN/4/acl over/ADP/IN/9/case price/NOUN/NN/2/obl ./PUNCT/./2/punct");
  CHECK(finite_verb_after_clause_opener(tokens));
  CHECK(tokens[6].xpos == "VBD");
  // a noun joined by "and" keeps its participle: cars and trucks made in Mexico
  auto made = tree(
      "They/PRON/PRP/2/nsubj sold/VERB/VBD/0/root cars/NOUN/NNS/2/obj and/CCONJ/CC/5/cc trucks/NOUN/NNS/3/conj "
      "made/VERB/VBN/3/acl in/ADP/IN/8/case Mexico/PROPN/NNP/6/obl ./PUNCT/./2/punct");
  CHECK_FALSE(finite_verb_after_clause_opener(made));
}

TEST_CASE("a plural noun after a noun, before a noun with a participle, is the clause's present tense", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // The plan calls for cuts made by the board .
  auto acl = tree(
      "The/DET/DT/2/det plan/NOUN/NN/3/compound calls/NOUN/NNS/0/root for/ADP/IN/5/case cuts/NOUN/NNS/3/nmod "
      "made/VERB/VBN/5/acl by/ADP/IN/9/case the/DET/DT/9/det board/NOUN/NN/6/obl ./PUNCT/./3/punct");
  CHECK(present_verb_before_participle_noun(acl, classes));
  CHECK(acl[2].xpos == "VBZ");
  // The recall covers cars built in 2022 . (the parser gave "built" two subjects)
  auto two_subjects = tree(
      "The/DET/DT/2/det recall/NOUN/NN/3/compound covers/NOUN/NNS/5/nsubj:pass cars/NOUN/NNS/5/nsubj "
      "built/VERB/VBD/0/root in/ADP/IN/7/case 2022/NUM/CD/5/obl ./PUNCT/./5/punct");
  CHECK(present_verb_before_participle_noun(two_subjects, classes));
  CHECK(two_subjects[2].xpos == "VBZ");
  CHECK(two_subjects[4].xpos == "VBN");
  // The plan calls for cuts made by the board , he said . (a finite verb of its own: nothing changes)
  auto finite = tree(
      "The/DET/DT/2/det plan/NOUN/NN/3/compound calls/NOUN/NNS/0/root for/ADP/IN/5/case cuts/NOUN/NNS/3/nmod "
      "made/VERB/VBN/5/acl by/ADP/IN/9/case the/DET/DT/9/det board/NOUN/NN/6/obl ,/PUNCT/,/12/punct "
      "he/PRON/PRP/12/nsubj said/VERB/VBD/3/parataxis ./PUNCT/./3/punct");
  CHECK_FALSE(present_verb_before_participle_noun(finite, classes));
  // The recall notices hurt sales made in May . (one subject only: "notices" keeps its reading)
  auto one_subject = tree(
      "The/DET/DT/3/det recall/NOUN/NN/3/compound notices/NOUN/NNS/4/nsubj hurt/VERB/VBD/0/root sales/NOUN/NNS/4/obj "
      "made/VERB/VBN/5/acl in/ADP/IN/8/case May/PROPN/NNP/6/obl ./PUNCT/./4/punct");
  CHECK_FALSE(present_verb_before_participle_noun(one_subject, classes));
  // a headline has no full stop: Food prices in towns affected by drought
  auto headline = tree(
      "Food/NOUN/NN/2/compound prices/NOUN/NNS/0/root in/ADP/IN/4/case towns/NOUN/NNS/2/nmod "
      "affected/VERB/VBN/4/acl by/ADP/IN/7/case drought/NOUN/NN/5/obl");
  CHECK_FALSE(present_verb_before_participle_noun(headline, classes));
}

TEST_CASE("a present verb the tagger read as a plural noun before a participle is found again in running text",
          "[syntax]") {
  const auto [sentence, verb] = GENERATE(table<std::string, std::string>({
      {"The recall covers cars built in 2022 .", "covers"},
      {"The order affects flights scheduled for next week .", "affects"},
      {"The plan calls for cuts made by the board .", "calls"}}));
  TokenizedText text = chronograph::test::pretokenized({sentence});
  chronograph::test::models().annotate(text);
  const int i = chronograph::test::find(text, verb);
  REQUIRE(i >= 0);
  CAPTURE(sentence);
  CHECK(text.tokens[static_cast<std::size_t>(i)].xpos == "VBZ");
}

TEST_CASE("'old' closing an age with no noun after it is the noun the age names", "[syntax]") {
  // The 23-year-old signed a contract .
  auto tokens = tree(
      "The/DET/DT/5/det 23-year/NOUN/NN/4/obl:unmarked -/PUNCT/HYPH/2/punct old/ADJ/JJ/5/amod signed/VERB/VBN/0/root "
      "a/DET/DT/7/det contract/NOUN/NN/5/obj ./PUNCT/./5/punct");
  CHECK(noun_from_age(tokens));
  CHECK(tokens[3].xpos == "NN");
  // an age before its noun stays an adjective: A five-month-old girl was found .
  auto girl = tree(
      "A/DET/DT/6/det five/NUM/CD/4/nummod -/PUNCT/HYPH/2/punct month/NOUN/NN/6/obl:unmarked -/PUNCT/HYPH/4/punct "
      "old/ADJ/JJ/7/amod girl/NOUN/NN/9/nsubj:pass was/AUX/VBD/9/aux:pass found/VERB/VBN/0/root ./PUNCT/./9/punct");
  CHECK_FALSE(noun_from_age(girl));
  // and "old" after another hyphenated word is no age: The gold - old rule ended .
  auto plain = tree(
      "The/DET/DT/4/det gold/NOUN/NN/4/compound -/PUNCT/HYPH/2/punct old/ADJ/JJ/5/nsubj ended/VERB/VBD/0/root "
      "./PUNCT/./5/punct");
  CHECK_FALSE(noun_from_age(plain));
}

TEST_CASE("a past form read as an adjective after the names opening a sentence, before an object, is the past tense", "[syntax]") {
  const auto past = [](const std::string& w) { return w.ends_with("ed"); };
  // Delta , Lufthansa and KLM delayed hundreds of flights .
  auto tokens = tree(
      "Delta/PROPN/NNP/7/compound ,/PUNCT/,/3/punct Lufthansa/PROPN/NNP/1/conj and/CCONJ/CC/5/cc KLM/PROPN/NNP/1/conj "
      "delayed/ADJ/JJ/7/amod hundreds/NOUN/NNS/0/root of/ADP/IN/9/case flights/NOUN/NNS/7/nmod ./PUNCT/./7/punct");
  CHECK(past_verb_from_adjective_after_names(tokens, past));
  CHECK(tokens[5].xpos == "VBD");
  CHECK(tokens[5].upos == "VERB");
  // a past that looks like its base, or one read as a participle, after a name with a capitalised
  // common noun in it: Google cut 200 jobs . Procter & Gamble raised prices .
  const auto also_invariant = [](const std::string& w) { return w.ends_with("ed") || w == "cut"; };
  auto cut = tree("Google/PROPN/NNP/4/compound cut/ADJ/JJ/4/amod 200/NUM/CD/4/nummod jobs/NOUN/NNS/0/root ./PUNCT/./4/punct");
  CHECK(past_verb_from_adjective_after_names(cut, also_invariant));
  CHECK(cut[1].xpos == "VBD");
  auto raised = tree(
      "Procter/PROPN/NNP/5/compound &/CCONJ/CC/3/cc Gamble/NOUN/NN/1/conj raised/VERB/VBN/5/amod "
      "prices/NOUN/NNS/0/root ./PUNCT/./5/punct");
  CHECK(past_verb_from_adjective_after_names(raised, also_invariant));
  CHECK(raised[3].xpos == "VBD");
  // a common noun opening the sentence is no name: Gamble raised prices .
  auto gamble = tree("Gamble/NOUN/NN/3/compound raised/VERB/VBN/3/amod prices/NOUN/NNS/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(past_verb_from_adjective_after_names(gamble, also_invariant));
  // a common noun before it makes an adjective likely: Frequent delayed flights annoy .
  auto common = tree(
      "Frequent/ADJ/JJ/3/amod delayed/ADJ/JJ/3/amod flights/NOUN/NNS/4/nsubj annoy/VERB/VBP/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(past_verb_from_adjective_after_names(common, past));
  // a finite verb of its own: US armed forces struck targets .
  auto armed = tree(
      "US/PROPN/NNP/3/compound armed/ADJ/JJ/3/amod forces/NOUN/NNS/4/nsubj struck/VERB/VBD/0/root "
      "targets/NOUN/NNS/4/obj ./PUNCT/./4/punct");
  CHECK_FALSE(past_verb_from_adjective_after_names(armed, past));
  // no object after it: Delta , Lufthansa and KLM united .
  auto alone = tree(
      "Delta/PROPN/NNP/0/root ,/PUNCT/,/3/punct Lufthansa/PROPN/NNP/1/conj and/CCONJ/CC/5/cc KLM/PROPN/NNP/1/conj "
      "united/ADJ/JJ/1/amod ./PUNCT/./1/punct");
  CHECK_FALSE(past_verb_from_adjective_after_names(alone, past));
}

TEST_CASE("a past form the tagger read as an adjective after names is found again in running text, with its lemma", "[syntax]") {
  TokenizedText text = chronograph::test::pretokenized({"Delta , Lufthansa and KLM delayed hundreds of flights ."});
  chronograph::test::models().annotate(text);
  const int i = chronograph::test::find(text, "delayed");
  REQUIRE(i >= 0);
  CHECK(text.tokens[static_cast<std::size_t>(i)].xpos == "VBD");
  CHECK(text.tokens[static_cast<std::size_t>(i)].lemma == "delay");
}

TEST_CASE("'ended' between a period's noun and a date closes the period: a participle", "[syntax]") {
  // Sales for the quarter ended Sept. 30 rose .
  auto tokens = tree(
      "Sales/NOUN/NNS/5/nsubj for/ADP/IN/4/case the/DET/DT/4/det quarter/NOUN/NN/1/nmod ended/VERB/VBD/0/root "
      "Sept./PROPN/NNP/5/obj 30/NUM/CD/6/nummod rose/VERB/VBD/5/conj ./PUNCT/./5/punct");
  CHECK(participle_closing_a_period(tokens));
  CHECK(tokens[4].xpos == "VBN");
  // the same after a plural period and before a number: Profit for the three months ended 30 June rose
  auto months = tree(
      "Profit/NOUN/NN/6/nsubj for/ADP/IN/5/case the/DET/DT/5/det three/NUM/CD/5/nummod months/NOUN/NNS/1/nmod "
      "ended/VERB/VBD/0/root 30/NUM/CD/6/obj June/PROPN/NNP/7/flat rose/VERB/VBD/6/conj ./PUNCT/./6/punct");
  CHECK(participle_closing_a_period(months));
  // with no other verb, "ended" is the verb: The fiscal year ended June 30 .
  auto year = tree(
      "The/DET/DT/3/det fiscal/ADJ/JJ/3/amod year/NOUN/NN/4/nsubj ended/VERB/VBD/0/root June/PROPN/NNP/4/obl:tmod "
      "30/NUM/CD/5/nummod ./PUNCT/./4/punct");
  CHECK_FALSE(participle_closing_a_period(year));
  CHECK(year[3].xpos == "VBD");
  // a name that opens like a month is none: The quarter ended Martin 's run and prices rose .
  auto name = tree(
      "The/DET/DT/2/det quarter/NOUN/NN/3/nsubj ended/VERB/VBD/0/root Martin/PROPN/NNP/6/nmod:poss 's/PART/POS/4/case "
      "run/NOUN/NN/3/obj and/CCONJ/CC/9/cc prices/NOUN/NNS/9/nsubj rose/VERB/VBD/3/conj ./PUNCT/./3/punct");
  CHECK_FALSE(participle_closing_a_period(name));
  // the sentence's verb before it, still read as the root participle: It posted a loss in the months ended Dec. 31 .
  auto before = tree(
      "It/PRON/PRP/2/nsubj posted/VERB/VBN/0/root a/DET/DT/4/det loss/NOUN/NN/2/obj in/ADP/IN/8/case the/DET/DT/8/det "
      "three/NUM/CD/8/nummod months/NOUN/NNS/9/obl ended/VERB/VBD/2/parataxis Dec./PROPN/NNP/11/nmod:unmarked "
      "31/NUM/CD/9/obl ./PUNCT/./2/punct");
  CHECK(participle_closing_a_period(before));
  CHECK(before[8].xpos == "VBN");
  // a period that is the subject of a reported clause keeps its verb: Apple said its fiscal year ended Sept. 30 .
  auto reported = tree(
      "Apple/PROPN/NNP/2/nsubj said/VERB/VBD/0/root its/PRON/PRP$/5/nmod:poss fiscal/ADJ/JJ/5/amod year/NOUN/NN/6/nsubj "
      "ended/VERB/VBD/2/ccomp Sept./PROPN/NNP/6/obl:tmod 30/NUM/CD/7/nummod ./PUNCT/./2/punct");
  CHECK_FALSE(participle_closing_a_period(reported));
  CHECK(reported[5].xpos == "VBD");
}

TEST_CASE("a sentence's first word read as a name that training only saw as a common noun is that noun", "[syntax]") {
  const auto seen = [](const std::string& lower, std::string_view xpos) {
    if (lower == "revenue") return xpos == "NN";
    if (lower == "apple") return xpos == "NN" || xpos == "NNP";
    return false;
  };
  // Revenue climbed 58 percent .
  auto revenue = tree("Revenue/PROPN/NNP/2/nsubj climbed/VERB/VBD/0/root 58/NUM/CD/4/nummod percent/NOUN/NN/2/obj ./PUNCT/./2/punct");
  CHECK(common_noun_opening_sentence(revenue, seen));
  CHECK(revenue[0].xpos == "NN");
  CHECK(revenue[0].upos == "NOUN");
  // a word also seen as a name stays one: Apple raised prices .
  auto apple = tree("Apple/PROPN/NNP/2/nsubj raised/VERB/VBD/0/root prices/NOUN/NNS/2/obj ./PUNCT/./2/punct");
  CHECK_FALSE(common_noun_opening_sentence(apple, seen));
  // so does the first word of a longer name: Revenue Canada said ...
  auto agency = tree("Revenue/PROPN/NNP/2/compound Canada/PROPN/NNP/3/nsubj said/VERB/VBD/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(common_noun_opening_sentence(agency, seen));
}

TEST_CASE("a bare base form right after a noun, with nothing of a verb's own, is the noun heading the phrase", "[syntax]") {
  const WordClasses classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // It includes a freeze on public sector pay until 2024 .
  auto pay = tree(
      "It/PRON/PRP/2/nsubj includes/VERB/VBZ/0/root a/DET/DT/4/det freeze/NOUN/NN/2/obj on/ADP/IN/7/case "
      "public/ADJ/JJ/7/amod sector/NOUN/NN/4/nmod pay/VERB/VB/2/xcomp until/ADP/IN/10/case 2024/NUM/CD/8/obl ./PUNCT/./2/punct");
  CHECK(noun_from_bare_base_form(pay, classes));
  CHECK(pay[7].xpos == "NN");
  CHECK(pay[7].upos == "NOUN");
  // an object that acts ("let prices rise", "demanded the president step down"), a verb with an
  // object or a particle, and "be" stay verbs
  const auto spec = GENERATE(as<std::string>{},
                             "They/PRON/PRP/2/nsubj let/VERB/VBD/0/root prices/NOUN/NNS/2/obl rise/VERB/VB/2/xcomp",
                             "They/PRON/PRP/2/nsubj demanded/VERB/VBD/0/root the/DET/DT/4/det president/NOUN/NN/2/obj "
                             "step/VERB/VB/2/xcomp",
                             "They/PRON/PRP/2/nsubj urged/VERB/VBD/0/root the/DET/DT/4/det firm/NOUN/NN/2/obl "
                             "step/VERB/VB/2/xcomp down/ADP/RP/5/compound:prt",
                             "Firms/NOUN/NNS/2/nsubj want/VERB/VBP/0/root the/DET/DT/4/det workers/NOUN/NNS/2/obl "
                             "pay/VERB/VB/2/xcomp fees/NOUN/NNS/5/obj",
                             "They/PRON/PRP/2/nsubj want/VERB/VBP/0/root the/DET/DT/4/det rule/NOUN/NN/2/obl be/AUX/VB/2/xcomp");
  auto kept = tree(spec);
  CHECK_FALSE(noun_from_bare_base_form(kept, classes));
}

TEST_CASE("an open-class verb form read as an auxiliary is a verb", "[syntax]") {
  // Troops entered destroyed villages . (parsed with "entered" an auxiliary of "destroyed")
  auto tokens = tree(
      "Troops/NOUN/NNS/3/nsubj entered/AUX/VBD/3/aux destroyed/VERB/VBN/0/root villages/NOUN/NNS/3/obj ./PUNCT/./3/punct");
  CHECK(verb_from_open_class_auxiliary(tokens));
  CHECK(tokens[1].upos == "VERB");
  CHECK(tokens[1].xpos == "VBD");
  // the closed class stays: They had left . / It's gone .
  auto had = tree("They/PRON/PRP/3/nsubj had/AUX/VBD/3/aux left/VERB/VBN/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(verb_from_open_class_auxiliary(had));
  auto contracted = tree("It/PRON/PRP/3/nsubj 's/AUX/VBZ/3/aux gone/VERB/VBN/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(verb_from_open_class_auxiliary(contracted));
}

TEST_CASE("a present tense hung where only a noun goes is the plural noun", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  const auto never_present = [](const std::string&) { return false; };
  // It recalled 25,000 pickup trucks to fix an error . ("trucks" a VBZ object of "recalled")
  auto tokens = tree(
      "It/PRON/PRP/2/nsubj recalled/VERB/VBD/0/root 25,000/NUM/CD/4/nummod pickup/NOUN/NN/5/nsubj "
      "trucks/VERB/VBZ/2/obj to/PART/TO/7/mark fix/VERB/VB/5/xcomp an/DET/DT/9/det error/NOUN/NN/7/obj ./PUNCT/./2/punct");
  CHECK(noun_from_verb_in_noun_slot(tokens, classes, never_present));
  CHECK(tokens[4].xpos == "NNS");
  CHECK(tokens[4].upos == "NOUN");
  // a word the treebank showed as a present tense stays one
  auto helps = tokens;
  helps[4] = tree("helps/VERB/VBZ/2/obj")[0];
  CHECK_FALSE(noun_from_verb_in_noun_slot(helps, classes, [](const std::string& w) { return w == "helps"; }));
}

TEST_CASE("a past form read as an adjective with a subject and no copula is the past tense", "[syntax]") {
  const auto also_past = [](const std::string& w) { return w.ends_with("ed"); };
  // The army withdrew and the rebels advanced .
  auto tokens = tree(
      "The/DET/DT/2/det army/NOUN/NN/3/nsubj withdrew/VERB/VBD/0/root and/CCONJ/CC/7/cc the/DET/DT/6/det "
      "rebels/NOUN/NNS/7/nsubj advanced/ADJ/JJ/3/conj ./PUNCT/./3/punct");
  CHECK(past_verb_from_adjective_with_subject(tokens, also_past));
  CHECK(tokens[6].upos == "VERB");
  CHECK(tokens[6].xpos == "VBD");
  // with its copula it stays an adjective: the rebels were tired .
  auto copula = tree(
      "the/DET/DT/2/det rebels/NOUN/NNS/4/nsubj were/AUX/VBD/4/cop tired/ADJ/JJ/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(past_verb_from_adjective_with_subject(copula, also_past));
  // and an adjective before its noun is no predicate: the advanced rebels arrived .
  auto attributive = tree(
      "the/DET/DT/3/det advanced/ADJ/JJ/3/amod rebels/NOUN/NNS/4/nsubj arrived/VERB/VBD/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(past_verb_from_adjective_with_subject(attributive, also_past));
  // a participle hung on the next noun but given a subject: Officials said the storm damaged homes .
  auto participle = tree(
      "Officials/NOUN/NNS/2/nsubj said/VERB/VBD/0/root the/DET/DT/4/det storm/NOUN/NN/5/nsubj "
      "damaged/VERB/VBN/6/amod homes/NOUN/NNS/2/ccomp ./PUNCT/./2/punct");
  CHECK(past_verb_from_adjective_with_subject(participle, also_past));
  CHECK(participle[4].xpos == "VBD");
  // one with no subject stays: Officials inspected the damaged homes .
  auto modifier = tree(
      "Officials/NOUN/NNS/2/nsubj inspected/VERB/VBD/0/root the/DET/DT/5/det damaged/VERB/VBN/5/amod "
      "homes/NOUN/NNS/2/obj ./PUNCT/./2/punct");
  CHECK_FALSE(past_verb_from_adjective_with_subject(modifier, also_past));
}

TEST_CASE("a past form read as a noun closing a clause a word opens is the clause's past tense", "[syntax]") {
  const auto past = [](const std::string& w) { return w == "hit" || w == "cut" || w == "spread"; };
  // The agency approved a declaration after the storm hit .
  auto tokens = tree(
      "The/DET/DT/2/det agency/NOUN/NN/3/nsubj approved/VERB/VBD/0/root a/DET/DT/5/det declaration/NOUN/NN/3/obj "
      "after/ADP/IN/8/case the/DET/DT/8/det storm/NOUN/NN/9/compound hit/NOUN/NN/3/obl ./PUNCT/./3/punct");
  CHECK(past_verb_closing_opened_clause(tokens, past));
  CHECK(tokens[8].xpos == "VBD");
  CHECK(tokens[8].upos == "VERB");
  // no opener before its phrase: "approved a declaration on the storm hit ."
  auto no_opener = tree(
      "The/DET/DT/2/det agency/NOUN/NN/3/nsubj approved/VERB/VBD/0/root a/DET/DT/5/det declaration/NOUN/NN/3/obj "
      "on/ADP/IN/8/case the/DET/DT/8/det storm/NOUN/NN/9/compound hit/NOUN/NN/3/obl ./PUNCT/./3/punct");
  CHECK_FALSE(past_verb_closing_opened_clause(no_opener, past));
  // a word that is no past form stays a noun: "after the market close ."
  auto close = tree(
      "Shares/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root after/ADP/IN/6/case the/DET/DT/6/det market/NOUN/NN/6/compound "
      "close/NOUN/NN/2/obl ./PUNCT/./2/punct");
  CHECK_FALSE(past_verb_closing_opened_clause(close, past));
  // a compound whose first noun names what is cut: rose since the interest rate cut .
  auto rate_cut = tree(
      "Shares/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root since/ADP/IN/7/case the/DET/DT/7/det interest/NOUN/NN/6/compound "
      "rate/NOUN/NN/7/compound cut/NOUN/NN/2/obl ./PUNCT/./2/punct");
  CHECK_FALSE(past_verb_closing_opened_clause(rate_cut, past));
  // another compound is a phrase of its own: slumped after the trade war hit .
  auto war = tree(
      "Exports/NOUN/NNS/2/nsubj slumped/VERB/VBD/0/root after/ADP/IN/6/case the/DET/DT/6/det trade/NOUN/NN/6/compound "
      "war/NOUN/NN/7/compound hit/NOUN/NN/2/obl ./PUNCT/./2/punct");
  CHECK(past_verb_closing_opened_clause(war, past));
}

TEST_CASE("three capitalised words after 'the' ending in a name are that name", "[syntax]") {
  // The Federal Emergency Management Agency approved it .
  auto tokens = tree(
      "The/DET/DT/4/det Federal/ADJ/JJ/4/amod Emergency/NOUN/NN/4/compound Management/NOUN/NN/0/root "
      "Agency/PROPN/NNP/6/nsubj approved/VERB/VBD/4/acl:relcl it/PRON/PRP/6/obj ./PUNCT/./4/punct");
  CHECK(name_from_capitalised_run(tokens));
  CHECK(tokens[1].xpos == "NNP");
  CHECK(tokens[1].upos == "ADJ");
  CHECK(tokens[2].upos == "PROPN");
  CHECK(tokens[3].upos == "PROPN");
  // two words are no run, and a run not ending in a name is none: the Big Apple ; the Grand Old party
  auto two = tree("the/DET/DT/3/det Big/ADJ/JJ/3/amod Apple/PROPN/NNP/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(name_from_capitalised_run(two));
  auto common_end = tree(
      "the/DET/DT/4/det Grand/ADJ/JJ/4/amod Old/ADJ/JJ/4/amod Party/NOUN/NN/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(name_from_capitalised_run(common_end));
}

TEST_CASE("a sentence with no verb finds it in a noun the tagger saw as a verb form", "[syntax]") {
  const auto seen_as = [](const std::string& w, std::string_view xpos) {
    return (w == "cut" && xpos == "VBD") || (w == "starts" && xpos == "VBZ");
  };
  // The bank cut rates on Thursday .
  auto cut = tree("The/DET/DT/4/det bank/NOUN/NN/3/compound cut/NOUN/NN/4/compound rates/NOUN/NNS/0/root "
                  "on/ADP/IN/6/case Thursday/PROPN/NNP/4/nmod ./PUNCT/./4/punct");
  CHECK(verb_in_verbless_sentence(cut, seen_as));
  CHECK(cut[2].xpos == "VBD");
  // The season starts in August .
  auto starts = tree("The/DET/DT/3/det season/NOUN/NN/3/compound starts/NOUN/NNS/0/root in/ADP/IN/5/case "
                     "August/PROPN/NNP/3/nmod ./PUNCT/./3/punct");
  CHECK(verb_in_verbless_sentence(starts, seen_as));
  CHECK(starts[2].xpos == "VBZ");
  // a verb elsewhere, or no full stop (a headline), leaves it
  auto verb = tree("The/DET/DT/3/det rate/NOUN/NN/3/compound cut/NOUN/NN/4/nsubj helped/VERB/VBD/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(verb_in_verbless_sentence(verb, seen_as));
  auto headline = tree("Bank/NOUN/NN/2/compound cut/NOUN/NN/0/root hopes/NOUN/NNS/2/compound");
  CHECK_FALSE(verb_in_verbless_sentence(headline, seen_as));
}

TEST_CASE("a sentence with no verb finds it in a base form read as a noun between a name and its object", "[syntax]") {
  const auto seen_as = [](const std::string& w, std::string_view xpos) {
    return (w == "face" || w == "host") && xpos == "VB";
  };
  // Chelsea face Arsenal on Saturday . / Wales host the champions on Sunday .
  auto face = tree("Chelsea/PROPN/NNP/2/compound face/NOUN/NN/3/compound Arsenal/PROPN/NNP/0/root on/ADP/IN/5/case "
                   "Saturday/PROPN/NNP/3/nmod ./PUNCT/./3/punct");
  CHECK(verb_in_verbless_sentence(face, seen_as));
  CHECK(face[1].xpos == "VBP");
  auto host = tree("Wales/PROPN/NNP/2/compound host/NOUN/NN/0/root the/DET/DT/4/det champions/NOUN/NNS/2/nmod "
                   "on/ADP/IN/6/case Sunday/PROPN/NNP/2/nmod ./PUNCT/./2/punct");
  CHECK(verb_in_verbless_sentence(host, seen_as));
  CHECK(host[1].xpos == "VBP");
  // not after a common noun, nor before one: the face value rose / Chelsea face masks .
  auto common = tree("the/DET/DT/3/det face/NOUN/NN/3/compound value/NOUN/NN/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(verb_in_verbless_sentence(common, seen_as));
  auto masks = tree("Chelsea/PROPN/NNP/2/compound face/NOUN/NN/3/compound masks/NOUN/NNS/0/root ./PUNCT/./3/punct");
  CHECK_FALSE(verb_in_verbless_sentence(masks, seen_as));
  // nor with no day after it, as a fixture has: Microsoft host the biggest of the year .
  auto no_day = tree("Microsoft/PROPN/NNP/2/compound host/NOUN/NN/0/root the/DET/DT/4/det biggest/ADJ/JJS/2/amod "
                     "of/ADP/IN/7/case the/DET/DT/7/det year/NOUN/NN/4/nmod ./PUNCT/./2/punct");
  CHECK_FALSE(verb_in_verbless_sentence(no_day, seen_as));
}

TEST_CASE("a present form that is also a past one on a past weekday is the past tense", "[syntax]") {
  const auto past = [](const std::string& w) { return w == "hit" || w == "beat"; };
  // Prices hit a high on Monday .
  auto hit = tree("Prices/NOUN/NNS/2/nsubj hit/VERB/VBP/0/root a/DET/DT/4/det high/NOUN/NN/2/obj on/ADP/IN/6/case "
                  "Monday/PROPN/NNP/2/obl ./PUNCT/./2/punct");
  CHECK(past_from_present_on_a_past_day(hit, past));
  CHECK(hit[1].xpos == "VBD");
  // the day hung on the score: Rovers beat Ashby 2 on Sunday .
  auto beat = tree("Rovers/NOUN/NNS/2/nsubj beat/VERB/VBP/0/root Ashby/PROPN/NNP/2/obj 2/NUM/CD/3/nummod "
                   "on/ADP/IN/6/case Sunday/PROPN/NNP/4/nmod ./PUNCT/./2/punct");
  CHECK(past_from_present_on_a_past_day(beat, past));
  // today, or no day: the present stays
  auto today = tree("Prices/NOUN/NNS/2/nsubj hit/VERB/VBP/0/root highs/NOUN/NNS/2/obj today/NOUN/NN/2/obl:tmod ./PUNCT/./2/punct");
  CHECK_FALSE(past_from_present_on_a_past_day(today, past));
  auto none = tree("Prices/NOUN/NNS/2/nsubj hit/VERB/VBP/0/root highs/NOUN/NNS/2/obj ./PUNCT/./2/punct");
  CHECK_FALSE(past_from_present_on_a_past_day(none, past));
  // a day something starts from, or a timetable's other present: Fees hit drivers from Monday .
  auto from = tree("Fees/NOUN/NNS/2/nsubj hit/VERB/VBP/0/root drivers/NOUN/NNS/2/obj from/ADP/IN/5/case "
                   "Monday/PROPN/NNP/2/obl ./PUNCT/./2/punct");
  CHECK_FALSE(past_from_present_on_a_past_day(from, past));
  // Prices hit homes on Monday , when the cap takes effect .
  auto when = tree("Prices/NOUN/NNS/2/nsubj hit/VERB/VBP/0/root homes/NOUN/NNS/2/obj on/ADP/IN/5/case "
                   "Monday/PROPN/NNP/2/obl ,/PUNCT/,/10/punct when/ADV/WRB/10/advmod the/DET/DT/9/det cap/NOUN/NN/10/nsubj "
                   "takes/VERB/VBZ/5/acl:relcl effect/NOUN/NN/10/obj ./PUNCT/./2/punct");
  CHECK_FALSE(past_from_present_on_a_past_day(when, past));
  // a verb of saying in the present is no timetable: Officials say rebels hit the base on Sunday .
  auto say = tree("Officials/NOUN/NNS/2/nsubj say/VERB/VBP/0/root rebels/NOUN/NNS/4/nsubj hit/VERB/VBP/2/ccomp "
                  "the/DET/DT/6/det base/NOUN/NN/4/obj on/ADP/IN/8/case Sunday/PROPN/NNP/4/obl ./PUNCT/./2/punct");
  say[1].lemma = "say";
  CHECK(past_from_present_on_a_past_day(say, past));
  CHECK(say[3].xpos == "VBD");
}

TEST_CASE("an adjective before a finite verb after its phrase's words is the phrase's noun", "[syntax]") {
  const auto classes = WordClasses::read_table("data/syntax/word_classes.txt");
  // its chief executive would leave .
  auto would = tree("its/PRON/PRP$/2/nmod:poss chief/NOUN/NN/5/nsubj executive/ADJ/JJ/5/amod would/AUX/MD/5/aux "
                    "leave/VERB/VB/0/root ./PUNCT/./5/punct");
  CHECK(noun_from_adjective_before_verb(would, classes));
  CHECK(would[2].xpos == "NN");
  // a verb's object before a clause's opener: Rovers reached the final after beating them .
  auto final = tree("Rovers/NOUN/NNS/2/nsubj reached/VERB/VBD/0/root the/DET/DT/4/det final/ADJ/JJ/2/obj "
                    "after/SCONJ/IN/6/mark beating/VERB/VBG/2/advcl them/PRON/PRP/6/obj ./PUNCT/./2/punct");
  CHECK(noun_from_adjective_before_verb(final, classes));
  CHECK(final[3].xpos == "NN");
  // before a noun it modifies it stays: the executive board met .
  auto board = tree("the/DET/DT/3/det executive/ADJ/JJ/3/amod board/NOUN/NN/4/nsubj met/VERB/VBD/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(noun_from_adjective_before_verb(board, classes));
  // a predicate after a copula stays: the plan was ready .
  auto ready = tree("the/DET/DT/2/det plan/NOUN/NN/4/nsubj was/AUX/VBD/4/cop ready/ADJ/JJ/0/root ./PUNCT/./4/punct");
  CHECK_FALSE(noun_from_adjective_before_verb(ready, classes));
  // a word WordNet writes without its hyphen: The semi-final is on Tuesday .
  auto semi = tree("The/DET/DT/2/det semi-final/ADJ/JJ/5/nsubj is/AUX/VBZ/5/cop on/ADP/IN/5/case "
                   "Tuesday/PROPN/NNP/0/root ./PUNCT/./5/punct");
  CHECK(noun_from_adjective_before_verb(semi, classes));
  CHECK(semi[1].xpos == "NN");
}
