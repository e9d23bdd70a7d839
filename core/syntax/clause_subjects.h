// A repair of the parser's trees: a finite clause has a subject, so when the noun phrase right
// before a clause's finite auxiliary or copula was taken as the object of the verb above
// ("the auditors estimate [the company] is planning", "officials have found [Russian
// planning] is under way for an offensive"), it is the clause's subject, and the clause is a
// complement of that verb. A greedy parser makes this mistake when the noun phrase reads well
// as an object; after it, the clause is left without a subject.
//
//   give_clauses_subjects(sentence);   // after Parser::parse
//
// For a predicate P with no subject of its own, whose phrase opens with a finite `aux` or `cop`
// (Penn tag VBZ, VBP, VBD or MD), attached as `obj`, `obl` or `ccomp` to a verb H before it, where
// H has an `obj` O whose phrase ends right before P's phrase: O becomes `nsubj` of P
// (`nsubj:pass` when P has `aux:pass`) and P becomes H's `ccomp`. A P left as a `parataxis`
// or a `conj` of H follows the object of a later verb V instead ("Central bank holds rates, signals
// [cuts] could begin", "begin" hung on "holds"): O becomes P's subject and P V's `ccomp`.
// Nothing else is touched.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

// Returns how many clauses got their subject back.
int give_clauses_subjects(std::span<Token> sentence);

// The same for conjoined clauses: "Selene was due to fly in 2025, but problems with its heat
// shield pushed the launch into this year" parsed with "problems" and "pushed" as two conjuncts
// of "due". A finite verb (or one with a finite auxiliary) conjoined to H with no subject of its
// own, right after a noun (or pronoun) phrase also conjoined to H, or conjoined with "and" or
// "but" to H's object or oblique ("sold the plant on Monday and Globex bought it" parsed with
// "Globex" a conjunct of "Monday"), has that noun for its subject: the noun becomes its `nsubj`
// (`nsubj:pass` after a passive auxiliary: "and half of them are stationed"), and the conjunction
// and comma before the noun move to the verb. So has a verb with an auxiliary hung on H as a
// complement that no word opens ("will be honored for 30 days, and customers will receive
// their furniture" parsed with "customers" a conjunct of "days"), which becomes H's conjunct.
int give_conjoined_clauses_subjects(std::span<Token> sentence);

// And for clauses opened by "after", "before", "since", "until", "once" or "because": "had
// filed its application after a trial of 1,800 patients showed that ..." parsed with "after a
// trial" as an oblique of "filed" and "showed" as a conjunct of it. A finite verb conjoined to
// H with no subject and no conjunction of its own, right after an oblique noun phrase of H that
// such a word opens, has that noun for its subject: the noun becomes its `nsubj`, the word its
// `mark`, and the verb H's `advcl`. So has a finite verb hung on H as a noun's modifier (`acl`),
// after "as" or "while" too ("fell 12 percent, as growth in its cloud business slowed"). And a
// finite verb left as a `parataxis`, right after such a phrase that modifies a noun ("their
// biggest drop since the pandemic began"): the clause becomes that noun's `acl` (or the `advcl`
// of a verb the phrase hung on).
int give_adverbial_clauses_subjects(std::span<Token> sentence);

// And for a subject the parser could only hang on the punctuation after it, when it never found
// its verb ("..., when a developer who had been charged in a case agreed to cooperate." with
// "agreed" hung inside the relative clause). The first finite verb after the subject with no
// subject of its own becomes the clause's head: the subject and the words hung with it on the
// punctuation (an opening "when", a comma) move to it, and it hangs where the punctuation hung,
// as `advcl` when such a word opens it, else as `parataxis`. Undone if it would make a cycle.
int give_stranded_subjects_verbs(std::span<Token> sentence);

// And for a clause a counted time opens: "resigned two weeks [after FBI agents searched his
// home]", "collapsed hours [after the quake struck]", parsed with the time or the noun after
// "after" as a subject or an object of the wrong verb. Where "after" or "before" follows a time
// noun (week, hour, ...) and a noun phrase, then a verb whose subject is none or one of those
// two: the noun becomes the verb's subject, the word its `mark`, the time noun its
// `obl:unmarked`, and the verb the `advcl` of what the time noun hung on (a participle with no
// auxiliary becomes the past tense). Undone if it would make a cycle.
int give_counted_time_clauses_subjects(std::span<Token> sentence);

// And for such a clause without a counted time: "appoint a manager before [the transfer window
// opens] in January", parsed with "window" an oblique the word "before" opens and "opens" a
// clause without a subject ("Fans cheered as [the team lifted] the trophy" too). Where "after",
// "before", "until", "since", "once" or "as" (not "such as"), read as a preposition of a noun
// phrase, is followed by that phrase and a finite verb (or finite auxiliaries and the verb they
// serve: "after the recall was announced") with no subject:
// the noun becomes the verb's subject, the word its `mark`. Undone if it would make a cycle.
// Where the verb (after its finite auxiliaries) already has that noun for its subject but hangs
// on a verb before the phrase as another clause (`parataxis`, `conj` or `ccomp`: "fell 9 percent after the
// gang's claim was published" with "published" a `parataxis`), only the word moves: it becomes
// the verb's `mark`, and the verb an `advcl`.
int give_prepositional_clauses_subjects(std::span<Token> sentence);

// And for a "with" phrase read as a clause: "after talks with terminal operators broke down"
// parsed with "with" the `mark` of "broke" and "operators" its subject ("with" opens no finite
// clause). Where the noun right before "with" hangs on the verb's head and "after", "before",
// "since", "until", "once" or "because" opens its phrase: that noun becomes the verb's
// `nsubj`, the opening word its `mark`, the "with" phrase the noun's `nmod`, and the verb an `advcl`.
int give_with_phrases_back_to_nouns(std::span<Token> sentence);

// And for a participle read as a noun's modifier: ", allowing police to stop traffic" parsed
// with "allowing" as a compound of "police" and "to stop" as the noun's `acl`. A VBG after a
// comma or "and", hung as `compound` or `amod` on the noun right after it, whose `acl` is an
// infinitive with "to", governs both: the participle takes the noun's place as `advcl`, the noun becomes its `obj` and
// the infinitive its `xcomp`.
int give_participles_their_objects(std::span<Token> sentence);

// And for a noun phrase made the root with its verb hung below it ("A fire in 1996 closed it"
// parsed with "fire" the root and "closed" its parataxis): a finite verb with no subject, hung
// on the root noun right after that noun's phrase, becomes the root, and the noun its subject
// (`nsubj:pass` when the verb has a passive auxiliary: "The race, which was due on Sunday, was
// cancelled"); the punctuation the noun held goes to the verb.
int give_root_nouns_their_verbs(std::span<Token> sentence);

// And for a participle set off by commas after the subject ("A previous truce, agreed in March,
// collapsed after nine days" parsed with "agreed" the verb and "collapsed" its conjunct): a past
// form with no auxiliary right after the subject's phrase and a comma (and its adverbs: "Its
// first flight, originally planned for 2021, slipped to 2023"), with a past-form conjunct or
// adverbial clause after a comma that has neither subject, conjunction nor opening word, is the
// subject's `acl` (VBN), and the conjunct is the clause's verb (VBD) with the subject; the words
// of the first verb outside the commas go to the second. So is a present participle ("The next
// flight, carrying a satellite, had been planned for November", which stays VBG), and a verb
// group after the comma hung on it as parataxis. Undone if it would make a cycle.
int verb_after_participle_between_commas(std::span<Token> sentence);

// And for a past tense read as a participle on its subject, before "and" and a conjunct that the
// parser made the sentence ("The bank [collapsed] in 2021 and was taken over by a rival" parsed
// with "collapsed" an `acl` of "bank" and "taken" the root): a participle with no auxiliary hung
// on the root's subject, between the subject and the root's "and", is the sentence's verb in the
// past tense (VBD), with the subject and what opens the sentence; the root becomes its
// conjunct. Not a form only a participle has ("taken", "shown"). Undone if it would make a
// cycle. Returns how many it mended (0 or 1).
int verb_from_participle_before_conjunct(std::span<Token> sentence);

// And for a prepositional phrase between an auxiliary and its verb ("We could not [in good
// conscience] remain", "they will [in the coming weeks] announce") parsed as the verb's subject
// and the predicate of the real subject: a subject takes no preposition, so a noun with one
// that holds a subject or an auxiliary of its own is the verb's `obl`, and the subject,
// auxiliaries and adverbs it held before it go to the verb.
// Returns how many moved.
int oblique_from_subject_with_preposition(std::span<Token> sentence);

// And for a clock time after a preposition read as a clause's subject ("The launch, scheduled
// for 9 a.m. on Tuesday, was scrubbed" parsed with "for" the `mark` of "scrubbed" and "9" its
// subject): the preposition is the time's `case`, and the time an `obl` of the participle or
// verb right before the preposition, else of the verb it was the subject of. Returns how many
// moved.
int oblique_from_clock_time_subject(std::span<Token> sentence);

// And for a clause whose verb is left out, opening the sentence ("If they do not, the union plans
// to ...", "Unless it does, the council will ..."), parsed with its subordinator, subject and
// auxiliary all the main verb's: a verb with two subjects, the first after the verb's
// subordinator and before an auxiliary and a comma, the second after that comma. The auxiliary
// becomes the verb's `advcl`, heading the subordinator, the first subject and the words up to
// the comma (and the comma). Returns how many moved.
int elided_clause_from_second_subject(std::span<Token> sentence);

// And for a measure and its period read as "for" and a clause ("Exports for September [fell]
// 2%", "Net income for 2025 [rose]" parsed as "for September to fall", with the measure the root
// and the verb its `parataxis` or `advcl`): "for" as the `mark` of a finite verb whose subject
// stands right after it, hung on the noun right before "for", is the period's `case`; the period
// becomes that noun's `nmod`, and the noun the verb's subject, the verb taking the noun's place.
// Returns how many moved.
int measure_before_for_period(std::span<Token> sentence);

// And for the subject of a clause that a date opens, read as the date's apposition ("On
// Thursday, the government planned ..." parsed with "government" an `appos` of "Thursday"): a
// noun after a comma, hung as `appos` on a weekday or month (or a month's day), right before a
// finite verb (or its finite auxiliary) with no subject, is that verb's subject. Returns how
// many moved.
int subject_from_date_apposition(std::span<Token> sentence);

// And for the subject of a clause that a month's day opens with no comma ("but on May 6 tests
// found lead" parsed with "on May 6 tests" one oblique phrase of "found"): a noun right after a
// month and its day, the day hung on the noun, the noun hung as an oblique on the finite verb
// right after it that has no subject, is that verb's subject; the date is the verb's oblique.
// Returns how many moved.
int subject_from_dated_oblique(std::span<Token> sentence);

// And for a clause whose subject is the expletive "there" ("Frost is expected on Friday night,
// and [there could be snow] early next week" parsed with "snow" a conjunct of "night"): a
// conjunct with an `expl` and a `cop` of its own, hung on a noun, is a clause conjoined to the
// verb that noun's phrase hangs on. Returns how many moved.
int existential_conjuncts_to_verbs(std::span<Token> sentence);

// And for a passive participle with its agent set off by a comma after a noun ("polls show the
// Civic Union, led by Pavel Dunaj, ahead" parsed with "led" a conjunct of "show", so that the
// polls did the leading): with no subject, auxiliary or conjunction of its own, and in no list
// of passives or of conjuncts ("drafted by the ministry, approved by the cabinet, and signed"),
// it is the noun's `acl`. Returns how many moved.
int attach_agent_participles_to_nouns(std::span<Token> sentence);

// And for a count that opens the sentence with a bound the parser read as a preposition ("Up to
// 15 inches of rain could fall", "Over 300 homes were damaged" parsed with the noun an `obl` and
// the verb without a subject): where the sentence's first word is "up" (to), "over", "about",
// "around", "under", "nearly", "almost" or "some" as the `case` of a noun with a number, hung
// as `obl` on a finite verb after it with no subject and nothing but auxiliaries and adverbs
// between them, the noun is the verb's subject (`nsubj:pass` after a passive auxiliary) and the
// word an adverb of the number. Returns how many moved (0 or 1).
int subject_from_opening_count(std::span<Token> sentence);

// And for a counted noun the parser hung on the verb right after it as a bare oblique ("and more
// than 600 residents signed up to speak" parsed with "residents" an `obl:unmarked`): a noun
// (not a time: "two weeks later") with a number, right before a finite verb with no subject and
// nothing but auxiliaries and adverbs between them, is the verb's subject. Returns how many moved.
int subject_from_unmarked_count(std::span<Token> sentence);

// And for the object of a conjoined verb read as another conjunct ("shut in 40% of production,
// and several refineries suspended [operations]" parsed with "operations" a conjunct of "shut"):
// a noun hung as `conj` on the head of a finite verb conjunct with no object or complement, whose phrase
// opens right after that verb and has no conjunction of its own, is that verb's `obj`. Undone
// if it would make a cycle. Returns how many moved.
int give_conjoined_verbs_their_objects(std::span<Token> sentence);

// And for a prepositional phrase that opens a conjoined clause ("Hue fell on March 26, and [by
// mid-April] the capital was surrounded" parsed with "mid-April" a conjunct of "fell" and
// "surrounded" its complement): a phrase with a preposition hung as `conj` on a verb before it,
// followed by a verb hung on that verb (`ccomp`, `parataxis` or `conj`) whose subject comes after
// the phrase, is that verb's `obl`; the verb becomes the conjunct and takes the conjunction and
// comma before the phrase. Undone if it would make a cycle. Returns how many moved.
int give_fronted_obliques_their_clauses(std::span<Token> sentence);

}  // namespace chronograph::core
