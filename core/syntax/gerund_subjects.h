// A repair of the tagger's reading of a clause whose subject is a gerund: at the start of a
// sentence or after a word that opens a clause, a gerund right before a past form, with no
// object of its own, is the clause's subject noun and the past form its verb ("[Fighting] broke
// out again on Sunday", "when [fighting] resumed in the south", "after [shelling] intensified
// overnight"). Read as a verb, the gerund became the clause (or a passive auxiliary) and the real
// verb its complement or an adjective, so the event had the wrong word and no subject.
//
//   if (noun_from_gerund_before_past_verb(sentence, classes)) parser.parse(sentence);
//
// Only a gerund WordNet knows as a noun, not a linking verb ("after getting married", "since
// becoming involved"); and after a participle, or an adjective WordNet knows as a past form,
// only when no noun phrase follows ("after visiting injured soldiers" keeps its gerund; the past
// tense the tagger saw may have an object: "Flooding destroyed 200 homes"). The gerund becomes
// NN and the past form VBD. True when it retagged.
#pragma once

#include <span>

#include "core/syntax/word_classes.h"
#include "core/text/token.h"

namespace chronograph::core {

bool noun_from_gerund_before_past_verb(std::span<Token> sentence, const WordClasses& classes);

// The same clause when the tagger read the gerund as a noun but the parser did not make it the
// subject ("[Trading] resumed overnight", parsed with "trading" an oblique of a participle root;
// "left before [trading] continued", with "trading" the clause and "continued" a conjunct of
// "left"): the noun becomes the past tense's subject, and the verb takes the noun's place.
// Mends the final parse in place; returns how many it mended.
int subject_from_gerund_noun(std::span<Token> sentence);

}  // namespace chronograph::core
