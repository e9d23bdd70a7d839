#include "core/syntax/gerund_subjects.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {
namespace {

// Verbs whose gerund takes a participle or adjective as its complement ("getting married").
bool links_to_a_state(std::string_view lemma) {
  static constexpr std::string_view kLinking[] = {"be",   "have", "get",  "become", "seem", "feel", "look", "appear",
                                                  "remain", "stay", "go", "turn",   "grow", "keep", "come", "prove"};
  return std::find(std::begin(kLinking), std::end(kLinking), lemma) != std::end(kLinking);
}

// The word at `k` reads as a past tense: a past form, or an adjective WordNet knows as one.
bool past_form_at(std::span<const Token> sentence, std::size_t k, const WordClasses& classes) {
  if (k >= sentence.size()) return false;
  const Token& t = sentence[k];
  return t.xpos == "VBD" || t.xpos == "VBN" || (t.xpos == "JJ" && (classes.of(lowercase_ascii(t.text)) & WordClasses::PastVerb));
}

// No noun phrase follows the past form at `k`: it is no adjective of one ("injured soldiers").
bool nothing_nominal_after(std::span<const Token> sentence, std::size_t k) {
  if (k + 1 >= sentence.size()) return true;
  const std::string& next = sentence[k + 1].upos;
  return next != "NOUN" && next != "PROPN" && next != "ADJ" && next != "DET" && next != "NUM" && next != "PRON";
}

// The word at `k` opens a sentence or follows a word that opens a clause.
bool opens_clause_at(std::span<const Token> sentence, int k) {
  return k == 0 || is_subordinator(lowercase_ascii(sentence[static_cast<std::size_t>(k - 1)].text));
}

bool gerund_subject_at(std::span<const Token> sentence, int g, const WordClasses& classes) {
  const Token& t = sentence[static_cast<std::size_t>(g)];
  if (t.xpos != "VBG" || links_to_a_state(t.lemma)) return false;
  if (!opens_clause_at(sentence, g)) return false;
  if (!(classes.of(lowercase_ascii(t.text)) & WordClasses::Noun)) return false;
  // (an adverb the parser made its object is none: "after shelling intensified overnight")
  const auto own = [](const Token& d) {
    const bool object = d.deprel == "obj" && d.upos != "ADV";
    return object || d.deprel.starts_with("aux") || d.deprel.starts_with("nsubj");
  };
  if (has_child(sentence, g, own)) return false;
  // (a past tense the tagger saw is finite, and may take an object: "Flooding destroyed 200
  // homes"; a participle with an agent modifies the noun: "Funding approved by Congress")
  const auto next = static_cast<std::size_t>(g + 1);
  const bool agent = next + 1 < sentence.size() && lowercase_ascii(sentence[next + 1].text) == "by";
  return past_form_at(sentence, next, classes) && !agent && (sentence[next].xpos == "VBD" || nothing_nominal_after(sentence, next));
}

}  // namespace

bool noun_from_gerund_before_past_verb(std::span<Token> sentence, const WordClasses& classes) {
  for (int g = 0; g + 1 < static_cast<int>(sentence.size()); ++g) {
    if (!gerund_subject_at(sentence, g, classes)) continue;
    Token& gerund = sentence[static_cast<std::size_t>(g)];
    make_noun(gerund, false);
    gerund.lemma = lowercase_ascii(gerund.text);
    Token& verb = sentence[static_cast<std::size_t>(g + 1)];
    verb.upos = "VERB";
    make_past_tense(verb);
    return true;
  }
  return false;
}

namespace {

// A noun in -ing ("trading") that opens a clause right before a verb in a past form.
bool gerund_noun_before_past_verb(std::span<const Token> sentence, int n) {
  const Token& noun = sentence[static_cast<std::size_t>(n)];
  if (noun.upos != "NOUN" || !lowercase_ascii(noun.text).ends_with("ing") || !opens_clause_at(sentence, n)) return false;
  const Token& verb = sentence[static_cast<std::size_t>(n + 1)];
  if (verb.upos != "VERB" || (verb.xpos != "VBD" && verb.xpos != "VBN")) return false;
  // ("Funding approved by Congress will go to schools": a participle on a noun that is another
  // verb's subject, or one with an agent, modifies it)
  const bool reduced_relative = verb.head == n && verb.deprel == "acl" && noun.deprel.starts_with("nsubj");
  if (reduced_relative || has_child(sentence, n + 1, [](const Token& d) { return d.deprel == "obl:agent"; })) return false;
  const auto other_subject = [&](const Token& d) { return d.deprel.starts_with("aux") || (d.deprel.starts_with("nsubj") && &d != &noun); };
  return !has_child(sentence, n + 1, other_subject);
}

// "stalled after shelling intensified": a clause that a word of time or cause opens is no
// complement ("ccomp"), as the parser may read it, but an adverbial clause.
int adverbial_from_complement(std::span<Token> sentence, int n) {
  Token& verb = sentence[static_cast<std::size_t>(n + 1)];
  const std::string opener = n > 0 ? lowercase_ascii(sentence[static_cast<std::size_t>(n - 1)].text) : "";
  if (verb.deprel != "ccomp" || opener.empty() || opener == "if" || opener == "where") return 0;
  verb.deprel = "advcl";
  return 1;
}

}  // namespace

int subject_from_gerund_noun(std::span<Token> sentence) {
  int repaired = 0;
  for (int n = 0; n + 1 < static_cast<int>(sentence.size()); ++n) {
    if (!gerund_noun_before_past_verb(sentence, n)) continue;
    Token& noun = sentence[static_cast<std::size_t>(n)];
    Token& verb = sentence[static_cast<std::size_t>(n + 1)];
    if (noun.head == n + 1 && noun.deprel == "nsubj") {
      repaired += adverbial_from_complement(sentence, n);
      continue;
    }
    const std::vector<Token> before(sentence.begin(), sentence.end());
    if (noun.head != n + 1) {  // the verb takes the noun's place in the sentence
      verb.head = noun.head;
      verb.deprel = noun.deprel == "root" || noun.head < 0 ? "root" : "advcl";
      if (n > 0) {  // the word that opens the clause ("when", "after") opens the verb's
        Token& opener = sentence[static_cast<std::size_t>(n - 1)];
        opener.head = n + 1;
        opener.deprel = opener.xpos == "WRB" ? "advmod" : "mark";
      }
    }
    noun.head = n + 1;
    noun.deprel = "nsubj";
    make_past_tense(verb);
    if (!kept_as_tree(sentence, before)) continue;
    ++repaired;
  }
  return repaired;
}

}  // namespace chronograph::core
