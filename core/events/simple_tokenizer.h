// A small rule tokenizer for training and measuring the event models when the project's
// tokenizer (core/text/tokenizer.h) is not linked in: whitespace, punctuation split off,
// clitics ("n't", "'s") split, abbreviations ("U.S.", "Mr.") kept; sentences end at . ! ?
// before a capital, and at blank lines. Byte spans into `text`, like the real tokenizer.
#pragma once

#include <string_view>

#include "core/text/token.h"

namespace chronograph::core {

TokenizedText simple_tokenize(std::string_view text);

}  // namespace chronograph::core
