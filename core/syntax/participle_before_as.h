// A repair of the parser's trees: a past participle on its noun right before "as" and a noun
// phrase, when the finite verb after that phrase already has the noun as its subject ("thieves
// disguised as guards walked out", "men dressed as police entered the bank"), describes the
// noun with that phrase: the phrase is no second subject of the verb, which the parser makes it
// (and a later repair then reads the participle as the noun's verb).
//
//   participle_before_as_phrase(sentence);   // after Parser::parse
//
// The phrase becomes the participle's `obl` with "as" its `case`. Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int participle_before_as_phrase(std::span<Token> sentence);

}  // namespace chronograph::core
