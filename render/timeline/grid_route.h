// A link's way round the labels when no single curve has one: the shortest path of level and
// upright runs on a grid over a window of the timeline that passes through no label (the gaps
// between rows and lanes, the free columns beside them), with few turns and, if it must, across
// marks rather than words. The runs are then joined by rounded corners.
//
//   std::size_t budget = 1'000'000;
//   auto corners = grid_route({{550, 405}, mark_a, 0}, {{550, 757}, mark_b, 1}, boxes, window, budget);
//   std::vector<Curve> pieces = rounded(corners);   // empty corners: no way round; for svg_path
#pragma once

#include <cstddef>
#include <vector>

#include "render/timeline/link_route.h"

namespace chronograph::render {

// The grid's spacing, in pixels: under the height of a row's gap between a label and the next
// row's. Its lines lie at the window's left and top edge and every kGridStepPx on.
inline constexpr double kGridStepPx = 8;

// One end of a link: its own mark, and the point on it the link is drawn from or to by
// default (the side facing the other end). A path round labels may leave or reach the mark
// anywhere on its outline `gap` pixels out, at a small cost for each pixel from `point`.
struct RouteEnd {
  RoutePoint point;
  RouteBox mark;
  double gap = 0;
};

// The corners of the path between the marks of `from` and `to` inside `window` that enters
// no box of `boxes` not marked soft, and as few soft ones (marks) as it can: where it leaves
// `from`'s mark, the turns, where it reaches `to`'s. Empty when there is none, or when the
// search runs out of `budget` grid steps before it reaches `to` (having reached it, it returns
// the best path found so far, which may not be the shortest); the steps taken are subtracted from
// `budget`, which a caller shares among its links so that a timeline of a thousand events
// is still drawn in time.
std::vector<RoutePoint> grid_route(const RouteEnd& from, const RouteEnd& to, const std::vector<RouteBox>& boxes,
                                   const RouteBox& window, std::size_t& budget);

// The corners as Bézier pieces: straight runs, and a quarter-turn at each corner small enough
// to stay in the free square round it.
std::vector<Curve> rounded(const std::vector<RoutePoint>& corners);

}  // namespace chronograph::render
