#include "cli/about_note.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/common/error.h"

namespace chronograph::cli {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The words of a name, lower-cased: "Roger Federer" -> roger, federer.
std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::exchange(word, {}));
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// How far `wanted` is from an entity's name: from the whole name or from its closest word, so
// "Fedrer" is near "Roger Federer" and "Google" near "Google LLC"; -1 when too far to suggest.
int distance_to(const std::string& wanted, std::string_view name) {
  // A suggestion further than a third of the word away is noise, not help.
  const std::size_t limit = std::max<std::size_t>(1, wanted.size() / 3);
  std::size_t best = edit_distance(wanted, lower(name));
  for (const auto& word : words_of(name)) best = std::min(best, edit_distance(wanted, word));
  return best <= limit ? static_cast<int>(best) : -1;
}

// The entity names closest to `wanted`, at most three, nearest first.
std::vector<std::string> names_like(const graph::GraphData& graph, std::string_view wanted) {
  const std::string key = lower(wanted);
  std::map<std::string, int> nearest;  // name -> its distance (by name: sorted, so deterministic)
  for (const auto& entity : graph.entities) {
    int best = distance_to(key, entity.name);
    for (const auto& alias : entity.aliases)
      if (const int d = distance_to(key, alias); d >= 0 && (best < 0 || d < best)) best = d;
    if (best < 0) continue;
    auto [at, fresh] = nearest.emplace(entity.name, best);
    if (!fresh) at->second = std::min(at->second, best);
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [name, distance] : nearest) ranked.emplace_back(distance, name);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) out.push_back(ranked[i].second);
  return out;
}

// The three names most events have as an actor, most first (ties by name).
std::vector<std::string> main_actors(const graph::GraphData& graph) {
  std::map<std::string, std::size_t> events_of;
  for (const auto& event : graph.events)
    for (const auto& actor : event.actors) ++events_of[actor];
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& entity : graph.entities)
    if (const auto found = events_of.find(entity.id); found != events_of.end())
      ranked.emplace_back(found->second, entity.name);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (const auto& [count, name] : ranked)
    if (out.size() < 3 && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  return out;
}

// 'a', 'b' or 'c'
std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

}  // namespace

std::string about_note(const graph::GraphData& graph, std::string_view name) {
  if (graph.events.empty()) return fmt::format("no events were found in the input, so none is about '{}'", name);
  const std::size_t n = graph.events.size();
  std::string note = fmt::format("no event is about '{}' (of {} event{} found)", name, n, n == 1 ? "" : "s");
  if (const auto like = names_like(graph, name); !like.empty())
    return note + "; did you mean " + quoted_list(like) + "?";
  note += "; --about takes a name as the articles write it, an actor's or a word of an event's title";
  if (const auto actors = main_actors(graph); !actors.empty()) note += ", such as " + quoted_list(actors);
  return note;
}

}  // namespace chronograph::cli
