// The complement of a verb or event noun in a title (event_titles.cpp and the title rules split
// out of it): the tokens after it that complete it ("video call", "to begin offensive into
// Ukraine"), up to punctuation, dates, clauses and finite verbs (complement_tokens), and those
// tokens as title words that end only at a whole constituent (render_words, token_word).
#pragma once

#include <cstddef>
#include <vector>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"
#include "core/events/title_words.h"

namespace chronograph::core::titles {

bool verb_token(const Doc& d, std::size_t j);

// "the $24 billion deal": a currency sign right before the number at `start` (after `first`,
// the phrase's first token), which a title writes onto that number.
bool sign_before_amount(const Doc& d, std::size_t first, std::size_t start);

// "at least", "up to", "more than": two words that bound the amount or time after them.
bool hedge_pair(const Doc& d, std::size_t j);

// A verb's particle: "picked [up]", and an adverb right after its verb that makes one verb with
// it ("stepped [down]", "walked [away]", "came [back]") where the parse calls it a modifier.
bool verb_particle(const Doc& d, const ParseView& parse, std::size_t j);

// The tokens after `from` that complete it ("video call", "to begin offensive into Ukraine",
// "for movement of 100 battalion tactical groups"), up to punctuation, dates, clauses and
// finite verbs. After a noun an infinitive is not its complement ("demands on Biden to act").
std::vector<std::size_t> complement_tokens(const Doc& d, const Sentence& s, std::size_t from, bool after_noun);

// A token as a title word: names keep their capital; a capital that only opens the sentence goes.
Word token_word(const Doc& d, const ParseView& parse, std::size_t j);

Words render_words(const Doc& d, const ParseView& parse, const std::vector<std::size_t>& picked);

// The complement of token `from` (complement_tokens) as title words.
Words complement_words(const Doc& d, const Sentence& s, std::size_t from, bool after_noun);

// "expected the storm to dump": a verb whose object does what its infinitive says (expect,
// ask, force, ...: predicates.tsv object-control), as does one giving its object time until a
// date ("gave both sides until Nov 15 to file": infinitive_given_time_until, word_forms.h); an
// infinitive the parser hung as an adverbial on one is such a complement, which a purpose clause
// ("bought a car to impress her") is not.
bool object_control_verb(const Doc& d, std::size_t verb);

}  // namespace chronograph::core::titles
