#include "core/syntax/finite_governor.h"

#include <algorithm>

#include "core/syntax/penn_tags.h"

namespace chronograph::core {

namespace {

// Whether word `k` is finite or has a finite auxiliary or copula ("is to", "was a mistake").
bool finite_group(std::span<const Token> sentence, std::size_t k) {
  if (finite_tag(sentence[k].xpos)) return true;
  return std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) {
    const bool auxiliary = t.deprel.starts_with("aux") || t.deprel == "cop";
    return t.head == static_cast<int>(k) && auxiliary && finite_tag(t.xpos);
  });
}

}  // namespace

bool under_finite_verb(std::span<const Token> sentence, std::size_t i) {
  const bool parsed = std::any_of(sentence.begin(), sentence.end(), [](const Token& t) { return t.head >= 0; });
  if (!parsed) return std::any_of(sentence.begin(), sentence.end(), [](const Token& t) { return finite_tag(t.xpos); });
  std::size_t at = i;
  for (std::size_t steps = 0; steps < sentence.size(); ++steps) {
    if (finite_group(sentence, at)) return true;
    const int head = sentence[at].head;
    if (head < 0 || static_cast<std::size_t>(head) >= sentence.size()) return false;
    at = static_cast<std::size_t>(head);
  }
  return false;
}

}  // namespace chronograph::core
