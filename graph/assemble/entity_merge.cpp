#include "graph/assemble/entity_merge.h"

#include <algorithm>
#include <map>
#include <string>

#include "core/events/entity_aliases.h"

namespace chronograph::graph {

namespace {

void rename_actors(std::vector<Event>& events, const std::map<std::string, std::string>& into) {
  for (auto& event : events) {
    for (auto& actor : event.actors)
      if (const auto it = into.find(actor); it != into.end()) actor = it->second;
    std::sort(event.actors.begin(), event.actors.end());
    event.actors.erase(std::unique(event.actors.begin(), event.actors.end()), event.actors.end());
  }
}

// Whether the two entities were found in one analysis, where EntityFinder judged them.
bool judged_together(const AnalysesOf& read_together, const std::string& one, const std::string& other) {
  const auto a = read_together.find(one), b = read_together.find(other);
  if (a == read_together.end() || b == read_together.end()) return false;
  return std::any_of(a->second.begin(), a->second.end(), [&](int analysis) { return b->second.count(analysis) > 0; });
}

}  // namespace

void merge_short_names(GraphData& graph, const ShortNameLimits& limits) {
  std::map<std::string, std::string> into;  // short entity id -> full entity id
  const auto stands_for = [&](const Entity& full, core::ShortName how) {
    return how != core::ShortName::LastWord || limits.whole.count(full.id) == 0;
  };
  for (auto& e : graph.entities) {
    if (e.name.find(' ') != std::string::npos || limits.common.count(e.id)) continue;
    const int found = core::resolve_short_name(e.name, e.type, graph.entities, /*first_of_several=*/false, stands_for);
    if (found < 0) continue;
    Entity* full = &graph.entities[static_cast<std::size_t>(found)];
    // A place left of its own by the article is no organisation's short name: "the Gulf coast"
    // is no "Gulf Power", a dateline's "OSLO" no "Oslo School of Architecture" (within an article
    // EntityFinder has joined a firm's name a preposition made a place: "Shares in Meridian").
    if (e.type == "LOCATION" && full->type == "ORGANIZATION") continue;
    if (judged_together(limits.read_together, e.id, full->id)) continue;
    into[e.id] = full->id;
    full->aliases.push_back(e.name);
    full->aliases.insert(full->aliases.end(), e.aliases.begin(), e.aliases.end());
    std::sort(full->aliases.begin(), full->aliases.end());
    full->aliases.erase(std::unique(full->aliases.begin(), full->aliases.end()), full->aliases.end());
  }
  if (into.empty()) return;
  std::erase_if(graph.entities, [&](const Entity& e) { return into.count(e.id) > 0; });
  rename_actors(graph.events, into);
}

}  // namespace chronograph::graph
