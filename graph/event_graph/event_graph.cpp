#include "graph/event_graph/event_graph.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <tuple>
#include <unordered_map>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>

#include "core/common/error.h"
#include "graph/ids/id_hint.h"

namespace chronograph::graph {

namespace {

struct EdgeProp {
  std::size_t index = 0;  // into GraphData::edges
};

// Edges as written (from -> to); `before` alone; and dependencies (upstream -> dependent).
// Built once and never edited, so compressed sparse rows: one allocation per array instead of
// one per edge (500,000 edges build in a fraction of the adjacency_list time, bench/graph).
using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeProp>;
using Vertex = Graph::vertex_descriptor;

// Edges gathered before the graph is made in one go.
struct EdgeList {
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<EdgeProp> props;
  void add(Vertex from, Vertex to, std::size_t index) {
    ends.emplace_back(from, to);
    props.push_back(EdgeProp{index});
  }
  Graph build(std::size_t vertices) const {
    return Graph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(), vertices);
  }
};

constexpr std::size_t kEdgeTypeCount = 9;
using TypeMask = std::array<bool, kEdgeTypeCount>;

TypeMask mask_of(const std::vector<EdgeType>& types) {
  TypeMask mask{};
  if (types.empty()) mask.fill(true);
  for (const EdgeType type : types) mask[static_cast<std::size_t>(type)] = true;
  return mask;
}

// Which end of an edge is the one the other depends on (DESIGN.md edge meanings).
bool upstream_is_from(EdgeType type) {
  switch (type) {
    case EdgeType::Before:
    case EdgeType::Includes:
    case EdgeType::Causes:
    case EdgeType::Enables:
    case EdgeType::Simultaneous:
      return true;
    case EdgeType::RespondsTo:
    case EdgeType::Reports:
    case EdgeType::RefersTo:
    case EdgeType::PartOf:
      return false;
  }
  return true;
}

// Sparse maps so that a query touching 50 events of 100,000 costs 50, not 100,000.
using ColorStore = std::unordered_map<Vertex, boost::default_color_type>;
using ColorMap = boost::associative_property_map<ColorStore>;

// Lets an edge through when its type is wanted and its source is not yet at the depth limit.
template <typename G>
struct DepthTypeFilter {
  const G* graph = nullptr;
  const GraphData* data = nullptr;
  const std::unordered_map<Vertex, int>* depth = nullptr;
  int max_depth = 0;
  TypeMask types{};
  template <typename E>
  bool operator()(const E& e) const {
    const auto found = depth->find(boost::source(e, *graph));
    if (found == depth->end() || found->second >= max_depth) return false;
    return types[static_cast<std::size_t>(data->edges[(*graph)[e].index].type)];
  }
};

// What a breadth-first search from one event found: each event's depth, the event and edge it
// came from, and the order of discovery.
struct SearchTree {
  explicit SearchTree(Vertex root) : depth{{root, 0}} {}
  std::unordered_map<Vertex, int> depth;
  std::unordered_map<Vertex, std::pair<Vertex, std::size_t>> parent;  // vertex -> (parent, edge)
  std::vector<Vertex> order;
};

struct TreeRecorder : boost::default_bfs_visitor {
  SearchTree* tree = nullptr;
  template <typename E, typename FG>
  void tree_edge(const E& e, const FG& g) const {
    const Vertex source = boost::source(e, g), target = boost::target(e, g);
    tree->depth[target] = tree->depth.at(source) + 1;
    tree->parent[target] = {source, g[e].index};
  }
  template <typename FG>
  void discover_vertex(Vertex v, const FG&) const { tree->order.push_back(v); }
};

// Grows `tree` by a breadth-first search of `graph` from `root` (the root is already in it).
template <typename FG>
void search_from(const FG& graph, Vertex root, SearchTree& tree) {
  ColorStore colors;
  ColorMap color(colors);
  boost::queue<Vertex> queue;
  boost::breadth_first_visit(graph, root, queue, TreeRecorder{{}, &tree}, color);
}

struct ComponentFilter {
  const std::vector<int>* component = nullptr;
  const Graph* graph = nullptr;
  int wanted = -1;
  template <typename E>
  bool operator()(const E& e) const {
    return (*component)[boost::source(e, *graph)] == wanted && (*component)[boost::target(e, *graph)] == wanted;
  }
};

struct TypeFilter {
  const Graph* graph = nullptr;
  const GraphData* data = nullptr;
  TypeMask types{};
  template <typename E>
  bool operator()(const E& e) const {
    return types[static_cast<std::size_t>(data->edges[(*graph)[e].index].type)];
  }
};

}  // namespace

struct EventGraph::Impl {
  Graph edges;       // every edge, from -> to
  Graph before;      // `before` edges only
  Graph dependency;  // upstream -> dependent; simultaneous both ways
  std::unordered_map<std::string, std::size_t> index;
};

EventGraph::EventGraph(const GraphData& data) : data_(&data), impl_(std::make_unique<Impl>()) {
  const std::size_t n = data.events.size();
  impl_->index.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    if (!impl_->index.emplace(data.events[i].id, i).second)
      throw InputError("two events have the id '" + data.events[i].id + "'",
                       "every event id must be unique; rename one in the overrides file");
  EdgeList edges, before, dependency;
  edges.ends.reserve(data.edges.size());
  edges.props.reserve(data.edges.size());
  dependency.ends.reserve(data.edges.size());
  dependency.props.reserve(data.edges.size());
  for (std::size_t k = 0; k < data.edges.size(); ++k) {
    const Edge& edge = data.edges[k];
    const auto from = find(edge.from), to = find(edge.to);
    if (!from || !to) {
      const std::string& missing = from ? edge.to : edge.from;
      const std::string hint = did_you_mean(missing, ids());
      throw InputError("edge '" + edge_label(edge) + "' names no event '" + missing + "'" +
                       (hint.empty() ? std::string() : "; " + hint));
    }
    edges.add(*from, *to, k);
    if (edge.type == EdgeType::Before) before.add(*from, *to, k);
    const bool forward = upstream_is_from(edge.type);
    dependency.add(forward ? *from : *to, forward ? *to : *from, k);
    if (edge.type == EdgeType::Simultaneous) dependency.add(*to, *from, k);
  }
  impl_->edges = edges.build(n);
  impl_->before = before.build(n);
  impl_->dependency = dependency.build(n);
}

EventGraph::~EventGraph() = default;
EventGraph::EventGraph(EventGraph&&) noexcept = default;
EventGraph& EventGraph::operator=(EventGraph&&) noexcept = default;

std::size_t EventGraph::event_count() const { return boost::num_vertices(impl_->edges); }
std::size_t EventGraph::edge_count() const { return boost::num_edges(impl_->edges); }

std::optional<std::size_t> EventGraph::find(const std::string& id) const {
  const auto found = impl_->index.find(id);
  if (found == impl_->index.end()) return std::nullopt;
  return found->second;
}

std::size_t EventGraph::require(const std::string& id) const {
  if (const auto found = find(id)) return *found;
  const std::string hint = unknown_id_hint(id, ids());
  throw InputError("no event '" + id + "'" + (hint.empty() ? "" : "; " + hint),
                   "`chronograph extract FILES --format json` lists every event id");
}

std::vector<std::string> EventGraph::ids() const {
  std::vector<std::string> out;
  out.reserve(data_->events.size());
  for (const auto& event : data_->events) out.push_back(event.id);
  return out;
}

namespace {

template <typename G>
DependencyTree breadth_first_tree(const G& graph, const GraphData& data, Vertex root, int depth_limit,
                                  const TypeMask& types) {
  SearchTree found(root);
  DepthTypeFilter<G> filter{&graph, &data, &found.depth,
                            depth_limit < 0 ? std::numeric_limits<int>::max() : depth_limit, types};
  search_from(boost::filtered_graph<G, DepthTypeFilter<G>>(graph, filter), root, found);
  const auto& [depth, parent, order] = found;

  std::unordered_map<Vertex, std::vector<Vertex>> children;
  for (const Vertex v : order)
    if (v != root) children[parent.at(v).first].push_back(v);
  const auto by_type_then_id = [&](Vertex a, Vertex b) {
    const auto ta = data.edges[parent.at(a).second].type, tb = data.edges[parent.at(b).second].type;
    if (ta != tb) return ta < tb;
    return data.events[a].id < data.events[b].id;
  };
  DependencyTree tree;
  tree.reserve(order.size());
  std::vector<Vertex> stack{root};
  while (!stack.empty()) {
    const Vertex v = stack.back();
    stack.pop_back();
    DependencyNode node{v, std::nullopt, depth.at(v)};
    if (v != root) node.edge = parent.at(v).second;
    tree.push_back(node);
    auto& kids = children[v];
    std::sort(kids.begin(), kids.end(), by_type_then_id);
    stack.insert(stack.end(), kids.rbegin(), kids.rend());
  }
  return tree;
}

}  // namespace

DependencyTree EventGraph::dependencies(std::size_t event, Direction direction, int depth,
                                        const std::vector<EdgeType>& types) const {
  const TypeMask mask = mask_of(types);
  if (direction == Direction::Down)
    return breadth_first_tree(impl_->dependency, *data_, event, depth, mask);
  const auto reversed = boost::make_reverse_graph(impl_->dependency);
  return breadth_first_tree(reversed, *data_, event, depth, mask);
}


namespace {

// A shortest cycle through `root` inside its strongly connected component `wanted`: the tree
// of a breadth-first search from root inside the component, closed by the in-edge of root
// whose source the search reached first.
BeforeCycle cycle_through(const Graph& before, const std::vector<int>& component, int wanted, Vertex root) {
  ComponentFilter filter{&component, &before, wanted};
  SearchTree found(root);
  search_from(boost::filtered_graph<Graph, ComponentFilter>(before, filter), root, found);
  const auto& [depth, parent, order] = found;

  std::optional<std::tuple<int, std::size_t, Vertex>> closing;  // source depth, edge, source
  for (const auto& e : boost::make_iterator_range(boost::in_edges(root, before))) {
    const Vertex source = boost::source(e, before);
    if (component[source] != wanted || !depth.count(source)) continue;
    const std::tuple<int, std::size_t, Vertex> candidate{depth.at(source), before[e].index, source};
    if (!closing || candidate < *closing) closing = candidate;
  }
  BeforeCycle cycle;
  if (!closing) return cycle;  // cannot happen in a strongly connected component
  cycle.edges.push_back(std::get<1>(*closing));
  for (Vertex at = std::get<2>(*closing); at != root; at = parent.at(at).first)
    cycle.edges.push_back(parent.at(at).second);
  std::reverse(cycle.edges.begin(), cycle.edges.end());
  return cycle;
}

}  // namespace

std::vector<BeforeCycle> EventGraph::cycles_in_before() const {
  const Graph& before = impl_->before;
  std::vector<int> component(boost::num_vertices(before));
  const int count = boost::strong_components(
      before, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, before)));
  std::vector<std::size_t> size(static_cast<std::size_t>(count), 0);
  for (const int c : component) ++size[static_cast<std::size_t>(c)];
  std::vector<bool> done(static_cast<std::size_t>(count), false);
  std::vector<BeforeCycle> cycles;
  for (Vertex v = 0; v < boost::num_vertices(before); ++v) {
    const auto c = static_cast<std::size_t>(component[v]);
    if (done[c]) continue;
    done[c] = true;
    if (size[c] == 1) {  // a single event is a cycle only with an edge to itself
      for (const auto& e : boost::make_iterator_range(boost::out_edges(v, before)))
        if (boost::target(e, before) == v) {
          cycles.push_back(BeforeCycle{{before[e].index}, 1});
          break;
        }
      continue;
    }
    BeforeCycle cycle = cycle_through(before, component, component[v], v);
    cycle.component_size = size[c];
    cycles.push_back(std::move(cycle));
  }
  return cycles;
}

std::optional<std::vector<std::size_t>> EventGraph::topological_order() const {
  std::vector<Vertex> reversed;
  reversed.reserve(boost::num_vertices(impl_->before));
  try {
    boost::topological_sort(impl_->before, std::back_inserter(reversed));
  } catch (const boost::not_a_dag&) {
    return std::nullopt;
  }
  return std::vector<std::size_t>(reversed.rbegin(), reversed.rend());
}

bool EventGraph::reaches(std::size_t from, std::size_t to, const std::vector<EdgeType>& types) const {
  TypeFilter filter{&impl_->edges, data_, mask_of(types)};
  boost::filtered_graph<Graph, TypeFilter> filtered(impl_->edges, filter);
  ColorStore colors;
  ColorMap color(colors);
  boost::queue<Vertex> queue;
  boost::breadth_first_visit(filtered, from, queue, boost::default_bfs_visitor(), color);
  const auto found = colors.find(to);
  return found != colors.end() && found->second != boost::white_color;
}

std::vector<std::size_t> EventGraph::out_edges(std::size_t event) const {
  std::vector<std::size_t> out;
  for (const auto& e : boost::make_iterator_range(boost::out_edges(event, impl_->edges)))
    out.push_back(impl_->edges[e].index);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::size_t> EventGraph::in_edges(std::size_t event) const {
  std::vector<std::size_t> out;
  for (const auto& e : boost::make_iterator_range(boost::in_edges(event, impl_->edges)))
    out.push_back(impl_->edges[e].index);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace chronograph::graph
