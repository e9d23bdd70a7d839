#include "core/eval/point_algebra.h"

#include <optional>
#include <utility>

namespace chronograph::core {

std::vector<PointAlgebraGraph::Constraint> PointAlgebraGraph::constraints(Node x, Node y,
                                                                          TlinkRelation relation) {
  const Point xs = 2 * x, xe = 2 * x + 1, ys = 2 * y, ye = 2 * y + 1;
  switch (scored_as(relation)) {
    case TlinkRelation::Before: return {{false, xe, ys}};
    case TlinkRelation::After: return {{false, ye, xs}};
    case TlinkRelation::IBefore: return {{true, xe, ys}};
    case TlinkRelation::IAfter: return {{true, ye, xs}};
    case TlinkRelation::Begins: return {{true, xs, ys}, {false, xe, ye}};
    case TlinkRelation::BegunBy: return {{true, xs, ys}, {false, ye, xe}};
    case TlinkRelation::Ends: return {{true, xe, ye}, {false, ys, xs}};
    case TlinkRelation::EndedBy: return {{true, xe, ye}, {false, xs, ys}};
    case TlinkRelation::Includes: return {{false, xs, ys}, {false, ye, xe}};
    case TlinkRelation::IsIncluded: return {{false, ys, xs}, {false, xe, ye}};
    default: return {{true, xs, ys}, {true, xe, ye}};  // SIMULTANEOUS
  }
}

void PointAlgebraGraph::ensure(Node node) {
  if (node >= present_.size()) {
    present_.resize(node + 1, false);
    const std::size_t points = 2 * (node + 1);
    for (Point p = parent_.size(); p < points; ++p) parent_.push_back(p);
    members_.resize(points);
    later_.resize(points);
  }
  if (present_[node]) return;
  present_[node] = true;
  const Point start = 2 * node, end = 2 * node + 1;
  members_[start] = {start};
  members_[end] = {end};
  later_[start].push_back(end);  // an interval starts before it ends
}

PointAlgebraGraph::Point PointAlgebraGraph::find(Point p) const {
  while (parent_[p] != p) p = parent_[p];
  return p;
}

bool PointAlgebraGraph::precedes(Point a, Point b) const {
  const Point ra = find(a), rb = find(b);
  if (ra == rb) return false;
  std::vector<bool> seen(parent_.size(), false);
  std::vector<Point> todo{ra};
  seen[ra] = true;
  while (!todo.empty()) {
    const Point root = todo.back();
    todo.pop_back();
    for (const Point p : members_[root])
      for (const Point q : later_[p]) {
        const Point rq = find(q);
        if (rq == rb) return true;
        if (!seen[rq]) {
          seen[rq] = true;
          todo.push_back(rq);
        }
      }
  }
  return false;
}

bool PointAlgebraGraph::holds(const Constraint& c) const {
  return c.equal ? find(c.a) == find(c.b) : precedes(c.a, c.b);
}

bool PointAlgebraGraph::consistent(const Constraint& c) const {
  if (c.equal) return !precedes(c.a, c.b) && !precedes(c.b, c.a);
  return find(c.a) != find(c.b) && !precedes(c.b, c.a);
}

void PointAlgebraGraph::apply(const Constraint& c) {
  if (!c.equal) {
    later_[c.a].push_back(c.b);
    return;
  }
  Point ra = find(c.a), rb = find(c.b);
  if (ra == rb) return;
  if (members_[ra].size() < members_[rb].size()) std::swap(ra, rb);
  parent_[rb] = ra;
  members_[ra].insert(members_[ra].end(), members_[rb].begin(), members_[rb].end());
  members_[rb].clear();
}

bool PointAlgebraGraph::add(Node x, Node y, TlinkRelation relation) {
  ensure(x);
  ensure(y);
  const auto wanted = constraints(x, y, relation);
  // A relation of two constraints may fail on the second after the first was applied;
  // then the graph goes back to how it was.
  std::optional<std::pair<std::vector<Point>, std::vector<std::vector<Point>>>> saved;
  std::vector<std::vector<Point>> saved_later;
  if (wanted.size() > 1) {
    saved.emplace(parent_, members_);
    saved_later = later_;
  }
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (!consistent(wanted[i])) {
      if (i > 0) {
        parent_ = std::move(saved->first);
        members_ = std::move(saved->second);
        later_ = std::move(saved_later);
      }
      return false;
    }
    apply(wanted[i]);
  }
  return true;
}

bool PointAlgebraGraph::entails(Node x, Node y, TlinkRelation relation) const {
  if (!has(x) || !has(y)) return false;
  for (const auto& c : constraints(x, y, relation))
    if (!holds(c)) return false;
  return true;
}

}  // namespace chronograph::core
