// Tag repairs for words the tagger read in the wrong one of their classes, seen in the parse of
// tester 54's articles. Each returns true when it changed a tag (the sentence is then parsed
// again), like the repairs of tagger_repairs.h.
#pragma once

#include <functional>
#include <span>
#include <string>

#include "core/syntax/word_classes.h"
#include "core/text/token.h"

namespace chronograph::core {

// A base form (VB) right after a singular noun that "a" or "an" opens, with nothing of its own
// but a time phrase read as its object, is the head of that noun phrase when WordNet knows it as
// a noun: "He recommended a weight [limit] the following month", "imposed a hiring [freeze] last
// week" (not "let a rival win", where the verb lets the object act). It becomes NN.
bool noun_from_base_form_after_indefinite_noun(std::span<Token> sentence, const WordClasses& classes);

// A plural noun right after a relative clause on the sentence's opening noun or pronoun, in a
// sentence with no verb for its root, before an object's first word, is the subject's present
// tense when WordNet knows it as one: "Anyone who files late [faces] an automatic £100 penalty",
// "A driver who parks illegally [risks] a fine". The subject must be singular. It becomes VBZ.
bool present_verb_after_relative_clause(std::span<Token> sentence, const WordClasses& classes);

// A past form right after a noun (which the parser may have made its subject), followed at once by "by" and an
// agent that is not an amount, in a sentence with another finite verb, is a passive participle
// the tagger read as the past tense: "after a second rest day [requested] by Iyer's team", "the
// plan [backed] by ministers" (not "prices fell by 5%", "the police stopped by the house"), when
// `participle_form` says the word is one. It becomes VBN.
bool participle_before_agent(std::span<Token> sentence, const std::function<bool(const std::string&)>& participle_form);

// A plural noun that a clause's opener ("before", "after", "until", "once", ...) marks, with a
// singular noun before it as its compound and a preposition or the sentence's end after it, is
// that clause's present tense when WordNet knows it as one and the treebank never showed it as a
// plural noun (`seen_as_plural_noun`): "before the main science programme [begins] in December",
// "until the season [ends]" (not "before the budget talks in May"). It becomes VBZ.
bool present_verb_in_clause_after_opener(std::span<Token> sentence, const WordClasses& classes,
                                         const std::function<bool(const std::string&)>& seen_as_plural_noun);

}  // namespace chronograph::core
