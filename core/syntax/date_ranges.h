// The two dates of a range stay one phrase: "read 158 novels published between 1 October 2024
// and 30 September 2025" was parsed with "30 September 2025" the subject of "read", and "runs
// from 1 April to 30 June" with "April" the object of "runs".
//
// A date phrase here is a month's name with its day and year ("1 October 2024", "Oct. 1, 2024",
// "September 2025", "June") or a bare year. After "between", the phrase after "and" that follows
// the first becomes its `conj` (the "and" its `cc`); after "from", the phrase after "to",
// "until", "till" or "through" is an oblique like the first (the connector its `case`). The first
// phrase is the `case` of its marker and an oblique (or a noun's `nmod`), never a subject or
// object. Words outside a moved phrase that hung on it hang where it hung before.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

// Returns how many ranges were mended (0 when the parse already read them as one).
int keep_date_ranges_together(std::span<Token> sentence);

}  // namespace chronograph::core
