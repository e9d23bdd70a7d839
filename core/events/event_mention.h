// What the event stage finds in one document: event mentions (TimeML EVENT + MAKEINSTANCE
// attributes, plus our modality, actors, title, coreference group and confidence) and the
// named entities they involve. Spans are byte offsets into the document text.
//
//   DocumentEvents found = extractor.extract(text, tokens, timexes, dct);
//   for (const EventMention& e : found.events) fmt::print("{} [{}] {}\n", e.title, e.modality, e.event_class);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/text/span.h"

namespace chronograph::core {

struct EventMention {
  std::size_t token = 0;  // trigger token index (document-level)
  Span span;              // trigger span (single token, as TimeML)
  int sentence = 0;
  std::string trigger, lemma, event_class;   // event_class: TimeML class
  std::string tense, aspect, polarity, pos;  // TimeML MAKEINSTANCE values
  std::string modality;                      // actual | planned | possible | hypothetical | negated
  bool ahead_in_past = false;                // planned or foreseen as seen then ("said it would appeal"): see EventAttributes
  std::vector<std::size_t> actor_mentions;   // indexes into DocumentEvents::entity_mentions
  std::string title;                         // "Biden and Putin hold video call"
  double confidence = 0.0;                   // 0..1
  int coref_group = -1;      // mentions of one event share a group id (video call … the call)
  // A reporting event kept as evidence of what it reports rather than a node: one without its
  // own date or a named speaker ("officials said"; not "the Kremlin said on Saturday").
  bool reporting_evidence = false;
  // A verb that only names what a comparison measures by ("rose more than [expected]", "as
  // [planned]"): no node either (core/events/comparison_standard.h).
  bool comparison_standard = false;
  // "the three months ended Dec. 31", "the year ending in March": a participle that only says
  // where a reporting period stops, or a verb that a period follows what was told ("the two
  // years that followed"), no news: no node either (core/events/reporting_period.h).
  bool period_boundary = false;
  // "a voyage she described as 'the six months that [decided] everything'": a word of a quoted
  // name or description characterises what was named, no news: no node either (TimeML still
  // tags it).
  bool quoted_description = false;
  // "Anyone with information should [call] 101": advice to readers (core/events/advice.h), no
  // news: no node either (TimeML still tags it).
  bool advice = false;
  // "I [knew] the stone was there", "which [dates] to about 1000 BC": a standing state, not news
  // (core/events/background_state.h): no node either (TimeML still tags it).
  bool background_state = false;
  // An aspectual or light verb folded into the event it governs ("could begin", "will hold a
  // call"): a mention of that event (same coref_group), never the one that names it.
  bool support = false;
  // A support verb that is what another verb aimed at, folded into that verb, not into its own
  // object ("sued to [stop] the deal"): it names no phase of the object.
  bool aim = false;
  // An aspectual support verb whose subject is the event it is a phase of ("the talks [resumed]
  // in Cairo", "the strike [ended] on Friday"): the noun alone says nothing of the phase, so
  // this verb's title names the event when it is in the sentence that does.
  bool phase_of_subject = false;
  // A verb whose object event happens with it ("held talks", "launched an offensive", "began
  // the strike": predicates.tsv's support, title and aspectual verbs; "signed the deal":
  // making_verbs.txt): the object shares its date.
  bool with_its_object = false;
  // A verb whose "for" length is the term of its object ("signed the contract for three years",
  // "the ban was extended for six months"; core/events/term_of_object.h): not its own length.
  bool length_is_its_objects = false;
  // A phase kept apart from its event, which the text tells as done ("The deal could push up
  // fares ... if the deal is not completed by the end of the year"): an event of its own whose
  // date is not its object's.
  bool phase_apart = false;
  // A stop still to come that is all the text tells of its event ("The visit will end on
  // Friday"): the event is planned as the stop, and the stop's date is the date of its news.
  bool end_is_the_news = false;
  // For a reporting event, the mention it reports (its clausal complement, or the clause it is a
  // parenthetical of: "The two will talk, the Kremlin said"); -1 when none was found.
  int reports = -1;
};

struct EntityMention {
  Span span;
  std::string text;
  std::string type;  // PERSON | ORGANIZATION | LOCATION | GROUP | MISC
  int entity = -1;   // index into DocumentEvents::entities
};

struct EntityInfo {
  std::string id;    // slug of the canonical name: "joe-biden"
  std::string name;  // canonical (longest) name: "Joe Biden"
  std::string type;
  std::vector<std::string> aliases;  // other names seen, sorted: "Biden", "Mr Biden"
  char gender = 0;  // a person's 'f' or 'm' when a title or given name says so ("Mrs", "Maria")
  bool common = false;  // named by a common noun only ("Central bank"): no capital inside a title
  bool whole = false;   // its last word alone never stands for it: "White House" (whole_names.txt)
};

struct DocumentEvents {
  std::vector<EventMention> events;  // in text order
  std::vector<EntityMention> entity_mentions;  // in text order
  std::vector<EntityInfo> entities;
  // Ids (slugs) of the entities an event's actors refer to, in mention order, unique.
  std::vector<std::string> actor_ids(const EventMention& event) const;
};

}  // namespace chronograph::core
