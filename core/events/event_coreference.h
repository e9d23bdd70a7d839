// Which event mentions of one document are one event. Mentions join when
//  - they are nouns of one kind (data/events/coref_synonyms.txt: "a video call" ... "the conversation")
//    whose named participants overlap or are left open ("Keller's call" and "Lang's call" are two);
//  - a noun names a property of an event of a kind ("the exact timing of the call");
//  - a verb saying that its subject event happens stands for it ("the conversation will take
//    place", "the earthquake struck the coast"; data/events/predicates.tsv occurrence-verb);
//  - an aspectual or light verb governs the event ("an offensive that could begin in 2022",
//    "began to withdraw", "will hold a call", "have a long discussion", "suffering from an injury"): the verb stays a mention
//    of that event, marked EventMention::support, and lends it its modality when the event has none;
//  - a verb of communication has a subject naming no one ("the two will also talk", "they will
//    meet") or the same two or more actors, and the modality of the last such event with two or
//    more actors ("Biden and Putin will hold a video call"): it continues that event;
//  - verbs with the same title and modality (the participants rule applies here too), and the
//    headline's verb and the lead's of one kind (one lemma, or one line of coref_synonyms.txt)
//    and modality (any modality when the headline's is in the present: "Lumen cuts 1,200 jobs" /
//    "said it would cut") with a participant in common: a named one ("Varga dies at 92" / "Ines Varga
//    ... died on Tuesday") or a subject or object noun ("Launch delayed again" / "The launch
//    ... was postponed on Monday");
//  but a noun marked as another occurrence ("a previous strike", "the next attempt", "last
//  year's race", "the release after next") starts an event of its own (one before the story's,
//  "last year's race", is joined by no plain "the race" after it), and so does an actual one
//  named with "a" ("in 1999, when an earthquake struck"), unless it is the lead's noun after the
//  headline's;
//  - a verb told as the last time it happened ("was last seen") is one event however often the
//    story tells it, unless the named participants differ;
//  - a plan told in the present ("plans to visit") is a mention of the act it plans; so is a verb
//    of taking time whose object counts it ("needed 70 minutes to beat", "took six hours to
//    restore") of the act of its infinitive, which it dates;
//  - a definite noun names the act of a verb event of its own or the last two sentences
//    (data/events/wordnet_derivations.tsv, or the same word): "officials have found ... the new
//    intelligence finding", "rebels attacked ... the attack" (not when the verb is negated or
//    the named participants differ, the verb's including what it acts on: "Version 11, released
//    last October" is not Helix 14's "its release"); one naming a verb earlier in its own sentence
//    ("change your address ... within 30 days of the change") joins no event of its kind before;
//  - a verb acting on a definite noun that a verb of its lemma and modality acted on in the last
//    two sentences is that event again ("agreements reached at their Geneva summit ... the
//    agreements reached in Geneva"), unless their named participants differ or it happens "again".
//  - nouns and verbs of one thing breaking down are one event ("the dam failure ... the collapse
//    of the dam ... the structure failed"; core/events/breakdowns.h);
//  - a ranked infinitive ("the second player to hold the title") repeats an earlier verb of its
//    kind only when the two do not act on things of different kinds;
//  - a verb telling an event's toll ("an outbreak that has sickened 147 people") is that event;
//  - "lead to" / "result in" with an event noun after it is that noun's event ("the visit will
//    lead to new investment announcements");
//  - a headline verb with its object is of the kind a line of coref_synonyms.txt gives the pair
//    ("win-title ... become-champion"), as well as of its own.
// Needs titles and actors (the same-title rule and every participants check key on them); fills
// EventMention::coref_group, numbered in text order of each group's first mention.
#pragma once

#include "core/events/event_mention.h"
#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

void group_coreferent_events(const TokenizedText& tokens, const EventLexicon& lexicon, DocumentEvents& found);

}  // namespace chronograph::core
