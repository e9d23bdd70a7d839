// rd58: links go round labels in level and upright runs when no single curve can (t57 #67,
// #68), and events at one time in different lanes are joined by a straight connector.
#include <catch2/catch.hpp>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "render/timeline/grid_route.h"
#include "render/timeline/link_route.h"
#include "render/timeline/svg_timeline.h"
#include "tests/render/sample_graphs.h"

using chronograph::render::Curve;
using chronograph::render::LinkRouter;
using chronograph::render::Path;
using chronograph::render::RouteBox;
using chronograph::render::RoutePoint;

namespace {

// Boxes and link paths read back from a drawn timeline.
struct Drawn {
  std::vector<RouteBox> labels;
  std::vector<std::string> label_texts;
  std::vector<std::vector<RoutePoint>> links;  // each: start, then three points per cubic piece
};

std::vector<double> numbers_in(const std::string& text) {
  std::string spaced = text;
  for (char& c : spaced)
    if (c == 'M' || c == 'C' || c == ',') c = ' ';
  std::istringstream in(spaced);
  std::vector<double> out;
  for (double v = 0; in >> v;) out.push_back(v);
  return out;
}

Drawn read_drawn(const std::string& svg) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg.c_str()));
  Drawn drawn;
  for (const auto& node : doc.select_nodes("//*[contains(@class, 'event-label')]")) {
    const auto box = numbers_in(node.node().attribute("data-box").value());
    REQUIRE(box.size() == 4);
    drawn.labels.push_back({box[0], box[1], box[2], box[3]});
    std::string text;
    for (const auto& part : node.node().select_nodes(".//text()")) text += part.node().value();
    drawn.label_texts.push_back(text);
  }
  for (const auto& node : doc.select_nodes("//*[local-name()='path' and starts-with(@class, 'edge ')]")) {
    const std::string d = node.node().attribute("d").value();
    REQUIRE(d.find_first_not_of("MC0123456789.- ") == std::string::npos);  // only cubic pieces
    const auto v = numbers_in(d);
    REQUIRE(v.size() % 6 == 2);
    std::vector<RoutePoint> points;
    for (std::size_t i = 0; i + 1 < v.size(); i += 2) points.push_back({v[i], v[i + 1]});
    drawn.links.push_back(points);
  }
  return drawn;
}

RoutePoint on_cubic(RoutePoint a, RoutePoint b, RoutePoint c, RoutePoint d, double t) {
  const double u = 1 - t;
  return {u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
          u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y};
}

// The label boxes (shrunk by half a pixel, for rounding in the SVG's numbers) that a point of
// the link falls in, sampled every fraction of a pixel.
std::vector<std::size_t> labels_crossed(const std::vector<RoutePoint>& link, const std::vector<RouteBox>& labels) {
  std::vector<std::size_t> hit;
  for (std::size_t k = 0; k + 3 < link.size(); k += 3) {
    const double length = std::hypot(link[k + 3].x - link[k].x, link[k + 3].y - link[k].y) +
                          std::hypot(link[k + 1].x - link[k].x, link[k + 1].y - link[k].y) +
                          std::hypot(link[k + 3].x - link[k + 2].x, link[k + 3].y - link[k + 2].y);
    const int steps = std::max(8, static_cast<int>(length * 4));
    for (int s = 0; s <= steps; ++s) {
      const RoutePoint p = on_cubic(link[k], link[k + 1], link[k + 2], link[k + 3], static_cast<double>(s) / steps);
      for (std::size_t b = 0; b < labels.size(); ++b) {
        const RouteBox& box = labels[b];
        if (p.x > box.x + 0.5 && p.x < box.x + box.w - 0.5 && p.y > box.y + 0.5 && p.y < box.y + box.h - 0.5 &&
            std::find(hit.begin(), hit.end(), b) == hit.end())
          hit.push_back(b);
      }
    }
  }
  return hit;
}

}  // namespace

TEST_CASE("rd58: no link of a generated timeline passes through a label", "[render][links]") {
  for (std::uint32_t seed : {5u, 17u, 23u, 58u}) {
    const auto graph = chronograph::test::random_graph(30, seed, 2015, 2024);
    const auto drawn = read_drawn(chronograph::render::render_svg_timeline(graph, {}));
    REQUIRE(drawn.labels.size() > 10);
    REQUIRE(!drawn.links.empty());
    for (const auto& link : drawn.links) {
      for (std::size_t b : labels_crossed(link, drawn.labels)) {
        INFO("seed " << seed << ": a link from (" << link.front().x << ", " << link.front().y << ") crosses '"
                     << drawn.label_texts[b] << "'");
        CHECK(false);
      }
    }
  }
}

namespace {

// Six rows of labels between two marks one above the other at x 400, every row long enough
// that no curve between the marks misses them all, with a gap between each row and the next.
std::vector<RouteBox> label_rows() {
  std::vector<RouteBox> boxes{{390, 60, 12, 10, true}, {390, 360, 12, 10, true}};  // the two marks
  for (int r = 0; r < 6; ++r) boxes.push_back({150.0 + (r % 2) * 300, 90.0 + r * 40, 560, 14});
  return boxes;
}

constexpr RouteBox kPlot{100, 40, 1000, 400};

double length_of(const Path& path) {
  double total = 0;
  for (const auto& c : path) total += std::hypot(c.to.x - c.from.x, c.to.y - c.from.y);
  return total;
}

}  // namespace

TEST_CASE("rd58: a link through rows of labels that every curve crosses weaves between them", "[render][links]") {
  const auto boxes = label_rows();
  LinkRouter router(boxes, kPlot);
  const RoutePoint from{402, 65}, to{389, 365};
  const Curve plain = router.route(from, to, {0, 1});
  REQUIRE(router.label_crossings({plain}, {0, 1}) > 0);
  std::size_t budget = 1'000'000;
  const Path path = router.path(from, to, 0, 1, budget);
  CHECK(path.size() > 1);
  CHECK(router.label_crossings(path, {0, 1}) == 0);
  // it starts on its own mark's outline and ends beside the other's
  CHECK(path.front().from.x >= 390 - 1e-9);
  CHECK(path.front().from.x <= 402 + 1e-9);
  CHECK(std::abs(path.back().to.y - 365) <= 6 + 1e-9);
  // each piece begins where the one before ends
  for (std::size_t k = 1; k < path.size(); ++k) {
    CHECK(path[k].from.x == Approx(path[k - 1].to.x));
    CHECK(path[k].from.y == Approx(path[k - 1].to.y));
  }
  CHECK(budget < 1'000'000);
}

TEST_CASE("rd58: a link a single curve can draw without crossing a label keeps that curve", "[render][links]") {
  // must not: marks side by side with the rows of labels below them
  const auto boxes = label_rows();
  LinkRouter router(boxes, kPlot);
  std::size_t budget = 1'000'000;
  const Path path = router.path({402, 65}, {600, 65}, 0, 1, budget);
  REQUIRE(path.size() == 1);
  CHECK(path.front().c1.y == 65);
  CHECK(budget == 1'000'000);
}

TEST_CASE("rd58: with its budget spent a link keeps its curve", "[render][links]") {
  // must not: the search for a way round is skipped, not run past what it may take
  const auto boxes = label_rows();
  LinkRouter router(boxes, kPlot);
  std::size_t budget = 0;
  const Path path = router.path({402, 65}, {389, 365}, 0, 1, budget);
  CHECK(path.size() == 1);
}

TEST_CASE("rd58: a way round labels is the short one, not a loop round the whole plot", "[render][links]") {
  // A single long label between two stacked marks, with room at its right end.
  const std::vector<RouteBox> boxes{{300, 100, 12, 10, true}, {300, 200, 12, 10, true}, {200, 150, 160, 14}};
  LinkRouter router(boxes, kPlot);
  std::size_t budget = 1'000'000;
  const Path path = router.path({306, 105}, {306, 205}, 0, 1, budget);
  CHECK(router.label_crossings(path, {0, 1}) == 0);
  CHECK(length_of(path) < 400);
}

namespace {

// Two events on one day, each by its own actor: lanes next to each other.
chronograph::graph::GraphData same_day_in_two_lanes(chronograph::graph::EdgeType type) {
  using namespace date;
  auto g = chronograph::test::actors_graph({{"Harbour Authority", {}}, {"Ferry Union", {}}}, sys_days{2025_y / may / 14});
  g.events[1].time = g.events[0].time;
  g.edges.push_back({g.events[0].id, g.events[1].id, type, chronograph::graph::Evidence{"d", 0, "as"},
                     chronograph::graph::EdgeSource::Extracted, 0.8});
  return g;
}

}  // namespace

TEST_CASE("rd58: events at one time in neighbouring lanes are joined by a short upright connector", "[render][links]") {
  const auto type = GENERATE(chronograph::graph::EdgeType::Simultaneous, chronograph::graph::EdgeType::Includes);
  const auto drawn = read_drawn(chronograph::render::render_svg_timeline(same_day_in_two_lanes(type), {}));
  REQUIRE(drawn.links.size() == 1);
  const auto& link = drawn.links.front();
  double min_x = link.front().x, max_x = min_x;
  for (const auto& p : link) {
    min_x = std::min(min_x, p.x);
    max_x = std::max(max_x, p.x);
  }
  INFO("from (" << link.front().x << ", " << link.front().y << ") to (" << link.back().x << ", " << link.back().y << ")");
  CHECK(max_x - min_x < 20);  // beside the marks: no bow, no loop
  CHECK(std::abs(link.back().y - link.front().y) > 20);
  CHECK(labels_crossed(link, drawn.labels).empty());
}

namespace {

// Whether p lies on the straight piece c (within a pixel).
bool on_piece(RoutePoint p, const Curve& c) {
  const double length = std::hypot(c.to.x - c.from.x, c.to.y - c.from.y);
  if (length == 0) return false;
  const double t = ((p.x - c.from.x) * (c.to.x - c.from.x) + (p.y - c.from.y) * (c.to.y - c.from.y)) / (length * length);
  const RoutePoint q{c.from.x + t * (c.to.x - c.from.x), c.from.y + t * (c.to.y - c.from.y)};
  return t >= 0 && t <= 1 && std::hypot(p.x - q.x, p.y - q.y) < 1;
}

}  // namespace

TEST_CASE("rd58: a second way round the same labels keeps off the runs of the first", "[render][links]") {
  LinkRouter router(label_rows(), kPlot);
  std::size_t budget = 1'000'000;
  const Path first = router.path({402, 65}, {389, 365}, 0, 1, budget);
  const Path second = router.path({402, 65}, {389, 365}, 0, 1, budget);
  REQUIRE(first.size() > 1);
  REQUIRE(second.size() > 1);
  CHECK(router.label_crossings(second, {0, 1}) == 0);
  for (const auto& piece : second) {
    if (std::hypot(piece.to.x - piece.from.x, piece.to.y - piece.from.y) < 30) continue;
    const RoutePoint middle{(piece.from.x + piece.to.x) / 2, (piece.from.y + piece.to.y) / 2};
    for (const auto& earlier : first) {
      INFO("a run through (" << middle.x << ", " << middle.y << ")");
      CHECK_FALSE(on_piece(middle, earlier));
    }
  }
}
