#include "core/syntax/headline_verbs.h"

#include <string>

#include "core/syntax/sentences.h"

namespace chronograph::core {
namespace {

bool nominal(const Token& t) { return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "ADJ" || t.upos == "NUM" || t.upos == "DET"; }

// The words before `plural` back to the headline's start or a word that opens a clause are all
// words of its noun phrase ("Ceasefire talks", "as envoys").
bool opens_clause_with_noun_phrase(std::span<const Token> sentence, std::size_t plural) {
  for (std::size_t k = plural; k-- > 0;) {
    if (is_subordinator(lowercase_ascii(sentence[k].text))) return true;
    if (!nominal(sentence[k])) return false;
  }
  return true;
}

// What may follow a headline's verb and not a noun's modifier.
bool ends_noun_phrase(std::span<const Token> sentence, std::size_t next) {
  if (next >= sentence.size()) return true;
  const std::string& upos = sentence[next].upos;
  return upos == "ADP" || upos == "PART" || upos == "ADV" || upos == "DET" || upos == "NUM" || upos == "PROPN" ||
         upos == "SCONJ" || upos == "PUNCT";
}

}  // namespace

bool present_verb_in_headline(std::span<Token> sentence, const WordClasses& classes) {
  if (!reads_as_headline(sentence)) return false;
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& word = sentence[k];
    if (word.xpos != "NN" || sentence[k - 1].xpos != "NNS" || !(classes.of(lowercase_ascii(word.text)) & WordClasses::Verb)) continue;
    if (!opens_clause_with_noun_phrase(sentence, k - 1) || !ends_noun_phrase(sentence, k + 1)) continue;
    word.upos = "VERB";
    word.xpos = "VBP";
    word.feats = "Mood=Ind|Tense=Pres|VerbForm=Fin";
    return true;
  }
  return false;
}

}  // namespace chronograph::core
