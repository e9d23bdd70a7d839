#include "core/syntax/stranded_conjuncts.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

bool is_verb(const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; }

bool is_finite(const Token& t) { return t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP"; }

bool has_subject(std::span<const Token> sentence, int verb) {
  return has_child(sentence, verb, [](const Token& t) { return t.deprel.starts_with("nsubj"); });
}

// The nearest verb above word `w`; -1 when none.
int verb_above(std::span<const Token> sentence, int w) {
  for (int h = sentence[static_cast<std::size_t>(w)].head; h >= 0; h = sentence[static_cast<std::size_t>(h)].head)
    if (is_verb(sentence[static_cast<std::size_t>(h)])) return h;
  return -1;
}

// "sold midfielder Jonny Price ... for £12m" with "Jonny" the subject of "£": the object.
bool object_from_oblique_subject(std::span<Token> sentence, int n) {
  Token& noun = sentence[static_cast<std::size_t>(n)];
  if (noun.deprel != "nsubj" || noun.head <= n || (noun.upos != "PROPN" && noun.upos != "NOUN")) return false;
  const Token& oblique = sentence[static_cast<std::size_t>(noun.head)];
  if (is_verb(oblique) || oblique.deprel != "obl" || oblique.head < 0 || oblique.head > n) return false;
  const int verb = oblique.head;
  if (!is_verb(sentence[static_cast<std::size_t>(verb)]) || !has_subject(sentence, verb)) return false;
  if (has_child(sentence, verb, [](const Token& t) { return t.deprel == "obj"; })) return false;
  if (has_child(sentence, noun.head, [](const Token& t) { return t.deprel == "cop"; })) return false;
  noun.head = verb;
  noun.deprel = "obj";
  return true;
}

// "... for £12m on Friday morning and allowed two players" with "allowed" a conjunct of "£".
bool conjunct_to_verb_above(std::span<Token> sentence, int c) {
  Token& conjunct = sentence[static_cast<std::size_t>(c)];
  if (conjunct.deprel != "conj" || conjunct.upos != "VERB" || !is_finite(conjunct) || conjunct.head < 0) return false;
  if (is_verb(sentence[static_cast<std::size_t>(conjunct.head)]) || has_subject(sentence, c)) return false;
  const int verb = verb_above(sentence, c);
  if (verb < 0 || !is_finite(sentence[static_cast<std::size_t>(verb)])) return false;
  conjunct.head = verb;
  return true;
}

}  // namespace

int give_stranded_conjuncts_their_verbs(std::span<Token> sentence) {
  int moved = 0;
  const std::vector<Token> before(sentence.begin(), sentence.end());
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) moved += object_from_oblique_subject(sentence, k) ? 1 : 0;
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) moved += conjunct_to_verb_above(sentence, k) ? 1 : 0;
  if (moved > 0 && !is_tree(sentence)) {
    std::copy(before.begin(), before.end(), sentence.begin());
    return 0;
  }
  return moved;
}

}  // namespace chronograph::core
