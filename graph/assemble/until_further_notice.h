// An event told to hold "until further notice" has no end the text knows, but it starts when it
// was ordered or announced:
//
//   "On Monday the council ordered the plant to suspend operations until further notice."
//                                  -> the suspension: from Monday on, open-ended
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "graph/model/event.h"

namespace chronograph::graph {

// Starts each such event the text gives no date of its own on the first day of the event whose
// clause it is the complement of ("ordered ... to suspend"; "said ... would be suspended", where
// a dropped report takes the date of the verb it is conjoined to). `event_of` maps each mention
// to its event in `events`.
void start_when_ordered(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                        const std::map<std::size_t, std::size_t>& event_of);

}  // namespace chronograph::graph
