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

bool is_nominal(const Token& t) { return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON"; }

// The "and" or "but" that opens verb `v`'s clause, hung on it before it; -1 when none.
int clause_opener(std::span<const Token> sentence, int v) {
  for (int k = v; k-- > 0;)
    if (sentence[static_cast<std::size_t>(k)].head == v && sentence[static_cast<std::size_t>(k)].deprel == "cc") return k;
  return -1;
}

// Words before the clause's opener that the parse hung on the clause's verb or on the noun it
// modified ("used as a church ... , and a farmhouse was built on part" with "church" on "built"
// and "as a" on "part") belong to the verb before: a noun as its oblique, other words to the
// next such noun.
void return_words_left_behind(std::span<Token> sentence, int opener, int verb, int noun, int host) {
  std::vector<int> left;
  for (int k = 0; k < opener; ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if ((t.head == verb || t.head == noun) && t.upos != "PUNCT") left.push_back(k);
  }
  for (std::size_t i = 0; i < left.size(); ++i) {
    Token& t = sentence[static_cast<std::size_t>(left[i])];
    const auto next_noun = std::find_if(left.begin() + static_cast<long>(i) + 1, left.end(),
                                        [&](int k) { return is_nominal(sentence[static_cast<std::size_t>(k)]); });
    if (is_nominal(t) || next_noun == left.end()) {
      t.head = host;
      t.deprel = "obl";
    } else {
      t.head = *next_noun;
    }
  }
}

// "..., and a farmhouse was built on part of it in the 1780s" with "built" an `amod` of "part":
// a participle with a subject and an auxiliary of its own, opened by "and" or "but", is a clause
// conjoined to the verb above the noun, and the noun is its oblique.
bool clause_from_modifying_participle(std::span<Token> sentence, int v) {
  Token& verb = sentence[static_cast<std::size_t>(v)];
  if (verb.upos != "VERB" || verb.deprel != "amod" || verb.head <= v) return false;
  const auto subject = [](const Token& t) { return t.deprel.starts_with("nsubj"); };
  const auto auxiliary = [](const Token& t) { return t.deprel.starts_with("aux"); };
  if (!has_child(sentence, v, subject) || !has_child(sentence, v, auxiliary)) return false;
  const int noun = verb.head, host = sentence[static_cast<std::size_t>(noun)].head;
  const int opener = clause_opener(sentence, v);
  if (opener < 0 || host < 0 || host > opener || !is_verb(sentence[static_cast<std::size_t>(host)])) return false;
  return_words_left_behind(sentence, opener, v, noun, host);
  Token& object = sentence[static_cast<std::size_t>(noun)];
  const bool marked = has_child(sentence, noun, [](const Token& t) { return t.deprel == "case"; });
  object.head = v;
  object.deprel = marked ? "obl" : "obj";
  verb.head = host;
  verb.deprel = "conj";
  return true;
}

}  // namespace

int give_stranded_conjuncts_their_verbs(std::span<Token> sentence) {
  int moved = 0;
  const std::vector<Token> before(sentence.begin(), sentence.end());
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) moved += object_from_oblique_subject(sentence, k) ? 1 : 0;
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) moved += conjunct_to_verb_above(sentence, k) ? 1 : 0;
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) moved += clause_from_modifying_participle(sentence, k) ? 1 : 0;
  if (moved > 0 && !is_tree(sentence)) {
    std::copy(before.begin(), before.end(), sentence.begin());
    return 0;
  }
  return moved;
}

}  // namespace chronograph::core
