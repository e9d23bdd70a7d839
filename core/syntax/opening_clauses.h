// A repair of the parser's trees: a clause that a subordinator opens the sentence with, perhaps
// after a verbless phrase set off by a comma ("A decade later, after the drummer left, the band
// split."), parsed with the subordinator the `case` of the clause's subject and the clause's verb
// the root, the main clause after the comma hung below it (`ccomp`, `parataxis`, ...). The
// subordinator marks a clause, so the verb after the comma, with a subject of its own after the
// comma, is the root.
//
//   root_from_main_clause_after_opening_clause(sentence);   // after Parser::parse
//
// The opening clause's verb becomes the root's `advcl`, the subordinator its `mark` (SCONJ; "when"
// and "where" stay its `advmod`) and the noun it was the case of its `nsubj`; the words before
// the subordinator ("A decade later") and after the comma that hung on the opening verb go to
// the root. Not in a question ("where can I get ..., I will ...?"). Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int root_from_main_clause_after_opening_clause(std::span<Token> sentence);

// And for a phrase that "with" opens before a clause ("With 98 percent of votes counted, the
// party had won 141 seats") parsed with "with" the verb's `mark` and its noun the verb's second
// subject (or its oblique): "with" opens no clause with a subject, so its noun is the verb's
// `obl` and "with" the noun's `case` (ADP). Returns how many moved.
int oblique_from_with_phrase_subject(std::span<Token> sentence);

}  // namespace chronograph::core
