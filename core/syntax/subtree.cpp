#include "core/syntax/subtree.h"

#include <algorithm>

namespace chronograph::core {

// Children before parents: linear after the sort, and safe on a malformed tree (a word whose
// head chain does not reach the root keeps its own extent).
std::vector<std::pair<int, int>> extents(std::span<const Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  std::vector<int> depth(sentence.size(), -1);
  for (int i = 0; i < n; ++i) {
    std::vector<int> path;
    int k = i;
    while (k >= 0 && k < n && depth[static_cast<std::size_t>(k)] < 0 && static_cast<int>(path.size()) <= n) {
      path.push_back(k);
      k = sentence[static_cast<std::size_t>(k)].head;
    }
    int d = k >= 0 && k < n ? depth[static_cast<std::size_t>(k)] : -1;
    for (auto it = path.rbegin(); it != path.rend(); ++it) depth[static_cast<std::size_t>(*it)] = ++d;
  }
  std::vector<int> order(sentence.size());
  for (int i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return depth[static_cast<std::size_t>(a)] > depth[static_cast<std::size_t>(b)];
  });
  std::vector<std::pair<int, int>> out(sentence.size());
  for (int i = 0; i < n; ++i) out[static_cast<std::size_t>(i)] = {i, i};
  for (const int i : order) {
    const int head = sentence[static_cast<std::size_t>(i)].head;
    if (head < 0 || head >= n || depth[static_cast<std::size_t>(head)] >= depth[static_cast<std::size_t>(i)]) continue;
    auto& e = out[static_cast<std::size_t>(head)];
    e.first = std::min(e.first, out[static_cast<std::size_t>(i)].first);
    e.second = std::max(e.second, out[static_cast<std::size_t>(i)].second);
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

int root_of(std::span<const Token> sentence) {
  for (std::size_t k = 0; k < sentence.size(); ++k)
    if (sentence[k].head < 0) return static_cast<int>(k);
  return -1;
}

bool is_tree(std::span<const Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  for (int i = 0; i < n; ++i) {
    int k = i, steps = 0;
    while (k >= 0 && steps++ <= n) k = sentence[static_cast<std::size_t>(k)].head;
    if (k >= 0) return false;
  }
  return true;
}

bool kept_as_tree(std::span<Token> sentence, std::span<const Token> before) {
  if (is_tree(sentence)) return true;
  std::copy(before.begin(), before.end(), sentence.begin());
  return false;
}

int lift_words_off_punctuation(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  const auto punctuation = [&](int i) {
    return i >= 0 && i < n && sentence[static_cast<std::size_t>(i)].upos == "PUNCT";
  };
  int moved = 0;
  for (auto& word : sentence) {
    if (word.upos == "PUNCT" || !punctuation(word.head)) continue;
    int head = word.head;
    for (int step = 0; step < n && punctuation(head); ++step) head = sentence[static_cast<std::size_t>(head)].head;
    if (head < 0 || punctuation(head)) continue;
    const int before = word.head;
    word.head = head;
    if (!is_tree(sentence)) {
      word.head = before;
      continue;
    }
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
