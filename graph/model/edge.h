// A typed, directed link between two events (DESIGN.md "Edge types"), with its evidence.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "graph/model/day_gap.h"

namespace chronograph::graph {

enum class EdgeType { Before, Includes, Simultaneous, Causes, Enables, RespondsTo, Reports, RefersTo, PartOf };
std::string_view to_string(EdgeType type);
std::optional<EdgeType> edge_type_from_string(std::string_view text);
// before, includes, simultaneous order events in time; the others say why they are linked.
bool is_temporal(EdgeType type);

enum class EdgeSource { Extracted, Inferred, Override };
std::string_view to_string(EdgeSource source);
std::optional<EdgeSource> edge_source_from_string(std::string_view text);

struct Evidence {
  std::string doc;
  int sentence = -1;  // -1 when not from one sentence
  std::string cue;    // the words that signal the link ("agreements reached at")
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Edge {
  std::string from, to;  // event ids
  EdgeType type = EdgeType::Before;
  Evidence evidence;
  EdgeSource source = EdgeSource::Extracted;
  double confidence = 1.0;
  // before only: how many days after `from` ends `to` starts ("a week after": 7..7)
  std::optional<DayGap> gap = std::nullopt;
  friend bool operator==(const Edge&, const Edge&) = default;
};

// "from -type-> to", the form conflicts and messages use to name an edge.
std::string edge_label(const Edge& edge);

}  // namespace chronograph::graph
