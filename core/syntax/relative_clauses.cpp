#include "core/syntax/relative_clauses.h"

#include <string>
#include <string_view>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {
namespace {

bool is_relative_pronoun(const Token& t) {
  const std::string w = lowercase_ascii(t.text);
  if (t.xpos != "WDT" && t.xpos != "WP") return false;
  return w == "that" || w == "which" || w == "who" || w == "whom";
}

bool is_clause_argument(const Token& t) { return t.deprel == "nsubj" || t.deprel == "nsubj:pass" || t.deprel == "obj"; }

// The noun right before the pronoun, or before the comma before it ("the storm, which").
int antecedent_of(std::span<const Token> sentence, int pronoun) {
  int n = pronoun - 1;
  if (n >= 0 && sentence[static_cast<std::size_t>(n)].text == ",") --n;
  if (n < 0) return -1;
  const Token& noun = sentence[static_cast<std::size_t>(n)];
  return noun.upos == "NOUN" || noun.upos == "PROPN" ? n : -1;
}

}  // namespace

int attach_relative_clauses_to_their_nouns(std::span<Token> sentence) {
  int moved = 0;
  for (int r = 0; r < static_cast<int>(sentence.size()); ++r) {
    const Token& pronoun = sentence[static_cast<std::size_t>(r)];
    if (!is_relative_pronoun(pronoun) || !is_clause_argument(pronoun) || pronoun.head <= r) continue;
    const int verb = pronoun.head;
    Token& clause = sentence[static_cast<std::size_t>(verb)];
    const int noun = antecedent_of(sentence, r);
    if (noun < 0 || clause.head < 0 || clause.deprel == "acl:relcl" || clause.head == noun) continue;
    if (has_child(sentence, verb, [](const Token& t) { return t.deprel == "cc"; }) || is_ancestor(sentence, verb, noun))
      continue;
    clause.head = noun;
    clause.deprel = "acl:relcl";
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
