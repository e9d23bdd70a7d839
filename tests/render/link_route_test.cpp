#include "render/timeline/link_route.h"

#include <random>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "render/timeline/svg_timeline.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"

using chronograph::render::Curve;
using chronograph::render::LinkRouter;
using chronograph::render::RouteBox;
using chronograph::render::RoutePoint;
using chronograph::render::svg_path;

namespace {

const RouteBox kCanvas{0, 0, 1400, 900};

// A label 300 px wide and 14 high whose left edge is at x, top at y.
RouteBox label_at(double x, double y) { return {x, y, 300, 14}; }

// The rows of labels between two stacked marks, each starting just left of the marks'
// column, as a lane of dated events draws them.
std::vector<RouteBox> labels_right_of(double x, double top, int rows) {
  std::vector<RouteBox> boxes;
  for (int r = 0; r < rows; ++r) boxes.push_back(label_at(x - 4, top + r * 38));
  return boxes;
}

}  // namespace

TEST_CASE("a link with nothing in its way keeps the plain S-curve", "[render][links]") {
  const Curve c = LinkRouter({}, kCanvas).route({100, 50}, {300, 250});
  CHECK(svg_path(c) == "M100.0 50.0 C200.0 50.0 200.0 250.0 300.0 250.0");
  const Curve stacked = LinkRouter({}, kCanvas).route({100, 50}, {103, 250});
  // stacked marks with nothing between them: a straight upright connector (rd58)
  CHECK(stacked.c1.x == 100);
  CHECK(stacked.c2.x == 103);
}

TEST_CASE("stacked marks with labels to their right are joined round the left", "[render][links]") {
  for (double x : {200.0, 450.0, 800.0}) {
    const auto labels = labels_right_of(x, 80, 6);
    const LinkRouter router(labels, kCanvas);
    const Curve plain = LinkRouter({}, kCanvas).route({x, 50}, {x + 2, 300});
    REQUIRE(router.crossings(plain) > 0);
    const Curve routed = router.route({x, 50}, {x + 2, 300});
    CHECK(router.crossings(routed) == 0);
    CHECK(routed.c1.x < x);
  }
}

TEST_CASE("a link does not leave the plot to avoid a label", "[render][links]") {
  // Labels to the right of marks at the plot's left edge: no room to bow left.
  const auto labels = labels_right_of(30, 80, 6);
  const RouteBox plot{20, 0, 1380, 900};
  const Curve routed = LinkRouter(labels, plot).route({30, 50}, {32, 300});
  CHECK(std::min(routed.c1.x, routed.c2.x) >= 20);
}

TEST_CASE("an S-curve through a wall of labels turns at one end instead", "[render][links]") {
  // From (100, 50) to (600, 400): labels fill the middle columns of the upper rows between,
  // so only a curve that drops beside the first mark gets through.
  std::vector<RouteBox> labels;
  for (int r = 0; r < 4; ++r) labels.push_back({180, 70.0 + r * 40, 340, 14});
  const LinkRouter router(labels, kCanvas);
  const Curve plain = LinkRouter({}, kCanvas).route({100, 50}, {600, 400});
  REQUIRE(router.crossings(plain) > 0);
  const Curve routed = router.route({100, 50}, {600, 400});
  CHECK(router.crossings(routed) == 0);
}

TEST_CASE("a routed link never crosses more boxes than the plain curve", "[render][links]") {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> x(40, 1300), y(40, 860), width(40, 400);
  for (int round = 0; round < 200; ++round) {
    std::vector<RouteBox> boxes;
    for (int i = 0; i < 25; ++i) boxes.push_back({x(random), y(random), width(random), 14});
    const RoutePoint from{x(random), y(random)}, to{x(random), y(random)};
    const LinkRouter router(boxes, kCanvas);
    const Curve plain = LinkRouter({}, kCanvas).route(from, to);
    const Curve routed = router.route(from, to);
    CHECK(router.crossings(routed) <= router.crossings(plain));
    CHECK(routed.from.x == from.x);
    CHECK(routed.to.y == to.y);
  }
}

TEST_CASE("crossings counts each box a curve passes through once, but not those ignored", "[render][links]") {
  const Curve straight{{0, 100}, {100, 100}, {200, 100}, {300, 100}};
  const LinkRouter router({{50, 90, 20, 20}, {150, 90, 20, 20}, {150, 200, 20, 20}, {0, 0, 300, 50}, {60, 95, 200, 10}},
                          kCanvas);
  CHECK(router.crossings(straight) == 3);
  CHECK(router.crossings(straight, {0, 4}) == 1);
}

TEST_CASE("the links of drawn timelines stay on the canvas", "[render][links]") {
  const std::regex path_data(R"(class="edge[^"]*"[^>]* d="M([-\d.]+) ([-\d.]+) C([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+))");
  for (std::uint32_t seed : {3u, 11u, 29u}) {
    const auto graph = chronograph::test::random_graph(40, seed);
    const std::string svg = chronograph::render::render_svg_timeline(graph, {});
    const auto boxes = chronograph::test::read_boxes(svg);
    int links = 0;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), path_data); it != std::sregex_iterator(); ++it) {
      ++links;
      for (int control : {3, 5}) {
        const double cx = std::stod((*it)[control].str());
        CHECK(cx >= 0);
        CHECK(cx <= boxes.width);
      }
    }
    CHECK(links > 0);
  }
}
