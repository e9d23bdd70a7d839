// Subtrees of a parsed sentence, for the repairs that move a phrase as a whole: the span of
// words each word's subtree covers, and whether one word lies in another's subtree.
#pragma once

#include <algorithm>
#include <span>
#include <utility>
#include <vector>

#include "core/text/token.h"

namespace chronograph::core {

// The first and last word of each word's subtree.
std::vector<std::pair<int, int>> extents(std::span<const Token> sentence);

// Whether `word`'s head chain reaches `ancestor` (a word is its own ancestor).
bool is_ancestor(std::span<const Token> sentence, int ancestor, int word);

// The first word with no head (the root); -1 when there is none.
int root_of(std::span<const Token> sentence);

// Whether every head chain reaches the root (no cycle).
bool is_tree(std::span<const Token> sentence);

// A repair's guard: true when the edited sentence is still a tree; else puts back `before` (the
// sentence as it was before the edit) and returns false.
bool kept_as_tree(std::span<Token> sentence, std::span<const Token> before);

// A final mend of the parse: punctuation takes no dependents in UD, so a word the parser hung
// on a punctuation mark ("was acquitted on Friday of taking bribes ." with "taking" on the
// full stop) hangs on the word that mark hangs on. Returns how many moved.
int lift_words_off_punctuation(std::span<Token> sentence);

// Whether a word hung on `head` is one `accept` takes.
bool has_child(std::span<const Token> sentence, int head, auto accept) {
  return std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == head && accept(t); });
}

}  // namespace chronograph::core
