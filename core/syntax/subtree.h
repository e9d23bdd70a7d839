// The span of words each word's subtree covers in a parsed sentence, for the repairs that move
// a phrase as a whole.
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "core/text/token.h"

namespace chronograph::core {

// The first and last word of each word's subtree (a malformed head chain stops after n steps).
std::vector<std::pair<int, int>> extents(std::span<const Token> sentence);

}  // namespace chronograph::core
