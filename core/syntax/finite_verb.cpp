#include "core/syntax/finite_verb.h"

#include <algorithm>

namespace chronograph::core {

namespace {

bool finite(const Token& t) { return t.xpos == "VBZ" || t.xpos == "VBP" || t.xpos == "VBD" || t.xpos == "MD"; }

bool ends_with_full_stop(std::span<const Token> sentence) {
  return !sentence.empty() && (sentence.back().text == "." || sentence.back().text == "!");
}

bool has_auxiliary(std::span<const Token> sentence, int verb) {
  return std::any_of(sentence.begin(), sentence.end(), [verb](const Token& t) {
    return t.head == verb && (t.deprel == "aux" || t.deprel == "aux:pass" || t.deprel == "cop");
  });
}

}  // namespace

bool finite_verb_from_participle(std::span<Token> sentence) {
  if (!ends_with_full_stop(sentence) || std::any_of(sentence.begin(), sentence.end(), finite)) return false;
  const auto root = std::find_if(sentence.begin(), sentence.end(), [](const Token& t) { return t.head < 0; });
  if (root == sentence.end() || (root->upos != "NOUN" && root->upos != "PROPN" && root->upos != "PRON" && root->upos != "NUM"))
    return false;
  const int r = static_cast<int>(root - sentence.begin());
  // The root noun or the noun of its "of" phrase ("Thousands of protesters [marched]").
  const auto on_subject = [&](int head) {
    return head == r || (head > r && sentence[static_cast<std::size_t>(head)].head == r &&
                         sentence[static_cast<std::size_t>(head)].deprel == "nmod");
  };
  for (int v = r + 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (t.xpos != "VBN" || !on_subject(t.head) || t.deprel != "acl" || has_auxiliary(sentence, v)) continue;
    t.xpos = "VBD";
    t.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
    return true;
  }
  return false;
}

}  // namespace chronograph::core
