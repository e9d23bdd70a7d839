// A repair of the tagger's tags: a sentence that opens with a count of a group ("One of its four
// cameras failed in 2014", "Two of the miners died in hospital", "Most of the flights left
// late") has its verb right after that group; the tagger may read a regular past there as a
// participle modifying the group's noun, and the parser then makes the count the root of a
// sentence with no verb. When the parse shows that (the opening count is the root), the
// participle is the past tense it is.
//
//   if (past_verb_after_opening_count(sentence, past_form)) parser.parse(sentence);
//
// `past_form` says whether a lower-case word can be a past tense. Returns whether a tag changed.
#pragma once

#include <functional>
#include <span>
#include <string>

#include "core/text/token.h"

namespace chronograph::core {

bool past_verb_after_opening_count(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form);

}  // namespace chronograph::core
