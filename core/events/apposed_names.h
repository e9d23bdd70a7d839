// Names in apposition to a common noun ("the environment minister, Ana Ribeiro,"), and names
// that only say what kind of one a noun is ("the mayor, a Democrat,"), for the title and actor
// rules.
#pragma once

#include <cstddef>
#include <optional>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"

namespace chronograph::core::titles {

// "The mayor, a Democrat,", "the winner, an Australian,": a name after "a" or "an" says what
// kind of one the noun is, not who; token `name` is in the name.
bool names_a_kind(const Doc& d, std::size_t name);

// Which names in apposition a caller looks for.
enum class Apposed { Any, Body, Person };

// The name in apposition to a common noun ("Halcyon's largest shareholder, the pension fund
// Ardent Capital,", "the environment minister, Ana Ribeiro,") of the kind asked for: a body (no
// person), a person, or any; none when there is no such name.
// A name may stand after a noun of its own in the apposition ("Her husband, the chemist Henry
// Calder,": the name hangs on "chemist").
std::optional<std::size_t> apposed_name(const Doc& d, const ParseView& parse, std::size_t noun, Apposed kind, int depth = 0);

}  // namespace chronograph::core::titles
