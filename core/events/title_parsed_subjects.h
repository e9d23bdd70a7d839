// The subject of a verb as the parse gives it (event_titles.cpp and the title rules split out
// of it): parse_subject follows the parse's subject relations and corrects its common misreads
// (relative clauses, appositions, controlled infinitives, gerunds, clauses a report goes on
// with), and the word tests on subjects the other title rules share (is_pronoun, nominal).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"

namespace chronograph::core::titles {

bool relative_pronoun(const std::string& w);

// "who", "which", "that" opening a relative clause (not "that" as a demonstrative).
bool relative_word(const Doc& d, std::size_t j);

bool is_pronoun(const Doc& d, std::size_t j);

// A noun phrase head: "the official" is one though the tagger calls it an adjective; so is a
// subject right after an article the parser hung elsewhere ("A Brazilian later missed").
bool nominal(const Doc& d, const ParseView& parse, std::size_t j);

// "the men's final, which": a possessor makes a phrase of an adjective as "the" does. (Only
// where a relative pronoun's noun is sought: elsewhere the parse that makes a noun of such an
// adjective tends to be wrong around it, "the men's final, ..., Ruiz beat" giving "beat" to it.)
bool owned_or_nominal(const Doc& d, const ParseView& parse, std::size_t j);

// A finite verb: it has a subject even when the parser gave it none.
bool finite_form(const Token& t);

// "14 months of fighting": a gerund right after a noun's "of" names an activity, done by no one
// the clause names (the parser may make it a clause of the verb: "ending months of fighting").
// Not after the object of a verb of judging: "convicted two officers of assaulting" says who assaulted.
bool gerund_after_noun(const Doc& d, const ParseView& parse, std::size_t i);

// "dominated by rising energy prices" read as "by [rising energy prices]" a gerund's clause: the
// "-ing" form of a verb that takes no object (objectless_verbs.txt) right before its "object"
// describes that noun, which is what rises. Returns the noun.
std::optional<std::size_t> noun_described_by_gerund(const Doc& d, const ParseView& parse, std::size_t i);

// The noun of an act or a thought an infinitive completes: hung on it ("the decision to stand
// down"), or hung by the parser on the verb right after it as the verb's object ("supported
// the decision to stand down"), unless the verb makes its object the doer ("asked the council
// to vote").
std::optional<std::size_t> content_completed(const Doc& d, const ParseView& parse, std::size_t i);

// "The Dixie Fire, already the largest wildfire in California history, grew by 20,000 acres",
// parsed with the appositive the root and "grew" a clause on it: a past after the comma that
// closes the appositive is the sentence's verb, whose subject is the name the appositive
// describes (the parser's subject of the appositive), else the appositive's noun.
std::optional<std::size_t> subject_before_apposition(const Doc& d, const ParseView& parse, std::size_t i);

// "Spending on homelessness services has doubled": a gerund with no subject of its own, before
// the verb as its clausal subject, names what the verb says of it.
std::optional<std::size_t> gerund_subject(const Doc& d, const ParseView& parse, std::size_t verb);

// "Rebuilding of the pier began": such a gerund is itself named by its "-ing" form, never by
// its lemma ("Rebuild of pier").
bool gerund_subject_of(const Doc& d, const ParseView& parse, std::size_t gerund);

// The subject of a verb from the parse: its nsubj; through a relative pronoun, the noun the
// clause modifies ("an official who spoke"); for an infinitive after its verb's object, that
// object ("expect fares to rise"); for a complement, a conjoined verb or a controlled
// adverbial, the subject of the verb it hangs on ("pledged to make", "arrived and spoke"); for
// a finite verb the parser left without one, the noun phrase before it.
std::optional<std::size_t> parse_subject(const Doc& d, const ParseView& parse, std::size_t i, int depth = 0);

// "in men's downhill skiing": a gerund with a possessor is a noun, the name of an activity, which
// no subject of the sentence does ("First medals ski"); the possessor's first token.
std::optional<std::size_t> owned_gerund(const Doc& d, const ParseView& parse, std::size_t verb);

}  // namespace chronograph::core::titles
