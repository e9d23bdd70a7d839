#include "core/syntax/finite_verb.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "core/syntax/penn_tags.h"

namespace chronograph::core {

namespace {

bool finite(const Token& t) { return finite_tag(t.xpos); }

bool ends_with_full_stop(std::span<const Token> sentence) {
  return !sentence.empty() && (sentence.back().text == "." || sentence.back().text == "!");
}

bool has_dependent(std::span<const Token> sentence, int verb, std::initializer_list<std::string_view> relations) {
  return std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) {
    return t.head == verb && std::find(relations.begin(), relations.end(), t.deprel) != relations.end();
  });
}

// A main verb in the past says what happened to something or where: it has an object or an
// oblique, no auxiliary of its own, and no infinitive ("Leaders expected to agree deal." is a
// caption's participle).
bool reads_as_main_verb(std::span<const Token> sentence, int verb) {
  return has_dependent(sentence, verb, {"obj", "obl"}) && !has_dependent(sentence, verb, {"aux", "aux:pass", "cop", "xcomp"});
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
    if (t.xpos != "VBN" || !on_subject(t.head) || t.deprel != "acl" || !reads_as_main_verb(sentence, v)) continue;
    t.xpos = "VBD";
    t.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
    return true;
  }
  return false;
}

}  // namespace chronograph::core
