// Whether a finite verb governs a word: the verb of a clause above it in the parse, or an
// auxiliary or copula of one ("The firm wants Nimbus to cut jobs", "It is time for the council
// to act"). A finite verb of a clause below it or beside it does not ("Nimbus Systems to cut
// 1,800 jobs as cloud growth slows", "Nimbus to cut jobs, CEO says"). A headline's infinitive
// right after its subject ("Council to vote on budget") tells its future only where none does.
//
//   if (!under_finite_verb(sentence, at - first)) ...   // `at - first`: the word in the sentence
#pragma once

#include <cstddef>
#include <span>

#include "core/text/token.h"

namespace chronograph::core {

// `i` indexes `sentence`, whose heads are relative to it. Without a parse (every head -1), any
// finite verb of the sentence governs.
bool under_finite_verb(std::span<const Token> sentence, std::size_t i);

}  // namespace chronograph::core
