#include "graph/event_graph/event_graph.h"

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "tests/graph/test_graphs.h"

using namespace chronograph;
using namespace chronograph::graph;
using chronograph::test::diplomacy_graph;
using chronograph::test::make_edge;
using chronograph::test::make_event;

namespace {

// "id@depth" for each line of a tree, in order.
std::vector<std::string> lines(const EventGraph& graph, const DependencyTree& tree) {
  std::vector<std::string> out;
  for (const auto& node : tree) out.push_back(graph.data().events[node.event].id + "@" + std::to_string(node.depth));
  return out;
}

GraphData chain(std::size_t n, EdgeType type = EdgeType::Before) {
  GraphData g;
  for (std::size_t i = 0; i < n; ++i) g.events.push_back(make_event("e" + std::to_string(i), "event"));
  for (std::size_t i = 0; i + 1 < n; ++i) g.edges.push_back(make_edge("e" + std::to_string(i), "e" + std::to_string(i + 1), type));
  return g;
}

}  // namespace

TEST_CASE("up follows an event to what it depends on, whatever way its edges point", "[event_graph]") {
  const GraphData data = diplomacy_graph();
  const EventGraph graph(data);
  const auto tree = graph.dependencies(graph.require("video-call"), Direction::Up, 3, {});
  // video-call depends on the summit (before it) and on the warning it responds to; the
  // warning depends on the build-up that caused it.
  CHECK(lines(graph, tree) ==
        std::vector<std::string>{"video-call@0", "geneva-summit@1", "warning@1", "build-up@2"});
  REQUIRE(tree[1].edge);
  CHECK(data.edges[*tree[1].edge].type == EdgeType::Before);
}

TEST_CASE("down lists what depends on an event", "[event_graph]") {
  const GraphData data = diplomacy_graph();
  const EventGraph graph(data);
  CHECK(lines(graph, graph.dependencies(graph.require("video-call"), Direction::Down, 3, {})) ==
        std::vector<std::string>{"video-call@0", "sanctions@1", "statement@1"});
  CHECK(lines(graph, graph.dependencies(graph.require("build-up"), Direction::Down, -1, {})) ==
        std::vector<std::string>{"build-up@0", "warning@1", "video-call@2", "sanctions@3", "statement@3"});
}

TEST_CASE("depth and edge types limit the tree", "[event_graph]") {
  const GraphData data = diplomacy_graph();
  const EventGraph graph(data);
  const auto call = graph.require("video-call");
  CHECK(lines(graph, graph.dependencies(call, Direction::Up, 1, {})) ==
        std::vector<std::string>{"video-call@0", "geneva-summit@1", "warning@1"});
  CHECK(lines(graph, graph.dependencies(call, Direction::Up, 0, {})) == std::vector<std::string>{"video-call@0"});
  CHECK(lines(graph, graph.dependencies(call, Direction::Up, 5, {EdgeType::Before})) ==
        std::vector<std::string>{"video-call@0", "geneva-summit@1"});
  CHECK(lines(graph, graph.dependencies(call, Direction::Up, 5, {EdgeType::RespondsTo, EdgeType::Causes})) ==
        std::vector<std::string>{"video-call@0", "warning@1", "build-up@2"});
}

TEST_CASE("simultaneous edges are followed both ways and each event appears once", "[event_graph]") {
  GraphData g = chain(3);
  g.edges.push_back(make_edge("e2", "e0", EdgeType::Simultaneous));
  const EventGraph graph(g);
  CHECK(lines(graph, graph.dependencies(0, Direction::Down, -1, {})) ==
        std::vector<std::string>{"e0@0", "e1@1", "e2@1"});
}

TEST_CASE("a long chain needs no recursion", "[event_graph]") {
  const GraphData g = chain(200000);
  const EventGraph graph(g);
  const auto tree = graph.dependencies(0, Direction::Down, -1, {});
  CHECK(tree.size() == 200000);
  CHECK(tree.back().depth == 199999);
  CHECK(graph.topological_order()->front() == 0);
}

TEST_CASE("cycles in before are found with their edges in order", "[event_graph]") {
  GraphData g = chain(4);                                        // e0 -> e1 -> e2 -> e3
  g.edges.push_back(make_edge("e3", "e1", EdgeType::Before));      // closes e1 -> e2 -> e3 -> e1
  g.edges.push_back(make_edge("e0", "e0", EdgeType::Before));      // a self-loop
  g.edges.push_back(make_edge("e2", "e0", EdgeType::Causes));      // not a before edge: no cycle
  const EventGraph graph(g);
  const auto cycles = graph.cycles_in_before();
  REQUIRE(cycles.size() == 2);
  CHECK(cycles[0].edges == std::vector<std::size_t>{4});
  CHECK(cycles[1].edges == std::vector<std::size_t>{1, 2, 3});
  CHECK(cycles[1].component_size == 3);
  CHECK_FALSE(graph.topological_order());
}

TEST_CASE("a graph without before cycles has a topological order that respects before", "[event_graph]") {
  const GraphData data = diplomacy_graph();
  const EventGraph graph(data);
  CHECK(graph.cycles_in_before().empty());
  const auto order = graph.topological_order();
  REQUIRE(order);
  std::vector<std::size_t> position(order->size());
  for (std::size_t i = 0; i < order->size(); ++i) position[(*order)[i]] = i;
  for (const auto& edge : data.edges)
    if (edge.type == EdgeType::Before) CHECK(position[*graph.find(edge.from)] < position[*graph.find(edge.to)]);
}

TEST_CASE("reachability follows edges in their direction", "[event_graph]") {
  const GraphData data = diplomacy_graph();
  const EventGraph graph(data);
  CHECK(graph.reaches(graph.require("geneva-summit"), graph.require("sanctions"), {EdgeType::Before}));
  CHECK_FALSE(graph.reaches(graph.require("sanctions"), graph.require("geneva-summit"), {EdgeType::Before}));
  CHECK_FALSE(graph.reaches(graph.require("build-up"), graph.require("video-call"), {EdgeType::Causes}));
}

TEST_CASE("an unknown id is an error naming the closest ids", "[event_graph]") {
  const GraphData data = diplomacy_graph();
  const EventGraph graph(data);
  CHECK_FALSE(graph.find("genva-summit"));
  REQUIRE_THROWS_WITH(graph.require("genva-summit"), "no event 'genva-summit'; did you mean 'geneva-summit'?");
  REQUIRE_THROWS_WITH(graph.require("zzz"),
                      "no event 'zzz'; the closest ids are 'warning', 'build-up', 'sanctions'");
}

TEST_CASE("an edge naming a missing event or two events sharing an id is refused", "[event_graph]") {
  GraphData g = diplomacy_graph();
  g.edges.push_back(make_edge("video-cal", "statement", EdgeType::Before));
  REQUIRE_THROWS_WITH(EventGraph(g), "edge 'video-cal -before-> statement' names no event 'video-cal'; "
                                     "did you mean 'video-call'?");
  GraphData twice = diplomacy_graph();
  twice.events.push_back(twice.events.front());
  REQUIRE_THROWS_AS(EventGraph(twice), InputError);
}

TEST_CASE("in and out edges are listed in data order", "[event_graph]") {
  const GraphData data = diplomacy_graph();
  const EventGraph graph(data);
  const auto call = graph.require("video-call");
  CHECK(graph.out_edges(call) == std::vector<std::size_t>{2, 4});
  CHECK(graph.in_edges(call) == std::vector<std::size_t>{0, 3});
  CHECK(graph.event_count() == 6);
  CHECK(graph.edge_count() == 5);
}
