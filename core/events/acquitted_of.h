// Events a verdict rules out: "was cleared of fraud", "acquitted of one count of money
// laundering", "exonerated of murdering his partner". What one is cleared of is what one was
// accused of; the text does not assert it happened. The verbs are data/events/modality.tsv's
// "clears-of" (a category of its own: the trigger model was trained without it).
//
//   if (acquitted_of(text, s, event, lexicon)) ...   // negated
#pragma once

#include <cstddef>

#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

// Whether `event` stands in the "of" phrase of a verb of clearing ("cleared of two counts of
// theft", "acquitted her of"): only numbers, determiners, adjectives, nouns and a further "of"
// between.
bool acquitted_of(const TokenizedText& text, const Sentence& s, std::size_t event, const EventLexicon& lexicon);

}  // namespace chronograph::core
