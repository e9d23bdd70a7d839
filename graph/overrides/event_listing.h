// The listing `chronograph extract --format yaml` writes: every event with its title, date
// and modality under the very keys an `events:` entry of an overrides file takes, so that
// the listing parses as an overrides file and an entry copied out of it works as it is.
//
//   chronograph: 1
//   events:
//     video-call:
//       title: Biden and Putin hold video call
//       date: 2021-12-07                        # or 2021-06, early 2022, {start: .., end: ..}
//       modality: planned
#pragma once

#include <string>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

std::string event_listing_yaml(const GraphData& graph);

}  // namespace chronograph::graph
