// What the entity tests ask of a document's extraction: an entity's type by name, the entity
// ids, and the actors of the last event with a trigger.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "tests/events/events_fixture.h"

namespace chronograph::test {

// The entity named `name` in `found`, null when there is none.
inline const core::EntityInfo* entity_named(const core::DocumentEvents& found, const std::string& name) {
  const auto it = std::find_if(found.entities.begin(), found.entities.end(), [&](const auto& e) { return e.name == name; });
  return it == found.entities.end() ? nullptr : &*it;
}

inline bool any_entity_named(const core::DocumentEvents& found, const std::string& name) {
  return entity_named(found, name) != nullptr;
}

// The type of the entity named `name` in `found`, "none" when there is none.
inline std::string type_of(const core::DocumentEvents& found, const std::string& name) {
  for (const auto& e : found.entities)
    if (e.name == name) return e.type;
  return "none";
}

inline std::vector<std::string> entity_ids(const core::DocumentEvents& found) {
  std::vector<std::string> ids;
  for (const auto& e : found.entities) ids.push_back(e.id);
  return ids;
}

inline std::vector<std::string> actors_of(const core::DocumentEvents& found, const std::string& trigger) {
  return found.actor_ids(last_event(found, trigger));
}

}  // namespace chronograph::test
