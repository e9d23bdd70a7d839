#include "core/syntax/present_after_subject_noun.h"

#include <algorithm>
#include <cctype>

#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"
#include "core/syntax/tagger_repairs.h"

namespace chronograph::core {

namespace {

// "on Monday", "tomorrow", "next week": what may follow a verb with no object.
bool opens_adjunct(const Token& t) {
  const std::string lower = lowercase_ascii(t.text);
  return t.upos == "ADP" || is_day_word(lower) || lower == "next" || lower == "this" || lower == "later";
}

// The word before the plural noun, read as its subject: a singular common noun, or the
// sentence's capitalised first word read as a verb that the treebank shows as a noun.
bool subject_noun(std::span<const Token> sentence, std::size_t k, const WordClasses& classes,
                  const std::function<bool(const std::string&, std::string_view)>& seen_as) {
  const Token& t = sentence[k];
  if (t.xpos == "NN" && t.upos == "NOUN") return true;
  const std::string lower = lowercase_ascii(t.text);
  const bool initial = k == 0 && std::isupper(static_cast<unsigned char>(t.text[0]));
  return initial && (t.xpos == "VB" || t.xpos == "VBG") && (classes.of(lower) & WordClasses::Noun) && seen_as(lower, "NN");
}

// No finite verb before token `k`, and none after it before a comma or a word that opens a
// clause: the phrase ending at `k` is the subject of no verb.
bool subject_of_no_verb(std::span<const Token> sentence, std::size_t k) {
  if (std::any_of(sentence.begin(), sentence.begin() + static_cast<std::ptrdiff_t>(k), [](const Token& t) { return finite_tag(t.xpos); }))
    return false;
  for (std::size_t j = k + 1; j < sentence.size(); ++j) {
    const std::string lower = lowercase_ascii(sentence[j].text);
    if (sentence[j].text == "," || is_subordinator(lower) || lower == "who" || lower == "which" || lower == "that") return true;
    if (finite_tag(sentence[j].xpos)) return false;
  }
  return true;
}

// The parser made token `k` a subject of a verb before it that has a subject of its own (or of
// a punctuation mark hung on that verb, which lift_words_off_punctuation moves to the verb).
bool second_subject_of_earlier_verb(std::span<const Token> sentence, std::size_t k) {
  const Token& t = sentence[k];
  if (!t.deprel.starts_with("nsubj") || t.head < 0) return false;
  int verb = t.head;
  if (sentence[static_cast<std::size_t>(verb)].upos == "PUNCT") verb = sentence[static_cast<std::size_t>(verb)].head;
  if (verb < 0 || verb >= static_cast<int>(k)) return false;
  return has_child(sentence, verb, [&](const Token& d) { return &d != &t && d.deprel.starts_with("nsubj"); });
}

// The nearest finite verb before token `k` is a form of "say", with none after `k` before a
// comma or a clause's opener: the clause it reports has no verb ("said training [resumes] next
// week", parsed with "resumes" the object of "said" or a modifier of "week").
bool reported_clause_without_verb(std::span<const Token> sentence, std::size_t k) {
  for (std::size_t j = k; j-- > 0;) {
    if (!finite_tag(sentence[j].xpos)) continue;
    return sentence[j].lemma == "say" && subject_of_no_verb(sentence.subspan(j + 1), k - j - 1);
  }
  return false;
}

// The noun phrase ending at token `noun` opens a clause: the sentence's start, a comma, a word
// that opens a clause ("that", "when", ...) or a verb of saying comes right before it; not a
// conjunction, preposition or verb whose object it may be ("selling copiers and facsimile
// [machines] in Europe").
bool opens_a_clause(std::span<const Token> sentence, std::size_t noun) {
  std::size_t k = noun;
  while (k > 0) {
    const std::string& tag = sentence[k - 1].xpos;
    if (!(tag.starts_with("NN") || tag.starts_with("JJ") || tag == "DT" || tag == "PRP$" || tag == "CD" || tag == "POS")) break;
    --k;
  }
  if (k == 0) return true;
  const Token& before = sentence[k - 1];
  const std::string lower = lowercase_ascii(before.text);
  return before.text == "," || lower == "that" || is_subordinator(lower) || before.lemma == "say";
}

}  // namespace

bool present_verb_after_subject_noun(std::span<Token> sentence, const WordClasses& classes,
                                     const std::function<bool(const std::string&, std::string_view)>& seen_as) {
  if (sentence.size() < 3 || !ends_with_full_stop(sentence)) return false;
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& verb = sentence[k];
    const std::string lower = lowercase_ascii(verb.text);
    if (verb.xpos != "NNS" || !lower.ends_with('s') || !(classes.of(lower) & WordClasses::PresentVerb3)) continue;
    if (!subject_noun(sentence, k - 1, classes, seen_as) || !opens_adjunct(sentence[k + 1]) || !opens_a_clause(sentence, k - 1)) continue;
    if (!subject_of_no_verb(sentence, k) && !second_subject_of_earlier_verb(sentence, k) && !reported_clause_without_verb(sentence, k)) continue;
    make_present_tense(verb, true);
    if (sentence[k - 1].upos != "NOUN") make_noun(sentence[k - 1], false);
    return true;
  }
  return false;
}

}  // namespace chronograph::core
