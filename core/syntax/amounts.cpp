#include "core/syntax/amounts.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

// By its tag, or by its sign: "€" and "¥" are rare in the treebank and often tagged as nouns.
bool currency_symbol(const Token& t) {
  return (t.upos == "SYM" && t.xpos == "$") || t.text == "$" || t.text == "\xE2\x82\xAC" || t.text == "\xC2\xA3" ||
         t.text == "\xC2\xA5";  // € £ ¥
}

// "m", "bn", "million": a word that scales the number before it in an amount.
bool scale_word(std::string_view lower) {
  static constexpr std::string_view kScales[] = {"k", "m", "mn", "mln", "bn", "b", "tn", "trn", "thousand", "million", "billion", "trillion"};
  return std::find(std::begin(kScales), std::end(kScales), lower) != std::end(kScales);
}

bool number_token(const Token& t) {
  return !t.text.empty() && std::isdigit(static_cast<unsigned char>(t.text[0])) &&
         std::all_of(t.text.begin(), t.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ','; });
}

bool retag(Token& t, std::string_view upos, std::string_view xpos, std::string_view feats) {
  if (t.upos == upos && t.xpos == xpos) return false;
  t.upos = upos;
  t.xpos = xpos;
  t.feats = feats;
  return true;
}

}  // namespace

bool amount_tags_from_currency_signs(std::span<Token> sentence) {
  bool changed = false;
  for (std::size_t s = 0; s + 1 < sentence.size(); ++s) {
    if (!currency_symbol(sentence[s]) || !number_token(sentence[s + 1])) continue;
    // (a sign read as a symbol or a noun the parser hangs in the amount's phrase: "a €5m fine")
    const std::string& read_as = sentence[s].upos;
    if (read_as != "SYM" && read_as != "NOUN" && read_as != "PROPN") changed = retag(sentence[s], "SYM", "$", "_") | changed;
    changed = retag(sentence[s + 1], "NUM", "CD", "NumForm=Digit|NumType=Card") | changed;
    if (s + 2 < sentence.size() && scale_word(lowercase_ascii(sentence[s + 2].text)))
      changed = retag(sentence[s + 2], "NUM", "CD", "NumForm=Word|NumType=Card") | changed;
  }
  return changed;
}

int subject_from_root_amount(std::span<Token> sentence) {
  const int sign = root_of(sentence);
  if (sign < 0 || !currency_symbol(sentence[static_cast<std::size_t>(sign)])) return 0;
  // (the amount opens the sentence: the words before the sign are its own, "About $518 million")
  for (int k = 0; k < sign; ++k)
    if (sentence[static_cast<std::size_t>(k)].head != sign) return 0;
  const int n = static_cast<int>(sentence.size());
  int verb = sign + 1;
  while (verb < n && !(sentence[static_cast<std::size_t>(verb)].head == sign && sentence[static_cast<std::size_t>(verb)].upos == "VERB")) ++verb;
  if (verb == n || has_child(sentence, verb, [](const Token& t) { return t.deprel.starts_with("nsubj"); })) return 0;
  // (a finite verb, or one with an auxiliary: "About $60 million streamed out, [double] the level"
  // is no clause of the amount's)
  const bool finite = finite_tag(sentence[static_cast<std::size_t>(verb)].xpos) ||
                      has_child(sentence, verb, [](const Token& t) { return t.deprel.starts_with("aux"); });
  if (!finite) return 0;
  const bool passive = has_child(sentence, verb, [](const Token& t) { return t.deprel == "aux:pass"; });
  for (int k = verb + 1; k < n; ++k)
    if (sentence[static_cast<std::size_t>(k)].head == sign) sentence[static_cast<std::size_t>(k)].head = verb;
  Token& predicate = sentence[static_cast<std::size_t>(verb)];
  predicate.head = -1;
  predicate.deprel = "root";
  Token& subject = sentence[static_cast<std::size_t>(sign)];
  subject.head = verb;
  subject.deprel = passive ? "nsubj:pass" : "nsubj";
  return 1;
}

int give_amounts_their_nouns(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int s = 0; s + 2 < n; ++s) {
    Token& symbol = sentence[static_cast<std::size_t>(s)];
    if (!currency_symbol(symbol)) continue;
    int noun = s + 1;
    while (noun < n && sentence[static_cast<std::size_t>(noun)].upos == "NUM") ++noun;
    if (noun == s + 1 || noun >= n) continue;
    // ("$10 and $8 payments", "a $3 to $5,000 range": the later of two amounts, which share the noun)
    const bool second = has_child(sentence, s, [](const Token& t) { return t.deprel == "cc" || t.deprel == "case"; });
    if (symbol.deprel == "conj" || second) continue;
    Token& thing = sentence[static_cast<std::size_t>(noun)];
    // ("a $5 million budget deficit": the amount is the whole compound's, which the parser got;
    // "lost $2 billion today": a time, no thing)
    const bool time = thing.deprel.starts_with("obl:");
    if (thing.upos != "NOUN" || thing.deprel == "compound" || time) continue;
    if (symbol.head == noun || symbol.head < 0 || is_ancestor(sentence, noun, symbol.head)) continue;
    thing.head = symbol.head;
    thing.deprel = symbol.deprel;
    symbol.head = noun;
    symbol.deprel = "compound";
    symbol.upos = "SYM";
    symbol.xpos = "$";
    for (int k = 0; k < s; ++k) {
      Token& before = sentence[static_cast<std::size_t>(k)];
      const bool modifier = before.deprel == "det" || before.deprel == "amod" || before.deprel == "nmod:poss";
      if (before.head == s && modifier) before.head = noun;
    }
    ++moved;
  }
  return moved;
}

namespace {

// "2,100", "forty": a number that counts more than one.
bool counts_several(const Token& t) {
  if (t.upos != "NUM") return false;
  const std::string w = lowercase_ascii(t.text);
  return w != "one" && w != "1";
}

}  // namespace

int give_counts_their_plural_nouns(std::span<Token> sentence) {
  int moved = 0;
  const int n = static_cast<int>(sentence.size());
  for (int s = 0; s + 2 < n; ++s) {
    Token& single = sentence[static_cast<std::size_t>(s)];
    if (single.xpos != "NN") continue;
    int count = -1;
    for (int k = 0; k < s; ++k)
      if (sentence[static_cast<std::size_t>(k)].head == s && sentence[static_cast<std::size_t>(k)].deprel == "nummod") count = k;
    if (count < 0 || !counts_several(sentence[static_cast<std::size_t>(count)])) continue;
    const std::string joiner = lowercase_ascii(sentence[static_cast<std::size_t>(s + 1)].text);
    if (joiner != "and" && joiner != "or") continue;
    int plural = -1;
    for (int k = s + 2; k < n && k < s + 6; ++k) {
      const Token& t = sentence[static_cast<std::size_t>(k)];
      if (t.head == s && t.deprel == "conj") plural = k;
    }
    if (plural < 0 || sentence[static_cast<std::size_t>(plural)].xpos != "NNS") continue;
    const bool own_determiner = has_child(sentence, plural, [](const Token& t) { return t.deprel == "det" || t.deprel == "nummod"; });
    if (own_determiner) continue;
    Token& noun = sentence[static_cast<std::size_t>(plural)];
    noun.head = single.head;
    noun.deprel = single.deprel;
    for (int k = 0; k < s; ++k)
      if (sentence[static_cast<std::size_t>(k)].head == s) sentence[static_cast<std::size_t>(k)].head = plural;
    sentence[static_cast<std::size_t>(s + 1)].head = s;  // "bus and light-rail": the "and" joins the modifiers
    for (int k = 0; k < n; ++k)
      if (k != s + 1 && k != plural && sentence[static_cast<std::size_t>(k)].head == s && k > s) sentence[static_cast<std::size_t>(k)].head = plural;
    single.head = plural;
    single.deprel = "compound";
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
