// A repair of the parser's trees: an infinitive right after the object of a verb that asks or
// tells someone to do a thing ("urged the railroad to inspect the rail", "asked residents to
// leave") is that verb's `xcomp`, as UD has it, not a modifier of the object noun, which the
// parser often makes it. As a noun's `acl` the inspecting had neither its asker nor its time:
// "before the summer" read in the urging's past tense.
//
//   attach_told_infinitives_to_their_verbs(sentence);   // after Parser::parse
//
// Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int attach_told_infinitives_to_their_verbs(std::span<Token> sentence);

}  // namespace chronograph::core
