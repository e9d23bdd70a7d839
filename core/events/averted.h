// Events a verb of averting keeps from happening: "avoided hitting the reef", "averted a
// strike", "to avoid contaminating the moons". What is avoided, averted or prevented did not
// happen, unless the averting itself is denied ("did not avoid hitting", "failed to prevent a
// collapse"). The verbs are data/events/modality.tsv's "averts" (a category of its own: the
// trigger model was trained without it). "prevented them from entering" is kept_from's.
//
//   if (averted(text, parse, event, lexicon)) ...   // negated
#pragma once

#include <cstddef>

#include "core/events/lexicon.h"
#include "core/events/parse_view.h"

namespace chronograph::core {

// Whether `event` is the object or gerund complement of a verb of averting (or a conjunct of
// one: "averted a strike and a lockout") that is not itself denied.
bool averted(const TokenizedText& text, const ParseView& parse, std::size_t event, const EventLexicon& lexicon);

}  // namespace chronograph::core
