#include "core/events/reported_clause.h"

namespace chronograph::core {

namespace {

// The first word of the phrase `top` heads: its leftmost descendant that is no punctuation, or
// itself. Parsers hang the comma before a phrase on it or on the clause before, as they please.
std::size_t phrase_start(const ParseView& parse, std::size_t top) {
  for (std::size_t t = parse.begin(); t < top; ++t) {
    if (parse.relation_is(t, "punct")) continue;
    std::size_t up = t;
    for (std::size_t guard = 0; guard < parse.end() - parse.begin(); ++guard) {
      const auto head = parse.head(up);
      if (!head) break;
      up = *head;
      if (up == top) break;
    }
    if (up == top) return t;
  }
  return top;
}

}  // namespace

bool parenthetical_report(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  const auto head = parse.head(verb);
  if (!head || *head > verb) return false;
  const bool asyndetic_conjunct = parse.relation_is(verb, "conj") && !parse.child(verb, "cc");
  // An xcomp has no subject of its own: one that has is a misparsed parenthetical.
  const bool subject_xcomp = parse.relation_is(verb, "xcomp") && parse.child(verb, "nsubj");
  if (!parse.relation_is(verb, "ccomp") && !parse.relation_is(verb, "parataxis") && !asyndetic_conjunct && !subject_xcomp)
    return false;
  const std::size_t start = phrase_start(parse, verb);
  return start > *head && start > parse.begin() && tokens.tokens[start - 1].text == ",";
}

std::optional<std::size_t> reported_clause(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  for (const auto c : parse.children(verb))
    if (parse.relation_is(c, "ccomp") && !parenthetical_report(tokens, parse, c)) return c;
  if (parenthetical_report(tokens, parse, verb)) return parse.head(verb);
  return std::nullopt;
}

}  // namespace chronograph::core
