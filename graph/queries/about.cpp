#include "graph/queries/about.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

namespace chronograph::graph {

namespace {

using Words = std::vector<std::string>;

// Words of letters and digits, lower-cased unless `keep_case`: "Apple Inc." -> apple inc.
Words words_of(std::string_view text, bool keep_case = false) {
  Words words;
  std::string word;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      word += keep_case ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Whether `part` stands in `whole` as a run of consecutive words.
bool contains_run(const Words& whole, const Words& part) {
  if (part.empty() || part.size() > whole.size()) return false;
  return std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
}

// Whether the words of `part` stand in `whole` in their order, others between them allowed.
bool contains_in_order(const Words& whole, const Words& part) {
  auto at = whole.begin();
  for (const auto& word : part) {
    at = std::find(at, whole.end(), word);
    if (at == whole.end()) return false;
    ++at;
  }
  return !part.empty();
}

// "iTunes store" names "iTunes Music Store"; "Beatles Apple Corps" names "Apple Corps".
bool names(const Words& wanted, std::string_view entity_name) {
  const Words name = words_of(entity_name);
  return contains_in_order(name, wanted) || (name.size() >= 2 && contains_run(wanted, name));
}

struct Named {
  std::set<std::string> ids;
  std::vector<Words> names;  // full names of two words or more, as written: a title naming one is about it
};

Named entities_named(const GraphData& graph, const Words& wanted) {
  Named named;
  for (const Entity& entity : graph.entities) {
    bool match = names(wanted, entity.name);
    for (const auto& alias : entity.aliases) match = match || names(wanted, alias);
    if (!match) continue;
    named.ids.insert(entity.id);
    // (a one-word name or alias, "Apple" or "Jobs", names too much in titles)
    if (Words name = words_of(entity.name, true); name.size() >= 2) named.names.push_back(std::move(name));
  }
  return named;
}

// An actor is the entity, or the title names it: as NAME writes it (any case), or by the
// entity's full name as the text writes it.
bool is_about(const Event& event, const Named& named, const Words& wanted) {
  const bool actor = std::any_of(event.actors.begin(), event.actors.end(),
                                 [&](const std::string& id) { return named.ids.count(id) > 0; });
  if (actor || contains_run(words_of(event.title), wanted)) return true;
  const Words title = words_of(event.title, true);
  return std::any_of(named.names.begin(), named.names.end(),
                     [&](const Words& name) { return contains_run(title, name); });
}

// "from -type-> to" labels name their events; a conflict stays when all of its edges do.
bool kept_conflict(const Conflict& conflict, const std::set<std::string>& kept_labels) {
  return std::all_of(conflict.edges.begin(), conflict.edges.end(),
                     [&](const std::string& label) { return kept_labels.count(label) > 0; });
}

}  // namespace

GraphData about(const GraphData& graph, std::string_view name) {
  const Words wanted = words_of(name);
  const Named entities = entities_named(graph, wanted);
  GraphData out;
  out.documents = graph.documents;
  out.timexes = graph.timexes;
  std::set<std::string> events, actors;
  for (const Event& event : graph.events) {
    if (!is_about(event, entities, wanted)) continue;
    out.events.push_back(event);
    events.insert(event.id);
    actors.insert(event.actors.begin(), event.actors.end());
  }
  for (const Entity& entity : graph.entities)
    if (actors.count(entity.id)) out.entities.push_back(entity);
  std::set<std::string> labels;
  for (const Edge& edge : graph.edges) {
    if (!events.count(edge.from) || !events.count(edge.to)) continue;
    out.edges.push_back(edge);
    labels.insert(edge_label(edge));
  }
  for (const Conflict& conflict : graph.conflicts)
    if (kept_conflict(conflict, labels)) out.conflicts.push_back(conflict);
  return out;
}

}  // namespace chronograph::graph
