// Lane names on tester round 52's timelines: a lane drawn by an alias must still say whose it is.
#include "render/timeline/svg_timeline.h"

#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"

using namespace date;
using chronograph::graph::GraphData;
using chronograph::render::render_svg_timeline;
using chronograph::render::TimelineOptions;
namespace test = chronograph::test;

namespace {

// One event a day for each actor, in the order given, each in its actor's lane.
GraphData lanes_of(const std::vector<std::pair<std::string, std::vector<std::string>>>& actors) {
  return test::actors_graph(actors, sys_days{2026_y / jan / 5});
}

std::vector<std::string> labels_of(const GraphData& g) {
  TimelineOptions options;
  options.width = 900;
  return test::lane_labels(render_svg_timeline(g, options));
}

}  // namespace

TEST_CASE("t52 issue 49: a lane is not drawn as the kind word before its name's of", "[render][lanes][ux52]") {
  const auto names = labels_of(lanes_of({{"University of Northbridge Medical School Faculty", {"University"}},
                                         {"Bank of England Monetary Policy Committee", {"Bank"}}}));
  REQUIRE(names.size() == 2);
  CHECK(names[0] != "University");
  CHECK(names[1] != "Bank");
}

TEST_CASE("t52 issue 49: a lane is not drawn as a word of another actor's name", "[render][lanes][ux52]") {
  const auto names = labels_of(lanes_of({{"Northbridge Metropolitan University Trust", {"University"}},
                                         {"University and College Union", {}}}));
  REQUIRE(names.size() == 2);
  CHECK(names[0] != "University");
  CHECK(names[1] == "University and College Union");
}

TEST_CASE("t52 issue 49: an alias that says whose lane it is is still drawn", "[render][lanes][ux52]") {
  const auto names = labels_of(lanes_of({{"U.S. Federal Trade Commission Bureau", {"FTC"}},
                                         {"University and College Union", {}}}));
  REQUIRE(names.size() == 2);
  CHECK(names[0] == "FTC");
}
