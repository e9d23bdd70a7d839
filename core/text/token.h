// Tokens and sentences keep their byte spans into the document text. `text` is the token
// as written; `norm` is the form the models see (curly quotes straightened, NBSP removed,
// "’s" -> "'s"), so training data and news text look alike to them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/text/span.h"

namespace chronograph::core {

struct Token {
  Span span;
  std::string text;  // exactly the bytes of span
  std::string norm;  // normalised form for models and rules
  // True when this token and the next one were written as one word and split into
  // syntactic words ("don't" -> "do" "n't", "cannot" -> "can" "not", "parents'" ->
  // "parents" "'"): together they are one CoNLL-U multi-word (surface) token.
  bool fused_with_next = false;
  // Filled by the morphosyntax stage (core/syntax); empty / -1 before it runs.
  std::string upos, xpos, lemma, feats;
  int head = -1;       // index of the head token within the sentence, -1 for the root
  std::string deprel;  // UD relation to the head
};

struct Sentence {
  Span span;                 // from the first token's begin to the last token's end
  std::size_t first_token = 0;  // index into the document's tokens
  std::size_t token_count = 0;
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// The sentence that holds token `token`, or nullptr (sentences are in token order).
inline const Sentence* sentence_containing(const TokenizedText& text, std::size_t token) {
  const auto after = std::upper_bound(text.sentences.begin(), text.sentences.end(), token,
                                      [](std::size_t t, const Sentence& sentence) { return t < sentence.first_token; });
  if (after == text.sentences.begin()) return nullptr;
  const Sentence& sentence = *std::prev(after);
  return token < sentence.first_token + sentence.token_count ? &sentence : nullptr;
}

// The tagged token that starts at byte `byte`; nullptr where no token starts there or the
// tagger did not run.
inline const Token* tagged_token_at(const TokenizedText& text, std::size_t byte) {
  const auto it = std::lower_bound(text.tokens.begin(), text.tokens.end(), byte,
                                   [](const Token& t, std::size_t b) { return t.span.begin < b; });
  if (it == text.tokens.end() || it->span.begin != byte || it->xpos.empty()) return nullptr;
  return &*it;
}

}  // namespace chronograph::core
