#include "core/syntax/amounts.h"

#include <string>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

// By its tag, or by its sign: "€" and "¥" are rare in the treebank and often tagged as nouns.
bool currency_symbol(const Token& t) {
  return (t.upos == "SYM" && t.xpos == "$") || t.text == "$" || t.text == "\xE2\x82\xAC" || t.text == "\xC2\xA3" ||
         t.text == "\xC2\xA5";  // € £ ¥
}

}  // namespace

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
