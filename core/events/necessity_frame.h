// "People need to take it seriously", "Residents have to leave by Wednesday", "The firm is
// required to pay $5 million": a verb of necessity or obligation (predicates.tsv
// necessity-frame) with a "to" infinitive tells only that what the infinitive says must be
// done, as "must" does. It is a mention of that act, no event of its own beside it, and the act
// is required, so planned; told in the past ("had to resign", "was required to pay") it was
// done. A frame with an object between ("needs money to build") is no such frame.
//
//   necessary_act(tokens, parse, need, lexicon) == take     // "people need to take it seriously"
//   necessity_told_in_past(tokens, s, had) == true          // "he had to resign"
#pragma once

#include <cstddef>
#include <optional>

#include "core/events/lexicon.h"
#include "core/events/parse_view.h"
#include "core/text/token.h"

namespace chronograph::core {

// The infinitive whose act the frame at `token` says must be done; none when `token` is no such
// frame.
std::optional<std::size_t> necessary_act(const TokenizedText& tokens, const ParseView& parse, std::size_t token,
                                         const EventLexicon& lexicon);

// Whether the frame word at `frame` ("had", "needed", "required") is told in the past or the
// perfect, so what it required was done: "had to resign", "was required to pay", "has had to
// close"; not "has to", "will have to", "is required to".
bool necessity_told_in_past(const TokenizedText& tokens, const Sentence& s, std::size_t frame);

}  // namespace chronograph::core
