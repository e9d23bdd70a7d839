// A person the text named, called back by what it said of them: after "Spain's Carlos Ruiz"
// (or "Carlos Ruiz of Spain", "the Spanish striker Carlos Ruiz", "Ruiz, a Spaniard,"), "the
// Spaniard beat Dahl" is Ruiz's win; after "Ruiz, 34," "the 34-year-old" is Ruiz; after "former
// defence minister Anna Keller", "the former minister" is Keller. Nationalities come from
// nationalities.tsv (every country's adjective and the noun for one of its people).
//
//   find_described_people(tokens, lexicon, found);   // after EntityFinder; adds entity mentions
#pragma once

#include "core/events/event_mention.h"
#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

// Adds to out.entity_mentions, in text order, a mention of the person for each singular "the
// DESCRIPTION" whose every word fits what the text said of exactly one person named before it
// (a nationality, an age, the nouns and adjectives written with the name), and whose last word
// is a noun for a person of that nationality, that age, or the role written with the name. A
// nationality word that stood there as a place ("The Norwegian" read as Norway) gives way, and
// a name of no known kind so described ("Yusuf Demir, a Turk,") is a person's. Nothing when two
// people fit, when none does, or for "a Spaniard", whose mention (as Spain, or a name "Spaniard")
// goes: some person, no entity.
void find_described_people(const TokenizedText& text, const EventLexicon& lexicon, DocumentEvents& out);

}  // namespace chronograph::core
