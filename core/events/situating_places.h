// Places that only say where an event happens, kept out of its actors: "schools across Kessel
// closed", "the Halden substations tripped", "a rally in Market Square". The titles name them
// ("Halden substations trip"); the actors are who acts, so a timeline's lanes by actor hold no
// place that merely situates an event. A place that is a subject ("Norvia closed its border") or
// a partner ("talks with Norvia") stays an actor.
//
//   drop_situating_places(tokens, lexicon, found);   // after title_events
#pragma once

#include "core/events/event_mention.h"
#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

// Removes from each event's actor mentions the places (LOCATION) named as a common noun's
// modifier ("Halden substations", not "US officials") or after a preposition of place ("in",
// "at", "across", ...).
void drop_situating_places(const TokenizedText& tokens, const EventLexicon& lexicon, DocumentEvents& found);

}  // namespace chronograph::core
