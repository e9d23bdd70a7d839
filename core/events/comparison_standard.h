// A verb that only names the standard a comparison measures by: "sales rose more than
// [expected]", "prices rose faster than analysts had [forecast]", "the launch went ahead, as
// [planned]". It is no event of the timeline (the rise is), and a date in its clause belongs to
// the verb compared ("rose more than expected in March" rose in March).
//
//   if (const auto measured = compared_verb(tokens, verb)) ...   // "rose"
#pragma once

#include <cstddef>
#include <optional>

#include "core/text/token.h"

namespace chronograph::core {

// For a verb of expecting or planning (expect, forecast, plan, fear, ...) right after "than" or
// "as" (not "such as"), or after "than"/"as" and its own subject ("than analysts had
// expected"), with no object, clause or "for"/"of"/"about" phrase of its own ("as traders hoped
// for a rate cut" is a clause): the nearest verb before that "than"/"as" in its sentence, which the
// comparison measures (the first after it when none is before: "As expected, the bank raised
// rates"). Nothing for any other token.
std::optional<std::size_t> compared_verb(const TokenizedText& tokens, std::size_t verb);

}  // namespace chronograph::core
