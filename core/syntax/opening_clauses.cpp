#include "core/syntax/opening_clauses.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

bool verbal(const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; }

// The subordinator that opens the clause of `verb` at the sentence's start or right after a
// verbless phrase and its comma: hung on the verb, or as the `case` of the verb's subject (or
// oblique) noun; -1 when there is none.
int opening_subordinator(std::span<const Token> sentence, int verb) {
  for (int w = 0; w < verb; ++w) {
    const Token& t = sentence[static_cast<std::size_t>(w)];
    if (verbal(t)) return -1;
    if (!is_subordinator(lowercase_ascii(t.text)) || (w > 0 && sentence[static_cast<std::size_t>(w - 1)].text != ",")) continue;
    if (t.head == verb) return w;
    if (t.deprel != "case" || t.head <= w || t.head >= verb) return -1;
    const Token& noun = sentence[static_cast<std::size_t>(t.head)];
    const bool subject_noun = noun.head == verb && (noun.deprel.starts_with("nsubj") || noun.deprel == "obl");
    return subject_noun ? w : -1;
  }
  return -1;
}

// The verb after `comma` hung on `verb`, with a subject of its own after the comma; -1 when none.
int main_verb_after(std::span<const Token> sentence, int verb, int comma) {
  const int n = static_cast<int>(sentence.size());
  for (int m = comma + 1; m < n; ++m) {
    const Token& t = sentence[static_cast<std::size_t>(m)];
    if (t.head != verb || t.upos != "VERB") continue;
    const bool own_subject = has_child(sentence, m, [&](const Token& d) {
      return d.deprel.starts_with("nsubj") && &d > &sentence[static_cast<std::size_t>(comma)];
    });
    return own_subject ? m : -1;
  }
  return -1;
}

}  // namespace

int root_from_main_clause_after_opening_clause(std::span<Token> sentence) {
  if (!sentence.empty() && sentence.back().text == "?") return 0;  // ("where can I get ..., I will ...?" asks)
  const int verb = root_of(sentence);
  if (verb < 0 || sentence[static_cast<std::size_t>(verb)].upos != "VERB") return 0;
  const int opener = opening_subordinator(sentence, verb);
  if (opener < 0) return 0;
  // (the clause runs from the subordinator to its verb with no comma: in "As a matter of law,
  // compassion and sense, the government is entitled" the verb after the comma is the main one)
  if (std::any_of(sentence.begin() + opener, sentence.begin() + verb, [](const Token& t) { return t.text == ","; })) return 0;
  const auto comma = std::find_if(sentence.begin() + verb, sentence.end(), [](const Token& t) { return t.text == ","; });
  if (comma == sentence.end()) return 0;
  const int c = static_cast<int>(comma - sentence.begin());
  const int main = main_verb_after(sentence, verb, c);
  if (main < 0) return 0;
  const std::vector<Token> before(sentence.begin(), sentence.end());
  Token& subordinator = sentence[static_cast<std::size_t>(opener)];
  if (subordinator.head != verb) {
    Token& noun = sentence[static_cast<std::size_t>(subordinator.head)];
    if (noun.deprel == "obl") noun.deprel = "nsubj";
  }
  subordinator.head = verb;
  if (subordinator.deprel != "advmod") subordinator.deprel = "mark", subordinator.upos = "SCONJ";  // ("when", "where" stay adverbs)
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) {
    Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head == verb && (k < opener || (k > c && k != main))) t.head = main;
  }
  sentence[static_cast<std::size_t>(main)].head = -1;
  sentence[static_cast<std::size_t>(main)].deprel = "root";
  sentence[static_cast<std::size_t>(verb)].head = main;
  sentence[static_cast<std::size_t>(verb)].deprel = "advcl";
  return kept_as_tree(sentence, before) ? 1 : 0;
}

int oblique_from_with_phrase_subject(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int w = 0; w + 1 < n; ++w) {
    Token& with = sentence[static_cast<std::size_t>(w)];
    if (lowercase_ascii(with.text) != "with" || with.deprel != "mark" || with.head <= w) continue;
    const int verb = with.head;
    int noun = w + 1;
    while (noun < verb && sentence[static_cast<std::size_t>(noun)].head != verb) ++noun;
    const std::string& relation = sentence[static_cast<std::size_t>(noun)].deprel;
    if (noun == verb || !(relation.starts_with("nsubj") || relation == "obl")) continue;
    const bool other_subject = has_child(sentence, verb, [&](const Token& t) {
      return t.deprel.starts_with("nsubj") && &t != &sentence[static_cast<std::size_t>(noun)];
    });
    if (!other_subject) continue;
    sentence[static_cast<std::size_t>(noun)].deprel = "obl";
    with.head = noun, with.deprel = "case", with.upos = "ADP", with.xpos = "IN";
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
