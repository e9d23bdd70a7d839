// Actors and titles of a document's event mentions, from the parse where there is one and
// from word windows where there is not. An event's actors are the named entities in its
// subject, agent and object roles, through conjunctions ("Biden and Putin will hold"); its
// title is a short headline (nine words at most) a reader understands without the sentence:
//   verbs       subject + verb + complement  "Biden departs for weekend trip to Camp David"
//   nouns       light verb's subject         "Biden and Putin hold video call"
//               possessor, "of"/"on" phrase  "Russia's demands on Biden" ("its demands on Mr Biden")
//   passives    subject + participle         "Ukraine not allowed to join Nato"
//   clauses     verb + what the clause says  "Biden guarantees Ukraine not allowed to join Nato"
//   statements  speaker + says + report      "Kremlin says the two talk about bilateral ties"
// A complement ends at a whole constituent ("near Ukraine's border", "100 battalion tactical
// groups"), never on a preposition or determiner. A subject is a name, "he"/"she" for the last
// person named, the subject of the verb an infinitive depends on ("pledged to make"), or a
// common noun phrase; other pronouns are left out. A statement with its own date and a named
// speaker ("the Kremlin said on Saturday") stops being reporting evidence: it is an event a
// reader wants on the timeline. Every reporting mention gets EventMention::reports, the
// mention it reports.
#pragma once

#include <vector>

#include "core/events/event_mention.h"
#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

// Needs found.entity_mentions (EntityFinder); `in_timex[i]`: token i is in a time expression.
void title_events(const TokenizedText& tokens, const EventLexicon& lexicon, const std::vector<char>& in_timex,
                  DocumentEvents& found);

}  // namespace chronograph::core
