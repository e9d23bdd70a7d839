// Repairs of the parser's trees around a verb of saying and the clause it reports.
//
// In "the islands said the deal fell short and vowed to press for more", a verb of speaking or
// committing without a subject of its own, coordinated after a reported clause, is the
// speaker's second act, so a conjunct of the verb of saying. The parser hangs it on the nearest
// verb, the reported one, which made the deal vow and a worn rail urge. Only a conjunct in the
// same tense form as the verb of saying moves ("said ... and vowed", "says ... and urges");
// "said the minister had resigned and left the country" stays, as leaving is no act of speech.
// (A participle with an object of its own conjoined to a passive one is a past tense the tagger
// misread, and moves as one: "said a tremor could not be ruled out and urged people to stay".)
//
// In "the railroad said in a statement that it had replaced the rail", the clause after "that"
// is what was said (`ccomp` of "said"), not a modifier of "statement", where the parser often
// hangs it; as a noun's clause it was no report, and its "would" read as a hypothesis. So is the
// clause after "said at a news conference (late Wednesday) that ...", which the parser may make
// a relative clause of "conference" ("residents left the news conference"), with its "that" an
// adverb inside it: the "that" becomes the clause's mark.
//
// In "Varga won the runoff, the commission said on Monday, ending the party's 16 years in
// power", the participle after a parenthetical attribution says what the reported clause did,
// not what the saying did; the parser hangs it on "said". A participle of a verb that tells a
// result ("ending", "bringing", "killing", ...) moves to the verb the attribution hangs on; any
// other may be the speaker's own act ("..., officials said, adding that", "speaking on condition
// of anonymity") and stays.
//
// In "he denied that the firm planned to sell itself, calling the reports speculation", a
// participle of speaking after the reported clause (no subject, mark or auxiliary of its own) is
// the speaker's act, not the reported one's; the parser hangs it on the nearest verb ("sell"),
// which made the firm call the reports speculation, as a plan. It moves to the verb of saying.
// A participle of any other verb stays: "said the plant would close, leaving 300 jobless".
//
// In "the ministry said the talks would resume if the ceasefire held", the condition after the
// reported clause is that clause's ("would resume if"), not the saying's; the parser often hangs
// it on "said", which left the resumption planned rather than hypothetical. A clause "unless"
// opens is such a condition even where the parser made it an object clause (`ccomp`). So is a
// time limit "until" opens ("said the group would not release the hostages until the army
// withdrew"): the saying lasts no time, the reported act waits for it.
//
// In "Kenya reported 40 new cases on Monday, the health ministry said.", the noun phrase after the
// last comma is who said the sentence, and "said" a parenthetical attribution (`parataxis` of the
// main verb, with the phrase its subject). The parser often hangs the phrase on the noun before
// the comma as an apposition ("Monday, the health ministry") and "said" on the main verb as a
// conjunct or complement, which left the report without a speaker, or makes "said" a conjunct
// of the main verb with the phrase its subject, which dated the saying by the main verb, or a
// relative clause on the noun before the comma ("a rest day requested by Iyer's team, the
// organisers said"), which no clause after a comma without "who" or "which" can be. Only a
// finite verb of saying right after a phrase of at most six words after a comma, with no subject
// but that phrase and no "and", and followed by nothing but its own words, moves.
//
//   attach_speech_conjuncts_to_reporting_verbs(sentence);   // after Parser::parse
//   attach_statements_to_reporting_verbs(sentence);
//   attach_closing_attributions(sentence);
//   attach_result_participles_past_attributions(sentence);
//   attach_speech_participles_to_reporting_verbs(sentence);
//   attach_conditions_to_reported_clauses(sentence);
//
// Each returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int attach_speech_conjuncts_to_reporting_verbs(std::span<Token> sentence);
int attach_statements_to_reporting_verbs(std::span<Token> sentence);
int attach_closing_attributions(std::span<Token> sentence);
int attach_result_participles_past_attributions(std::span<Token> sentence);
int attach_speech_participles_to_reporting_verbs(std::span<Token> sentence);
int attach_conditions_to_reported_clauses(std::span<Token> sentence);

}  // namespace chronograph::core
