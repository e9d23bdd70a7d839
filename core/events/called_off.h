// Events a verb calls off or puts off: "the union called off the strike", "the vote was
// cancelled", "postponed the summit". What is called off did not happen; what is put off is
// still planned, at no date the text gives. A thing scheduled for a time ("the vote, scheduled
// for Tuesday, ...", "the strike planned for next week") that either befalls does not happen
// then.
//
//   if (called_off(text, parse, noun, lexicon) == CallOff::Cancelled) ...   // negated
//
// The verbs are data/events/modality.tsv's "cancels" and "puts-off" ("call off", "put off":
// a verb with its particle).
#pragma once

#include <cstddef>
#include <optional>

#include "core/events/lexicon.h"
#include "core/events/parse_view.h"

namespace chronograph::core {

enum class CallOff { None, Cancelled, PutOff };

// What the verb that the event `noun` is the object or passive subject of (or the gerund
// complement: "froze hiring") does to it: nothing
// when the calling off is denied, only possible or intended ("did not call off", "may call
// off", "threatened to call off"), or ends a thing that had been going on ("called off the
// search after three days").
CallOff called_off(const TokenizedText& text, const ParseView& parse, std::size_t noun, const EventLexicon& lexicon);

// Whether the noun's own modifiers date it: "the March 28 summit", "Tuesday's vote", "the 2026
// election". A thing put off is not held on that date.
bool dated_by_its_modifier(const TokenizedText& text, const ParseView& parse, std::size_t noun);

// What the verb itself does: "called off" cancels, though "call" alone reports ("called it a
// mistake").
CallOff verb_calls_off(const TokenizedText& text, const ParseView& parse, std::size_t verb,
                       const EventLexicon& lexicon);

// Whether `i` is a participle that schedules the event it modifies for a time ("the vote,
// scheduled for Tuesday", "the strike planned for next week", "a ruling due on Friday", "a
// session that had been scheduled for Saturday"; not "the raid, planned by the army", "the
// heist, planned for months"). Returns that noun.
std::optional<std::size_t> scheduled_noun(const TokenizedText& text, const ParseView& parse, std::size_t i,
                                          const EventLexicon& lexicon);

// Whether `i` is "due" predicated of a subject with a time ("the report is due by the end of
// the month", "the ruling is due on Friday"; not "is due to start", "the delay is due to the
// storm"): the subject is what is to be done or delivered then. Returns that subject.
std::optional<std::size_t> due_subject(const TokenizedText& text, const ParseView& parse, std::size_t i);

// Whether `verb` is an active verb of scheduling whose object is an event it schedules for a
// time ("set sentencing for March 20", "scheduled a hearing for Tuesday"; not "set bail at $1
// million", "set a deadline"). Returns that object.
std::optional<std::size_t> scheduled_object(const TokenizedText& text, const ParseView& parse, std::size_t verb,
                                            const EventLexicon& lexicon);

}  // namespace chronograph::core
