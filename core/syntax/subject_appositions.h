// An apposition or a relative clause between a subject and its verb: "In 2022, Moreau, then 34,
// travelled to the border", "the Farmers' Party, a junior partner, demanded compensation",
// "Nandakumar, who became chief executive in 2021, warned". A greedy parser reads the phrase
// between the commas as the subject or the main clause, or hangs the noun before it elsewhere,
// and the verb loses its subject; read without the phrase, the sentence parses as news writes it.
//
//   if (const auto apposition = apposition_before_verb(tagged_sentence)) ...   // the commas around it
//
// Found on the tagger's tags, before any parse: a noun (or a pronoun closing an "of" phrase: "One
// of them, Raymond Tull, will be sentenced"), a comma, a short phrase with no verb,
// conjunction or comma that holds a noun or a number, a comma, then a finite verb or a past
// participle (after at most one adverb). Not a time set off by commas ("The company, last year, said"): that is the verb's.
// A relative clause: a noun, a comma, a relative word (WP, WP$ or WDT: "who", "whom", "whose",
// "which") and a clause with a verb and no comma (at most 16 words: longer ones are rarely set
// off between a subject and its verb), a comma, then a finite verb. A participle's phrase: a
// past form, a preposition and no other verb ("chaired by the novelist Ruth Adeyemi").
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "core/text/token.h"

namespace chronograph::core {

struct Apposition {
  std::size_t open = 0, close = 0;  // the commas around the phrase
  bool relative_clause = false;     // hangs on the noun as acl:relcl, else as appos
  bool participle = false;          // hangs on the noun as acl
};

// The first such apposition in the sentence; none when there is none.
std::optional<Apposition> apposition_before_verb(std::span<const Token> sentence);
// The first such relative clause in the sentence (relative_clause set); none when there is none.
std::optional<Apposition> relative_clause_before_verb(std::span<const Token> sentence);
// The first such participle's phrase ("The judges, chaired by the novelist Ruth Adeyemi, read
// 158 novels"): a past form and a preposition, at most 16 words, then any verb form but a
// gerund (participle set); none when there is none.
std::optional<Apposition> participle_phrase_before_verb(std::span<const Token> sentence);

}  // namespace chronograph::core
