// A plain text listing of the events in date order, one per line, columns aligned:
//
//   2021-06-16              geneva-summit  Biden and Putin met in Geneva
//   2021-12-07              video-call     Biden and Putin hold video call  [planned]
//   2021-12-05..            invasion       Russia invades Ukraine  [possible]
//   undated                 red-line       Putin warns of red lines
//
// Order: by earliest day (unbounded first), then latest day, then id; undated events last.
// The modality is shown when it is not "actual".
#pragma once

#include <string>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

std::string write_text_listing(const GraphData& graph);

}  // namespace chronograph::graph
