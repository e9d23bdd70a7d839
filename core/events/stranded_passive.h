// "We were lied to", "the land was fought over": a passive whose preposition has no object after
// it keeps that preposition in its title's predicate, and its auxiliary where the title has a
// subject; without them the title says the subject did it ("Union lied").
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"

namespace chronograph::core::titles {

// The preposition of the passive verb `verb` that ends its clause with no object of its own;
// none when it has none. (Not a particle: "the return was put off".)
std::optional<std::size_t> stranded_preposition(const Doc& d, const ParseView& parse, std::size_t verb);

// Whether the passive subject of `verb` is "we" or "us": a group the text does not list, of which
// the speaker is only one, so that a title names no one for it ("Lied to", not "Hollis lied").
bool passive_subject_is_we(const Doc& d, const ParseView& parse, std::size_t verb);

// The predicate with the stranded `preposition`, and, where the title has a subject, the
// passive's auxiliary agreeing with it: "Union was lied to", "Tenants are lied to". A predicate
// that is no longer the bare participle (a modality's "may be lied") takes no auxiliary.
std::string stranded_passive(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t preposition,
                             const std::string& predicate, bool has_subject, bool plural_subject);

}  // namespace chronograph::core::titles
