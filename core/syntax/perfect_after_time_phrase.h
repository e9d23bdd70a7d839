// A repair of the tagger's tags: a perfect split by a time phrase ("has since 1999 cut stamp
// duty", "have in recent years raised fees", "had by then sold the plant") keeps its participle
// after the phrase, which the tagger may read as a noun when the word is one too ("cut",
// "raise"), so that the parse makes "has" a verb of its own with no participle. A form of
// "have" followed by a phrase that "since", "by", "in" or "over" opens (no more than four words
// of a noun phrase) and then a word `participle_form` knows as a past participle, not tagged
// as one, makes that word the participle (VBN).
//
//   if (participle_after_perfect_time_phrase(sentence, participle_form)) parser.parse(sentence);
//
// Returns whether a tag changed.
//
// The parser may still hang that participle on the noun after it ("cut" an `amod` of "duty",
// "has" the verb): give_split_perfects_their_participles makes the participle the verb, with
// "has" its `aux`, the noun its `obj` and the time phrase its `obl`; returns how many moved.
#pragma once

#include <functional>
#include <span>
#include <string>

#include "core/text/token.h"

namespace chronograph::core {

bool participle_after_perfect_time_phrase(std::span<Token> sentence,
                                          const std::function<bool(const std::string&)>& participle_form);

int give_split_perfects_their_participles(std::span<Token> sentence);

}  // namespace chronograph::core
