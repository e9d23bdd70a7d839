#include "core/syntax/amounts.h"

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

}  // namespace chronograph::core
