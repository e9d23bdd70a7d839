// How links are drawn: the routes they take round labels and between marks, their style when
// the solver set them aside, and the notes and legend entries for links not drawn.
#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <pugixml.hpp>
#include <random>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "axis_segments.h"
#include "core/common/interval.h"
#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/graphviz/graphviz.h"
#include "render/html/html_timeline.h"
#include "render/timeline/grid_route.h"
#include "render/timeline/link_route.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"
#include "render/timeline/time_text.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"
#include "tests/render/event_times.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::graph::Edge;
using chronograph::graph::EdgeSource;
using chronograph::graph::EdgeType;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::render::render_svg_timeline;
using chronograph::render::TimelineOptions;
namespace test = chronograph::test;
using chronograph::Precision;
using chronograph::graph::Modality;
using chronograph::graph::TimeSource;
using chronograph::render::Curve;
using chronograph::render::LinkRouter;
using chronograph::render::Path;
using chronograph::render::RouteBox;
using chronograph::render::RoutePoint;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimeScale;
using chronograph::render::AxisExtent;
using chronograph::render::ScaleSegment;
using chronograph::render::svg_path;

namespace {

// The <path> element of the edge from `from` to `to` in a timeline SVG.
std::string edge_element(const std::string& svg, const std::string& from, const std::string& to) {
  const auto at = svg.find(fmt::format("data-from=\"{}\" data-to=\"{}\"", from, to));
  if (at == std::string::npos) return {};
  const auto begin = svg.rfind("<path", at), end = svg.find("</path>", at);
  return svg.substr(begin, end - begin);
}

// x0, y, width, height of the mark of event `id`.
std::vector<double> mark_box(const std::string& svg, const std::string& id) {
  std::smatch found;
  const std::regex mark("id=\"ev-" + id + "\"[^\\n]*?class=\"mark[^\"]*\" data-box=\"([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\"");
  REQUIRE(std::regex_search(svg, found, mark));
  return {std::stod(found[1].str()), std::stod(found[2].str()), std::stod(found[3].str()), std::stod(found[4].str())};
}

std::vector<double> numbers_in(const std::string& text) {
  std::string spaced = text;
  for (char& c : spaced)
    if (c == 'M' || c == 'C' || c == ',') c = ' ';
  std::istringstream in(spaced);
  std::vector<double> out;
  for (double v = 0; in >> v;) out.push_back(v);
  return out;
}

RoutePoint on_cubic(RoutePoint a, RoutePoint b, RoutePoint c, RoutePoint d, double t) {
  const double u = 1 - t;
  return {u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
          u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y};
}

// Six rows of labels between two marks one above the other at x 400, every row long enough
// that no curve between the marks misses them all, with a gap between each row and the next.
std::vector<RouteBox> label_rows() {
  std::vector<RouteBox> boxes{{390, 60, 12, 10, true}, {390, 360, 12, 10, true}};  // the two marks
  for (int r = 0; r < 6; ++r) boxes.push_back({150.0 + (r % 2) * 300, 90.0 + r * 40, 560, 14});
  return boxes;
}

// Two events on one day, each by its own actor: lanes next to each other.
chronograph::graph::GraphData same_day_in_two_lanes(chronograph::graph::EdgeType type) {
  using namespace date;
  auto g = chronograph::test::actors_graph({{"Harbour Authority", {}}, {"Ferry Union", {}}}, sys_days{2025_y / may / 14});
  g.events[1].time = g.events[0].time;
  g.edges.push_back({g.events[0].id, g.events[1].id, type, chronograph::graph::Evidence{"d", 0, "as"},
                     chronograph::graph::EdgeSource::Extracted, 0.8});
  return g;
}

// Whether p lies on the straight piece c (within a pixel).
bool on_piece(RoutePoint p, const Curve& c) {
  const double length = std::hypot(c.to.x - c.from.x, c.to.y - c.from.y);
  if (length == 0) return false;
  const double t = ((p.x - c.from.x) * (c.to.x - c.from.x) + (p.y - c.from.y) * (c.to.y - c.from.y)) / (length * length);
  const RoutePoint q{c.from.x + t * (c.to.x - c.from.x), c.from.y + t * (c.to.y - c.from.y)};
  return t >= 0 && t <= 1 && std::hypot(p.x - q.x, p.y - q.y) < 1;
}

// Two marks one above the other at x 600, 300 px apart, and between them one label running
// from `left` to `right`.
std::vector<RouteBox> marks_around_label(double left, double right) {
  return {{594, 60, 12, 10, true}, {594, 360, 12, 10, true}, {left, 200, right - left, 14}};
}

// How far the path strays sideways from x 600.
double widest_swing(const Path& path) {
  double widest = 0;
  for (const auto& piece : path)
    for (const auto& p : {piece.from, piece.c1, piece.c2, piece.to}) widest = std::max(widest, std::abs(p.x - 600));
  return widest;
}

constexpr RouteBox kWidePlot{100, 40, 1000, 400};

Event event(std::string id, std::string title) {
  Event e;
  e.id = std::move(id);
  e.title = std::move(title);
  e.confidence = 0.8;
  return e;
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

const RouteBox kCanvas{0, 0, 1400, 900};

// A label 300 px wide and 14 high whose left edge is at x, top at y.
RouteBox label_at(double x, double y) { return {x, y, 300, 14}; }

}  // namespace

// These tests use their own dated, link and solved_graph: other tests in this file use other values of the same names.
namespace {
namespace set_aside_links {

Event dated(std::string id, std::string title, sys_days start, sys_days end) {
  Event e;
  e.id = std::move(id);
  e.title = std::move(title);
  e.time.start = start;
  e.time.end = end;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  e.time.precision = chronograph::Precision::Day;
  e.confidence = 0.8;
  return e;
}

Edge link(std::string from, EdgeType type, std::string to, std::string cue) {
  return {std::move(from), std::move(to), type, {"news", 0, std::move(cue)}, EdgeSource::Extracted, 0.6};
}

// A plan for next year linked by `type` to a release last weekend, a link the solver set aside
// (as solve_graph names it: tests/solver/ninth_round_solver_test.cpp), and a meeting before the
// release, a link that holds.
GraphData solved_graph(EdgeType type) {
  GraphData g;
  g.events = {dated("trial", "Kestrel begins final-stage trial", sys_days{2020_y / jan / 1}, sys_days{2020_y / apr / 30}),
              dated("release", "Mid-stage study released", sys_days{2019_y / oct / 5}, sys_days{2019_y / oct / 6}),
              dated("meeting", "Board meets", sys_days{2019_y / sep / 20}, sys_days{2019_y / sep / 20})};
  g.edges = {link("trial", type, "release", "cue words"), link("meeting", EdgeType::Before, "release", "before")};
  const std::string aside = chronograph::graph::edge_label(g.edges[0]);
  g.conflicts.push_back({{aside}, "these 3 constraints cannot all hold; set aside: " + aside, {aside}});
  return g;
}

TEST_CASE("issue 32: a link the solver set aside is drawn grey and dotted with no arrow, one that holds as its type",
          "[render][issue-32]") {
  const EdgeType type = GENERATE(EdgeType::Causes, EdgeType::Simultaneous, EdgeType::Includes, EdgeType::Before);
  CAPTURE(to_string(type));
  const GraphData g = solved_graph(type);
  REQUIRE(chronograph::graph::set_aside_edges(g).size() == 1);
  const std::string svg = render_svg_timeline(g, {});
  const std::string aside = edge_element(svg, "trial", "release");
  REQUIRE_FALSE(aside.empty());
  CHECK(aside.find("class=\"edge e-" + std::string(to_string(type)) + " set-aside\"") != std::string::npos);
  CHECK(aside.find("stroke=\"#9a9a9a\"") != std::string::npos);
  CHECK(aside.find("marker-end") == std::string::npos);
  CHECK(aside.find("set aside: the dates contradict it") != std::string::npos);
  CHECK(svg.find("link set aside: the dates contradict it") != std::string::npos);  // in the legend
  CHECK(svg.find("1 set aside as contradicting the dates") != std::string::npos);   // in the subtitle
  const std::string holds = edge_element(svg, "meeting", "release");
  REQUIRE_FALSE(holds.empty());
  CHECK(holds.find("set-aside") == std::string::npos);
  CHECK(holds.find("marker-end=\"url(#arrow-before)\"") != std::string::npos);
  CHECK(test::layout_problems(test::read_boxes(svg)).empty());
}

TEST_CASE("issue 32: a graph whose links all hold draws no set-aside style or legend", "[render][issue-32]") {
  GraphData g = solved_graph(EdgeType::Causes);
  g.edges[0] = link("release", EdgeType::Causes, "trial", "led to");  // the study's results lead to the trial
  g.conflicts.clear();
  const std::string svg = render_svg_timeline(g, {});
  CHECK(svg.find("set-aside") == std::string::npos);
  CHECK(svg.find("set aside") == std::string::npos);
  CHECK(edge_element(svg, "release", "trial").find("marker-end=\"url(#arrow-causes)\"") != std::string::npos);
}

TEST_CASE("issue 32: the html card and the graphviz diagram mark a set-aside link too", "[render][issue-32]") {
  const GraphData g = solved_graph(EdgeType::Simultaneous);
  const std::string html = chronograph::render::render_html_timeline(g, {});
  CHECK(html.find("\"set_aside\":true") != std::string::npos);
  CHECK(html.find("\"set_aside\":false") != std::string::npos);  // the meeting's link holds
  CHECK(html.find("set aside: the dates contradict it") != std::string::npos);  // the card's script says so
  const std::string dot = chronograph::render::render_graphviz(g, "dot");
  CHECK(dot.find("simultaneous (set aside)") != std::string::npos);
  CHECK(dot.find("#9a9a9a") != std::string::npos);
  CHECK(dot.find("before (set aside)") == std::string::npos);
}

}  // namespace set_aside_links
}  // namespace

TEST_CASE("t59 #79: a before link between marks overlapping in time runs upright at the time they share", "[render][links][rc61]") {
  GraphData g;
  g.events.push_back(event_on("knee-injured", sys_days{2029_y / mar / 1}, sys_days{2029_y / mar / 31}, Precision::Month));
  g.events.push_back(event_on("season-missed", sys_days{2029_y / mar / 1}, sys_days{2029_y / jun / 30}, Precision::Month));
  g.events.push_back(event_on("comeback", sys_days{2030_y / feb / 2}, sys_days{2030_y / feb / 2}, Precision::Day));
  chronograph::graph::Edge before;
  before.from = "knee-injured";
  before.to = "season-missed";
  g.edges.push_back(before);
  const std::string svg = chronograph::render::render_svg_timeline(g, {});
  std::smatch found;
  REQUIRE(std::regex_search(svg, found, std::regex("data-from=\"knee-injured\"[^>]*data-pts=\"([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\" data-ctl=\"([0-9.]+) [0-9.]+ ([0-9.]+) ")));
  const double x0 = std::stod(found[1].str()), x1 = std::stod(found[3].str());
  CHECK(x0 == Approx(x1));
  const auto injured = mark_box(svg, "knee-injured");
  CHECK(x0 > injured[0]);
  CHECK(x0 < injured[0] + injured[2]);
  // it ends on the bar's edge, not in its middle
  const auto missed = mark_box(svg, "season-missed");
  const double y1 = std::stod(found[4].str());
  CHECK((y1 <= missed[1] || y1 >= missed[1] + missed[3]));
  // no swing out past either end in time: its control points lie at that time too
  CHECK(std::stod(found[5].str()) == Approx(x0));
  CHECK(std::stod(found[6].str()) == Approx(x0));
}

TEST_CASE("t58 #63: a link does not go round a label whose ends are far from it", "[render][links][rd59]") {
  // The label reaches 450 px left and 410 px right of the marks: any way round is a loop.
  LinkRouter router(marks_around_label(150, 1010), kWidePlot);
  std::size_t budget = 1'000'000;
  const Path path = router.path({600, 70}, {600, 359}, 0, 1, budget);
  CHECK(widest_swing(path) < 340);
  CHECK(router.label_crossings(path, {0, 1}) == 1);
}

TEST_CASE("t58 #63: a link still goes round a label that ends near it", "[render][links][rd59]") {
  // must not: the label ends 120 px right of the marks, so the way round is short
  LinkRouter router(marks_around_label(150, 720), kWidePlot);
  std::size_t budget = 1'000'000;
  const Path path = router.path({600, 70}, {600, 359}, 0, 1, budget);
  CHECK(router.label_crossings(path, {0, 1}) == 0);
  CHECK(widest_swing(path) < 340);
}

// These tests use their own Drawn, kPlot, labels_crossed, length_of and read_drawn: other tests in this file use other values of the same names.
namespace {
namespace routes_round_labels {

// Boxes and link paths read back from a drawn timeline.
struct Drawn {
  std::vector<RouteBox> labels;
  std::vector<std::string> label_texts;
  std::vector<std::vector<RoutePoint>> links;  // each: start, then three points per cubic piece
};

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

constexpr RouteBox kPlot{100, 40, 1000, 400};

double length_of(const Path& path) {
  double total = 0;
  for (const auto& c : path) total += std::hypot(c.to.x - c.from.x, c.to.y - c.from.y);
  return total;
}

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

}  // namespace routes_round_labels
}  // namespace

// These tests use their own kPlot and length_of: other tests in this file use other values of the same names.
namespace {
namespace swung_links {

const RouteBox kPlot{0, 0, 1400, 900};

double length_of(const Curve& c) {
  auto d = [](RoutePoint p, RoutePoint q) { return std::hypot(q.x - p.x, q.y - p.y); };
  return d(c.from, c.c1) + d(c.c1, c.c2) + d(c.c2, c.to);
}

TEST_CASE("re56: a link between stacked marks swings wide round labels on both sides of their column",
          "[render][links]") {
  // Marks at x 700, rows of labels from x 380 to 1100 between them: every short bow cuts
  // through, but the left of the plot is free.
  std::vector<RouteBox> labels;
  for (int row = 0; row < 10; ++row) labels.push_back({380, 220.0 + row * 40, 720, 14});
  const LinkRouter router(labels, kPlot);
  const Curve routed = router.route({700, 820}, {703, 100});
  CHECK(router.crossings(routed) == 0);
  CHECK(std::min(routed.c1.x, routed.c2.x) < 380);
  CHECK(std::min(routed.c1.x, routed.c2.x) >= kPlot.x);
}

TEST_CASE("re56: a link does not swing far out to spare a single label", "[render][links]") {
  // The same column with one row of labels between the marks: the wide swing that misses it
  // is over a thousand pixels longer, so the link keeps its short bow and passes under it.
  const std::vector<RouteBox> labels{{380, 420, 720, 14}};
  const LinkRouter router(labels, kPlot);
  const Curve routed = router.route({700, 820}, {703, 100});
  CHECK(router.crossings(routed) == 1);
  CHECK(length_of(routed) < 1200);
}

TEST_CASE("re56: a swung link never crosses more boxes than the plain one, nor leaves the plot", "[render][links]") {
  std::mt19937 random(56);
  std::uniform_real_distribution<double> x(40, 1300), y(40, 860), width(40, 500);
  for (int round = 0; round < 150; ++round) {
    std::vector<RouteBox> boxes;
    for (int i = 0; i < 30; ++i) boxes.push_back({x(random), y(random), width(random), 14});
    const RoutePoint from{x(random), y(random)}, to{x(random), y(random)};
    const LinkRouter router(boxes, kPlot);
    const Curve plain = LinkRouter({}, kPlot).route(from, to);
    const Curve routed = router.route(from, to);
    CHECK(router.crossings(routed) <= router.crossings(plain));
    for (double cx : {routed.c1.x, routed.c2.x}) {
      CHECK(cx >= kPlot.x);
      CHECK(cx <= kPlot.x + kPlot.w);
    }
  }
}

}  // namespace swung_links
}  // namespace

// These tests use their own dated, library_story and link: other tests in this file use other values of the same names.
namespace {
namespace undated_link_notes {

Event dated(std::string id, std::string title, sys_days day) {
  Event e = event(std::move(id), std::move(title));
  e.time.start = day;
  e.time.end = day;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  e.time.precision = chronograph::Precision::Day;
  return e;
}

Edge link(std::string from, EdgeType type, std::string to) {
  return {std::move(from), std::move(to), type, {"story", 0, "cue"}, EdgeSource::Extracted, 0.6};
}

// A library's reopening: the roof is mended before the doors reopen, both dated; the mending
// includes an undated survey, and an undated grant is part of the reopening.
GraphData library_story() {
  GraphData g;
  g.events = {dated("mend", "Crew mends library roof", sys_days{2023_y / may / 2}),
              dated("reopen", "Library reopens its doors", sys_days{2023_y / jun / 14}),
              event("survey", "Engineers survey rafters"), event("grant", "Council awards grant")};
  g.edges = {link("mend", EdgeType::Before, "reopen"), link("mend", EdgeType::Includes, "survey"),
             link("grant", EdgeType::PartOf, "reopen")};
  return g;
}

TEST_CASE("t57 #69: the header says how many counted links are not drawn for want of a date", "[render][links]") {
  const std::string svg = render_svg_timeline(library_story(), TimelineOptions{});
  CHECK(count(svg, "class=\"edge e-") == 1);
  CHECK(svg.find("3 links (2 with an undated event, not drawn)") != std::string::npos);
}

TEST_CASE("t57 #69: the legend explains only the kinds of link that are drawn", "[render][links]") {
  const std::string svg = render_svg_timeline(library_story(), TimelineOptions{});
  CHECK(svg.find(">before</text>") != std::string::npos);
  CHECK(svg.find(">includes</text>") == std::string::npos);
  CHECK(svg.find(">part of</text>") == std::string::npos);
}

TEST_CASE("t57 #69: links between dated events are counted with no note", "[render][links]") {
  GraphData g = library_story();
  g.edges.resize(1);  // only the dated pair's link
  const std::string svg = render_svg_timeline(g, TimelineOptions{});
  CHECK(svg.find("1 link<") != std::string::npos);
  CHECK(svg.find("not drawn") == std::string::npos);
}

TEST_CASE("t57 #69: an undated link and a set-aside one share one note in the header", "[render][links]") {
  GraphData g = library_story();
  g.edges.resize(2);
  g.edges.push_back(link("reopen", EdgeType::Before, "mend"));
  const std::string aside = chronograph::graph::edge_label(g.edges.back());
  g.conflicts.push_back({{aside}, "these 2 constraints cannot all hold; set aside: " + aside, {aside}});
  const std::string svg = render_svg_timeline(g, TimelineOptions{});
  CHECK(svg.find("3 links (1 with an undated event, not drawn; 1 set aside as contradicting the dates)") !=
        std::string::npos);
}

}  // namespace undated_link_notes
}  // namespace

// These tests use their own labels_right_of: other tests in this file use other values of the same names.
namespace {
namespace plain_curves {

// The rows of labels between two stacked marks, each starting just left of the marks'
// column, as a lane of dated events draws them.
std::vector<RouteBox> labels_right_of(double x, double top, int rows) {
  std::vector<RouteBox> boxes;
  for (int r = 0; r < rows; ++r) boxes.push_back(label_at(x - 4, top + r * 38));
  return boxes;
}

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

}  // namespace plain_curves
}  // namespace
