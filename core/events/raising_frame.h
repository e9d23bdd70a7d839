// "The talks are expected to begin on Friday", "The report is due to be published next week",
// "Talks are slated to resume in May": a word of expecting or scheduling, in the passive or after
// "be" and with no agent, that lends its subject to an infinitive (predicates.tsv raising-frame).
// It tells only that what the infinitive says is to come: a mention of that event, no event of
// its own on the timeline. ("Rates are expected by economists to fall" names who expects: that
// stays an event, as does "Analysts expect the company to report".)
//
//   raised_infinitive(tokens, parse, expected, lexicon) == begin      // "are expected to begin"
//   raising_subject(tokens, parse, begin, lexicon) == talks           // the infinitive's subject
#pragma once

#include <cstddef>
#include <optional>

#include "core/events/lexicon.h"
#include "core/events/parse_view.h"
#include "core/text/token.h"

namespace chronograph::core {

// The infinitive the frame at `token` lends its subject to; none when `token` is no such frame.
std::optional<std::size_t> raised_infinitive(const TokenizedText& tokens, const ParseView& parse, std::size_t token,
                                             const EventLexicon& lexicon);

// The subject of the frame over the infinitive `token` ("talks" for "begin" in "the talks are
// set to begin"); none when no frame governs it.
std::optional<std::size_t> raising_subject(const TokenizedText& tokens, const ParseView& parse, std::size_t token,
                                           const EventLexicon& lexicon);

}  // namespace chronograph::core
