// A repair of the parser's trees: a clause conjoined after "and" or "but" whose subject is an
// ordinal standing for the noun told before ("A second attempt on Friday was called off, and a
// third, on Tuesday, was halted"), parsed with the ordinal and the set-off phrase after it
// conjuncts of the first verb and the second verb hung elsewhere. The first verb then took the
// second clause's date, and the second verb lost its subject.
//
//   give_ordinal_conjuncts_their_verbs(sentence);   // after Parser::parse
//
// Where "and" or "but", an optional determiner, an ordinal (NumType=Ord), an optional phrase set
// off by commas with no verb in it, then a finite verb, or finite auxiliaries and the verb they
// serve, with no subject follow one another: the ordinal becomes that verb's subject
// (`nsubj:pass` after a passive auxiliary), the set-off phrase its dependent (`obl` when a
// preposition opens it), and the verb a `conj` of the nearest main verb before the "and" (which
// takes the second verb's place when it hung below it). Undone if it would make no tree.
// Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int give_ordinal_conjuncts_their_verbs(std::span<Token> sentence);

}  // namespace chronograph::core
