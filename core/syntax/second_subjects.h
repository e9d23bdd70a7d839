// One subject per verb: a verb the parser gave two subjects before it keeps the one that can be
// a subject. "The first flight since March landed on Monday" was parsed with "March" a second
// subject of "landed" (so the landing was dated by "since March"), "Last year, sea ice delayed
// its first visit" and "Last Thanksgiving, the TSA screened 2.9 million people" with the time a
// second subject.
//
// A subject with a preposition ("since March") becomes the `nmod` of the other subject when its
// phrase follows that subject's phrase, else the verb's `obl`; a time noun ("year", "Monday",
// "March", or a name after "last", "this" or "next": "Last Thanksgiving") closed by a comma
// becomes the verb's `obl:unmarked`. And a subject the parser gave a verb after it as well as
// before it ("Pryce said [a routine inspection in October 2022] had found section loss") is the
// subject of the verb after its phrase that has none, which becomes the first verb's `ccomp`.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

// Returns how many subjects moved.
int one_subject_per_verb(std::span<Token> sentence);

}  // namespace chronograph::core
