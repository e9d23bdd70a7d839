#include <array>
#include <string_view>

#include "graph/model/edge.h"
#include "graph/model/event.h"
#include "graph/model/event_time.h"

namespace chronograph::graph {

namespace {
template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::string_view, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == text) return static_cast<Enum>(i);
  return std::nullopt;
}

constexpr std::array<std::string_view, 5> kTimeSources{"explicit", "dct", "inferred", "override", "none"};
constexpr std::array<std::string_view, 5> kModalities{"actual", "planned", "possible", "hypothetical", "negated"};
constexpr std::array<std::string_view, 9> kEdgeTypes{"before",   "includes",  "simultaneous",
                                                     "causes",   "enables",   "responds_to",
                                                     "reports",  "refers_to", "part_of"};
constexpr std::array<std::string_view, 3> kEdgeSources{"extracted", "inferred", "override"};
}  // namespace

std::string edge_label(const Edge& edge) {
  return edge.from + " -" + std::string(to_string(edge.type)) + "-> " + edge.to;
}

std::string_view to_string(TimeSource source) { return kTimeSources[static_cast<std::size_t>(source)]; }
std::optional<TimeSource> time_source_from_string(std::string_view text) {
  return lookup<TimeSource>(kTimeSources, text);
}
std::string_view to_string(Modality modality) { return kModalities[static_cast<std::size_t>(modality)]; }
std::optional<Modality> modality_from_string(std::string_view text) { return lookup<Modality>(kModalities, text); }
std::string_view to_string(EdgeType type) { return kEdgeTypes[static_cast<std::size_t>(type)]; }
std::optional<EdgeType> edge_type_from_string(std::string_view text) { return lookup<EdgeType>(kEdgeTypes, text); }
bool is_temporal(EdgeType type) {
  return type == EdgeType::Before || type == EdgeType::Includes || type == EdgeType::Simultaneous;
}
std::string_view to_string(EdgeSource source) { return kEdgeSources[static_cast<std::size_t>(source)]; }
std::optional<EdgeSource> edge_source_from_string(std::string_view text) {
  return lookup<EdgeSource>(kEdgeSources, text);
}

}  // namespace chronograph::graph
