#include "core/events/comparison_standard.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "core/events/parse_view.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

// Verbs that set what was expected, planned or feared ("than expected", "as planned"); their
// participles are data/timex/lexicon.txt's STANDARDCUE, which keeps them from cueing the tense.
bool sets_a_standard(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"expect",  "plan",    "schedule", "forecast", "anticipate", "predict",
                                                "project", "estimate", "fear",    "hope",     "think",      "believe",
                                                "assume",  "budget",  "intend",   "promise",  "target",     "guide",
                                                "envisage", "foresee"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lemma) != std::end(kVerbs);
}

// A word between "than"/"as" and the verb that leaves the verb the comparison's: its subject's
// words ("analysts", "the company", "many", "anyone in Washington") and auxiliaries ("had", "was").
bool subject_or_auxiliary(const Token& t) {
  return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON" || t.upos == "DET" || t.upos == "ADJ" ||
         t.upos == "AUX" || t.upos == "NUM" || t.xpos == "POS" || t.upos == "ADV" || t.upos == "ADP";
}

// Whether the verb has a complement of its own ("as investors expected a rate cut", "as traders
// hoped for a rate cut"): then it is no standard but a clause.
bool has_complement(const ParseView& parse, const TokenizedText& tokens, std::size_t verb) {
  for (const std::size_t c : parse.children(verb)) {
    const std::string_view rel = parse.relation(c);
    if (rel == "obj" || rel == "ccomp" || rel == "xcomp") return true;
    const auto marker = parse.relation_is(c, "obl") ? parse.child(c, "case") : std::nullopt;
    const std::string word = marker ? lowercase_ascii(tokens.tokens[*marker].text) : std::string();
    if (word == "for" || word == "of" || word == "about" || word == "on") return true;
  }
  return false;
}

}  // namespace

std::optional<std::size_t> compared_verb(const TokenizedText& tokens, std::size_t verb) {
  const Sentence* sentence = sentence_containing(tokens, verb);
  const Token& v = tokens.tokens[verb];
  if (!sentence || v.upos != "VERB" || !sets_a_standard(v.lemma)) return std::nullopt;
  if (has_complement(ParseView(tokens, *sentence), tokens, verb)) return std::nullopt;
  // back over the verb's subject and auxiliaries (at most five words) to "than" or "as"
  std::size_t k = verb;
  for (int words = 0; k > sentence->first_token && words <= 5; ++words) {
    const Token& before = tokens.tokens[--k];
    const std::string word = lowercase_ascii(before.text);
    if (word == "than" || word == "as") break;
    if (!subject_or_auxiliary(before)) return std::nullopt;
  }
  const std::string marker = lowercase_ascii(tokens.tokens[k].text);
  if (marker != "than" && marker != "as") return std::nullopt;
  if (marker == "as" && k > sentence->first_token && lowercase_ascii(tokens.tokens[k - 1].text) == "such") return std::nullopt;
  for (std::size_t b = k; b-- > sentence->first_token;)
    if (tokens.tokens[b].upos == "VERB") return b;
  // "As expected, the bank raised rates": the comparison opens the sentence
  for (std::size_t a = verb + 1; a < sentence->first_token + sentence->token_count; ++a)
    if (tokens.tokens[a].upos == "VERB") return a;
  return std::nullopt;
}

}  // namespace chronograph::core
