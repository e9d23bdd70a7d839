// The noun phrases of titles (event_titles.cpp and the title rules split out of it): a noun
// event's title words, its modifiers, the noun and its complement (noun_title_words); whose the
// event noun is (possessor: "Russia's demands"); and the names a noun phrase holds that only say
// where one of a kind lives or is based (names_home_of_one: "a British skier").
#pragma once

#include <cstddef>
#include <vector>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"
#include "core/events/title_words.h"

namespace chronograph::core::titles {

Words possessor_name(const Doc& d, std::size_t m);

// "like-for-like sales", "six-week trial": the tokenizer cuts a hyphenated word; a phrase that
// starts inside one starts at its first piece.
std::size_t hyphenated_word_start(const Doc& d, const ParseView& parse, std::size_t start);

// "a British skier", "an 81-year-old woman in Toledo", "a Singapore-based investment group": a
// place (or its people's adjective) that says where one of a kind, whom "a" introduces, lives or
// is based does not act with it (nor with a thing: "a bridge in Porto collapsed"); not "US officials" or "the Japanese government", who speak for
// their country.
bool home_of_one(const Doc& d, const ParseView& parse, std::size_t subject, std::size_t name);

// Whether the place of mention `m` says where one of a kind lives or is based (home_of_one)
// about the noun it modifies.
bool names_home_of_one(const Doc& d, const ParseView& parse, std::size_t m);

Words noun_core(const Doc& d, const Sentence& s, std::size_t i, std::size_t* phrase_start);

// A noun event's title: its modifiers, the noun and its complement; the noun and modifiers are the core.
Title noun_title_words(const Doc& d, const Sentence& s, std::size_t i, std::size_t* phrase_start);

// "the finding", after "the new intelligence finding": a bare noun repeats the noun modifiers an
// earlier mention gave it (not its adjectives: "new" was new then).
Words earlier_modifiers(const Doc& d, std::size_t noun);

// The names last given together as one subject (two entities or more) before `e`, over the
// sentence and the four before it: who "their" most likely means ("Biden and Putin will hold
// a call ... their Geneva summit"). `subjects`: each event's subject names, by event index.
std::vector<std::size_t> last_plural_subject(const Doc& d, const EventMention& e,
                                             const std::vector<std::vector<std::size_t>>& subjects);

// Whose the event noun is: a name or noun phrase before "'s" ("Russia's", "the Russian leader's")
// or a possessive pronoun for a name ("its demands" -> "Russia's demands"). Adds the owner to
// the actors.
Words possessor(const Doc& d, EventMention& e, std::size_t start, const std::vector<std::vector<std::size_t>>& subjects);

}  // namespace chronograph::core::titles
