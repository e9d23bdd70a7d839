// The Graphviz writer: one node per event, one edge per link, ranks and styles.
#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "axis_segments.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/graphviz/graphviz.h"
#include "render/timeline/svg_timeline.h"
#include "tests/render/sample_graphs.h"
#include "tests/support/shared_data.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::Precision;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::graph::Modality;
using chronograph::graph::TimeSource;
using chronograph::render::render_graphviz;
namespace test = chronograph::test;

TEST_CASE("t59 #80: the diagram ranks every event of a lane by its date and hour", "[render][graphviz][rc61]") {
  GraphData g;
  const sys_days flood_day = 2030_y / may / 6;
  auto add = [&](const std::string& id, chronograph::graph::EventTime time) {
    Event e;
    e.id = e.title = id;
    e.time = time;
    e.time.source = TimeSource::Explicit;
    g.events.push_back(e);
  };
  add("levee-inspected", event_on("x", sys_days{2030_y / may / 1}, sys_days{2030_y / may / 1}, Precision::Day).time);
  add("roads-closed", chronograph::test::clock_time(flood_day, "2030-05-06T14:30"));
  add("river-peaks", chronograph::test::clock_time(flood_day, "2030-05-06T10:52"));
  add("pumps-started", event_on("x", sys_days{2030_y / may / 7}, sys_days{2030_y / may / 7}, Precision::Day).time);
  add("schools-closed", event_on("x", sys_days{2030_y / may / 7}, sys_days{2030_y / may / 7}, Precision::Day).time);
  const std::string svg = chronograph::render::render_graphviz(g, "svg");
  auto x_of = [&](const std::string& id) {
    const auto at = svg.find("<title>" + std::regex_replace(id, std::regex("-"), "&#45;") + "</title>");
    REQUIRE(at != std::string::npos);
    std::smatch match;
    const std::string rest = svg.substr(at, 600);
    REQUIRE(std::regex_search(rest, match, std::regex("<text[^>]* x=\"(-?[0-9.]+)\"")));
    return std::stod(match[1]);
  };
  CHECK(x_of("levee-inspected") < x_of("river-peaks"));
  CHECK(x_of("river-peaks") < x_of("roads-closed"));
  CHECK(x_of("roads-closed") < x_of("pumps-started"));
  // a second event of a day is ranked with the first, not left at the start of the diagram
  CHECK(x_of("schools-closed") == Approx(x_of("pumps-started")).margin(1));
}

TEST_CASE("t59 #80: a long title is broken into even lines in the diagram, a short one is not", "[render][graphviz][rc61]") {
  GraphData g;
  g.events.push_back(event_on("Volunteers from three neighbouring villages rebuild the old footbridge",
                              sys_days{2030_y / may / 1}, sys_days{2030_y / may / 1}, Precision::Day));
  g.events.push_back(event_on("Ferry service resumes", sys_days{2030_y / may / 2}, sys_days{2030_y / may / 2},
                              Precision::Day));
  const std::string dot = chronograph::render::render_graphviz(g, "dot");
  CHECK(dot.find("Volunteers from three\\nneighbouring villages\\nrebuild the old footbridge\\n1 May 2030") !=
        std::string::npos);
  CHECK(dot.find("\"Ferry service resumes\\n2 May 2030\"") != std::string::npos);
}

TEST_CASE("the dot diagram clusters by lane, ranks left to right and styles edges by type", "[render][graphviz]") {
  const auto dot = render_graphviz(test::sample_like_graph(), "dot");
  CHECK(dot.find("rankdir=LR") != std::string::npos);
  CHECK(dot.find("subgraph cluster_") != std::string::npos);
  CHECK(dot.find("label=\"Joe Biden\"") != std::string::npos);
  CHECK(dot.find("Biden and Putin\\nhold video call\\n7 Dec 2021\\n(planned)") != std::string::npos);
  CHECK(dot.find("xlabel=\"refers to\"") != std::string::npos);
  CHECK(dot.find("style=invis") != std::string::npos);
  CHECK(dot.find(" pos=") == std::string::npos);  // no coordinates in the .dot
  CHECK(render_graphviz(test::sample_like_graph(), "gv") == dot);
}

TEST_CASE("the diagram puts a later date further right", "[render][graphviz]") {
  const auto svg = render_graphviz(test::sample_like_graph(), "svg");
  auto x_of = [&](const std::string& id) {
    const auto at = svg.find("<title>" + std::regex_replace(id, std::regex("-"), "&#45;") + "</title>");
    REQUIRE(at != std::string::npos);
    std::smatch match;
    const std::string rest = svg.substr(at, 600);
    REQUIRE(std::regex_search(rest, match, std::regex("<text[^>]* x=\"(-?[0-9.]+)\"")));
    return std::stod(match[1]);
  };
  CHECK(x_of("geneva-summit") < x_of("biden-statement"));
  CHECK(x_of("biden-statement") < x_of("kremlin-statement"));
  CHECK(x_of("kremlin-statement") < x_of("video-call"));
  CHECK(x_of("video-call") < x_of("possible-offensive"));
}

TEST_CASE("the diagram is written as svg, png and pdf", "[render][graphviz]") {
  const auto g = test::random_graph(30, 5);
  const auto dir = test::kBinaryDir / "tests" / "render" / "out";
  std::filesystem::create_directories(dir);
  const auto svg = render_graphviz(g, "svg");
  CHECK(svg.find("<svg") != std::string::npos);
  const auto png = render_graphviz(g, "png");
  CHECK(png.substr(1, 3) == "PNG");
  const auto pdf = render_graphviz(g, "pdf");
  CHECK(pdf.substr(0, 5) == "%PDF-");
  chronograph::write_file_atomically(dir / "graph-sample.svg", render_graphviz(test::sample_like_graph(), "svg"));
}

// Linked events of one day are laid out on one rank, where Graphviz 2.42 lays out a labelled edge
// with code that frees memory twice; the edge labels are external ones, so this never aborts.
TEST_CASE("linked events of one day are drawn without a crash", "[render][graphviz]") {
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    auto g = test::random_graph(40, seed);
    const date::sys_days day{date::year{2021} / date::dec / 4};
    for (auto& event : g.events) event.time.start = event.time.end = day;
    INFO("seed " << seed);
    CHECK(render_graphviz(g, "svg").find("</svg>") != std::string::npos);
    // and on three days: the chain that ranks them by date runs beside the links
    for (std::size_t i = 0; i < g.events.size(); ++i)
      g.events[i].time.start = g.events[i].time.end = day + date::days{static_cast<int>(i % 3)};
    CHECK(render_graphviz(g, "svg").find("</svg>") != std::string::npos);
  }
}

TEST_CASE("two links between the same events are one edge with both labels", "[render][graphviz]") {
  auto g = test::sample_like_graph();
  REQUIRE(!g.edges.empty());
  auto twin = g.edges.front();
  twin.type = twin.type == chronograph::graph::EdgeType::Causes ? chronograph::graph::EdgeType::Before
                                                                 : chronograph::graph::EdgeType::Causes;
  g.edges.push_back(twin);
  const auto dot = render_graphviz(g, "dot");
  const std::string from = "\"" + twin.from + "\" -> \"" + twin.to + "\"";
  CHECK(dot.find(from) != std::string::npos);
  CHECK(dot.find(from) == dot.rfind(from));
  std::string first_name(chronograph::graph::to_string(g.edges.front().type));
  std::replace(first_name.begin(), first_name.end(), '_', ' ');
  const std::string second_name(chronograph::graph::to_string(twin.type));
  CHECK(dot.find("xlabel=\"" + first_name + ", " + second_name + "\"") != std::string::npos);
}

TEST_CASE("an empty graph gives a diagram that says so", "[render][graphviz]") {
  CHECK(render_graphviz(chronograph::graph::GraphData{}, "dot").find("No events were found") != std::string::npos);
}

TEST_CASE("an unknown diagram format is a usage error that lists the known ones", "[render][graphviz]") {
  CHECK_THROWS_AS(render_graphviz(test::sample_like_graph(), "gif"), chronograph::UsageError);
  CHECK_THROWS_WITH(render_graphviz(test::sample_like_graph(), "gif"),
                    "graphviz cannot write 'gif'; use dot, svg, png or pdf");
}

TEST_CASE("the diagram is the same bytes every time", "[render][graphviz]") {
  const auto g = test::random_graph(40, 9);
  const auto format = GENERATE(as<std::string>{}, "dot", "svg");
  const auto first = render_graphviz(g, format);
  CHECK(render_graphviz(g, format) == first);
  CHECK(render_graphviz(g, format) == first);
}
