// A Boost.Graph view over a GraphData (graph/model/graph_data.h), built once and then used
// const: vertices are events (index i is data.events[i]), edges are data.edges (edge k is
// data.edges[k]). Traversal, reachability, cycles and topological order are Boost.Graph's.
//
//   EventGraph graph(data);                         // data must outlive graph
//   std::size_t call = graph.require("video-call");  // InputError with "did you mean" if absent
//   DependencyTree tree = graph.dependencies(call, Direction::Up, 3, {});
//   for (const BeforeCycle& cycle : graph.cycles_in_before()) ...
//
// Which way an edge "depends": before, includes, causes and enables point from what comes
// first to what depends on it; responds_to, reports, refers_to and part_of point from the
// dependent to what it depends on; simultaneous goes both ways. `Up` follows an event to
// what it depends on, `Down` to what depends on it.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

enum class Direction { Up, Down };

// One line of a dependency tree: data.events[event] at `depth` edges from the root, reached
// through data.edges[edge] from the nearest line above it with depth - 1 (no edge for the root).
struct DependencyNode {
  std::size_t event = 0;
  std::optional<std::size_t> edge;
  int depth = 0;
};
// In pre-order (a parent, then each of its subtrees), the root first; flat so that a chain of
// 100,000 events needs no recursion to build, print or destroy.
using DependencyTree = std::vector<DependencyNode>;

// A cycle of `before` edges: edges[k] ends where edges[k+1] starts, the last ends at the first.
struct BeforeCycle {
  std::vector<std::size_t> edges;   // indexes into data.edges, in cycle order
  std::size_t component_size = 0;  // events in its strongly connected component (>= cycle length)
};

class EventGraph {
 public:
  // Throws InputError when an edge names an event id that does not exist, or when two events
  // share an id.
  explicit EventGraph(const GraphData& data);
  ~EventGraph();
  // Holds three Boost.Graph CSR graphs and the id index; built once, a copy is a mistake.
  EventGraph(const EventGraph&) = delete;
  EventGraph& operator=(const EventGraph&) = delete;
  EventGraph(EventGraph&&) noexcept;
  EventGraph& operator=(EventGraph&&) noexcept;

  const GraphData& data() const { return *data_; }
  std::size_t event_count() const;
  std::size_t edge_count() const;

  std::optional<std::size_t> find(const std::string& id) const;
  // The event's index; throws InputError "no event 'x'; did you mean 'y'?" when absent.
  std::size_t require(const std::string& id) const;
  // Every id, in the order of data.events.
  std::vector<std::string> ids() const;

  // Breadth-first from `event` along the dependency direction, up to `depth` edges away
  // (depth 0: only the root; negative: no limit), following only edges of `types` (all when empty). Each event
  // appears once, at its shortest distance; children are ordered by edge type, then id.
  DependencyTree dependencies(std::size_t event, Direction direction, int depth,
                              const std::vector<EdgeType>& types) const;

  // Every cycle of `before` edges: one simple cycle per strongly connected component that has
  // one, starting from the component's first event in data order.
  std::vector<BeforeCycle> cycles_in_before() const;

  // Events ordered so that every `before` edge goes forward; nullopt when `before` has a cycle.
  std::optional<std::vector<std::size_t>> topological_order() const;

  // True when `to` can be reached from `from` along edges of `types` in their from->to sense.
  bool reaches(std::size_t from, std::size_t to, const std::vector<EdgeType>& types) const;

  // Indexes of the edges that start / end at `event`, in data order.
  std::vector<std::size_t> out_edges(std::size_t event) const;
  std::vector<std::size_t> in_edges(std::size_t event) const;

 private:
  struct Impl;
  const GraphData* data_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronograph::graph
