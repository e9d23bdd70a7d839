#include "render/timeline/grid_route.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <queue>
#include <utility>

namespace chronograph::render {

namespace {

// Grid lines this close to an end are dropped for the end's own line, so spacing stays
// under kGridStepPx + kMergePx.
constexpr double kMergePx = 1;
// A node this far from a box (half the widest spacing) counts as in it: a run between two
// nodes outside every grown box then misses the boxes themselves.
constexpr double kClearPx = (kGridStepPx + kMergePx) / 2;
// A turn costs as much as this many pixels of run: two turns read as a way round, a dozen
// as a staircase.
constexpr double kTurnPx = 40;
// Entering a node on another event's mark: a run across a mark obscures less than one
// across a label, but a short detour is better still.
constexpr double kMarkPx = 60;
// Leaving or reaching a mark away from its usual point costs this much per pixel: where
// all else is equal the link keeps to the side facing the other end.
constexpr double kEndShiftShare = 0.5;

enum Cell : std::uint8_t { kFree, kMark, kBlocked };

RouteBox grown(const RouteBox& box, double by) { return {box.x - by, box.y - by, box.w + 2 * by, box.h + 2 * by, box.soft}; }

// Grid lines every kGridStepPx over [lo, hi], plus `exact` ones (the ends' points and outlines).
std::vector<double> grid_lines(double lo, double hi, const std::vector<double>& exact) {
  std::vector<double> lines;
  for (double v = lo; v <= hi; v += kGridStepPx)
    if (std::none_of(exact.begin(), exact.end(), [&](double e) { return std::abs(v - e) <= kMergePx; })) lines.push_back(v);
  for (double e : exact)
    if (e >= lo && e <= hi) lines.push_back(e);
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  return lines;
}

// The indexes of the lines strictly inside (lo, hi).
std::pair<std::size_t, std::size_t> lines_within(const std::vector<double>& lines, double lo, double hi) {
  const auto first = std::upper_bound(lines.begin(), lines.end(), lo);
  const auto last = std::lower_bound(first, lines.end(), hi);
  return {static_cast<std::size_t>(first - lines.begin()), static_cast<std::size_t>(last - lines.begin())};
}

struct Grid {
  std::vector<double> xs, ys;
  std::vector<Cell> cells;  // row by row
  std::size_t index(std::size_t i, std::size_t j) const { return j * xs.size() + i; }
  RoutePoint point(std::size_t node) const { return {xs[node % xs.size()], ys[node / xs.size()]}; }

  // Marks the nodes less than `clear` from the box as `kind`, unless already worse.
  void fill(const RouteBox& box, double clear, Cell kind) {
    const auto [i0, i1] = lines_within(xs, box.x - clear, box.x + box.w + clear);
    const auto [j0, j1] = lines_within(ys, box.y - clear, box.y + box.h + clear);
    for (std::size_t j = j0; j < j1; ++j)
      for (std::size_t i = i0; i < i1; ++i) cells[index(i, j)] = std::max(cells[index(i, j)], kind);
  }

  // The nodes on the outline of `box` that are not blocked.
  std::vector<std::size_t> outline(const RouteBox& box) const {
    constexpr double kOn = 1e-6;
    std::vector<std::size_t> out;
    const auto [i0, i1] = lines_within(xs, box.x - kOn, box.x + box.w + kOn);
    const auto [j0, j1] = lines_within(ys, box.y - kOn, box.y + box.h + kOn);
    for (std::size_t j = j0; j < j1; ++j)
      for (std::size_t i = i0; i < i1; ++i)
        if ((i == i0 || i + 1 == i1 || j == j0 || j + 1 == j1) && cells[index(i, j)] != kBlocked) out.push_back(index(i, j));
    return out;
  }
};

// The lines the grid must hold exactly (x when `across`, else y): each end's usual point
// and the outline of its mark.
std::vector<double> exact_lines(const RouteEnd& from, const RouteEnd& to, bool across) {
  std::vector<double> out;
  for (const RouteEnd* end : {&from, &to}) {
    const RouteBox ring = grown(end->mark, end->gap);
    if (across)
      out.insert(out.end(), {end->point.x, ring.x, ring.x + ring.w});
    else
      out.insert(out.end(), {end->point.y, ring.y, ring.y + ring.h});
  }
  return out;
}

Grid grid_over(const RouteEnd& from, const RouteEnd& to, const std::vector<RouteBox>& boxes, const RouteBox& window) {
  Grid grid{grid_lines(window.x, window.x + window.w, exact_lines(from, to, true)),
            grid_lines(window.y, window.y + window.h, exact_lines(from, to, false)),
            {}};
  grid.cells.assign(grid.xs.size() * grid.ys.size(), kFree);
  for (const auto& box : boxes) grid.fill(box, kClearPx, box.soft ? kMark : kBlocked);
  // A link does not run through its own marks: it leaves and reaches them on their outlines.
  for (const RouteEnd* end : {&from, &to}) grid.fill(grown(end->mark, end->gap), 0, kBlocked);
  return grid;
}

double manhattan(RoutePoint p, RoutePoint q) { return std::abs(p.x - q.x) + std::abs(p.y - q.y); }

double distance_to(RoutePoint p, const RouteBox& box) {
  return std::max({box.x - p.x, 0.0, p.x - box.x - box.w}) + std::max({box.y - p.y, 0.0, p.y - box.y - box.h});
}

// A* over (node, axis of the run that reached it: 0 level, 1 upright) from any node of
// `sources` to any of `goals`, each end costing kEndShiftShare per pixel from its usual
// point. Returns the states of the path, or nothing.
std::vector<std::size_t> search(const Grid& grid, const std::vector<std::size_t>& sources, const RouteEnd& from,
                                const std::vector<std::size_t>& goals, const RouteEnd& to, std::size_t& budget) {
  const std::size_t nodes = grid.cells.size(), none = static_cast<std::size_t>(-1);
  const RouteBox target = grown(to.mark, to.gap);
  auto guess = [&](std::size_t node) { return distance_to(grid.point(node), target); };
  std::vector<double> cost(2 * nodes, std::numeric_limits<double>::infinity());
  std::vector<std::size_t> came_from(2 * nodes, none);
  std::vector<bool> is_goal(nodes, false);
  for (std::size_t g : goals) is_goal[g] = true;
  using Entry = std::pair<double, std::size_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
  auto reach = [&](std::size_t state, double c, std::size_t parent) {
    if (c >= cost[state]) return;
    cost[state] = c;
    came_from[state] = parent;
    open.push({c + guess(state / 2), state});
  };
  for (std::size_t s : sources)
    for (std::size_t axis : {0, 1}) reach(2 * s + axis, kEndShiftShare * manhattan(grid.point(s), from.point), none);
  double best = std::numeric_limits<double>::infinity();
  std::size_t best_state = none;
  const long nx = static_cast<long>(grid.xs.size()), ny = static_cast<long>(grid.ys.size());
  while (!open.empty() && budget > 0 && open.top().first < best) {
    --budget;
    const auto [f, state] = open.top();
    open.pop();
    const std::size_t node = state / 2, axis = state % 2;
    if (f - guess(node) > cost[state] + 1e-6) continue;  // a stale entry
    if (is_goal[node]) {
      const double total = cost[state] + kEndShiftShare * manhattan(grid.point(node), to.point);
      if (total < best) best = total, best_state = state;
      continue;
    }
    const long i = static_cast<long>(node) % nx, j = static_cast<long>(node) / nx;
    for (const auto& [ni, nj] : {std::pair{i - 1, j}, std::pair{i + 1, j}, std::pair{i, j - 1}, std::pair{i, j + 1}}) {
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const std::size_t next = grid.index(static_cast<std::size_t>(ni), static_cast<std::size_t>(nj));
      if (grid.cells[next] == kBlocked) continue;
      const std::size_t next_axis = nj != j ? 1 : 0;
      double c = cost[state] + manhattan(grid.point(node), grid.point(next));
      if (next_axis != axis) c += kTurnPx;
      if (grid.cells[next] == kMark) c += kMarkPx;
      reach(2 * next + next_axis, c, state);
    }
  }
  std::vector<std::size_t> path;
  for (std::size_t s = best_state; s != none; s = came_from[s]) path.push_back(s);
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace

std::vector<RoutePoint> grid_route(const RouteEnd& from, const RouteEnd& to, const std::vector<RouteBox>& boxes,
                                   const RouteBox& window, std::size_t& budget) {
  const Grid grid = grid_over(from, to, boxes, window);
  const auto states = search(grid, grid.outline(grown(from.mark, from.gap)), from,
                             grid.outline(grown(to.mark, to.gap)), to, budget);
  if (states.size() < 2) return {};  // none, or the marks touch: nothing to draw round
  std::vector<RoutePoint> corners{grid.point(states.front() / 2)};
  for (std::size_t k = 1; k + 1 < states.size(); ++k)
    if (states[k] % 2 != states[k + 1] % 2) corners.push_back(grid.point(states[k] / 2));
  corners.push_back(grid.point(states.back() / 2));
  return corners;
}

namespace {

RoutePoint toward(RoutePoint a, RoutePoint b, double distance) {
  const double length = std::hypot(b.x - a.x, b.y - a.y);
  if (length == 0) return a;
  return {a.x + (b.x - a.x) * distance / length, a.y + (b.y - a.y) * distance / length};
}

Curve straight(RoutePoint a, RoutePoint b) {
  return {a, {a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3}, {a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3}, b};
}

// A cubic's control points this share of the radius from its ends draw a quarter circle.
constexpr double kQuarterCircle = 0.5523;

}  // namespace

std::vector<Curve> rounded(const std::vector<RoutePoint>& corners) {
  std::vector<Curve> pieces;
  if (corners.size() < 2) return pieces;
  auto length = [&](std::size_t k) {
    return std::hypot(corners[k + 1].x - corners[k].x, corners[k + 1].y - corners[k].y);
  };
  RoutePoint at = corners.front();
  for (std::size_t k = 1; k + 1 < corners.size(); ++k) {
    // Within kClearPx of a grid node nothing is in the way, so the corner may cut that far in.
    const double radius = std::min({kClearPx, length(k - 1) / 2, length(k) / 2});
    const RoutePoint in = toward(corners[k], corners[k - 1], radius), out = toward(corners[k], corners[k + 1], radius);
    if (std::hypot(in.x - at.x, in.y - at.y) > 0) pieces.push_back(straight(at, in));
    pieces.push_back({in, toward(in, corners[k], radius * kQuarterCircle), toward(out, corners[k], radius * kQuarterCircle), out});
    at = out;
  }
  pieces.push_back(straight(at, corners.back()));
  return pieces;
}

}  // namespace chronograph::render
