// The path a link is drawn along on the timeline: of a few cubic Béziers between its two
// marks, the first that passes through the fewest labels and marks of other events, so that
// "Short illness → Ellison dies" bows round the labels between them instead of through them;
// when every such curve cuts through a label, level and upright runs along the gaps between
// rows and lanes (render/timeline/grid_route.h).
//
//   LinkRouter router(boxes, plot);
//   Curve c = router.route({100, 40}, {104, 400});   // stacked: straight, else bows right or left
//   svg_path(c);                                     // "M100.0 40.0 C100.0 40.0 ..."
//   Path p = router.path(from, to, from_mark, to_mark, budget);   // one curve, or runs round labels
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace chronograph::render {

struct RoutePoint {
  double x = 0, y = 0;
};

// Something a link should not cross (a label or a mark), or the area it must stay in; pixels.
// A soft box (a mark) may be crossed when there is no way round; a label may not.
struct RouteBox {
  double x = 0, y = 0, w = 0, h = 0;
  bool soft = false;
};

// A cubic Bézier from `from` to `to` with control points `c1` and `c2`.
struct Curve {
  RoutePoint from, c1, c2, to;
};

// A link as drawn: one curve, or for a way round labels level and upright runs with rounded
// corners, each piece starting where the one before ends.
using Path = std::vector<Curve>;

class LinkRouter {
 public:
  LinkRouter(std::vector<RouteBox> obstacles, RouteBox area);

  // The curve from `from` to `to` inside the area crossing the fewest obstacles other than
  // those numbered in `ignore` (the link's own marks), where each one spared pays for the
  // extra length (no wide bow to spare one label); among equals the plainest: an
  // S-curve, or for stacked marks a straight connector, then a short sideways bow, which is
  // kept even outside the area.
  Curve route(RoutePoint from, RoutePoint to, const std::vector<std::size_t>& ignore = {}) const;

  // The link between the marks numbered `from_mark` and `to_mark` among the obstacles, from
  // `from` to `to` on them: the curve of `route` if it passes through no label; else, while
  // `budget` (grid steps shared by all the links of a drawing) lasts, a path of runs round
  // the labels (render/timeline/grid_route.h) when it crosses fewer of them. The runs of
  // such paths are remembered: the next way round keeps off them where it can, so that two
  // links do not share a run and read as one.
  Path path(RoutePoint from, RoutePoint to, std::size_t from_mark, std::size_t to_mark, std::size_t& budget);

  // How many obstacles, other than those in `ignore`, the curve passes through; counting
  // stops at `enough`.
  std::size_t crossings(const Curve& curve, const std::vector<std::size_t>& ignore = {},
                        std::size_t enough = static_cast<std::size_t>(-1)) const;

  // How many labels (boxes not soft), other than those in `ignore`, the path passes through,
  // even at a corner.
  std::size_t label_crossings(const Path& path, const std::vector<std::size_t>& ignore = {}) const;

 private:
  // `plain`, or a wider swing between its ends that crosses fewer obstacles by enough to
  // be worth its extra length.
  Curve swing_if_worth_it(const Curve& plain, std::size_t plain_crossings, const std::vector<std::size_t>& ignore) const;

  // The obstacles whose cell holds `p` (nullptr: none).
  const std::vector<std::size_t>* near(RoutePoint p) const;

  // Adds to `hit` the labels not in `ignore` that the curve passes through anywhere: each
  // chord between samples is tested, so a label whose corner it clips counts too.
  void collect_label_hits(const Curve& curve, const std::vector<std::size_t>& ignore, std::vector<std::size_t>& hit) const;

  // The path round the labels for `route`'s curve `plain` between the marks numbered
  // `from_mark` and `to_mark`, or `plain` itself.
  Path detour(const Curve& plain, std::size_t from_mark, std::size_t to_mark, std::size_t& budget);

  std::vector<RouteBox> obstacles_;
  RouteBox area_;
  // The level and upright runs of the ways round drawn so far, as soft boxes.
  std::vector<RouteBox> runs_;
  // The obstacles touching each square cell of the area, row by row, so that a point is
  // tested against a few boxes, not all: a timeline of a thousand events has two thousand.
  std::vector<std::vector<std::size_t>> cells_;
  long long columns_ = 0, rows_ = 0;
};

// The SVG path data of the curve: "M x y C x y x y x y".
std::string svg_path(const Curve& curve);

// The SVG path data of the path: "M x y C x y x y x y C ...".
std::string svg_path(const Path& path);

}  // namespace chronograph::render
