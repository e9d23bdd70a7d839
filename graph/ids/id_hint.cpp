#include "graph/ids/id_hint.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "core/common/error.h"

namespace chronograph::graph {

namespace {

// 'a', 'b', 'c'
std::string quoted_list(const std::vector<std::string>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? ", '" : "'") + ids[i] + "'";
  return out;
}

std::vector<std::string_view> hyphen_words(std::string_view id) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start <= id.size();) {
    const std::size_t end = std::min(id.find('-', start), id.size());
    words.push_back(id.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// The ids whose word_distance to `wanted` is at most `limit`, closest first (ties by id).
std::vector<std::string> ids_within(const std::string& wanted, const std::vector<std::string>& ids, std::size_t limit,
                                    std::size_t count) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& id : ids)
    if (const std::size_t d = word_distance(wanted, id); d <= limit) scored.emplace_back(d, id);
  const std::size_t keep = std::min(count, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < keep; ++i) out.push_back(scored[i].second);
  return out;
}

}  // namespace

std::size_t word_distance(const std::string& wanted, const std::string& id) {
  std::size_t best = edit_distance(wanted, id);
  const std::size_t limit = wanted.size() / 3;
  const auto words = hyphen_words(id);
  const std::size_t span = hyphen_words(wanted).size();
  for (std::size_t first = 0; first + span <= words.size(); ++first) {
    const char* begin = words[first].data();
    const char* end = words[first + span - 1].data() + words[first + span - 1].size();
    const std::size_t distance = edit_distance(wanted, std::string(begin, end));
    if (distance <= limit) best = std::min(best, distance);
  }
  return best;
}

std::vector<std::string> ids_with_words(const std::string& words, const std::vector<std::string>& ids,
                                        std::size_t count) {
  std::vector<std::string> out;
  for (const auto& id : ids) {
    if (out.size() == count) break;
    if (word_distance(words, id) == 0) out.push_back(id);
  }
  return out;
}

std::vector<std::string> closest_ids(const std::string& id, const std::vector<std::string>& ids, std::size_t count) {
  return ids_within(id, ids, static_cast<std::size_t>(-1), count);
}

std::string likely_ids_hint(const std::string& wanted, const std::vector<std::string>& ids) {
  // Users remember a word of the title, not the whole slug: ids holding the typed words come first.
  if (const auto holding = ids_with_words(wanted, ids); !holding.empty()) return "did you mean " + quoted_list(holding) + "?";
  if (std::string whole = did_you_mean(wanted, ids); !whole.empty()) return whole;
  // word_distance counts a run of words only within a third of `wanted`: a slip, not another word.
  if (const auto near = ids_within(wanted, ids, wanted.size() / 3, 3); !near.empty())
    return "did you mean " + quoted_list(near) + "?";
  return {};
}

std::string unknown_id_hint(const std::string& wanted, const std::vector<std::string>& ids) {
  if (std::string likely = likely_ids_hint(wanted, ids); !likely.empty()) return likely;
  const auto closest = closest_ids(wanted, ids);
  return closest.empty() ? std::string{} : "the closest ids are " + quoted_list(closest);
}

}  // namespace chronograph::graph
