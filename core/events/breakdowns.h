// Mentions that tell one thing breaking down: "Lindell Dam failure" (a headline), "the collapse
// of the Lindell Dam", "the structure failed", "the earthen dam gave way" are one event, however
// each sentence words it; "the dam failed ... the pump failed" are two.
//
//   for (const auto [earlier, later] : breakdown_pairs(tokens, lexicon, found)) groups.unite(earlier, later);
//
// A breakdown is a noun or verb of data/events/predicates.tsv's "breakdown" (or "give way");
// what broke down is a noun's "of" phrase, possessor or compound, or a verb's subject. Two
// breakdowns are one when what broke down is one named entity, one common noun ("the dam",
// "the Lindell Dam"), or a general noun with "the" taking up the thing before ("the structure":
// predicates.tsv "general-thing-noun"); and not when told with another modality, "again", or
// years more than one apart ("the 1998 failure ... the dam failed in 2020").
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "core/events/event_mention.h"
#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

// Pairs of mention indexes (earlier, later) that tell one breakdown: each later one paired with
// the nearest earlier one, within a few sentences.
std::vector<std::pair<std::size_t, std::size_t>> breakdown_pairs(const TokenizedText& tokens, const EventLexicon& lexicon,
                                                                  const DocumentEvents& found);

}  // namespace chronograph::core
