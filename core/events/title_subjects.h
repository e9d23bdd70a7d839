// The subject of a title (event_titles.cpp and the title rules split out of it): who a title
// says did it (Subject), from the verb's subject in the parse (verb_subject): a name, "he" or
// "she" for the last person named, the speaker a "we" or "I" stands for, a subject shared with a
// conjoined verb, or a common noun phrase (common_subject: "US intelligence officials").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"
#include "core/events/title_words.h"

namespace chronograph::core::titles {

// "200,000 flee", "three die": a number other than one counts several.
bool plural_word(const Token& t, const std::string& lower);

// Who a title says did it: names, or a common noun phrase ("US intelligence officials").
struct Subject {
  Words words;
  std::vector<std::size_t> mentions;  // the entity mentions it names
  bool plural = false;
  bool no_one = false;  // "Nobody", "No passengers": the title needs no "not"
};

// "brother-in-law", "editor-in-chief": a phrase that ends inside a hyphenated word ends at its
// last piece.
std::size_t hyphenated_word_end(const Doc& d, const ParseView& parse, std::size_t end);

// Those who speak or fight for a body: "Hamas fighters", "party members", "Treasury officials";
// or decide for a firm as its owners: "Bright Freight shareholders approved the merger".
bool speaks_for_owner(const std::string& lemma);

// "The museum's insurer paid out", "Okafor's coach decided": a role that serves its owner
// (counterparts.tsv) and does not speak for it acts for itself; its owner is only whom it serves.
bool serves_owner(const Doc& d, std::size_t noun);

// "Lecturers at the University of Northbridge", "nurses at St Mary's Hospital": an organisation
// after "at" that says where the people of the plural subject work, who act for themselves; not
// "officials at the Treasury", who speak for it. So is one right before such a subject
// ("University staff to strike", "Boeing workers walked out"; not "NASA officials said").
bool workplace_of(const Doc& d, const ParseView& parse, std::size_t subject, std::size_t name);

Subject common_subject(const Doc& d, const ParseView& parse, std::size_t subject);

Subject named_subject(const Doc& d, std::vector<std::size_t> mentions);

// The names a subject token stands for, with those conjoined to it ("Biden and Putin").
std::vector<std::size_t> subject_mentions(const Doc& d, const ParseView& parse, std::size_t subject);

// "Nobody was hurt", "no one", "No charges", "none of the passengers", "Neither the mayor nor
// the governor": a subject that names no one stays in the title, which then says no "not"
// ("Nobody hurt", "No passengers hurt", "Neither mayor nor governor attends").
std::optional<Subject> no_one_subject(const Doc& d, const ParseView& parse, std::size_t subject);

// Whether mention `m` names a maker with its model's code after it ("a Boeing 737-800"): the
// aircraft or the car, which the maker does not act in.
bool maker_of_model(const Doc& d, std::size_t m);

Subject verb_subject(const Doc& d, const ParseView& parse, EventMention& e, bool parsed,
                     const std::vector<std::size_t>& conjunct_subject);

}  // namespace chronograph::core::titles
