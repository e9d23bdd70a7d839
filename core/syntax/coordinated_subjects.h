// A repair of the parser's trees: a predicate has one subject in Universal Dependencies, so
// two or more `nsubj` of one word separated by a coordinating conjunction are one coordinated
// subject that the parser split. The greedy parser does this when the subjects are long
// ("US president Joe Biden and Russian president Vladimir Putin will hold ...": both "Joe"
// and "Vladimir" attached to "hold"); EWT, mostly short web sentences, rarely shows it.
//
//   join_coordinated_subjects(sentence);   // after Parser::parse
//
// For subjects s1 < s2 < ... < sk of one head, each after the previous one's phrase with only
// punctuation and conjunctions between the phrases and a conjunction (CCONJ) before sk:
// s2..sk become `conj` of s1, and the conjunctions and commas between them attach to the
// conjunct that follows them (`cc`, `punct`), as UD does. Subjects of different predicates are
// never joined ("The minister resigned and the president will speak"), nor subjects with
// anything else between them. First, a lone word the parser made a conjunct of one subject
// right before the next subject's phrase ("Reagan and [Soviet] leader Mikhail Gorbachev")
// is given back to that phrase as its modifier, and its conjunction to the next subject.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

// Returns how many subjects became conjuncts.
int join_coordinated_subjects(std::span<Token> sentence);

// And for a common noun that says what a name is ("the pension fund Ardent Capital said", "the
// rapper Drake announced"), which the parser made a second subject of the name's verb: the noun
// whose phrase ends right where the name's phrase starts becomes the name's `nmod:desc`, as EWT
// has "Gen." in "Gen. Petraeus". A name right before a noun with no determiner is that noun's
// `compound` ("Measles cases climb", "Apple shares fell"). Returns how many it attached.
int join_descriptor_subjects(std::span<Token> sentence);

// And for such a noun made the sentence's root, with the name after it the subject of a verb
// below it ("Opposition leader Elena Varga won the runoff, the commission said" parsed with
// "leader" the root, "said" its parataxis and "won" a complement of "said"): the verb becomes the
// root, takes what hung on the noun after it, and the noun becomes the name's `nmod:desc`. Not
// for a noun that is a predicate (with a subject or copula of its own). Returns how many moved.
int give_root_descriptors_their_names(std::span<Token> sentence);

// And for such a noun as a verb's object with the name after it made the subject or a bare
// modifier of a later word ("sacked manager Luis Ortega on Monday, two days after a defeat ..."
// parsed with "Luis" the subject of "defeat"): the name becomes the verb's object, the noun its
// `nmod:desc`, and the name's time and place phrases the verb's. So for an indirect object ("told
// the developer Colin Marsh that the scheme would ..."), whose relation the name takes. Returns
// how many moved (0 or 1).
int give_object_descriptors_their_names(std::span<Token> sentence);

// And for the pair that "between" names: "a ceasefire between the government and the militia
// will take effect" parsed with "the militia will take effect" a clause of its own. The noun
// whose phrase starts right after the "and" that follows the phrase of a noun marked "between",
// and that is the subject of the verb the "and" hangs on, becomes that noun's `conj` (the "and"
// its `cc`); the verb is left without a subject, for the clause repairs after this one.
// Returns how many pairs were joined.
int join_between_pairs(std::span<Token> sentence);

// And for "neither X nor Y" before a verb: "Neither the union nor the company has commented"
// parsed with the first noun as the root and "the company has commented" its conjunct clause.
// The noun after "neither", whose phrase ends right before a "nor" that hangs on a verb whose
// subject's phrase starts right after the "nor", hands its place in the tree to that verb and
// becomes its subject; the verb's subject becomes the noun's `conj` ("nor" its `cc`), and what
// followed the verb on the noun now hangs on the verb. Returns how many were mended.
int join_neither_nor_subjects(std::span<Token> sentence);

// And for two adjectives of one noun joined by a comma or "and" ("expected hot, dry winds to
// return" parsed with "hot" a complement of "expected"): an adjective with nothing hung on it,
// right before a comma or "and" and an adjective that is the `amod` of a later noun (or the first
// word of a compound of one: "brown, metallic-tasting water"), is that noun's `amod` too; when
// the adjective was a verb's complement or object and the noun a clause beside that verb
// ("reported brown, metallic-tasting water"), the noun becomes the verb's object. Undone if it
// would make a cycle. Returns how many moved.
int join_coordinated_adjectives(std::span<Token> sentence);

}  // namespace chronograph::core
