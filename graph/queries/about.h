// The part of a graph about one entity: `--about "Steve Jobs"` on build and extract, for a
// timeline of one person, company or product across many articles.
//
//   GraphData jobs = about(graph, "Steve Jobs");
//
// An event is about NAME when one of its actors is an entity NAME names, or when its title
// names NAME or such an entity (products and other things that are no actors: "Apple releases
// iPhone 3G"). An entity NAME names: its name or an alias has every word of NAME in order
// ("iTunes store" names "iTunes Music Store"), or NAME has a name of two words or more whole
// ("Beatles Apple Corps" names "Apple Corps"; not "Apple", which may be another company). Words
// compare without case and punctuation, except an entity's name in a title: its full name of
// two words or more, as the text writes it ("Steve Jobs unveils iPhone"; not "Apple" or "Jobs",
// which name too much). The result keeps the events about NAME, the edges between them, the
// entities they name and the conflicts among them; documents and time expressions stay.
#pragma once

#include <string_view>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

GraphData about(const GraphData& graph, std::string_view name);

}  // namespace chronograph::graph
