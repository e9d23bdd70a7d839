#include "core/events/reported_clause.h"

#include "core/events/word_forms.h"

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

// Whether `noun` may take a "that" clause of its own: a noun of claiming ("reports that"), or
// one "the" makes the content it names ("in the hope that", "on the grounds that").
bool takes_content_clause(const TokenizedText& tokens, const ParseView& parse, std::size_t noun) {
  const auto det = parse.child(noun, "det");
  return is_noun_of_claiming(tokens.tokens[noun].lemma) || (det && token_lower(tokens.tokens[*det]) == "the");
}

// The verb whose oblique phrase `noun` is in ("in a memo", "on Wednesday morning", "in a letter
// to shareholders on Monday"), when a "that" opens `clause` on it and the noun takes no such
// clause of its own.
std::optional<std::size_t> verb_over_oblique(const TokenizedText& tokens, const ParseView& parse, std::size_t noun,
                                             std::size_t clause) {
  const auto mark = parse.child(clause, "mark");
  if (!mark || token_lower(tokens.tokens[*mark]) != "that" || takes_content_clause(tokens, parse, noun))
    return std::nullopt;
  std::size_t phrase = noun;
  for (int step = 0; step < 3 && parse.relation_is(phrase, "nmod") && parse.head(phrase); ++step) phrase = *parse.head(phrase);
  const auto verb = parse.head(phrase);
  if (!verb || !parse.relation_is(phrase, "obl") || tokens.tokens[*verb].upos != "VERB") return std::nullopt;
  return verb;
}

// "The board said on Monday that a new bid had reached it": after an oblique the parser may
// hang the "that" clause on the verb as an adverbial clause; one with a subject, opened by
// "that" alone ("so that" opens with "so"), is the verb's complement all the same (t56 #69).
bool that_clause_as_adverbial(const TokenizedText& tokens, const ParseView& parse, std::size_t clause) {
  if (!parse.relation_is(clause, "advcl") || !parse.child(clause, "nsubj")) return false;
  const auto mark = parse.child(clause, "mark");
  const auto head = parse.head(clause);
  return mark && token_lower(tokens.tokens[*mark]) == "that" && head && tokens.tokens[*head].upos == "VERB";
}

}  // namespace

bool parenthetical_report(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  const auto head = parse.head(verb);
  if (!head || *head > verb) return false;
  const bool asyndetic_conjunct = parse.relation_is(verb, "conj") && !parse.child(verb, "cc");
  // An xcomp has no subject of its own: one that has is a misparsed parenthetical.
  const bool subject_xcomp = parse.relation_is(verb, "xcomp") && parse.child(verb, "nsubj");
  // So is an adverbial clause with a subject and no word to open it ("Six books were
  // shortlisted, the judges announced on Wednesday"): "after", "as" or "when" would open one.
  const bool bare_adverbial = parse.relation_is(verb, "advcl") && parse.child(verb, "nsubj") && !parse.child(verb, "mark");
  if (!parse.relation_is(verb, "ccomp") && !parse.relation_is(verb, "parataxis") && !asyndetic_conjunct && !subject_xcomp &&
      !bare_adverbial)
    return false;
  const std::size_t start = phrase_start(parse, verb);
  return start > *head && start > parse.begin() && tokens.tokens[start - 1].text == ",";
}

std::optional<std::size_t> complemented_verb(const TokenizedText& tokens, const ParseView& parse, std::size_t clause) {
  const auto head = parse.head(clause);
  if (!head) return std::nullopt;
  if (parse.relation_is(clause, "ccomp") || that_clause_as_adverbial(tokens, parse, clause)) return head;
  if (!parse.relation_is(clause, "acl") || !parse.child(clause, "nsubj")) return std::nullopt;
  if (tokens.tokens[*head].upos == "VERB") return head;
  return verb_over_oblique(tokens, parse, *head, clause);
}

std::optional<std::size_t> reported_clause(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  for (std::size_t c = parse.begin(); c < parse.end(); ++c)
    if (complemented_verb(tokens, parse, c) == verb && !parenthetical_report(tokens, parse, c)) return c;
  if (parenthetical_report(tokens, parse, verb)) return parse.head(verb);
  return std::nullopt;
}

}  // namespace chronograph::core
