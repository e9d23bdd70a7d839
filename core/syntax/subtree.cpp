#include "core/syntax/subtree.h"

#include <algorithm>

namespace chronograph::core {

std::vector<std::pair<int, int>> extents(std::span<const Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  std::vector<std::pair<int, int>> out(sentence.size());
  for (int i = 0; i < n; ++i) out[static_cast<std::size_t>(i)] = {i, i};
  for (int i = 0; i < n; ++i) {
    int k = sentence[static_cast<std::size_t>(i)].head;
    for (int steps = 0; k >= 0 && k < n && steps < n; ++steps, k = sentence[static_cast<std::size_t>(k)].head) {
      auto& e = out[static_cast<std::size_t>(k)];
      e.first = std::min(e.first, i);
      e.second = std::max(e.second, i);
    }
  }
  return out;
}

bool is_ancestor(std::span<const Token> sentence, int ancestor, int word) {
  for (std::size_t steps = 0; word >= 0 && steps <= sentence.size(); ++steps) {
    if (word == ancestor) return true;
    word = sentence[static_cast<std::size_t>(word)].head;
  }
  return false;
}

}  // namespace chronograph::core
