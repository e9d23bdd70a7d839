// Helpers for the core/syntax tests: the staged models, loaded once, and sentences built
// from pre-tokenized text (tokens separated by single spaces).
#pragma once

#include <string>
#include <string_view>

#include "core/common/data_dir.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/token.h"

namespace chronograph::test {

inline const core::MorphoSyntax& models() {
  static const core::MorphoSyntax syntax = core::MorphoSyntax::load(DataDir::locate());
  return syntax;
}

// One sentence per string; the text holds the sentences one per line.
inline core::TokenizedText pretokenized(std::initializer_list<std::string_view> sentences,
                                        std::string* text_out = nullptr) {
  core::TokenizedText out;
  std::string text;
  for (const std::string_view sentence : sentences) {
    if (!text.empty()) text += '\n';
    core::Sentence s;
    s.first_token = out.tokens.size();
    std::size_t start = 0;
    while (start <= sentence.size()) {
      std::size_t end = sentence.find(' ', start);
      if (end == std::string_view::npos) end = sentence.size();
      if (end > start) {
        core::Token token;
        token.span = {text.size() + start, text.size() + end};
        token.text = std::string(sentence.substr(start, end - start));
        token.norm = token.text;
        out.tokens.push_back(std::move(token));
      }
      start = end + 1;
    }
    s.token_count = out.tokens.size() - s.first_token;
    if (s.token_count > 0) {
      s.span = {out.tokens[s.first_token].span.begin, out.tokens.back().span.end};
      out.sentences.push_back(s);
    }
    text += sentence;
  }
  if (text_out) *text_out = text;
  return out;
}

// One pre-tokenized sentence tagged and parsed by the staged models.
inline core::TokenizedText annotated(std::string_view sentence) {
  core::TokenizedText text = pretokenized({sentence});
  models().annotate(text);
  return text;
}

// The index of the first token spelled `form`, or -1.
inline int find(const core::TokenizedText& text, std::string_view form) {
  for (std::size_t i = 0; i < text.tokens.size(); ++i)
    if (text.tokens[i].text == form) return static_cast<int>(i);
  return -1;
}

// The text of the head of the first token spelled `form` ("ROOT" for the root; "(no token FORM)"
// when there is none, which no expected head matches).
inline std::string head_of(const core::TokenizedText& text, std::string_view form) {
  const int i = find(text, form);
  if (i < 0) return "(no token " + std::string(form) + ")";
  const int head = text.tokens[static_cast<std::size_t>(i)].head;
  return head < 0 ? "ROOT" : text.tokens[static_cast<std::size_t>(head)].text;
}

// The Penn tag of the first token spelled `form`; "(no token)" when there is none.
inline std::string tag_of(const core::TokenizedText& text, std::string_view form) {
  const int i = find(text, form);
  return i < 0 ? "(no token)" : text.tokens[static_cast<std::size_t>(i)].xpos;
}

// The relation to its head of the first token spelled `form`; "(no token)" when there is none.
inline std::string relation_of(const core::TokenizedText& text, std::string_view form) {
  const int i = find(text, form);
  return i < 0 ? "(no token)" : text.tokens[static_cast<std::size_t>(i)].deprel;
}

// The indices of the tokens whose head is `head` with relation `deprel` (universal part or full).
inline std::vector<std::string> dependents(const core::TokenizedText& text, int head, std::string_view deprel) {
  std::vector<std::string> out;
  for (const auto& token : text.tokens)
    if (token.head == head && (token.deprel == deprel || token.deprel.substr(0, token.deprel.find(':')) == deprel))
      out.push_back(token.text);
  return out;
}

}  // namespace chronograph::test
