// The dependency parse of one sentence, addressed by document token index (Token::head is
// relative to the sentence). Cheap to make; every query scans at most the sentence.
//
//   const ParseView parse(tokens, sentence);
//   if (const auto subject = parse.child(verb, "nsubj")) ...
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/text/token.h"

namespace chronograph::core {

class ParseView {
 public:
  ParseView(const TokenizedText& tokens, const Sentence& sentence) : tokens_(tokens), sentence_(sentence) {}

  // False before the syntax stage ran (every head -1): callers fall back to word windows.
  bool parsed() const {
    if (sentence_.token_count < 2) return false;
    for (std::size_t i = begin(); i < end(); ++i)
      if (tokens_.tokens[i].head >= 0) return true;
    return false;
  }
  std::optional<std::size_t> head(std::size_t i) const {
    const int h = tokens_.tokens[i].head;
    if (h < 0) return std::nullopt;
    const std::size_t at = begin() + static_cast<std::size_t>(h);
    if (at == i || at >= end()) return std::nullopt;
    return at;
  }
  std::string_view relation(std::size_t i) const { return tokens_.tokens[i].deprel; }
  // "nsubj" matches "nsubj" and "nsubj:pass".
  bool relation_is(std::size_t i, std::string_view kind) const {
    const std::string_view rel = relation(i);
    return rel == kind || (rel.size() > kind.size() && rel.substr(0, kind.size()) == kind && rel[kind.size()] == ':');
  }
  std::vector<std::size_t> children(std::size_t i) const {
    std::vector<std::size_t> out;
    for (std::size_t c = begin(); c < end(); ++c)
      if (c != i && head(c) == i) out.push_back(c);
    return out;
  }
  // The first child of `i` in relation `kind` (subtypes included).
  std::optional<std::size_t> child(std::size_t i, std::string_view kind) const {
    for (std::size_t c = begin(); c < end(); ++c)
      if (c != i && head(c) == i && relation_is(c, kind)) return c;
    return std::nullopt;
  }
  // Whether `i` lies in the phrase of `ancestor` (itself included) with no verb between them:
  // "Tessin" in "a ceasefire between Kaldor and Tessin", not "half" in "the finding that the
  // Russians will use troops and half of them".
  bool within_phrase(std::size_t i, std::size_t ancestor) const {
    for (std::size_t steps = 0; steps <= sentence_.token_count; ++steps) {
      if (i == ancestor) return true;
      const auto up = head(i);
      if (!up || (*up != ancestor && tokens_.tokens[*up].upos == "VERB")) return false;
      i = *up;
    }
    return false;
  }
  std::size_t begin() const { return sentence_.first_token; }
  std::size_t end() const { return sentence_.first_token + sentence_.token_count; }

 private:
  const TokenizedText& tokens_;
  const Sentence& sentence_;
};

}  // namespace chronograph::core
