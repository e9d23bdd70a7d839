#include "core/syntax/headline_verbs.h"

#include <algorithm>
#include <string>

#include "core/syntax/penn_tags.h"
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

// "rises to 12", "falls 3%", "tops $100": a word followed by an amount, through at most one
// of the words that lead to one.
bool before_amount(std::span<const Token> sentence, std::size_t next) {
  if (next < sentence.size()) {
    const std::string w = lowercase_ascii(sentence[next].text);
    if (w == "to" || w == "by" || w == "above" || w == "below" || w == "past" || w == "over") ++next;
  }
  return next < sentence.size() && (sentence[next].upos == "NUM" || sentence[next].upos == "SYM");
}

// The plural noun right after a singular one, before an amount, that WordNet knows as a verb's
// third person: the verb of a headline's subject ("Death toll from quake [rises] to 12").
bool third_person_before_amount(std::span<const Token> sentence, std::size_t k, const WordClasses& classes) {
  const Token& word = sentence[k];
  const std::string& before = sentence[k - 1].xpos;
  if (word.xpos != "NNS" || (before != "NN" && before != "NNP") || !before_amount(sentence, k + 1)) return false;
  return (classes.of(lowercase_ascii(word.text)) & WordClasses::PresentVerb3) != 0;
}

// A finite verb after `k` in its clause (up to a word that opens another): the clause has its
// verb, and the noun at `k` is a noun ("Human rights group in Doha condemns arrests").
bool finite_verb_later_in_clause(std::span<const Token> sentence, std::size_t k) {
  for (std::size_t j = k + 1; j < sentence.size() && !is_subordinator(lowercase_ascii(sentence[j].text)); ++j)
    if (finite_tag(sentence[j].xpos)) return true;
  return false;
}

// The singular noun right after a plural one, before what ends a noun phrase, that WordNet
// knows as a verb: the present tense of the clause the plural opens ("Ceasefire talks [resume]"),
// when that clause has no verb later.
bool plural_subjects_verb(std::span<const Token> sentence, std::size_t k, const WordClasses& classes) {
  const Token& word = sentence[k];
  if (word.xpos != "NN" || sentence[k - 1].xpos != "NNS" || !(classes.of(lowercase_ascii(word.text)) & WordClasses::Verb)) return false;
  return opens_clause_with_noun_phrase(sentence, k - 1) && ends_noun_phrase(sentence, k + 1) &&
         !finite_verb_later_in_clause(sentence, k);
}

// The verb of a plural subject right after it ("stocks [rally]", "markets [fall] on news"): a
// verb's base form, or a singular noun WordNet knows as one before what ends a noun phrase.
bool verb_of_plural(std::span<const Token> sentence, std::size_t next, const WordClasses& classes) {
  if (next >= sentence.size()) return false;
  const Token& word = sentence[next];
  if (word.xpos == "VB" || word.xpos == "VBP") return true;
  return word.xpos == "NN" && (classes.of(lowercase_ascii(word.text)) & WordClasses::Verb) && ends_noun_phrase(sentence, next + 1);
}

// A headline strings a subject's verbs with commas, not "and": "Central bank holds rates,
// [signals] cuts could begin", "Airline cuts routes, [warns] of losses". A plural noun right
// after a comma that WordNet knows as a verb's third person is the subject's second verb when
// the clause before the comma has a verb in that same form, and no verb of its own follows it
// ("Fed raises rates, stocks rally": "stocks" is the subject of "rally").
bool second_verb_after_comma(std::span<const Token> sentence, std::size_t k, const WordClasses& classes) {
  const Token& word = sentence[k];
  if (word.xpos != "NNS" || k < 2 || sentence[k - 1].text != "," || !(classes.of(lowercase_ascii(word.text)) & WordClasses::PresentVerb3))
    return false;
  const bool first_verb = std::any_of(sentence.begin(), sentence.begin() + static_cast<std::ptrdiff_t>(k - 1),
                                      [](const Token& t) { return t.xpos == "VBZ"; });
  return first_verb && k + 1 < sentence.size() && !verb_of_plural(sentence, k + 1, classes);
}

// "Brookhaven [Lifts] Boil-Water Order", "Northline Rail [Cancels] 900 Trains": a plural noun
// or a name right after the name that opens the headline, before a number or a word joined by a
// hyphen to the next (a modifier of the noun after them), that WordNet knows as a verb's third
// person is the name's verb: the tagger reads a capitalised verb as one more word of the name,
// or takes the hyphenated word for the verb.
bool third_person_after_name(std::span<const Token> sentence, std::size_t k, const WordClasses& classes) {
  const Token& word = sentence[k];
  const bool noun_or_name = word.xpos == "NNS" || word.xpos == "NNP" || word.xpos == "NNPS";
  if (!noun_or_name || k + 2 >= sentence.size() || !(classes.of(lowercase_ascii(word.text)) & WordClasses::PresentVerb3))
    return false;
  const bool after_name = std::all_of(sentence.begin(), sentence.begin() + static_cast<std::ptrdiff_t>(k),
                                      [](const Token& t) { return t.upos == "PROPN"; });
  const Token &next = sentence[k + 1], &hyphen = sentence[k + 2];
  const bool hyphenated = hyphen.text == "-" && next.span.end == hyphen.span.begin;
  // (the counted noun right after the number may still be read as a verb: "900 [Trains]")
  return after_name && (hyphenated || next.upos == "NUM") && !finite_verb_later_in_clause(sentence, k + 2);
}

}  // namespace

bool present_verb_in_headline(std::span<Token> sentence, const WordClasses& classes) {
  if (!reads_as_headline(sentence)) return false;
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& word = sentence[k];
    const bool third_person = third_person_before_amount(sentence, k, classes) || second_verb_after_comma(sentence, k, classes) ||
                              third_person_after_name(sentence, k, classes);
    if (!third_person && !plural_subjects_verb(sentence, k, classes)) continue;
    make_present_tense(word, third_person);
    return true;
  }
  return false;
}

}  // namespace chronograph::core
