// Entities across articles: a one-word name in one article ("Mendes", "Veltra") and the one
// full name it stands for in another ("Carla Mendes", "Veltra Semiconductor") are one entity.
// Which word stands for which name is core/events/entity_aliases.h's rule, the one EntityFinder
// already applied within each article.
//
//   merge_short_names(graph, common);   // after every article was added; events' actors follow
#pragma once

#include <map>
#include <set>
#include <string>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

// `common`: the ids of entities named by a common noun only ("Union" for "the union"), which
// stand for no name ("European Union"). `read_together`: for each entity id, the analyses (an
// article, or a part of a long one) it was found in; two found in one analysis were already
// judged there, and kept apart ("the House" beside "the White House"), so they stay apart.
using AnalysesOf = std::map<std::string, std::set<int>>;
void merge_short_names(GraphData& graph, const std::set<std::string>& common = {}, const AnalysesOf& read_together = {});

}  // namespace chronograph::graph
