#include "core/events/neither_nor.h"

#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// The first word of the subject's phrase: its article and modifiers, not what follows it.
std::size_t phrase_start(const ParseView& parse, std::size_t subject) {
  std::size_t start = subject;
  for (const auto c : parse.children(subject))
    if (c < start && !parse.relation_is(c, "cc")) start = c;
  return start;
}

}  // namespace

std::optional<std::size_t> nor_conjunct(const TokenizedText& text, const ParseView& parse, std::size_t subject) {
  const std::size_t start = phrase_start(parse, subject);
  if (start == parse.begin() || token_lower(text.tokens[start - 1]) != "neither") return std::nullopt;
  for (const auto c : parse.children(subject)) {
    if (!parse.relation_is(c, "conj")) continue;
    const auto cc = parse.child(c, "cc");
    if (cc && token_lower(text.tokens[*cc]) == "nor") return c;
  }
  return std::nullopt;
}

}  // namespace chronograph::core
