// Entities across articles: a one-word name in one article ("Mendes", "Veltra") and the one
// full name it stands for in another ("Carla Mendes", "Veltra Semiconductor") are one entity.
// Which word stands for which name is core/events/entity_aliases.h's rule, the one EntityFinder
// already applied within each article.
//
//   merge_short_names(graph, limits);   // after every article was added; events' actors follow
#pragma once

#include <map>
#include <set>
#include <string>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

using AnalysesOf = std::map<std::string, std::set<int>>;

// What the articles' own reading says no merge may undo.
struct ShortNameLimits {
  // The ids of entities named by a common noun only ("Union" for "the union"), which stand for
  // no name ("European Union").
  std::set<std::string> common;
  // The ids of names whose last word alone never stands for them: "the House" in one article is
  // no "White House" in another (core EntityInfo::whole, whole_names.txt).
  std::set<std::string> whole;
  // For each entity id, the analyses (an article, or a part of a long one) it was found in; two
  // found in one analysis were already judged there, and kept apart, so they stay apart.
  AnalysesOf read_together;
};
void merge_short_names(GraphData& graph, const ShortNameLimits& limits = {});

}  // namespace chronograph::graph
