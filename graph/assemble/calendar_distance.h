// An event the text puts a whole number of years or months from an event it dates by the
// calendar lies that many calendar years or months away, with the same precision:
//
//   "began taking payments in the spring of 2016, two years after he was first elected"
//                                            -> the election: spring 2014 (2014-SP)
//   "opened in March 2020, six months before the merger"  -> the merger: September 2020
//
// (The solver counts such a distance in days, 730 to 731 for two years, which blurs a season's
// or a month's ends.) Only an event with no date of its own is dated so.
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "graph/model/event.h"

namespace chronograph::graph {

// `event_of` maps each mention to its event in `events`.
void date_by_calendar_distance(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                               const std::map<std::size_t, std::size_t>& event_of);

}  // namespace chronograph::graph
