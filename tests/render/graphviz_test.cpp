#include "render/graphviz/graphviz.h"

#include <regex>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "tests/render/sample_graphs.h"
#include "tests/support/shared_data.h"

using chronograph::render::render_graphviz;
namespace test = chronograph::test;

TEST_CASE("the dot diagram clusters by lane, ranks left to right and styles edges by type", "[render][graphviz]") {
  const auto dot = render_graphviz(test::sample_like_graph(), "dot");
  CHECK(dot.find("rankdir=LR") != std::string::npos);
  CHECK(dot.find("subgraph cluster_") != std::string::npos);
  CHECK(dot.find("label=\"Joe Biden\"") != std::string::npos);
  CHECK(dot.find("Biden and Putin hold video call\\n7 Dec 2021\\n(planned)") != std::string::npos);
  CHECK(dot.find("label=\"refers to\"") != std::string::npos);
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
