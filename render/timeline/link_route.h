// The curve a link is drawn along on the timeline: of a few cubic Béziers between its two
// marks, the first that passes through the fewest labels and marks of other events, so that
// "Short illness → Ellison dies" bows round the labels between them instead of through them.
//
//   LinkRouter router(boxes, plot);
//   Curve c = router.route({100, 40}, {104, 400});   // stacked: bows right, or left if freer
//   svg_path(c);                                     // "M100.0 40.0 C178.0 40.0 ..."
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace chronograph::render {

struct RoutePoint {
  double x = 0, y = 0;
};

// Something a link should not cross (a label or a mark), or the area it must stay in; pixels.
struct RouteBox {
  double x = 0, y = 0, w = 0, h = 0;
};

// A cubic Bézier from `from` to `to` with control points `c1` and `c2`.
struct Curve {
  RoutePoint from, c1, c2, to;
};

class LinkRouter {
 public:
  LinkRouter(std::vector<RouteBox> obstacles, RouteBox area);

  // The curve from `from` to `to` inside the area crossing the fewest obstacles other than
  // those numbered in `ignore` (the link's own marks); among equals the plainest: an
  // S-curve, or for stacked marks a short sideways bow, which is kept even outside the area.
  Curve route(RoutePoint from, RoutePoint to, const std::vector<std::size_t>& ignore = {}) const;

  // How many obstacles, other than those in `ignore`, the curve passes through; counting
  // stops at `enough`.
  std::size_t crossings(const Curve& curve, const std::vector<std::size_t>& ignore = {},
                        std::size_t enough = static_cast<std::size_t>(-1)) const;

 private:
  // `plain`, or a wider swing between its ends that crosses fewer obstacles by enough to
  // be worth its extra length.
  Curve swing_if_worth_it(const Curve& plain, std::size_t plain_crossings, const std::vector<std::size_t>& ignore) const;

  // The obstacles whose cell holds `p` (nullptr: none).
  const std::vector<std::size_t>* near(RoutePoint p) const;

  std::vector<RouteBox> obstacles_;
  RouteBox area_;
  // The obstacles touching each square cell of the area, row by row, so that a point is
  // tested against a few boxes, not all: a timeline of a thousand events has two thousand.
  std::vector<std::vector<std::size_t>> cells_;
  long long columns_ = 0, rows_ = 0;
};

// The SVG path data of the curve: "M x y C x y x y x y".
std::string svg_path(const Curve& curve);

}  // namespace chronograph::render
