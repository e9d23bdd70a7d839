#include "core/syntax/preposition_clauses.h"

#include <string>
#include <vector>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

const Token& at(std::span<const Token> sentence, int k) { return sentence[static_cast<std::size_t>(k)]; }

bool opens_time_clause(const std::string& lower) {
  return lower == "after" || lower == "before" || lower == "since" || lower == "until";
}

// A finite verb or auxiliary of a clause that tells what happened: no modal ("after talks could
// resume" is no such clause; finite_tag counts MD too).
bool finite(const Token& t) { return t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP"; }

// The finite verb that closes the noun phrase W opens ("after talks between the two sides broke
// down": "broke"); -1 when a comma, a clause opener or another verb comes first. A finite
// auxiliary stands for its verb ("after talks had collapsed").
int verb_closing_phrase(std::span<const Token> sentence, int w) {
  for (int k = w + 1; k < static_cast<int>(sentence.size()); ++k) {
    const Token& t = at(sentence, k);
    const std::string lower = lowercase_ascii(t.text);
    if (t.upos == "PUNCT" || is_subordinator(lower) || lower == "that" || lower == "which" || lower == "who") return -1;
    if (t.upos == "AUX") return finite(t) && t.head > k && at(sentence, t.head).upos == "VERB" ? t.head : -1;
    if (t.upos == "VERB") return finite(t) ? k : -1;
  }
  return -1;
}

// The first verb above `verb` before word `w`, past the words of W's phrase; -1 when there is none.
int host_before(std::span<const Token> sentence, int w, int verb) {
  int h = at(sentence, verb).head;
  for (int steps = 0; h >= 0 && steps < static_cast<int>(sentence.size()); ++steps) {
    const Token& t = at(sentence, h);
    if (h < w && t.upos == "VERB") return h;
    h = t.head;
  }
  return -1;
}

// "talks between the union and the employers' association broke down" parsed with "association"
// the verb's subject: it takes the place of the conjunct the "and" before it opens (a possessive
// conjunct, "employers'", becomes its `nmod:poss`), else hangs on the subject noun.
void rehang_other_subject(std::span<Token> sentence, int noun, int other) {
  Token& subject = sentence[static_cast<std::size_t>(other)];
  for (int c = other - 1; c > noun; --c) {
    Token& cc = sentence[static_cast<std::size_t>(c)];
    if (cc.deprel != "cc" || cc.head <= noun || cc.head > other) continue;
    Token& conjunct = sentence[static_cast<std::size_t>(cc.head)];
    if (conjunct.deprel != "conj" || conjunct.head < noun) break;
    subject.head = conjunct.head, subject.deprel = "conj";
    if (has_child(sentence, cc.head, [](const Token& t) { return t.deprel == "case" && t.xpos == "POS"; })) {
      conjunct.head = other, conjunct.deprel = "nmod:poss";
      cc.head = other;
    }
    return;
  }
  subject.head = noun, subject.deprel = "nmod";
}

bool make_clause(std::span<Token> sentence, int w) {
  const Token& opener = at(sentence, w);
  const int noun = opener.head;
  if (opener.deprel != "case" || !opens_time_clause(lowercase_ascii(opener.text)) || noun <= w) return false;
  if (at(sentence, noun).upos != "NOUN" && at(sentence, noun).upos != "PROPN") return false;
  const int verb = verb_closing_phrase(sentence, w);
  if (verb <= noun || at(sentence, verb).head < 0 || at(sentence, verb).deprel == "acl:relcl") return false;
  if (has_child(sentence, verb, [](const Token& t) { return t.deprel == "mark" || t.deprel == "cc"; })) return false;
  const int host = host_before(sentence, w, verb);
  if (host < 0) return false;
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) {
    Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head != verb) continue;
    if (k < w) t.head = host;  // ("walked out at 6 a.m., ... after talks broke down": the time is the walkout's)
    else if (k > w && k < verb && k != noun && t.deprel.starts_with("nsubj")) rehang_other_subject(sentence, noun, k);
  }
  const bool passive = has_child(sentence, verb, [](const Token& t) { return t.deprel == "aux:pass"; });
  Token& subject = sentence[static_cast<std::size_t>(noun)];
  subject.head = verb, subject.deprel = passive ? "nsubj:pass" : "nsubj";
  Token& mark = sentence[static_cast<std::size_t>(w)];
  mark.upos = "SCONJ", mark.xpos = "IN", mark.feats.clear(), mark.head = verb, mark.deprel = "mark";
  sentence[static_cast<std::size_t>(verb)].head = host;
  sentence[static_cast<std::size_t>(verb)].deprel = "advcl";
  return true;
}

}  // namespace

int clauses_from_time_prepositions(std::span<Token> sentence) {
  int made = 0;
  for (int w = 0; w < static_cast<int>(sentence.size()); ++w) {
    // (the copy only for an opener: a sentence of thousands of words stays linear)
    if (at(sentence, w).deprel != "case" || !opens_time_clause(lowercase_ascii(at(sentence, w).text))) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    if (make_clause(sentence, w) && kept_as_tree(sentence, before)) ++made;
  }
  return made;
}

int attach_phrases_to_their_time_clauses(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int m = 0; m < n; ++m) {
    const Token& mark = at(sentence, m);
    const int verb = mark.head;
    if (mark.deprel != "mark" || verb <= m || !is_subordinator(lowercase_ascii(mark.text))) continue;
    const auto spans = extents(sentence);
    int subject = -1;
    for (int k = m + 1; k < verb; ++k)
      if (at(sentence, k).head == verb && at(sentence, k).deprel.starts_with("nsubj")) subject = k;
    for (int k = m + 1; k < verb; ++k) {
      Token& t = sentence[static_cast<std::size_t>(k)];
      const bool outside = t.head >= 0 && (t.head < m || t.head > verb);
      if (!outside || !t.deprel.starts_with("obl") || spans[static_cast<std::size_t>(k)].second >= verb) continue;
      const std::vector<Token> before(sentence.begin(), sentence.end());
      const bool after_subject = subject >= 0 && spans[static_cast<std::size_t>(subject)].second + 1 == spans[static_cast<std::size_t>(k)].first;
      t.head = after_subject ? subject : verb;
      t.deprel = after_subject ? "nmod" : "obl";
      if (kept_as_tree(sentence, before)) ++moved;
    }
  }
  return moved;
}

}  // namespace chronograph::core
