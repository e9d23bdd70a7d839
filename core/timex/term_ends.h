// "Lecturers will walk out every Tuesday until the end of term. The spring term ends on 27 March":
// the end of a term, a semester or a session, dated by the day the text says it ends.
//
// Graph-only expressions (`Timex::derived`): TimeML gives "the end of term" no TIMEX3, so
// `annotate --format timeml` leaves them out. Where the text tells no such day there is none.
#pragma once

#include <string_view>
#include <vector>

#include "core/timex/timex.h"

namespace chronograph::core {

// Adds "the end of (the) (spring) term" on the day an expression right after "term ends (on)"
// names ("the spring term ends on 27 March": 27 March), keeping `timexes` in text order and
// numbering their ids again.
void tag_ends_of_terms(std::string_view text, std::vector<Timex>& timexes);

}  // namespace chronograph::core
