// The actors of an event mention (event_titles.cpp and the title rules split out of it): the
// named entities in its subject, agent and object roles, through conjunctions ("Biden and
// Putin will hold"), from the parse (parse_actors) or, where there is none, from a word window
// (window_actors); and how a title names a person (display_name: "Biden", "De Vries").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"

namespace chronograph::core::titles {

const Sentence* sentence_of(const TokenizedText& tokens, const EventMention& e);

// The entity mention ending just before token `end` (exclusive), with conjoined ones before
// it ("Biden and Putin", "France, Germany and Italy"); mention indexes in text order.
std::vector<std::size_t> conjoined_before(const Doc& d, std::size_t mention_token, std::size_t first);

// "Her coach, Mark Dolan, said she had run 40 kilometres a day": a speaker owned by a "her"
// (or "his") reports on whom that "her" stands for, and so does the "she" (or "he") of what is
// said; the owner's pronoun, when the subject `speaker` of the saying has one that fits `pronoun`.
std::optional<std::size_t> speakers_owner_pronoun(const Doc& d, const Sentence& s, std::size_t speaker, std::size_t pronoun);

// "where", "who", "which": a word tagged as opening a relative clause (WRB, WP, WDT).
bool wh_tagged(const Token& t);

// "appealed for anyone who was near the street to come forward", "called for the minister to
// resign": the noun "for" opens before an infinitive is the one who is to do it (UD makes
// "for" the infinitive's mark; the parser often hangs the noun on the verb instead).
// ("waited for hours to see him": a time is no one)
std::optional<std::size_t> for_controller(const Doc& d, const ParseView& parse, std::size_t infinitive);

// "ordered him to surrender by March 15 and to repay $2.3 million": a "to" infinitive the
// parser joins as a conjunct to the verb whose "to" infinitive comes before it is a conjunct of
// that infinitive (a verb and a bare infinitive are no conjuncts); the earlier infinitive.
std::optional<std::size_t> infinitive_conjunct_of(const ParseView& parse, const Doc& d, std::size_t i);

// "Jurors in the trial of actor Grant Hollis ended" parsed with Hollis the subject: a name after
// a preposition (through the roles before it) is of a phrase on the subject, no subject itself.
bool misparsed_name_subject(const Doc& d, const ParseView& parse, std::size_t subject);

std::vector<std::size_t> parse_actors(const Doc& d, const Sentence& s, std::size_t i);

bool clause_break(const std::string& w);

// Whether the name ending at token `j` is the object of a preposition ("to Canada", "in the
// United States"), or joined by "and" or "or" to one that is ("Dockworkers at the ports of
// Rotterdam and Antwerp rejected"): no subject of a verb after it.
bool after_preposition(const Doc& d, std::size_t j, std::size_t first);

// "largest rail union", "most senior official": a noun a superlative ranks.
bool ranked_first(const Doc& d, const ParseView& parse, std::size_t noun);

std::vector<std::size_t> window_actors(const Doc& d, const Sentence& s, std::size_t i, bool noun);

// A person by surname: the name's last word, or the longest ending of the name the text calls
// the person by ("Anne De Smet ... De Smet appealed": "De Smet appeals", not "Smet appeals"),
// or the surname from its lower-case particle on, which then takes a capital ("Anouk de Vries":
// "De Vries warns"; "Ursula von der Leyen": "Von der Leyen"). A name ending in a regnal number,
// or a title's "of" and its place, has no surname: it is said whole ("Benedict XVI arrives",
// "Mayor of Leeds arrives"; never "XVI arrives" or "York arrives").
std::string display_name(const EntityInfo& e);

std::string display_name(const Doc& d, const EntityInfo& e);

bool modifies_a_thing(const Doc& d, std::size_t m);

// "suspended Baltic crossings", "closed Alpine passes": a name used as the adjective of a noun
// after the verb says which things are meant, not who takes part (not "Russian troops", whose
// name is who they are).
bool describes_a_thing(const Doc& d, std::size_t m);

// Adds mention `m` to the event's actors (kept in order, without repeats).
void add_actor(EventMention& e, std::size_t m);

}  // namespace chronograph::core::titles
