#include "graph/assemble/entity_merge.h"

#include <algorithm>
#include <map>
#include <string>

namespace chronograph::graph {

namespace {

std::string first_word(const std::string& name) { return name.substr(0, name.find(' ')); }

std::string last_word(const std::string& name) {
  const auto space = name.rfind(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

bool multiword(const Entity& e) { return e.name.find(' ') != std::string::npos; }

// Whether the one-word `name` is a short form of the multi-word entity `full`.
bool stands_for(const std::string& name, const Entity& full) {
  if (full.type == "ORGANIZATION") return first_word(full.name) == name;
  if (full.type == "PERSON" || full.type == "MISC") return last_word(full.name) == name || first_word(full.name) == name;
  return false;
}

// The one multi-word entity `short_one` stands for; nullptr when none or several do.
Entity* full_entity(Entity& short_one, std::vector<Entity>& entities) {
  Entity* found = nullptr;
  for (auto& full : entities) {
    if (!multiword(full) || !stands_for(short_one.name, full)) continue;
    if (found) return nullptr;
    found = &full;
  }
  return found;
}

void rename_actors(std::vector<Event>& events, const std::map<std::string, std::string>& into) {
  for (auto& event : events) {
    for (auto& actor : event.actors)
      if (const auto it = into.find(actor); it != into.end()) actor = it->second;
    std::sort(event.actors.begin(), event.actors.end());
    event.actors.erase(std::unique(event.actors.begin(), event.actors.end()), event.actors.end());
  }
}

}  // namespace

void merge_short_names(GraphData& graph) {
  std::map<std::string, std::string> into;  // short entity id -> full entity id
  for (auto& e : graph.entities) {
    if (multiword(e) || e.type == "LOCATION" || e.type == "GROUP") continue;
    Entity* full = full_entity(e, graph.entities);
    if (!full) continue;
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
