// A repair of the parser's trees: a verb with a finite auxiliary of its own ("has ... cut") is
// coordinated with a finite verb, never with an infinitive or the predicate of one ("promised
// to make home ownership more affordable and has since cut stamp duty" parsed with "cut" a
// conjunct of "affordable", so that home ownership did the cutting). A conjunct with a finite
// auxiliary (and no subject of its own) hung on a word that is not finite is the conjunct of the
// nearest finite verb above that word.
//
//   give_finite_conjuncts_finite_heads(sentence);   // after Parser::parse
//
// Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int give_finite_conjuncts_finite_heads(std::span<Token> sentence);

}  // namespace chronograph::core
