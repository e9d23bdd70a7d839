// A repair of the parser's trees: "after", "before", "since" or "until" read as the preposition
// of a noun when a finite verb follows that noun's phrase opens a clause, the noun its subject.
// "Dockers walked out at 6 a.m. on Monday, closing the port after overnight talks between the
// union and the employers broke down" was parsed with "after" the `case` of "talks", "broke" a
// `conj` of "walked" with "employers" its subject, and the clock time an `obl` of "broke" (so
// the breakdown, not the walkout, was dated 6 a.m.).
//
//   clauses_from_time_prepositions(sentence);   // a final mend, after Parser::parse
//
// For such a word W (`case` of a noun N after it) followed, with no verb, comma or clause opener
// between, by a finite verb V that no `mark` or `cc` opens and that hangs, past W's phrase, under
// a verb H before W: W becomes V's `mark`, N V's subject, V H's `advcl`; V's other subject in the
// phrase hangs on N's phrase, and the words before W the parser hung on V go to H. Returns how
// many clauses it made.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int clauses_from_time_prepositions(std::span<Token> sentence);

// And for a phrase inside such a clause's subject that the parser hung on a verb outside the
// clause ("flew past Venus before a Jupiter flyby in 2008 gave it a boost" parsed with "2008" an
// `obl` of "flew"): a phrase between a clause's opener ("after", "before", "when" ...) and its
// verb is the clause's, the `nmod` of the subject it follows (else the verb's `obl`). Returns
// how many moved.
int attach_phrases_to_their_time_clauses(std::span<Token> sentence);

}  // namespace chronograph::core
