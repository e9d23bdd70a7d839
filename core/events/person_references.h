// Common words that stand for a person the text has named:
// - a possessed noun of the one a role serves: after "Okafor's lawyer, Ruth Adeyemi," the words
//   "her client" mean Okafor, and "her client would appeal" is Okafor's appeal (counterparts.tsv
//   pairs "client" with lawyer, attorney...);
// - a title with "the": after "King Charles", "The King, who is being treated" is Charles, and
//   after "Emperor Naruhito", "the emperor will meet" is Naruhito.
//
//   find_counterparts(tokens, lexicon, found);        // after EntityFinder; adds entity mentions
//   find_titled_references(tokens, lexicon, found);
#pragma once

#include "core/events/event_mention.h"
#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

// Adds to out.entity_mentions, in text order, a mention of the served person for each "his
// client", "her patient" (a possessive pronoun before a singular counterparts.tsv noun) that
// follows "NAME's ROLE" with one of the noun's roles, the nearest such, within kCounterpartReach
// sentences.
void find_counterparts(const TokenizedText& text, const EventLexicon& lexicon, DocumentEvents& out);

// Adds a mention of the person for each "the TITLE" (titles.txt, any case; no name or "of" after
// it) that follows the person named with that title ("King Charles"), the nearest such, within
// kCounterpartReach sentences.
void find_titled_references(const TokenizedText& text, const EventLexicon& lexicon, DocumentEvents& out);

}  // namespace chronograph::core
