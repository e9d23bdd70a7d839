#include "core/syntax/participle_before_as.h"

#include <vector>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {
namespace {

bool finite_verb(const Token& t) { return t.upos == "VERB" && (t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP"); }

// The subject of the verb `later` that the parser found between "as" at `as` and that verb;
// -1 when there is none or a word between belongs elsewhere.
int phrase_after_as(std::span<const Token> sentence, int as, int later) {
  int subject = -1;
  for (int k = as + 1; k < later; ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head == later && t.deprel == "nsubj") subject = k;
  }
  if (subject < 0) return -1;
  for (int k = as + 1; k < later; ++k)
    if (k != subject && !is_ancestor(sentence, subject, k)) return -1;
  return subject;
}

// The participle read as the noun's verb ("thieves disguised" with "after" on "disguised"):
// the later verb takes its place in the tree, its marker and the noun.
void give_clause_to_later_verb(std::span<Token> sentence, int participle, int later) {
  Token& verb = sentence[static_cast<std::size_t>(later)];
  const Token& described = sentence[static_cast<std::size_t>(participle)];
  // (the parser may have hung the participle on the later verb, which then keeps its head)
  if (described.head != later) verb.head = described.head;
  verb.deprel = described.deprel;
  for (Token& t : sentence)
    if (t.head == participle && (t.deprel == "mark" || t.deprel == "nsubj")) t.head = later;
}

}  // namespace

int participle_before_as_phrase(std::span<Token> sentence) {
  int moved = 0;
  const int size = static_cast<int>(sentence.size());
  for (int p = 1; p + 2 < size; ++p) {
    Token& participle = sentence[static_cast<std::size_t>(p)];
    const Token& noun = sentence[static_cast<std::size_t>(p - 1)];
    Token& as = sentence[static_cast<std::size_t>(p + 1)];
    if (participle.upos != "VERB" || !participle.text.ends_with("ed") || noun.upos == "PRON") continue;
    if (lowercase_ascii(as.text) != "as" || as.head <= p + 1 || !finite_verb(sentence[static_cast<std::size_t>(as.head)])) continue;
    const int later = as.head;
    const int phrase = phrase_after_as(sentence, p + 1, later);
    const bool described = participle.head == p - 1 && participle.deprel == "acl" && noun.head == later;
    // (not a main verb the later one hangs on: "the guests dressed as the band played")
    const bool acting = noun.head == p && participle.xpos == "VBD" && !is_ancestor(sentence, p, later) &&
                        !has_child(sentence, p, [](const Token& t) { return t.deprel == "obj"; });
    if (phrase < 0 || !noun.deprel.starts_with("nsubj") || (!described && !acting)) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    if (acting) give_clause_to_later_verb(sentence, p, later);
    participle.head = p - 1;
    participle.deprel = "acl";
    participle.xpos = "VBN";
    as.head = phrase;
    as.deprel = "case";
    as.upos = "ADP";
    sentence[static_cast<std::size_t>(phrase)].head = p;
    sentence[static_cast<std::size_t>(phrase)].deprel = "obl";
    if (kept_as_tree(sentence, before)) ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
