// Words for an event's time, shared by the timeline, its tooltips, the HTML card and the
// Graphviz nodes: "7 Dec 2021", "Jun 2021", "early 2022", "before 4 Dec 2021", "undated".
#pragma once

#include <string>

#include "graph/model/event_time.h"

namespace chronograph::render {

// The date as a reader says it.
std::string describe_date(const graph::EventTime& time);
// How sure we are of it: "stated in the text", "inferred from other events", ...
std::string describe_certainty(const graph::EventTime& time);

}  // namespace chronograph::render
