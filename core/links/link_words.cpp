#include "core/links/link_words.h"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/events/lexicon.h"

namespace chronograph::core {

namespace {

constexpr std::string_view kEdgeTypes[] = {"before",      "includes", "simultaneous", "causes",  "enables",
                                           "responds_to", "reports",  "refers_to",    "part_of"};

}  // namespace

std::string link_lemma(const Token& token) {
  if (!token.lemma.empty()) return to_lower(token.lemma);
  return to_lower(token.norm.empty() ? token.text : token.norm);
}

std::map<std::size_t, std::size_t> events_by_trigger(const DocumentEvents& events) {
  std::map<std::size_t, std::size_t> at;
  for (std::size_t e = 0; e < events.events.size(); ++e) at.emplace(events.events[e].token, e);
  return at;
}

std::vector<std::string> split_fields(const std::string& line, char separator) {
  std::vector<std::string> parts;
  std::stringstream stream(line);
  for (std::string part; std::getline(stream, part, separator);) parts.push_back(part);
  return parts;
}

int column_of_field(const std::vector<std::string>& fields, std::size_t index) {
  std::size_t column = 1;
  for (std::size_t k = 0; k < index && k < fields.size(); ++k) column += fields[k].size() + 1;
  return static_cast<int>(column);
}

bool is_edge_type(std::string_view type) {
  return std::find(std::begin(kEdgeTypes), std::end(kEdgeTypes), type) != std::end(kEdgeTypes);
}

std::string edge_type_list() { return fmt::format("{}", fmt::join(kEdgeTypes, ", ")); }

}  // namespace chronograph::core
