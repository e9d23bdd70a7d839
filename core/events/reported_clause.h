// Which clause a reporting verb reports, read from the parse. Its clausal complement
// ("The mayor said [the bridge collapsed]"), or, for a verb standing after a comma behind the
// clause it comments on ("[The quay reopened], the harbour master said"), that clause. UD
// attaches the second kind as parataxis of the clause; parsers also give ccomp or a conjunct
// without a conjunction, so the shape decides, not the label.
//
//   const ParseView parse(tokens, sentence);
//   if (const auto clause = reported_clause(tokens, parse, said)) ...  // token of its head
#pragma once

#include <cstddef>
#include <optional>

#include "core/events/parse_view.h"
#include "core/text/token.h"

namespace chronograph::core {

// Whether `verb` comments on the clause it hangs on from after a comma: it follows its head,
// is attached as ccomp, parataxis, a conjunct with no conjunction, an xcomp with a subject of
// its own or an adverbial clause with a subject and no mark (parse errors), and a comma opens its
// phrase ("..., the harbour master said").
bool parenthetical_report(const TokenizedText& tokens, const ParseView& parse, std::size_t verb);

// The verb whose clausal complement `clause` is: its head when it is a ccomp, or an acl of a
// verb with a subject of its own; or, for a "that" clause with a subject of its own that the
// parser hung on a noun of the verb's obliques ("told employees in a memo on Wednesday morning
// that the cuts would be completed", hung on "memo" or "morning"), that verb, unless the noun
// takes such a clause itself ("in response to reports that"). None for any other clause.
std::optional<std::size_t> complemented_verb(const TokenizedText& tokens, const ParseView& parse, std::size_t clause);

// The head token of the clause a reporting `verb` reports: the first clause it complements
// that is no parenthetical of its own, else the clause it is a parenthetical of.
std::optional<std::size_t> reported_clause(const TokenizedText& tokens, const ParseView& parse, std::size_t verb);

}  // namespace chronograph::core
