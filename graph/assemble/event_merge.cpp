#include "graph/assemble/event_merge.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace chronograph::graph {

namespace {

std::string lower_title(const std::string& title) {
  std::string out = title;
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool stated_date(const Event& e) { return e.time.source == TimeSource::Explicit && e.time.closed(); }

bool actors_agree(const Event& a, const Event& b) {
  if (a.actors.empty() || b.actors.empty()) return true;
  return std::any_of(a.actors.begin(), a.actors.end(),
                     [&](const std::string& id) { return std::find(b.actors.begin(), b.actors.end(), id) != b.actors.end(); });
}

// The title's words in lower case, sorted, an owner's "'s" taken off ("Lumora's call with
// analysts" names the call "Lumora holds" too).
std::vector<std::string> title_words(const std::string& title) {
  std::vector<std::string> words;
  std::string word;
  const auto keep = [&] {
    for (const std::string_view owner : {"'s", "\u2019s"})
      if (word.size() > owner.size() && word.ends_with(owner)) word.resize(word.size() - owner.size());
    words.push_back(std::exchange(word, {}));
  };
  for (const char c : lower_title(title) + " ") {
    if (c != ' ') word += c;
    else if (!word.empty()) keep();
  }
  std::sort(words.begin(), words.end());
  return words;
}

// "Strike" and "Dock workers begin strike": one title says all the other does, and more. Titles
// told in other words stay apart: "Hackers gain access" and "Intruders gain access" may be one
// happening, but "Teachers reject pay offer" and "Nurses reject pay offer" are two, and the
// words alone cannot tell which. An empty title says nothing, so it agrees with none.
bool titles_agree(const Event& a, const Event& b) {
  const auto wa = title_words(a.title), wb = title_words(b.title);
  if (wa.empty() || wb.empty()) return false;
  return std::includes(wa.begin(), wa.end(), wb.begin(), wb.end()) || std::includes(wb.begin(), wb.end(), wa.begin(), wa.end());
}

const std::string& document_of(const Event& e) {
  static const std::string none;
  return e.mentions.empty() ? none : e.mentions.front().doc;
}

}  // namespace

std::vector<std::size_t> same_events_across_documents(const std::vector<Event>& events) {
  std::vector<std::size_t> into(events.size());
  // (lemma, modality, start, end) -> the events so far with that key
  using Key = std::tuple<std::string, int, date::sys_days, date::sys_days>;
  std::map<Key, std::vector<std::size_t>> seen;
  std::map<std::size_t, std::vector<std::size_t>> members;  // a kept event -> the events joined to it, itself first
  for (std::size_t i = 0; i < events.size(); ++i) {
    into[i] = i;
    const Event& e = events[i];
    if (!stated_date(e)) continue;
    auto& same = seen[Key{e.lemma, static_cast<int>(e.modality), *e.time.start, *e.time.end}];
    // (every event already joined agrees too: "Strike" takes "Dock workers begin strike" or
    // "Rail workers begin strike", not both)
    const auto agrees = [&](std::size_t k) { return actors_agree(events[k], e) && titles_agree(events[k], e); };
    const auto match = std::find_if(same.begin(), same.end(), [&](std::size_t root) {
      return document_of(events[root]) != document_of(e) && std::all_of(members[root].begin(), members[root].end(), agrees);
    });
    if (match != same.end()) {
      into[i] = *match;
      members[*match].push_back(i);
    } else {
      same.push_back(i);
      members[i] = {i};
    }
  }
  return into;
}

}  // namespace chronograph::graph
