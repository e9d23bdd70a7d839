// What a story tells as a standing state, not as news: a state of mind over a clause ("I [knew]
// the stone was there", "we [believe] the jury was misled": what is known or believed is the
// news, if anything), a habit ("Safety has [always] come first for us"), and a description in
// the present ("the grave, which [dates] to about 1000 BC", "the board, which [represents] the
// country"; predicates.tsv describes) or a rank ("the theft is the [second] in three years"),
// and a name given with "as" ("Ho Chi Minh City, as Saigon is now [called]"), how a source stands
// to the story ("a neurologist who was not [involved] in the trial"), who stands behind a group
// ("lenders [led] by a fund"), what a thing is able to do ("its ability to [survive]"), a general
// noun that only takes up what the story told ("during the [process]"), a property told by an
// adjective of ease ("the water is safe to [drink]": ease_adjectives.txt); and a comparison
// through "be" ("busier than ever").
// No node on the timeline (TimeML still tags them). A headline's present is the news ("Firm
// owns up to breach" is kept).
//
//   tells_a_state(tokens, parse, knew, lexicon, false) == true     // "I knew the stone was there"
//   tells_a_state(tokens, parse, said, lexicon, false) == false
#pragma once

#include <cstddef>

#include "core/events/lexicon.h"
#include "core/events/parse_view.h"
#include "core/text/token.h"

namespace chronograph::core {

// Whether the word at `i` tells a standing state; `headline` when its sentence is the headline.
bool tells_a_state(const TokenizedText& tokens, const ParseView& parse, std::size_t i, const EventLexicon& lexicon,
                   bool headline);

// "Airports are expected to be [busier] than ever", "Traffic will be [worst] on Wednesday",
// "prices are usually [lower]": a comparative or superlative told through "be" measures its
// subject against others, a state however it stands (planned or supposed too); no news.
bool tells_a_comparison(const TokenizedText& tokens, const ParseView& parse, std::size_t i, bool headline);

}  // namespace chronograph::core
