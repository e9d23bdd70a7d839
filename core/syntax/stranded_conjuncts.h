// A repair of the parser's trees: a verb's object and a second verb joined to it by "and", both
// hung on a word of an oblique after the object ("The club also sold midfielder Jonny Price to
// Hamburg for £12m on Friday morning and allowed two academy players to leave" parsed with
// "Jonny" the subject of "£" and "allowed" a conjunct of "£"). The sale then had the player for
// its actor, and the allowing took the player for its subject.
//
//   give_stranded_conjuncts_their_verbs(sentence);   // after Parser::parse
//
// A name or noun made the `nsubj` of a verb's oblique, after that verb, which has a subject of
// its own, is the verb's `obj`; a finite verb conjoined to a word that is no verb, with no
// subject of its own, is the conjunct of the nearest verb above that word, whose subject it
// shares. A participle with a subject and an auxiliary of its own that "and" or "but" opens,
// hung as an `amod` on a noun after it (", and a farmhouse was built on part of it" with "built"
// on "part"), is a clause conjoined to the verb above that noun, and the words before its "and"
// that hung on it go back to that verb. Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int give_stranded_conjuncts_their_verbs(std::span<Token> sentence);

}  // namespace chronograph::core
