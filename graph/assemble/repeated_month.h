// An event repeated each year in one month, bounded by a year, happens in that month of the year
// at the latest (or at the earliest):
//
//   "The team returned each August until 2008"   -> by August 2008, not by the end of 2008
//   "The club has met every March since 2015"    -> from March 2015
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "graph/model/event.h"

namespace chronograph::graph {

// Narrows the year bound of each event dated by a year on one side whose verb a time expression
// repeated in one month ("each August", value XXXX-08) hangs on. `event_of` maps each mention to
// its event in `events`.
void bound_by_the_repeated_month(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                 const std::map<std::size_t, std::size_t>& event_of);

}  // namespace chronograph::graph
