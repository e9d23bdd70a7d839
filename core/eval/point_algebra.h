// Exact temporal reasoning over intervals, as TempEval-3 temporal awareness needs it: every
// interval is a start point and an end point (start < end), every TLINK relation a set of
// '<' and '=' constraints on those points, and a relation holds when the constraints follow.
//
//   PointAlgebraGraph g;
//   g.add(a, b, TlinkRelation::Before);   g.add(b, c, TlinkRelation::Before);
//   g.entails(a, c, TlinkRelation::Before)   -> true
//   g.add(c, a, TlinkRelation::Before)       -> false: it contradicts, and is not added
//
// With only '<' and '=' between points, equal points merge into one class and a < b holds
// exactly when b's class is reachable from a's through '<' edges, so the closure is sound and
// complete (unlike the TempEval-3 toolkit's Timegraph, see the TempEval-3 scorer's README).
#pragma once

#include <cstddef>
#include <vector>

#include "core/timeml/tlink_relation.h"

namespace chronograph::core {

class PointAlgebraGraph {
 public:
  // Intervals are named by small non-negative integers (dense ids keep the graph a few vectors).
  using Node = std::size_t;

  PointAlgebraGraph() = default;
  // A graph whose searches give up after following `search_limit` '<' edges: a query
  // that runs out proves nothing, so add() accepts a relation it could not refute. Exact
  // for any graph smaller than the limit; keeps consistency filtering of a whole book
  // linear instead of quadratic (every event links to the DCT, so all points connect).
  explicit PointAlgebraGraph(std::size_t search_limit) : search_limit_(search_limit) {}

  // Adds x relation y. Returns false, and leaves the constraints unchanged, when it
  // contradicts what is already there; x and y become nodes of the graph either way.
  bool add(Node x, Node y, TlinkRelation relation);

  // True when x relation y follows from what was added; false when x or y was never added.
  bool entails(Node x, Node y, TlinkRelation relation) const;

  bool has(Node node) const { return node < present_.size() && present_[node]; }

 private:
  using Point = std::size_t;  // 2 * node for the start, 2 * node + 1 for the end
  struct Constraint {
    bool equal;  // '=' or '<'
    Point a, b;
  };

  static std::vector<Constraint> constraints(Node x, Node y, TlinkRelation relation);
  void ensure(Node node);
  Point find(Point p) const;
  bool precedes(Point a, Point b) const;
  bool holds(const Constraint& c) const;
  bool consistent(const Constraint& c) const;
  // Applies c and returns how to take it back (the merged class, or the '<' edge's point).
  struct Undo {
    bool merged = false;
    Point point = 0, root = 0;
    std::size_t root_size = 0;
  };
  Undo apply(const Constraint& c);
  void revert(const Undo& undo);

  std::vector<bool> present_;
  std::vector<Point> parent_;               // union-find over equal points (union by size)
  std::vector<std::vector<Point>> members_;  // of each class root
  std::vector<std::vector<Point>> later_;    // '<' edges, per point
  std::size_t search_limit_ = static_cast<std::size_t>(-1);
  mutable std::vector<unsigned> seen_;       // search marks: seen_[root] == search_ when visited
  mutable unsigned search_ = 0;
};

}  // namespace chronograph::core
