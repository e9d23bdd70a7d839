// "released in 2032 at the earliest", "will be decided by June, at the latest": a date that a
// following "at the earliest" or "at the latest" makes a bound. The words join the expression, as
// "2030 and beyond" does (not after a comma), and give it TimeML's mod: ON_OR_AFTER for the earliest (lexicon class
// EARLIESTWORD: earliest, soonest), ON_OR_BEFORE for the latest (LATESTWORD). The interval stays
// the date's own, the first (last) time the thing may come.
#pragma once

#include <string_view>
#include <vector>

#include "core/timex/timex.h"
#include "core/timex/timex_rules.h"

namespace chronograph::core {

// Marks the DATE and TIME expressions of `timexes` with no mod that "at the earliest" or "at the
// latest" follows, and takes those words into their span and text (not after a comma: "in 2032, at
// the earliest" marks "2032" alone).
void mark_earliest_and_latest(const TimexRuleSet& set, std::string_view text, std::vector<Timex>& timexes);

}  // namespace chronograph::core
