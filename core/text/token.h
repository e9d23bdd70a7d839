// Tokens and sentences keep their byte spans into the document text. `text` is the token
// as written; `norm` is the form the models see (curly quotes straightened, NBSP removed,
// "’s" -> "'s"), so training data and news text look alike to them.
#pragma once

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

}  // namespace chronograph::core
