// "signed the contract on Monday for three years", "the ban was extended on Monday for six
// months": a verb that signs, agrees, grants or renews something, with that thing as its object
// or passive subject, gives its "for" length to it (the contract runs three years; the signing
// takes a day), as does one that always makes its object ("signed for the club for two years").
// "The heat wave extended for ten days" is the heat wave's own length; so are "closed the road
// for three days" and "was jailed for three years", whose subject is what lasts. The verbs are
// data/events/term_verbs.tsv's.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/events/lexicon.h"
#include "core/events/parse_view.h"

namespace chronograph::core {

// Whether a "for" length on the verb at `verb` (lemma `lemma`) is the term of its object.
bool length_is_its_objects(const ParseView& parse, std::size_t verb, std::string_view lemma, const EventLexicon& lexicon);

}  // namespace chronograph::core
