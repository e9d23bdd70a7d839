#include "core/syntax/count_opening_verbs.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

// "One", "two", "most", "none": a word that counts part of a group named after its "of".
bool counts_a_part(const Token& t) {
  static const std::set<std::string, std::less<>> kParts = {"one", "some", "most", "many", "none", "several",
                                                            "each", "all",  "both", "half", "few"};
  return t.upos == "NUM" || kParts.contains(lowercase_ascii(t.text));
}

// Whether a token belongs to the noun phrase of the group: "its four cameras", "the city's
// two hospitals".
bool in_group_phrase(const Token& t) {
  static constexpr std::string_view kTags[] = {"DET", "ADJ", "NUM", "NOUN", "PROPN"};
  return std::find(std::begin(kTags), std::end(kTags), t.upos) != std::end(kTags) || t.xpos == "PRP$" || t.xpos == "POS";
}

}  // namespace

bool past_verb_after_opening_count(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  if (sentence.size() < 4 || !counts_a_part(sentence[0]) || lowercase_ascii(sentence[1].text) != "of") return false;
  if (sentence[0].head >= 0) return false;  // (the count is the root: the parse found no verb)
  std::size_t v = 2;
  while (v < sentence.size() && in_group_phrase(sentence[v])) ++v;
  if (v == 2 || v >= sentence.size()) return false;
  Token& t = sentence[v];
  const Token& noun = sentence[v - 1];
  if (t.xpos != "VBN" || (noun.upos != "NOUN" && noun.upos != "PROPN") || !past_form(lowercase_ascii(t.text))) return false;
  // (no finite verb of its own before the next comma: "Two of the crew injured in the crash are
  // in hospital" has one)
  for (std::size_t k = v + 1; k < sentence.size() && sentence[k].text != ","; ++k)
    if (finite_tag(sentence[k].xpos)) return false;
  t.upos = "VERB";
  make_past_tense(t);
  return true;
}

}  // namespace chronograph::core
