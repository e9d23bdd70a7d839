// A repair of the parser's trees: a clause that "before" or "after" opens, right after a
// relative clause, hangs on the verb whose tense it shares. "Investigators are examining a
// power line that failed near the campground shortly before the fire began" parsed with "began"
// an `advcl` of "examining": the failing, not the examining, was before the fire began.
//
//   attach_time_clauses_to_relative_clauses(sentence);   // after Parser::parse
//
// For a past-tense (VBD) `advcl` A with a "before" or "after" `mark`, hung on a verb H before
// it that is not in the past (no past tag or past auxiliary), where a past-tense `acl:relcl` R
// inside H's phrase ends right before A's phrase: A hangs on R. Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int attach_time_clauses_to_relative_clauses(std::span<Token> sentence);

// And for a gerund clause that "after", "before", "while", "since" or "when" opens, hung as
// `acl` on a noun ("signed a contract after passing a medical" parsed with "passing" on
// "contract"): it is an `advcl` of the verb the noun hangs on. Returns how many moved.
int attach_gerund_time_clauses_to_verbs(std::span<Token> sentence);

// And for a "that" clause after a day the verb is dated by ("reported on Thursday that its
// profit doubled", "said Monday that talks would resume", "told lawmakers last week that the
// country could not afford it") parsed as a relative clause of the
// day: with a subject of its own, it is the verb's `ccomp` and "that" its `mark`. Returns how
// many moved.
int attach_that_clauses_past_days(std::span<Token> sentence);

// And for "due" before a time, right after a noun ("an election due next spring", "a ruling due
// on Friday") parsed with "due" a modifier of the time and the time an oblique of the verb: "due"
// modifies the noun before it and the time hangs on "due". Returns how many moved.
int attach_due_times_to_nouns(std::span<Token> sentence);

// And for "due" as the predicate of a copula before a time ("the report is due by the end of
// the month", "the ruling is due on Friday") parsed with "due" a `case` of the time and the
// time the predicate: "due" is the predicate, taking over the time's head, subject, copula and
// clause links, and the time is its `obl`. Not "is due to" (a cause or an infinitive).
// Returns how many moved.
int attach_times_to_due_predicates(std::span<Token> sentence);

// And for a scheduling participle right after a verb's object ("called off the strike planned
// for next week", "postponed a vote scheduled for Tuesday") parsed as a clause of the verb, or
// set off by a comma after a noun and hung on it as anything else ("The vote, set for Tuesday,"
// read with "set" a base form in `parataxis`; "would not hold its investor day, originally
// scheduled for May 10," with the participle a clause of "hold"): with no subject or auxiliary of its own and
// "for" right after it, it is the noun's `acl` (VBN), so the time dates the thing scheduled, not
// the calling off ("the firm planned to cut jobs" stays a clause). Returns how many moved.
int attach_scheduling_participles_to_nouns(std::span<Token> sentence);

// And for a time with its own preposition before a clause that "after", "before" or "since"
// opens ("fell in recent days after the company warned") parsed as the measure of that clause
// ("two days after"): a measure takes no preposition, so the time is an `obl` of the verb the
// clause hangs on. Returns how many moved.
int attach_marked_times_to_main_verbs(std::span<Token> sentence);

// And for an oblique between a verb and the comma and "but" or "and" that open its conjunct
// clause ("talks opened in March 1987, but they collapsed" parsed with "in March 1987" a phrase
// of "collapsed"): a clause's phrases follow the words that open it, so the oblique is the first
// verb's. Returns how many moved.
int attach_phrases_before_conjuncts_to_first_verbs(std::span<Token> sentence);

// And for a fronted measure of time before "after" or "before" ("Three weeks after the
// election, the parliament met"; "About four weeks after the summit, the rebels seized the
// airport") parsed as the subject of the verb, or as the root with the verb hung below it: a
// time-unit noun with a number or article and an `nmod` that "after" or "before" opens is
// the verb's `obl:unmarked`, and the verb, which has a subject of its own, the root. Returns
// how many moved.
int attach_fronted_time_measures_to_verbs(std::span<Token> sentence);

// And for an infinitive of purpose after a time the verb's action filled ("worked through the
// night to reach the villages", "waited three days to answer") parsed as a modifier of the
// time noun: a time says no aim, so an infinitive with "to" hung as `acl` on a time noun that
// is a verb's oblique is that verb's `advcl`. Not when the time is an object ("gave them a
// week to answer"), nor for "to come" and "to follow" ("will trouble us for years to come"). Returns how many moved.
int attach_purpose_infinitives_to_verbs(std::span<Token> sentence);

// And for a clause hung as `advcl` on the day that dates the verb ("walked out on Saturday, a
// day after the ministry published its forecasts" parsed with "published" on "Saturday"): a
// clause modifies no noun as an adverbial, so an `advcl` on a day, month or time noun is the
// advcl of the verb that noun hangs on, through at most two nouns between ("walked out of
// the talks on Monday, a day after ..." with "Monday" on "talks"). Returns how many moved.
int attach_clauses_on_days_to_verbs(std::span<Token> sentence);

// And for a time right after a noun that "after", "before" or "following" opens, where the verb
// has a time of its own before that phrase ("closed the bridge on Wednesday after an inspection
// last week", "sacked the manager on Monday after a defeat at the weekend") parsed as the verb's
// oblique: the time is the noun's (`nmod`), which left the verb dated by both. Returns how
// many moved.
int attach_times_to_nouns_after_dated_verbs(std::span<Token> sentence);

// And for "starting", "beginning" or "effective" right before a date ("will be notified by mail
// starting October 16", "fares rise beginning Monday") parsed as a verb with the date its object:
// the word is the date's preposition, as "from" would be (ADP, `case`), and the date an `obl`
// of the verb the word hung on. Returns how many moved.
int prepositions_from_starting_words(std::span<Token> sentence);

// And for "since" or "until" and a date right after a participle that modifies a noun ("recalling
// 1.2 million air fryers sold since 2019 after receiving reports") parsed with "since" a mark
// or case of the main verb and the date that verb's subject or oblique: the date is the participle's `obl` with "since" its
// `case`, and a clause the date took ("after receiving") goes to the main verb. Returns how
// many moved (none when the result would be no tree).
int attach_since_dates_to_participles(std::span<Token> sentence);

// And for "since", "until", "before" or "after" right before a noun phrase with no verb of its
// own, after the verb ("celebrated her first win since Game 3" parsed with "since" the verb's
// `mark` and "Game" its second subject): a word that marks a clause comes before that clause's
// verb, so here it is the noun's preposition (`case`, ADP) and the noun the verb's `obl`; a
// number after a common noun as a label ("Game 3") is the label's `nummod`. Returns how many
// moved.
int prepositions_from_marks_after_their_verbs(std::span<Token> sentence);

}  // namespace chronograph::core
