#include "core/syntax/finite_conjuncts.h"

#include <string_view>

#include "core/syntax/penn_tags.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

// Whether the word at `k` heads a finite clause: a finite verb, or a word with a finite
// auxiliary or copula ("has cut", "was closed", "is due").
bool finite_at(std::span<const Token> sentence, int k) {
  if (finite_tag(sentence[static_cast<std::size_t>(k)].xpos)) return true;
  return has_child(sentence, k, [](const Token& t) {
    return (t.deprel == "aux" || t.deprel == "aux:pass" || t.deprel == "cop") && finite_tag(t.xpos);
  });
}

bool subject_relation(std::string_view deprel) { return deprel.starts_with("nsubj") || deprel.starts_with("csubj"); }

}  // namespace

int give_finite_conjuncts_finite_heads(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int v = 0; v < n; ++v) {
    Token& conjunct = sentence[static_cast<std::size_t>(v)];
    if (conjunct.deprel != "conj" || conjunct.upos != "VERB" || conjunct.head < 0) continue;
    const bool own_finite_aux = has_child(sentence, v, [](const Token& t) { return t.deprel == "aux" && finite_tag(t.xpos); });
    if (!own_finite_aux || has_child(sentence, v, [](const Token& t) { return subject_relation(t.deprel); })) continue;
    if (finite_at(sentence, conjunct.head)) continue;
    // up from the word it hangs on to the nearest finite verb (at most a few steps)
    int up = conjunct.head;
    for (int steps = 0; up >= 0 && steps < 4 && !finite_at(sentence, up); ++steps) up = sentence[static_cast<std::size_t>(up)].head;
    if (up < 0 || up >= v || !finite_at(sentence, up) || sentence[static_cast<std::size_t>(up)].upos != "VERB") continue;
    conjunct.head = up;
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
