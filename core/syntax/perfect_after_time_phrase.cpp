#include "core/syntax/perfect_after_time_phrase.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

bool form_of_have(const Token& t) {
  const std::string w = lowercase_ascii(t.text);
  return w == "has" || w == "have" || w == "had";
}

bool opens_time_phrase(const Token& t) {
  const std::string w = lowercase_ascii(t.text);
  return w == "since" || w == "by" || w == "in" || w == "over";
}

bool in_noun_phrase(const Token& t) {
  static constexpr std::string_view kTags[] = {"DET", "ADJ", "NUM", "NOUN", "PROPN"};
  return std::find(std::begin(kTags), std::end(kTags), t.upos) != std::end(kTags) || t.xpos == "RB";
}

}  // namespace

bool participle_after_perfect_time_phrase(std::span<Token> sentence,
                                          const std::function<bool(const std::string&)>& participle_form) {
  constexpr std::size_t kMaxPhrase = 4;  // "since 1999", "in recent years", "over the past decade"
  for (std::size_t h = 0; h + 3 < sentence.size(); ++h) {
    if (!form_of_have(sentence[h]) || !opens_time_phrase(sentence[h + 1])) continue;
    // the phrase's last word is followed by the participle: try each length, shortest first
    for (std::size_t v = h + 3; v < sentence.size() && v <= h + 2 + kMaxPhrase; ++v) {
      if (!in_noun_phrase(sentence[v - 1])) break;
      // (a phrase ends on its head, no article or adjective: "by far the best [hit]" is a noun)
      const std::string_view last = sentence[v - 1].upos;
      if (last == "DET" || last == "ADJ") continue;
      Token& t = sentence[v];
      if (t.xpos == "VBN" || t.xpos == "VBD" || !participle_form(lowercase_ascii(t.text))) continue;
      if (t.upos != "NOUN" && t.upos != "VERB" && t.upos != "ADJ") continue;
      // (the word must be followed by what a participle takes, not close the phrase: "has
      // since 1999 cut stamp duty", not "has in 1999 [cut] costs" read otherwise)
      if (v + 1 < sentence.size() && sentence[v + 1].upos == "VERB") continue;
      t.upos = "VERB";
      make_past_participle(t);
      return true;
    }
  }
  return false;
}

int give_split_perfects_their_participles(std::span<Token> sentence) {
  constexpr int kMaxPhrase = 4;
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int h = 0; h + 3 < n; ++h) {
    Token& have = sentence[static_cast<std::size_t>(h)];
    if (!form_of_have(have) || have.upos != "VERB" || !opens_time_phrase(sentence[static_cast<std::size_t>(h + 1)])) continue;
    // the participle right after the phrase, hung as a modifier on the noun after it
    int v = h + 3;
    while (v < n && v <= h + 2 + kMaxPhrase && sentence[static_cast<std::size_t>(v)].xpos != "VBN") ++v;
    if (v >= n || v > h + 2 + kMaxPhrase) continue;
    Token& participle = sentence[static_cast<std::size_t>(v)];
    const int noun = participle.head;
    if (participle.deprel != "amod" || noun <= v || noun >= n) continue;
    const bool phrase_on_noun = std::all_of(sentence.begin() + h + 1, sentence.begin() + v, [&](const Token& t) {
      return t.head == noun || (t.head > h && t.head < v);
    });
    if (!phrase_on_noun) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    // the participle takes the verb's place, and its dependents
    participle.head = have.head;
    participle.deprel = have.deprel;
    for (auto& t : sentence)
      if (t.head == h) t.head = v;
    have.head = v;
    have.deprel = "aux";
    Token& object = sentence[static_cast<std::size_t>(noun)];
    object.head = v;
    object.deprel = "obj";
    // the time phrase: its last word the participle's oblique, the others on that word
    const int last = v - 1;
    for (int k = h + 1; k < last; ++k) {
      Token& t = sentence[static_cast<std::size_t>(k)];
      t.head = last;
      if (k == h + 1) t.deprel = "case";
    }
    sentence[static_cast<std::size_t>(last)].head = v;
    sentence[static_cast<std::size_t>(last)].deprel = "obl";
    if (kept_as_tree(sentence, before)) ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
