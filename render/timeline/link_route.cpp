#include "render/timeline/link_route.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "render/timeline/grid_route.h"
#include "render/timeline/svg_text.h"

namespace chronograph::render {

namespace {

// Marks closer than this in x are stacked: an S-curve between them would be a vertical line
// over its own marks, so the link bows out sideways instead.
constexpr double kStackedPx = 8;
// The curve is tested at points about this far apart: half the thinnest box (a 10 px mark).
constexpr double kSampleStepPx = 5;

RoutePoint at(const Curve& c, double t) {
  const double u = 1 - t;
  const double a = u * u * u, b = 3 * u * u * t, d = 3 * u * t * t, e = t * t * t;
  return {a * c.from.x + b * c.c1.x + d * c.c2.x + e * c.to.x, a * c.from.y + b * c.c1.y + d * c.c2.y + e * c.to.y};
}

double distance(RoutePoint p, RoutePoint q) { return std::hypot(q.x - p.x, q.y - p.y); }

// The curve lies inside its control polygon, so this is at least its length.
double polygon_length(const Curve& c) { return distance(c.from, c.c1) + distance(c.c1, c.c2) + distance(c.c2, c.to); }

// Sideways bows: both control points pushed out to one side, for marks one above the other
// and for links whose S-curve would cut through the rows between them.
void add_bows(RoutePoint from, RoutePoint to, double first_bow, std::vector<Curve>& out) {
  for (double extra : {0.0, 40.0, 90.0, 160.0, 260.0})
    for (double side : {1.0, -1.0}) {
      const double bow = side * (first_bow + extra);
      out.push_back({from, {from.x + bow, from.y}, {to.x + bow, to.y}, to});
    }
}

// Last resorts for a link whose plain shapes all cut through labels: each end leaves
// sideways by its own amount, to either side, so the curve can swing wide round a block of
// labels on one side of the link and turn in close to the other mark.
std::vector<Curve> free_swings(RoutePoint from, RoutePoint to) {
  static constexpr std::array<double, 4> kSwingPx{30, 120, 320, 700};
  std::vector<Curve> out;
  for (double out1 : kSwingPx)
    for (double out2 : kSwingPx)
      for (double side1 : {1.0, -1.0})
        for (double side2 : {1.0, -1.0})
          out.push_back({from, {from.x + side1 * out1, from.y}, {to.x + side2 * out2, to.y}, to});
  return out;
}

// A swing is worth this much extra length per label or mark it avoids: long loops that
// spare one label read worse than a line passing under it.
constexpr double kCrossingWorthPx = 250;

// A shape's length plus what the `n` boxes it crosses are worth.
double cost(const Curve& c, std::size_t n) { return static_cast<double>(n) * kCrossingWorthPx + polygon_length(c); }

// The shapes tried, plainest first.
std::vector<Curve> candidates(RoutePoint from, RoutePoint to) {
  std::vector<Curve> out;
  const double run = std::abs(to.x - from.x), rise = std::abs(to.y - from.y);
  const double first_bow = 24 + rise * 0.15;
  if (run < kStackedPx) {
    // Events at one time in different lanes: a straight upright connector when nothing is
    // in its way.
    out.push_back({from, from, to, to});
    add_bows(from, to, first_bow, out);
    return out;
  }
  // How much of the run each control point takes: the even S first, then curves that turn
  // near one end (running level, then dropping beside the other mark), then flatter and rounder.
  static constexpr std::array<std::pair<double, double>, 7> kShares{
      {{0.5, 0.5}, {1, 0}, {0, 1}, {0.85, 0.15}, {0.15, 0.85}, {0.25, 0.25}, {1, 1}}};
  const double dir = to.x > from.x ? 1 : -1;
  for (const auto& [first, second] : kShares) {
    const double d1 = std::max(20.0, first * run), d2 = std::max(20.0, second * run);
    out.push_back({from, {from.x + dir * d1, from.y}, {to.x - dir * d2, to.y}, to});
  }
  add_bows(from, to, first_bow, out);
  return out;
}

bool inside(RoutePoint p, const RouteBox& box) {
  return p.x > box.x && p.x < box.x + box.w && p.y > box.y && p.y < box.y + box.h;
}

// Whether the segment from p to q enters the inside of the box (not only runs along its
// edge): the middle of the part of it within the box's bounds is inside.
bool passes_through(RoutePoint p, RoutePoint q, const RouteBox& box) {
  if (std::max(p.x, q.x) <= box.x || std::min(p.x, q.x) >= box.x + box.w || std::max(p.y, q.y) <= box.y ||
      std::min(p.y, q.y) >= box.y + box.h)
    return false;
  double t0 = 0, t1 = 1;
  const double dx = q.x - p.x, dy = q.y - p.y;
  auto clip = [&](double d, double lo, double hi, double start) {
    if (d == 0) return start >= lo && start <= hi;
    double a = (lo - start) / d, b = (hi - start) / d;
    if (a > b) std::swap(a, b);
    t0 = std::max(t0, a);
    t1 = std::min(t1, b);
    return t0 <= t1;
  };
  if (!clip(dx, box.x, box.x + box.w, p.x) || !clip(dy, box.y, box.y + box.h, p.y)) return false;
  const double t = (t0 + t1) / 2;
  return inside({p.x + t * dx, p.y + t * dy}, box);
}

// The box the curve cannot leave: that of its control points.
RouteBox hull(const Curve& c) {
  const auto [min_x, max_x] = std::minmax({c.from.x, c.c1.x, c.c2.x, c.to.x});
  const auto [min_y, max_y] = std::minmax({c.from.y, c.c1.y, c.c2.y, c.to.y});
  return {min_x, min_y, max_x - min_x, max_y - min_y};
}

bool contains(const RouteBox& outer, const RouteBox& inner) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
         inner.y + inner.h <= outer.y + outer.h;
}

constexpr double kCellPx = 32;

// How far above and below its ends a way round the labels may go: a few rows.
constexpr double kDetourMarginPx = 120;
// How far left and right of its ends: about the width of a long label, to pass its end. A way
// round further out encloses half the plot and runs past the marks of other times, so it reads
// as a link to them (t58 #63); the link's curve under a label or two reads better.
constexpr double kDetourSidePx = 340;
// A way round is not searched for in a window larger than this, in px² (about 60,000 nodes of
// grid_route's 8 px grid; a link across a thousand rows of a long timeline): it would take long
// and read as a maze.
constexpr double kMaxDetourArea = 60'000.0 * 8 * 8;

}  // namespace

LinkRouter::LinkRouter(std::vector<RouteBox> obstacles, RouteBox area)
    : obstacles_(std::move(obstacles)),
      area_(area),
      columns_(static_cast<long long>(std::ceil(area.w / kCellPx)) + 1),
      rows_(static_cast<long long>(std::ceil(area.h / kCellPx)) + 1) {
  cells_.resize(static_cast<std::size_t>(columns_ * rows_));
  auto column = [&](double x) { return std::clamp<long long>(std::floor((x - area_.x) / kCellPx), 0, columns_ - 1); };
  auto row = [&](double y) { return std::clamp<long long>(std::floor((y - area_.y) / kCellPx), 0, rows_ - 1); };
  for (std::size_t i = 0; i < obstacles_.size(); ++i) {
    const RouteBox& b = obstacles_[i];
    for (long long r = row(b.y); r <= row(b.y + b.h); ++r)
      for (long long c = column(b.x); c <= column(b.x + b.w); ++c) cells_[static_cast<std::size_t>(r * columns_ + c)].push_back(i);
  }
}

const std::vector<std::size_t>* LinkRouter::near(RoutePoint p) const {
  const double c = std::floor((p.x - area_.x) / kCellPx), r = std::floor((p.y - area_.y) / kCellPx);
  if (c < 0 || r < 0 || c >= static_cast<double>(columns_) || r >= static_cast<double>(rows_)) return nullptr;
  const auto& cell = cells_[static_cast<std::size_t>(static_cast<long long>(r) * columns_ + static_cast<long long>(c))];
  return cell.empty() ? nullptr : &cell;
}

void LinkRouter::collect_label_hits(const Curve& curve, const std::vector<std::size_t>& ignore,
                                    std::vector<std::size_t>& hit) const {
  const int steps = std::clamp(static_cast<int>(polygon_length(curve) / kSampleStepPx), 16, 2000);
  RoutePoint p = curve.from;
  const std::vector<std::size_t>* p_boxes = near(p);
  auto test = [&](const std::vector<std::size_t>* boxes, RoutePoint q) {
    if (!boxes) return;
    for (std::size_t b : *boxes)
      if (!obstacles_[b].soft && passes_through(p, q, obstacles_[b]) && std::find(hit.begin(), hit.end(), b) == hit.end() &&
          std::find(ignore.begin(), ignore.end(), b) == ignore.end())
        hit.push_back(b);
  };
  for (int i = 1; i <= steps; ++i) {
    const RoutePoint q = at(curve, static_cast<double>(i) / steps);
    const auto* q_boxes = near(q);
    test(p_boxes, q);
    if (q_boxes != p_boxes) test(q_boxes, q);
    p = q;
    p_boxes = q_boxes;
  }
}

std::size_t LinkRouter::crossings(const Curve& curve, const std::vector<std::size_t>& ignore, std::size_t enough) const {
  const int steps = std::clamp(static_cast<int>(polygon_length(curve) / kSampleStepPx), 16, 2000);
  std::vector<std::size_t> hit;
  for (int i = 0; i <= steps && hit.size() < enough; ++i) {
    const RoutePoint p = at(curve, static_cast<double>(i) / steps);
    const auto* boxes = near(p);
    if (!boxes) continue;
    for (std::size_t b : *boxes)
      if (inside(p, obstacles_[b]) && std::find(ignore.begin(), ignore.end(), b) == ignore.end() &&
          std::find(hit.begin(), hit.end(), b) == hit.end())
        hit.push_back(b);
  }
  return hit.size();
}

std::size_t LinkRouter::label_crossings(const Path& path, const std::vector<std::size_t>& ignore) const {
  std::vector<std::size_t> hit;
  for (const auto& piece : path) collect_label_hits(piece, ignore, hit);
  return hit.size();
}

// A shape crossing fewer boxes wins only if it pays for its extra length, at
// kCrossingWorthPx a box: a bow round a whole block of labels to spare one mark is a loop
// across the plot (t60 #62).
Curve LinkRouter::route(RoutePoint from, RoutePoint to, const std::vector<std::size_t>& ignore) const {
  const auto tried = candidates(from, to);
  const Curve* best = &tried.front();
  std::size_t fewest = crossings(*best, ignore);
  double lowest = cost(*best, fewest);
  for (const auto& curve : tried) {
    if (fewest == 0) break;
    if (&curve == best || !contains(area_, hull(curve))) continue;
    const std::size_t n = crossings(curve, ignore, fewest);
    if (n < fewest && cost(curve, n) < lowest) {
      fewest = n;
      lowest = cost(curve, n);
      best = &curve;
    }
  }
  return fewest == 0 ? *best : swing_if_worth_it(*best, fewest, ignore);
}

Path LinkRouter::path(RoutePoint from, RoutePoint to, std::size_t from_mark, std::size_t to_mark,
                      std::size_t& budget) {
  return detour(route(from, to, {from_mark, to_mark}), from_mark, to_mark, budget);
}

Path LinkRouter::detour(const Curve& plain, std::size_t from_mark, std::size_t to_mark, std::size_t& budget) {
  const std::vector<std::size_t> own{from_mark, to_mark};
  const std::size_t plain_labels = label_crossings({plain}, own);
  const double top = std::max(area_.y, std::min(plain.from.y, plain.to.y) - kDetourMarginPx);
  const double bottom = std::min(area_.y + area_.h, std::max(plain.from.y, plain.to.y) + kDetourMarginPx);
  // (on the lines of the grid over the whole area, so that where the window starts does not
  // move the runs of a way round)
  const double left = std::max(
      area_.x, area_.x + std::floor((std::min(plain.from.x, plain.to.x) - kDetourSidePx - area_.x) / kGridStepPx) * kGridStepPx);
  const double right = std::min(area_.x + area_.w, std::max(plain.from.x, plain.to.x) + kDetourSidePx);
  const RouteBox window{left, top, right - left, bottom - top};
  if (plain_labels == 0 || budget == 0 || window.w * window.h > kMaxDetourArea) return {plain};
  std::vector<RouteBox> boxes;
  for (std::size_t i = 0; i < obstacles_.size(); ++i) {
    const RouteBox& b = obstacles_[i];
    if (b.y < bottom && b.y + b.h > top && b.x < right && b.x + b.w > left && i != from_mark && i != to_mark)
      boxes.push_back(b);
  }
  for (const RouteBox& run : runs_)
    if (run.y <= bottom && run.y + run.h >= top && run.x <= right && run.x + run.w >= left) boxes.push_back(run);
  auto end = [&](RoutePoint point, std::size_t mark, double gap) {
    return RouteEnd{point, mark < obstacles_.size() ? obstacles_[mark] : RouteBox{point.x, point.y, 0, 0}, gap};
  };
  // The arrowhead's tip stops a pixel short of the mark it points at, as `plain`'s does.
  const auto corners = grid_route(end(plain.from, from_mark, 0), end(plain.to, to_mark, 1), boxes, window, budget);
  if (corners.empty()) return {plain};
  Path around = rounded(corners);
  if (label_crossings(around, own) >= plain_labels) return {plain};
  for (std::size_t k = 0; k + 1 < corners.size(); ++k) {
    const auto [x0, x1] = std::minmax(corners[k].x, corners[k + 1].x);
    const auto [y0, y1] = std::minmax(corners[k].y, corners[k + 1].y);
    runs_.push_back({x0, y0, x1 - x0, y1 - y0, true});
  }
  return around;
}

Curve LinkRouter::swing_if_worth_it(const Curve& plain, std::size_t plain_crossings,
                                    const std::vector<std::size_t>& ignore) const {
  Curve best = plain;
  std::size_t fewest = plain_crossings;
  double lowest = cost(plain, plain_crossings);
  for (const auto& swing : free_swings(plain.from, plain.to)) {
    if (polygon_length(swing) >= lowest || !contains(area_, hull(swing))) continue;
    // Only a swing crossing fewer boxes, and few enough to pay for its length, can win;
    // counting stops there.
    const auto affordable = static_cast<std::size_t>(std::ceil((lowest - polygon_length(swing)) / kCrossingWorthPx));
    const std::size_t n = crossings(swing, ignore, std::min(fewest, affordable));
    if (n < fewest && cost(swing, n) < lowest) {
      fewest = n;
      lowest = cost(swing, n);
      best = swing;
    }
  }
  return best;
}

std::string svg_path(const Curve& c) {
  return fmt::format("M{} {} C{} {} {} {} {} {}", num(c.from.x), num(c.from.y), num(c.c1.x), num(c.c1.y), num(c.c2.x),
                     num(c.c2.y), num(c.to.x), num(c.to.y));
}

std::string svg_path(const Path& path) {
  if (path.empty()) return "";
  std::string out = fmt::format("M{} {}", num(path.front().from.x), num(path.front().from.y));
  for (const auto& c : path)
    out += fmt::format(" C{} {} {} {} {} {}", num(c.c1.x), num(c.c1.y), num(c.c2.x), num(c.c2.y), num(c.to.x), num(c.to.y));
  return out;
}

}  // namespace chronograph::render
