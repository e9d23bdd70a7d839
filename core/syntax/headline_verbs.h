// A repair of the tagger's reading of headlines, which drop articles and auxiliaries and so
// read as strings of nouns: "Ceasefire talks [resume] in Doha as envoys [race] to meet deadline"
// was tagged with no verb at all. In a headline (core/syntax/sentences.h), a word read as a
// singular noun right after the plural noun that ends a clause's opening noun phrase (at the
// headline's start or after a word that opens a clause) is that clause's present tense when
// WordNet knows its base form as a verb, what follows is no noun or adjective of its phrase (a
// preposition, "to", an adverb, a determiner, a number, a name, or the end), and the clause has
// no finite verb later ("Human rights group in Doha condemns arrests"): it becomes VBP.
//
//   if (first && present_verb_in_headline(sentence, classes)) parser.parse(sentence);
//
// "Ceasefire talks resume" has a plural subject, so the verb's base form is its present tense.
// A singular subject's present carries an -s and reads as a plural noun ("Death toll from
// Taiwan earthquake [rises] to 12"): only before an amount ("to 12", "by 3%", "$100"), where no
// plural noun stands, is it the verb, VBZ. True when it retagged a word (one per call).
#pragma once

#include <span>

#include "core/syntax/word_classes.h"
#include "core/text/token.h"

namespace chronograph::core {

bool present_verb_in_headline(std::span<Token> sentence, const WordClasses& classes);

}  // namespace chronograph::core
