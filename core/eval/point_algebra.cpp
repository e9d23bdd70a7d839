#include "core/eval/point_algebra.h"

#include <algorithm>
#include <cstddef>
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
  if (seen_.size() < parent_.size()) seen_.resize(parent_.size(), 0);
  if (++search_ == 0) {  // the marks wrapped around: clear them once
    std::fill(seen_.begin(), seen_.end(), 0);
    search_ = 1;
  }
  std::vector<Point> todo{ra};
  seen_[ra] = search_;
  std::size_t steps = 0;
  while (!todo.empty()) {
    const Point root = todo.back();
    todo.pop_back();
    for (const Point p : members_[root])
      for (const Point q : later_[p]) {
        if (++steps > search_limit_) return false;
        const Point rq = find(q);
        if (rq == rb) return true;
        if (seen_[rq] != search_) {
          seen_[rq] = search_;
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

PointAlgebraGraph::Undo PointAlgebraGraph::apply(const Constraint& c) {
  if (!c.equal) {
    later_[c.a].push_back(c.b);
    return {false, c.a, 0, 0};
  }
  Point ra = find(c.a), rb = find(c.b);
  if (ra == rb) return {true, rb, rb, members_[rb].size()};  // nothing merged: a no-op undo
  if (members_[ra].size() < members_[rb].size()) std::swap(ra, rb);
  const Undo undo{true, rb, ra, members_[ra].size()};
  parent_[rb] = ra;
  members_[ra].insert(members_[ra].end(), members_[rb].begin(), members_[rb].end());
  members_[rb].clear();
  return undo;
}

void PointAlgebraGraph::revert(const Undo& undo) {
  if (!undo.merged) {
    later_[undo.point].pop_back();
    return;
  }
  if (undo.point == undo.root) return;
  auto& root_members = members_[undo.root];
  members_[undo.point].assign(root_members.begin() + static_cast<std::ptrdiff_t>(undo.root_size), root_members.end());
  root_members.resize(undo.root_size);
  parent_[undo.point] = undo.point;
}

bool PointAlgebraGraph::add(Node x, Node y, TlinkRelation relation) {
  ensure(x);
  ensure(y);
  // A relation of two constraints may fail on the second after the first was applied;
  // then the applied ones are taken back, newest first.
  std::vector<Undo> applied;
  for (const Constraint& c : constraints(x, y, relation)) {
    if (!consistent(c)) {
      for (auto it = applied.rbegin(); it != applied.rend(); ++it) revert(*it);
      return false;
    }
    applied.push_back(apply(c));
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
