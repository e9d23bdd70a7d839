// Ages read as dates where the text gives the birth: in "Born in Leeds on 2 May 1936, ... At 23
// she joined an expedition", "At 23" is 1959-05-02..1960-05-01, and "in her late seventies"
// 2013-05-02..2016-05-01. Obituaries and profiles are told in ages.
//
// The ages are time expressions of the graph only (`Timex::derived`): TimeML annotates no age,
// so `annotate --format timeml` leaves them out.
#pragma once

#include <string_view>
#include <vector>

#include "core/text/token.h"
#include "core/timex/timex.h"

namespace chronograph::core {

// Adds an expression for each age said as "aged 23", "at the age of 23", "at age 23", "At 23,"
// (opening a clause) or "in her (early | mid | late)? twenties / 20s", dated from the latest birth
// told before it ("born ... on 2 May 1936", "(born 1936)"), else from the only birth the text
// tells; keeps `timexes` in text order and numbers their ids again. Needs the parse's tags.
void add_age_dates(std::string_view text, const TokenizedText& tokens, std::vector<Timex>& timexes);

}  // namespace chronograph::core
